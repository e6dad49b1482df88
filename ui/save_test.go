package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/steps"
	"github.com/airtable-connect/airtable-connect/store"
)

func TestVerificationFailureOffersItsChoices(t *testing.T) {
	d := newDriver(t, Config{})
	d.verifier.report = airtable.Report{
		Outcome: airtable.OutcomeRejected,
		Checks: []airtable.CheckRow{{
			Label:  "Token accepted by Airtable",
			Status: airtable.CheckFailed, Note: "Airtable did not accept the token.",
			Fix: "Create a new token in the Builder Hub.",
		}},
	}
	d.walkTo(steps.Verify)
	d.mustShow("✗ Token accepted", "    Create a new token", "> Paste the token again",
		"Quit without saving")
	if strings.Contains(d.view(), "Save it anyway") ||
		strings.Contains(d.view(), "Go back to the scopes") {
		t.Fatal("a refused token may not be saved anyway nor lead to the scopes")
	}
	d.press("enter")
	if d.stepID() != steps.PasteToken {
		t.Fatalf("paste again went to %s", d.stepID())
	}
	d.verifier.report = goodReport()
	d.verifier.report.Outcome = airtable.OutcomeMissing
	d.verifier.report.Problems = []airtable.Problem{{
		Kind:  airtable.KindScopeMissing,
		Scope: airtable.ScopeDataRecordsRead,
	}}
	d.paste(testPAT)
	d.press("enter")
	d.mustShow("> Go back to the scopes", "Paste the token again")
	d.press("enter")
	if d.stepID() != steps.Scopes {
		t.Fatalf("back to scopes went to %s", d.stepID())
	}
	if d.store.writes() != 0 {
		t.Fatal("a failed check saved something")
	}
}

func TestSaveAnywayOnlyForOptionalScopeOrUnreachable(t *testing.T) {
	missing := goodReport()
	missing.Outcome = airtable.OutcomeMissing
	missing.Problems = []airtable.Problem{{
		Kind:  airtable.KindScopeMissing,
		Scope: airtable.ScopeDataRecordsRead,
	}}
	noEmail := missing
	noEmail.Problems = []airtable.Problem{{
		Kind:  airtable.KindScopeMissing,
		Scope: airtable.ScopeUserEmailRead,
	}}
	noBase := goodReport()
	noBase.Bases = nil
	cases := []struct {
		name   string
		report airtable.Report
		offer  bool
	}{
		{"optional scope missing", missing, true},
		{"unreachable", airtable.Report{Outcome: airtable.OutcomeUnreachable}, true},
		{"email scope missing", noEmail, false},
		{"no base", noBase, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDriver(t, Config{})
			d.verifier.report = c.report
			d.walkTo(steps.Verify)
			if got := strings.Contains(d.view(), "Save it anyway"); got != c.offer {
				t.Fatalf("save anyway offered = %v, want %v:\n%s", got, c.offer, d.view())
			}
			if strings.Contains(d.view(), "> Save it anyway") {
				t.Fatal("save anyway must not be the default")
			}
		})
	}
}

func TestKeyringUnavailableAsksBeforeAFile(t *testing.T) {
	d := newDriver(t, Config{})
	d.store.keyringErrs = []error{store.ErrUnavailable}
	d.walkTo(steps.Save)
	d.mustShow("No system keyring", "> No, do not save it", "Yes, save it to a file")
	d.press("enter")
	if d.store.files != 0 || d.m.result.Saved {
		t.Fatal("the default answer wrote a file")
	}
	d.mustShow("was not saved")

	d = newDriver(t, Config{})
	d.store.keyringErrs = []error{fmtErr(store.ErrUnavailable)}
	d.walkTo(steps.Save)
	d.press("down", "enter")
	if d.store.files != 1 || d.m.result.Storage != store.LocationFile {
		t.Fatalf("consent given: files=%d result=%+v", d.store.files, d.m.result)
	}
	d.mustShow("Saved to the file /tmp/test/tokens/default")
	d.press("enter", "enter")
	d.mustShow("Saved: in the file", "/tmp/test/tokens/default")
}

func fmtErr(err error) error { return errors.Join(errors.New("save token"), err) }

