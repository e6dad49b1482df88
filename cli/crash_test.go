package cli

import (
	"context"
	"net/http"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/airtable-connect/airtable-connect/ui"
)

// panickyTransport panics on every request with the request's
// Authorization header in the panic value, the worst case for a report.
type panickyTransport struct{}

func (panickyTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	panic("test transport failed for " + r.Header.Get("Authorization"))
}

// panickyKeyring panics on Set with the secret in the panic value.
type panickyKeyring struct{ *memKeyring }

func (panickyKeyring) Set(_, _, secret string) error { panic("test keyring got " + secret) }

// assertPanicReport checks a run that panicked: exit 1, a report on
// stderr that says so, and no token anywhere.
func assertPanicReport(t *testing.T, r result) {
	t.Helper()
	if r.code != ExitFailure {
		t.Errorf("exit %d after a panic, want %d", r.code, ExitFailure)
	}
	if !strings.Contains(r.err, "panic: test ") || !strings.Contains(r.err, "goroutine") {
		t.Errorf("stderr %q: want the panic value and a stack", r.err)
	}
	r.mustNotContain(t, tokAll)
	r.mustNotContain(t, tokAll[:20])
}

func TestWizardPanicInVerifierIsReportedAfterTheWizard(t *testing.T) { // C01
	h := newHarness(t)
	h.transport = panickyTransport{}
	ended := false
	w := &wizardRun{do: func(ctx context.Context, cfg ui.Config) (ui.Result, error) {
		_, err := cfg.Verifier.Verify(ctx, tokAll, guideScopeNames())
		if err == nil || ctx.Err() == nil {
			t.Errorf("after the panic: err %v, context %v; want both ended", err, ctx.Err())
		}
		ended = true
		return ui.Result{}, ctx.Err()
	}}
	r := h.runWizardCmd(w, func(any) bool { return true })

	if !ended {
		t.Fatal("the panic escaped the wizard instead of ending it")
	}
	assertPanicReport(t, r)
}

func TestWizardPanicInKeyringGoroutineIsReported(t *testing.T) { // C01, store's goroutine
	h := newHarness(t)
	h.backend = panickyKeyring{h.keyring}
	w := &wizardRun{do: func(ctx context.Context, cfg ui.Config) (ui.Result, error) {
		err := cfg.Store.SaveKeyring(ctx, "default", tokAll)
		return ui.Result{}, err
	}}
	r := h.runWizardCmd(w, func(any) bool { return true })
	assertPanicReport(t, r)
}

func TestCommandPanicIsReportedWithoutToken(t *testing.T) {
	h := newHarness(t)
	h.transport = panickyTransport{}
	r := h.run(tokAll+"\n", "verify")
	assertPanicReport(t, r)
}

func TestWizardOwnPanicIsReportedWithoutTheToken(t *testing.T) { // C01, inside ui
	h := newHarness(t)
	pat := "patTESTTESTTEST00." + strings.Repeat("0", 64)
	w := &wizardRun{do: func(context.Context, ui.Config) (ui.Result, error) {
		report := "Caught panic:\n\nbad state holding " + pat + "\n\ngoroutine 1 [running]:\n"
		return ui.Result{}, &ui.PanicError{Report: report, Err: tea.ErrProgramPanic}
	}}
	r := h.runWizardCmd(w, func(any) bool { return true })

	if r.code != ExitFailure {
		t.Errorf("exit %d, want %d", r.code, ExitFailure)
	}
	if !strings.Contains(r.err, "internal error") || !strings.Contains(r.err, "goroutine 1") {
		t.Errorf("stderr %q: want the panic report", r.err)
	}
	if strings.Contains(r.err+r.out, pat) || strings.Contains(r.err+r.out, pat[:20]) {
		t.Errorf("the token reached the report: %q", r.err)
	}
}
