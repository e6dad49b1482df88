package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
	"github.com/airtable-connect/airtable-connect/ui"
)

// wizardRun is a stand-in for ui.Run that records its config and ends the
// way the test says.
type wizardRun struct {
	calls int
	cfg   ui.Config
	do    func(ctx context.Context, cfg ui.Config) (ui.Result, error)
}

func (w *wizardRun) run(ctx context.Context, cfg ui.Config, _ io.Reader, _ io.Writer) (
	ui.Result, error,
) {
	w.calls++
	w.cfg = cfg
	if w.do == nil {
		return ui.Result{}, nil
	}
	return w.do(ctx, cfg)
}

// runWizardCmd runs args with the wizard replaced by w and terminals as
// isTTY says.
func (h *harness) runWizardCmd(w *wizardRun, isTTY func(any) bool, args ...string) result {
	h.t.Helper()
	var out, errOut strings.Builder
	env := h.envBase()
	env.In, env.Out, env.Err = strings.NewReader(""), &out, &errOut
	env.IsTerminal, env.Wizard = isTTY, w.run
	code := Run(context.Background(), Build{}, args, env)
	return result{code: code, out: out.String(), err: errOut.String()}
}

func TestWizardWithoutTerminalExits2(t *testing.T) { // C02
	h := newHarness(t)
	var outStream any
	cases := map[string]func(any) bool{
		"neither is a terminal":       func(any) bool { return false },
		"only stdout is a terminal":   func(s any) bool { return s == outStream },
		"only stdin is a terminal":    func(s any) bool { return s != outStream },
		"demo without a terminal too": func(any) bool { return false },
	}
	for name, isTTY := range cases {
		t.Run(name, func(t *testing.T) {
			w := &wizardRun{}
			args := []string{}
			if strings.HasPrefix(name, "demo") {
				args = append(args, "--demo")
			}
			start := time.Now()
			var out, errOut strings.Builder
			outStream = &out
			env := Env{
				In: strings.NewReader(""), Out: &out, Err: &errOut, Environ: h.environ,
				IsTerminal: isTTY, Keyring: h.keyring, ConfigDir: h.dir, Wizard: w.run,
			}
			code := Run(context.Background(), Build{}, args, env)

			if code != ExitUsage || w.calls != 0 {
				t.Errorf("exit %d, wizard calls %d; want 2 and none", code, w.calls)
			}
			line := strings.TrimSuffix(errOut.String(), "\n")
			if strings.Contains(line, "\n") || !strings.Contains(line, "--with-token") ||
				!strings.Contains(line, "AIRTABLE_TOKEN") {
				t.Errorf("stderr %q: want one line naming --with-token and AIRTABLE_TOKEN", line)
			}
			if out.Len() != 0 {
				t.Errorf("stdout %q, want nothing", out.String())
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

func TestWizardCtrlCExits130(t *testing.T) { // C07's exit side
	h := newHarness(t)
	w := &wizardRun{do: func(context.Context, ui.Config) (ui.Result, error) {
		return ui.Result{}, tea.ErrInterrupted
	}}
	r := h.runWizardCmd(w, func(any) bool { return true }, "--profile", "work")
	if r.code != ExitCancelled || strings.Count(r.err, "\n") != 1 || r.out != "" {
		t.Errorf("exit %d, stderr %q; want 130 and one short line", r.code, r.err)
	}
	if _, err := h.keyring.Get("airtable-connect", "work"); err == nil {
		t.Error("something was saved")
	}
}

func TestWizardGetsTheFlags(t *testing.T) {
	h := newHarness(t)
	h.environ = append(h.environ, "TERM=dumb")
	w := &wizardRun{do: func(context.Context, ui.Config) (ui.Result, error) {
		return ui.Result{Saved: true}, nil
	}}
	r := h.runWizardCmd(w, func(any) bool { return true }, "connect", "--profile", "work",
		"--no-browser", "--presenter", "--insecure-storage",
		"--hub-url", "https://hub.example.com/x")
	c := w.cfg
	if r.code != 0 || c.Profile != "work" || !c.NoBrowser || !c.Presenter ||
		!c.InsecureStorage || !c.Accessible || c.HubURL != "https://hub.example.com/x" ||
		c.Demo || c.DemoToken != "" || c.Verifier == nil || c.Store == nil {
		t.Errorf("exit %d, config %+v", r.code, c)
	}
}

func TestWizardNotSavedExitsWithOutcome(t *testing.T) {
	h := newHarness(t)
	w := &wizardRun{do: func(context.Context, ui.Config) (ui.Result, error) {
		return ui.Result{Report: airtable.Report{Outcome: airtable.OutcomeRejected}}, nil
	}}
	if r := h.runWizardCmd(w, func(any) bool { return true }); r.code != ExitRejected {
		t.Errorf("exit %d, want %d", r.code, ExitRejected)
	}
}

func TestDemoTouchesNothingReal(t *testing.T) {
	h := newHarness(t)
	h.environ = []string{"AIRTABLE_API_URL=http://127.0.0.1:1/v0"} // must be ignored
	var savedTo string
	w := &wizardRun{do: func(ctx context.Context, cfg ui.Config) (ui.Result, error) {
		rep, err := cfg.Verifier.Verify(ctx, cfg.DemoToken, airtabletest.AllScopes())
		if err != nil || rep.Outcome != airtable.OutcomeOK {
			t.Errorf("demo token against the demo fake: %v, outcome %v", err, rep.Outcome)
		}
		if err := cfg.Store.SaveKeyring(ctx, "default", cfg.DemoToken); err != nil {
			t.Errorf("demo keyring: %v", err)
		}
		path, err := cfg.Store.SaveFile("default", cfg.DemoToken)
		if err != nil {
			t.Errorf("demo file: %v", err)
		}
		savedTo = path
		return ui.Result{Saved: true}, nil
	}}
	r := h.runWizardCmd(w, func(any) bool { return true }, "--demo")
	// Practice progress may be kept (in its own file, never a token), so
	// the state folder is passed on as in a real run.
	if r.code != 0 || !w.cfg.Demo || w.cfg.DemoToken != airtabletest.SamplePAT ||
		w.cfg.StateDir != ui.DefaultStateDir() {
		t.Errorf("exit %d, config %+v", r.code, w.cfg)
	}
	if _, err := h.keyring.Get("airtable-connect", "default"); err == nil {
		t.Error("practice mode wrote to the real keyring")
	}
	if strings.HasPrefix(savedTo, h.dir) || savedTo == "" {
		t.Errorf("practice mode saved to %q", savedTo)
	}
	if _, err := os.Stat(filepath.Dir(savedTo)); !os.IsNotExist(err) {
		t.Errorf("practice folder left behind: %v", err)
	}
}

func TestJSONNeedsWithToken(t *testing.T) {
	h := newHarness(t)
	w := &wizardRun{}
	r := h.runWizardCmd(w, func(any) bool { return true }, "--json")
	if r.code != ExitUsage || w.calls != 0 {
		t.Errorf("exit %d, wizard calls %d; want 2 and none", r.code, w.calls)
	}
}