func TestKeyringLockedOffersRetryOrFile(t *testing.T) {
	d := newDriver(t, Config{})
	d.store.keyringErrs = []error{store.ErrLocked}
	d.walkTo(steps.Save)
	d.mustShow("may be locked", "> Try the keyring again", "Save it to a file instead")
	if d.store.files != 0 {
		t.Fatal("a locked keyring fell back to a file without asking")
	}
	d.press("enter")
	if d.store.keyring != 2 || d.m.result.Storage != store.LocationKeyring {
		t.Fatalf("retry: keyring calls=%d result=%+v", d.store.keyring, d.m.result)
	}
}

func TestKeyringRefusalIsAnErrorNotAFallback(t *testing.T) {
	d := newDriver(t, Config{})
	d.store.keyringErrs = []error{&store.RejectedError{Err: errors.New("denied")}}
	d.walkTo(steps.Save)
	d.mustShow("could not be saved", "keyring refused")
	if d.store.files != 0 || d.m.result.Saved {
		t.Fatal("a refused keyring fell back silently")
	}
}

func TestInsecureStorageSavesToAFileWithoutAsking(t *testing.T) {
	d := newDriver(t, Config{InsecureStorage: true})
	d.walkTo(steps.Save)
	if d.store.keyring != 0 || d.store.files != 1 {
		t.Fatalf("keyring=%d files=%d", d.store.keyring, d.store.files)
	}
	if p := d.store.profiles[0]; p.Storage != store.LocationFile || p.Email == "" {
		t.Fatalf("profile record = %+v", p)
	}
	if d.store.saved[0] != testPAT {
		t.Fatal("the stored value is not the token")
	}
}

func TestSummaryNeverSaysReadyWithoutABase(t *testing.T) {
	d := newDriver(t, Config{})
	r := goodReport()
	r.Bases = nil
	r.Outcome = airtable.OutcomeMissing
	r.Problems = []airtable.Problem{{Kind: airtable.KindNoBase}}
	d.verifier.report = r
	d.walkTo(steps.Verify)
	d.m, _ = d.m.goTo(steps.Summary)
	d.mustShow("Not finished", "reaches no base")
	if strings.Contains(d.view(), "All set") {
		t.Fatal("summary says ready with no base")
	}
}

func TestUnreachableOffersToCheckTheSameTokenAgain(t *testing.T) {
	d := newDriver(t, Config{})
	d.verifier.report = airtable.Report{
		Outcome:  airtable.OutcomeUnreachable,
		Problems: []airtable.Problem{{Kind: airtable.KindUnreachable}},
	}
	d.walkTo(steps.Verify)
	d.mustShow("Airtable could not be reached.", "> Check again", "Paste the token again")
	d.verifier.report = goodReport()
	d.press("enter")
	d.mustShow("The token works.")
	if d.verifier.count() != 2 || d.verifier.tokens[1] != testPAT {
		t.Fatalf("the second check did not use the same token (%d calls)", d.verifier.count())
	}
}

// stoppedVerifier answers as a check cut short would, then as good.
type stoppedVerifier struct{ calls int }

func (s *stoppedVerifier) Verify(context.Context, string, []string) (airtable.Report, error) {
	s.calls++
	if s.calls == 1 {
		return airtable.Report{}, context.Canceled
	}
	return goodReport(), nil
}

func TestStoppedCheckShowsWhatEnterAndEscDo(t *testing.T) {
	v := &stoppedVerifier{}
	d := newDriver(t, Config{Verifier: v})
	d.walkTo(steps.Verify)
	d.mustShow("The check was stopped before it finished.", "Esc goes",
		"> Check again", "Paste the token again", "Quit without saving")
	d.press("down", "up", "enter")
	d.mustShow("The token works.")
	if v.calls != 2 {
		t.Fatalf("%d checks, want 2", v.calls)
	}
	d = newDriver(t, Config{Verifier: &stoppedVerifier{}})
	d.walkTo(steps.Verify)
	d.press("esc")
	if d.stepID() != steps.PasteToken || d.m.rawToken() != testPAT {
		t.Fatalf("esc went to %s with %d characters", d.stepID(), len(d.m.rawToken()))
	}
}
