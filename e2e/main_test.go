package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// binPath is the program built once for the whole package, and buildErr
// says why it could not be built.
var (
	binPath  string
	buildErr error
)

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "airtable-connect-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: temporary folder:", err)
		return 1
	}
	defer os.RemoveAll(dir)

	binPath, buildErr = buildProgram(dir)
	return m.Run()
}

// buildProgram builds the module at the root of the checkout into dir.
func buildProgram(dir string) (string, error) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("find go tool: %w", err)
	}
	root, err := filepath.Abs("..")
	if err != nil {
		return "", fmt.Errorf("module root: %w", err)
	}
	out := filepath.Join(dir, "airtable-connect")
	cmd := exec.Command(goTool, "build", "-o", out, ".")
	cmd.Dir = root
	if msg, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("build program: %w\n%s", err, msg)
	}
	return out, nil
}

// needBinary stops the test when the program could not be built. A missing
// go tool is a skip outside CI; anything else is a failure.
func needBinary(t *testing.T) {
	t.Helper()
	if buildErr == nil {
		return
	}
	if _, err := exec.LookPath("go"); err != nil && os.Getenv("CI") != "true" {
		t.Skipf("the go tool is not on PATH, so the program cannot be built: %v", err)
	}
	t.Fatalf("the program does not build: %v", buildErr)
}
