package cli

import (
	"context"
	"errors"
	"io"
	"strings"
	"syscall"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/fang/v2"

	"github.com/airtable-connect/airtable-connect/ui"
)

// countFangErrors replaces fang's error path for the test and counts the
// errors that reach it.
func countFangErrors(t *testing.T) *int {
	t.Helper()
	n := 0
	saved := errorHandler
	errorHandler = func(w io.Writer, s fang.Styles, err error) {
		n++
		saved(w, s, err)
	}
	t.Cleanup(func() { errorHandler = saved })
	return &n
}

func TestOwnOutcomesStayOutOfFangsErrorPath(t *testing.T) {
	calls := countFangErrors(t)
	h := newHarness(t)
	w := &wizardRun{do: func(context.Context, ui.Config) (ui.Result, error) {
		return ui.Result{}, tea.ErrInterrupted
	}}
	tty := func(any) bool { return true }

	if r := h.runWizardCmd(w, tty); r.code != ExitCancelled ||
		r.err != "Cancelled. Nothing was saved. Run airtable-connect again to start over.\n" {
		t.Errorf("Ctrl+C: exit %d, stderr %q", r.code, r.err)
	}
	if r := h.run("", "token", "--profile", "nobody"); r.code == 0 || r.err == "" {
		t.Errorf("token for a missing profile: exit %d, stderr %q", r.code, r.err)
	}
	if *calls != 0 {
		t.Errorf("%d of our own outcomes went through fang's error path", *calls)
	}

	// A usage error still gets fang's styled output.
	if r := h.run("", "--no-such-flag"); r.code != ExitUsage || *calls != 1 {
		t.Errorf("unknown flag: exit %d, fang error calls %d; want 2 and 1", r.code, *calls)
	}
}

func TestCtrlCAfterSaveSaysItWasSaved(t *testing.T) { // the wizard's save came first
	h := newHarness(t)
	w := &wizardRun{do: func(context.Context, ui.Config) (ui.Result, error) {
		return ui.Result{Profile: "work", Saved: true, Storage: "keyring"}, tea.ErrInterrupted
	}}
	r := h.runWizardCmd(w, func(any) bool { return true }, "--profile", "work")

	if r.code != ExitOK {
		t.Errorf("exit %d, want 0: the token was saved", r.code)
	}
	if strings.Contains(r.err+r.out, "Nothing was saved") {
		t.Errorf("says nothing was saved after saving; stdout %q, stderr %q", r.out, r.err)
	}
	if !strings.Contains(r.out, "saved in your system keyring") {
		t.Errorf("stdout %q: want the summary saying where the token is", r.out)
	}
}

func TestSignalBeforeSaveExitsWithItsCode(t *testing.T) {
	for sig, want := range map[syscall.Signal]int{
		syscall.SIGINT: 130, syscall.SIGHUP: 129,
		syscall.SIGTERM: 143,
	} {
		ctx, cancel := context.WithCancelCause(context.Background())
		cancel(&signalError{sig: sig})
		var out strings.Builder
		err := wizardOutcome(ctx, Env{Out: &out}, connectOptions{}, ui.Result{},
			tea.ErrProgramKilled)

		if got := exitCode(err); got != want {
			t.Errorf("%v: exit %d, want %d", sig, got, want)
		}
		var ee *ExitError
		if !errors.As(err, &ee) || !strings.Contains(ee.Message, "Nothing was saved") {
			t.Errorf("%v: message %q, want it to say nothing was saved", sig, ee.Message)
		}
		if out.Len() != 0 {
			t.Errorf("%v: a summary was printed with nothing saved: %q", sig, out.String())
		}
	}
}

func TestHelpListsSignalExitCodes(t *testing.T) {
	for _, code := range []string{"129", "130", "143"} {
		if !strings.Contains(exitCodesHelp, "\n  "+code+" ") {
			t.Errorf("the exit code help does not list %s", code)
		}
	}
}

func TestCtrlCWithProgressKeptSaysHowToContinue(t *testing.T) {
	for _, demo := range []bool{false, true} {
		err := wizardOutcome(context.Background(), Env{Out: io.Discard},
			connectOptions{demo: demo}, ui.Result{ProgressKept: true}, tea.ErrInterrupted)
		var ee *ExitError
		want := "Cancelled. Nothing was saved yet. Run airtable-connect again " +
			"to continue where you stopped."
		if demo {
			want = "Cancelled. Nothing was saved yet. Run airtable-connect --demo again " +
				"to continue where you stopped."
		}
		if !errors.As(err, &ee) || ee.Message != want || ee.Code != ExitCancelled {
			t.Errorf("demo=%v: %v", demo, err)
		}
	}
}

func TestUnexpectedStopSaysWhatToDo(t *testing.T) {
	err := wizardOutcome(context.Background(), Env{Out: io.Discard}, connectOptions{},
		ui.Result{}, errors.New("boom"))
	var ee *ExitError
	if !errors.As(err, &ee) || !strings.Contains(ee.Message, "Run airtable-connect again") {
		t.Errorf("message %v", err)
	}
}

func TestUnexpectedStopAfterSaveNamesTheProfile(t *testing.T) {
	err := wizardOutcome(context.Background(), Env{Out: io.Discard},
		connectOptions{profile: "work"}, ui.Result{Saved: true}, errors.New("boom"))
	var ee *ExitError
	if !errors.As(err, &ee) || !strings.Contains(ee.Message, "status --profile work'") {
		t.Errorf("message %v", err)
	}
}
