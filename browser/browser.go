// Package browser opens a web page in the person's browser without ever
// holding up or writing over the terminal interface: the opener's output is
// discarded, it is not called where no browser can appear (an SSH session
// with no display), and a hanging opener is abandoned after a few seconds.
package browser

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"github.com/airtable-connect/airtable-connect/rescue"
)

// DefaultTimeout is how long Open waits for the opener before it gives up and
// lets the caller show the address instead.
const DefaultTimeout = 3 * time.Second

// Result says what happened to one attempt to open a page. Reason is a short
// sentence a person can read; it is empty only when the page opened.
type Result struct {
	// Opened is true when the opener ran and reported success.
	Opened bool
	// Skipped is true when no opener was called because none could work here,
	// for example over SSH with no display.
	Skipped bool
	// Reason explains a skip or a failure in plain words.
	Reason string
}

// Opener opens pages. Its fields are seams: the zero value uses the real
// environment, PATH, operating system and DefaultTimeout.
type Opener struct {
	// Getenv reads an environment variable; nil means os.Getenv.
	Getenv func(string) string
	// LookPath finds a program; nil means exec.LookPath.
	LookPath func(string) (string, error)
	// ReadFile reads a file such as /proc/version; nil means os.ReadFile.
	ReadFile func(string) ([]byte, error)
	// GOOS names the operating system; empty means runtime.GOOS.
	GOOS string
	// Timeout bounds the wait for the opener; zero means DefaultTimeout.
	Timeout time.Duration
}

// Open opens url with the system opener, using the real environment. It
// returns within a few seconds whatever the opener does. Callers should show
// the address on its own line whatever the result, so it can be opened by
// hand.
func Open(ctx context.Context, url string) Result {
	return Opener{}.Open(ctx, url)
}

// Open opens url as the package-level Open does, with o's seams.
func (o Opener) Open(ctx context.Context, url string) Result {
	name, args, skip := o.command(url)
	if skip != "" {
		return Result{Skipped: true, Reason: skip}
	}
	return o.run(ctx, name, args)
}

// command picks the opener for this system, or says why none should be run.
func (o Opener) command(url string) (name string, args []string, skip string) {
	switch o.goos() {
	case "darwin":
		return o.first([]string{"open"}, url, "The macOS opener was not found.")
	case "windows":
		return "rundll32", []string{"url.dll,FileProtocolHandler", url}, ""
	}

	if o.isWSL() {
		return o.first([]string{"wslview"}, url,
			"This looks like WSL and wslview is not installed, so no browser was started.")
	}

	hasDisplay := o.getenv("DISPLAY") != "" || o.getenv("WAYLAND_DISPLAY") != ""
	if !hasDisplay && (o.getenv("SSH_CONNECTION") != "" || o.getenv("SSH_TTY") != "") {
		return "", nil, "This is an SSH session with no display, so no browser was started here."
	}
	if !hasDisplay {
		return "", nil, "No graphical display was found, so no browser was started."
	}
	return o.first([]string{"xdg-open", "x-www-browser"}, url,
		"No browser opener (xdg-open) was found.")
}

// first returns the first of names found on PATH, or missing as the skip
// reason when none is.
func (o Opener) first(names []string, url, missing string) (string, []string, string) {
	for _, n := range names {
		if p, err := o.lookPath(n); err == nil {
			return p, []string{url}, ""
		}
	}
	return "", nil, missing
}

// run starts the opener with no input and its output thrown away, and waits
// for it at most the timeout.
func (o Opener) run(ctx context.Context, name string, args []string) Result {
	// The opener is not tied to ctx: a browser started in the foreground by
	// it must survive our giving up on it.
	cmd := exec.Command(name, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil
	if err := cmd.Start(); err != nil {
		return Result{Reason: "The browser could not be started."}
	}

	var err error
	task := rescue.Start(func() { err = cmd.Wait() })

	timer := time.NewTimer(o.timeout())
	defer timer.Stop()
	select {
	case <-task.Done():
		task.Wait()
		return exitResult(err)
	case <-timer.C:
		return Result{Reason: "The browser did not answer in time."}
	case <-ctx.Done():
		return Result{Reason: "Opening the browser was cancelled."}
	}
}

// exitResult turns the opener's exit into a Result.
func exitResult(err error) Result {
	if err == nil {
		return Result{Opened: true}
	}
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		return Result{Reason: "The browser opener reported a failure."}
	}
	return Result{Reason: "The browser could not be started."}
}

// isWSL reports whether we run inside the Windows Subsystem for Linux.
func (o Opener) isWSL() bool {
	if o.getenv("WSL_DISTRO_NAME") != "" || o.getenv("WSL_INTEROP") != "" {
		return true
	}
	b, err := o.readFile("/proc/version")
	return err == nil && strings.Contains(strings.ToLower(string(b)), "microsoft")
}

func (o Opener) getenv(k string) string {
	if o.Getenv != nil {
		return o.Getenv(k)
	}
	return os.Getenv(k)
}

func (o Opener) lookPath(n string) (string, error) {
	if o.LookPath != nil {
		return o.LookPath(n)
	}
	return exec.LookPath(n)
}

func (o Opener) readFile(p string) ([]byte, error) {
	if o.ReadFile != nil {
		return o.ReadFile(p)
	}
	return os.ReadFile(p)
}

func (o Opener) goos() string {
	if o.GOOS != "" {
		return o.GOOS
	}
	return runtime.GOOS
}

func (o Opener) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return DefaultTimeout
}
