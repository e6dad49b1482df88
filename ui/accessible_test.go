package ui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/creack/pty"

	"github.com/airtable-connect/airtable-connect/browser"
	"github.com/airtable-connect/airtable-connect/store"
)

// accessibleRunWith answers the accessible prompts with answers, typed
// into a pseudo-terminal so the hidden token prompt has a real terminal.
func accessibleRunWith(t *testing.T, cfg Config, answers string) (Result, string, error) {
	t.Helper()
	ptm, tty, err := pty.Open()
	if err != nil {
		needPTY(t, err)
	}
	defer func() { _ = ptm.Close() }()
	defer func() { _ = tty.Close() }()
	go func() { _, _ = io.Copy(io.Discard, ptm) }() // the terminal's own echo
	if _, err := ptm.Write([]byte(answers)); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	res, err := runAccessible(context.Background(), cfg, tty, &out)
	return res, out.String(), err
}

// needPTY skips the test when no pseudo-terminal can be opened, except
// under CI=true, where a missing pseudo-terminal fails it.
func needPTY(t *testing.T, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("no pseudo-terminal here, and CI=true needs one: %v", err)
	}
	t.Skipf("no pseudo-terminal here: %v", err)
}

func TestAccessibleModeWalksEveryStepWithoutEchoingTheToken(t *testing.T) {
	v, st := &fakeVerifier{report: goodReport()}, &fakeStore{}
	answers := strings.Repeat("\n", 9) + testPAT + "\n" + "\n\n"
	res, out, err := accessibleRunWith(t, Config{Verifier: v, Store: st}, answers)
	if err != nil {
		t.Fatalf("accessible run: %v\n%s", err, out)
	}
	if !res.Saved || len(st.saved) != 1 || st.saved[0] != testPAT {
		t.Fatalf("result %+v, saved %d", res, len(st.saved))
	}
	for _, want := range []string{
		"Step 1 of 12", "Step 12 of 12", "Add these in Airtable",
		"Saved in your system keyring", "https://airtable.com/create/tokens",
	} {
		if !strings.Contains(out, want) {
			t.Fatalf("transcript lacks %q:\n%s", want, out)
		}
	}
	assertNoSecret(t, out, testPAT)
	if strings.Contains(out, "\x1b[") {
		t.Fatal("accessible transcript holds escape sequences")
	}
}

func TestAccessibleKeyringUnavailableDefaultsToNo(t *testing.T) {
	v := &fakeVerifier{report: goodReport()}
	st := &fakeStore{keyringErrs: []error{store.ErrUnavailable}}
	answers := strings.Repeat("\n", 9) + testPAT + "\n" + "\n\n\n"
	res, out, err := accessibleRunWith(t, Config{Verifier: v, Store: st}, answers)
	if err != nil {
		t.Fatalf("accessible run: %v\n%s", err, out)
	}
	if res.Saved || st.files != 0 {
		t.Fatalf("saved without consent: %+v files=%d", res, st.files)
	}
	if !strings.Contains(out, "[y/N]") {
		t.Fatalf("the file question does not default to No:\n%s", out)
	}
}

func TestAccessibleEndOfInputStops(t *testing.T) {
	var out bytes.Buffer
	_, err := runAccessible(context.Background(), Config{
		Verifier: &fakeVerifier{},
		Store:    &fakeStore{},
	}, strings.NewReader("\n\n"), &out)
	if !errors.Is(err, ErrInputClosed) {
		t.Fatalf("err = %v, want ErrInputClosed", err)
	}
}

// An error from a prompt names the question it came from, so a report of
// a failed run says where it stopped.
func TestAccessiblePromptErrorsNameTheQuestion(t *testing.T) {
	for input, want := range map[string]string{
		"":      "ask profile: ",
		"\n":    "ask to open browser: ",
		"\n2\n": "wait for enter: ",
	} {
		var out bytes.Buffer
		_, err := runAccessible(context.Background(), Config{
			Verifier: &fakeVerifier{},
			Store:    &fakeStore{},
			Open:     func(context.Context, string) browser.Result { return browser.Result{} },
		}, strings.NewReader(input), &out)
		if !errors.Is(err, ErrInputClosed) || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("input %q: err = %v, want ErrInputClosed after %q", input, err, want)
		}
	}
}

func TestAccessibleCtrlCReturnsWhileAPromptWaits(t *testing.T) {
	r, w := io.Pipe()
	defer func() { _ = w.Close() }()
	ctx, cancel := context.WithCancel(context.Background())
	st := &fakeStore{}
	done := make(chan error, 1)
	go func() {
		_, err := runAccessible(ctx, Config{Verifier: &fakeVerifier{}, Store: st}, r,
			io.Discard)
		done <- err
	}()
	cancel()
	if err := <-done; !errors.Is(err, tea.ErrInterrupted) {
		t.Fatalf("err = %v, want tea.ErrInterrupted", err)
	}
	if st.writes() != 0 {
		t.Fatal("something was saved")
	}
}

func TestAccessibleEnterKeepsTheSuggestedProfile(t *testing.T) {
	for name, first := range map[string]string{"enter": "\n", "spaces": "   \n"} {
		t.Run(name, func(t *testing.T) {
			v, st := &fakeVerifier{report: goodReport()}, &fakeStore{}
			answers := first + strings.Repeat("\n", 8) + testPAT + "\n" + "\n\n"
			res, out, err := accessibleRunWith(t, Config{
				Profile: "sales", Verifier: v,
				Store: st,
			}, answers)
			if err != nil {
				t.Fatalf("accessible run: %v\n%s", err, out)
			}
			if res.Profile != "sales" || strings.Contains(out, "cannot be used") {
				t.Fatalf("profile %q, want the suggested sales:\n%s", res.Profile, out)
			}
			if !strings.Contains(out, "Press Enter to keep sales") {
				t.Fatalf("the prompt does not name the suggested profile:\n%s", out)
			}
		})
	}
}

func TestAccessibleLinesWrapAtWords(t *testing.T) {
	var out bytes.Buffer
	p := &prompter{width: 40, out: &out}
	p.say("You will make a personal access token in Airtable, check it here.",
		"  user.email:read - see the email address of your account", testPAT)
	for _, row := range strings.Split(strings.TrimRight(out.String(), "\n"), "\n") {
		if len(row) > 40 && row != testPAT {
			t.Fatalf("row of %d columns: %q", len(row), row)
		}
		if strings.HasSuffix(row, "Airtabl") || strings.HasPrefix(row, "e,") {
			t.Fatalf("a word was broken: %q", row)
		}
	}
	for _, want := range []string{"\n" + testPAT + "\n", "\n  address of your account"} {
		if !strings.Contains(out.String(), want) {
			t.Fatalf("output lacks %q:\n%s", want, out.String())
		}
	}
	if outputWidth(&out) != 80 {
		t.Fatal("a writer that is no terminal should get 80 columns")
	}
}
