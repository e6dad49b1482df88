package e2e

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os/exec"
	"testing"
	"time"
)

// plainRun is one run of the program with no terminal at all.
type plainRun struct {
	stdout, stderr string
	code           int
	took           time.Duration
}

// runPlain runs the program with stdin from in (nil: empty) and its output
// in pipes, and fails the test when it does not end within limit.
func runPlain(t *testing.T, e *env, in io.Reader, limit time.Duration,
	args ...string,
) plainRun {
	t.Helper()
	needBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()

	cmd := exec.CommandContext(ctx, binPath, args...)
	cmd.Env, cmd.Dir = e.list(), e.home
	var out, errOut bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = in, &out, &errOut
	start := time.Now()
	err := cmd.Run()
	r := plainRun{stdout: out.String(), stderr: errOut.String(), took: time.Since(start)}
	if ctx.Err() != nil {
		t.Fatalf("%v did not end within %v; stderr:\n%s", args, limit, r.stderr)
	}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("run %v: %v", args, err)
	}
	return r
}
