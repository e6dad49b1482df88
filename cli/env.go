package cli

import (
	"context"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/browser"
	"github.com/airtable-connect/airtable-connect/store"
	"github.com/airtable-connect/airtable-connect/ui"
)

// Env is everything a command touches outside itself. Execute fills it from
// the process; tests pass their own streams, environment, keyring and
// folder. Nil fields take the process's own.
type Env struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
	// Environ is the environment as KEY=VALUE pairs; nil means os.Environ().
	Environ []string
	// IsTerminal reports whether a stream is a terminal; nil checks the
	// file descriptor of *os.File streams.
	IsTerminal func(stream any) bool
	// Keyring replaces the system keyring; nil means store.SystemKeyring().
	Keyring store.Backend
	// ConfigDir replaces the folder for token files and profiles.
	ConfigDir string
	// Open opens a page in a browser; nil means browser.Open.
	Open func(ctx context.Context, url string) browser.Result
	// HTTPClient replaces airtable.NewHTTPClient().
	HTTPClient *http.Client
	// Backoff replaces the wait between retries; tests make it tiny.
	Backoff func(attempt int) time.Duration
	// Wizard runs the interactive wizard; nil means ui.Run.
	Wizard func(ctx context.Context, cfg ui.Config, in io.Reader, out io.Writer) (
		ui.Result, error)
}

// withDefaults fills the nil fields from the process.
func (e Env) withDefaults() Env {
	if e.In == nil {
		e.In = os.Stdin
	}
	if e.Out == nil {
		e.Out = os.Stdout
	}
	if e.Err == nil {
		e.Err = os.Stderr
	}
	if e.Environ == nil {
		e.Environ = os.Environ()
	}
	if e.IsTerminal == nil {
		e.IsTerminal = isTerminal
	}
	if e.Open == nil {
		e.Open = browser.Open
	}
	if e.Wizard == nil {
		e.Wizard = ui.Run
	}
	return e
}

// getenv returns the value of key in the environment, or "".
func (e Env) getenv(key string) string {
	prefix := key + "="
	for i := len(e.Environ) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(e.Environ[i], prefix); ok {
			return v
		}
	}
	return ""
}

// accessible reports whether the environment asks for plain prompts.
func (e Env) accessible() bool {
	v := strings.ToLower(e.getenv("ACCESSIBLE"))
	return (v != "" && v != "0" && v != "false") || e.getenv("TERM") == "dumb"
}

// store opens the token store for this environment. timeout bounds each
// keyring call.
func (e Env) store(timeout time.Duration) *store.Store {
	return store.New(store.Options{
		Dir:     e.ConfigDir,
		Keyring: e.Keyring,
		Timeout: timeout,
		Warn:    func(s string) { _, _ = io.WriteString(e.Err, s+"\n") },
	})
}

// baseURL is the API root: AIRTABLE_API_URL or Airtable's own.
func (e Env) baseURL() string {
	if u := strings.TrimSpace(e.getenv("AIRTABLE_API_URL")); u != "" {
		return strings.TrimRight(u, "/")
	}
	return airtable.DefaultBaseURL
}

// clientOptions configures an airtable client for this environment.
func (e Env) clientOptions() []airtable.Option {
	hc := e.HTTPClient
	if hc == nil {
		hc = airtable.NewHTTPClient()
	}
	opts := []airtable.Option{airtable.WithBaseURL(e.baseURL()), airtable.WithHTTPClient(hc)}
	if e.Backoff != nil {
		opts = append(opts, airtable.WithRetry(3, e.Backoff))
	}
	return opts
}

// interactive reports whether both stdin and stdout are terminals.
func (e Env) interactive() bool {
	return e.IsTerminal(e.In) && e.IsTerminal(e.Out)
}

// isTerminal reports whether stream is an *os.File attached to a terminal.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
