package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// binPath is the program built once for the whole package, and buildErr
// says why it could not be built. buildDir holds the builds.
var (
	binPath  string
	buildErr error
	buildDir string
)

// panicBuild is the program built with the e2epanic tag, which lets the
// environment make it panic; only the panic tests build and run it.
var panicBuild struct {
	once sync.Once
	path string
	err  error
}

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "airtable-connect-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: temporary folder:", err)
		return 1
	}
	defer func() { _ = os.RemoveAll(dir) }()

	buildDir = dir
	binPath, buildErr = buildProgram(dir, "airtable-connect")
	return m.Run()
}

// buildProgram builds the module at the root of the checkout into dir as
// name, with the build tags in tags.
func buildProgram(dir, name string, tags ...string) (string, error) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("find go tool: %w", err)
	}
	root, err := filepath.Abs("..")
	if err != nil {
		return "", fmt.Errorf("module root: %w", err)
	}
	out := filepath.Join(dir, name)
	args := []string{"build", "-o", out}
	if len(tags) > 0 {
		args = append(args, "-tags", strings.Join(tags, ","))
	}
	cmd := exec.Command(goTool, append(args, ".")...)
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

// panicBinary returns the program built with the e2epanic tag, building it
// on first use. It fails or skips the test the way needBinary does.
func panicBinary(t *testing.T) string {
	t.Helper()
	needBinary(t)
	panicBuild.once.Do(func() {
		panicBuild.path, panicBuild.err = buildProgram(buildDir,
			"airtable-connect-e2epanic", "e2epanic")
	})
	if panicBuild.err != nil {
		t.Fatalf("the program does not build with the e2epanic tag: %v", panicBuild.err)
	}
	return panicBuild.path
}
