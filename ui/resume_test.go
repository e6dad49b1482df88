package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/steps"
)

func TestQuitAtPasteAndResumeThere(t *testing.T) {
	dir := t.TempDir()
	d := newDriver(t, Config{StateDir: dir})
	d.walkTo(steps.Scopes)
	d.press("r")
	d.walkTo(steps.PasteToken)
	d.typeText("patTESTTE")
	d.press("ctrl+c")

	path := filepath.Join(dir, progressFile)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no progress kept: %v", err)
	}
	if strings.Contains(string(data), "patTEST") {
		t.Fatal("the progress file holds the token")
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Fatalf("progress file mode %o", fi.Mode().Perm())
	}

	d = newDriver(t, Config{StateDir: dir})
	d.mustShow("Continue where you stopped?", "Paste the token here", "> Continue there")
	d.press("enter")
	if d.stepID() != steps.PasteToken {
		t.Fatalf("resumed at %s", d.stepID())
	}
	if got := d.m.scopes.chosen(); len(got) != 4 || got[3] != airtable.ScopeDataRecordCommentsRead {
		t.Fatalf("resumed scopes = %v", got)
	}
	d.walkTo(steps.Summary)
	d.press("enter")
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("progress not cleared at the end: %v", err)
	}
}

func TestStartOverForgetsProgress(t *testing.T) {
	dir := t.TempDir()
	d := newDriver(t, Config{StateDir: dir})
	d.walkTo(steps.BaseAccess)
	d = newDriver(t, Config{StateDir: dir})
	d.press("down", "enter")
	if d.stepID() != steps.Welcome || d.m.resume.offered {
		t.Fatalf("start over went to %s", d.stepID())
	}
	if _, err := os.Stat(filepath.Join(dir, progressFile)); !os.IsNotExist(err) {
		t.Fatal("start over kept the old progress")
	}
}

func TestColourFollowsTheEnvironment(t *testing.T) {
	env := func(kv map[string]string) func(string) string {
		return func(k string) string { return kv[k] }
	}
	cases := []struct {
		vars       map[string]string
		on, forced bool
	}{
		{map[string]string{}, true, false},
		{map[string]string{"NO_COLOR": "yes"}, false, false},
		{map[string]string{"NO_COLOR": "0"}, false, false},
		{map[string]string{"CLICOLOR_FORCE": "1"}, true, true},
		{map[string]string{"NO_COLOR": "1", "CLICOLOR_FORCE": "1"}, false, false},
	}
	for _, c := range cases {
		on, forced := colourFromEnv(env(c.vars))
		if on != c.on || forced != c.forced {
			t.Fatalf("%v: on=%v forced=%v", c.vars, on, forced)
		}
	}
	t.Setenv("NO_COLOR", "1")
	d := newDriver(t, Config{})
	if strings.Contains(d.m.render(), "\x1b[3") {
		t.Fatal("NO_COLOR set, but the screen has colours")
	}
}

func TestHelpShowsAllKeysAndCloses(t *testing.T) {
	d := newDriver(t, Config{})
	d.walkTo(steps.FindTokens)
	d.press("?")
	d.mustShow("ctrl+c", "shift+tab", "Press Esc, ? or q to close this help.")
	d.press("x", "pgdown", "enter")
	if !d.m.showHelp || d.stepID() != steps.FindTokens {
		t.Fatal("a key other than Esc, ? or q closed the help or acted")
	}
	d.press("esc")
	if d.m.showHelp || d.stepID() != steps.FindTokens {
		t.Fatal("Esc did not just close the help")
	}
}

func TestTooSmallWindowSaysSo(t *testing.T) {
	d := newDriver(t, Config{})
	for _, size := range [][2]int{{39, 12}, {40, 11}, {10, 3}, {0, 0}} {
		d.resize(size[0], size[1])
		d.mustShow("too small")
	}
	d.resize(40, 12)
	d.mustShow("Step 1 of 12")
}

func TestPracticeProgressIsKeptApartFromRealProgress(t *testing.T) {
	dir := t.TempDir()
	practice := Config{StateDir: dir, Demo: true, DemoToken: testPAT}
	d := newDriver(t, practice)
	d.walkTo(steps.PasteToken)
	d.paste(testPAT)
	d.press("ctrl+c")
	if !d.m.result.ProgressKept {
		t.Fatal("a practice run did not keep its progress")
	}
	data, err := os.ReadFile(filepath.Join(dir, practiceFile))
	if err != nil || strings.Contains(string(data), "TESTTEST") {
		t.Fatalf("practice progress: %v, holds the token: %v", err,
			strings.Contains(string(data), "TESTTEST"))
	}
	if _, err := os.Stat(filepath.Join(dir, progressFile)); !os.IsNotExist(err) {
		t.Fatal("a practice run wrote the real progress file")
	}
	if d = newDriver(t, Config{StateDir: dir}); d.m.resume.offered {
		t.Fatal("a real run offered to continue a practice run")
	}
	d.walkTo(steps.Scopes) // real progress now exists too
	d = newDriver(t, practice)
	d.mustShow("Continue where you stopped?", "Paste the token here")
	d = newDriver(t, Config{StateDir: dir})
	d.mustShow("Continue where you stopped?", "Add the scopes")
}

func TestTabAnswersTheResumeOfferLikeEnter(t *testing.T) {
	dir := t.TempDir()
	d := newDriver(t, Config{StateDir: dir})
	d.walkTo(steps.BaseAccess)
	d = newDriver(t, Config{StateDir: dir})
	d.press("tab")
	if d.m.resume.offered || d.stepID() != steps.BaseAccess {
		t.Fatalf("tab on the offer left it at %s (offered %v)", d.stepID(), d.m.resume.offered)
	}
}

// Once the token is saved nothing is left to continue: Ctrl+C from then on
// leaves no progress file behind, in a real run and in a practice run, and
// the summary still shows what was saved.
func TestSavedTokenLeavesNoProgressBehind(t *testing.T) {
	cases := map[string]Config{
		progressFile: {},
		practiceFile: {Demo: true, DemoToken: testPAT},
	}
	for file, cfg := range cases {
		cfg.StateDir = t.TempDir()
		kept := filepath.Join(cfg.StateDir, file)
		d := newDriver(t, cfg)
		d.walkTo(steps.Scopes)
		if _, err := os.Stat(kept); err != nil {
			t.Fatalf("%s: progress was not kept before the save: %v", file, err)
		}
		d.walkTo(steps.Save)
		if !d.m.result.Saved {
			t.Fatalf("%s: the token was not saved:\n%s", file, d.view())
		}
		if _, err := os.Stat(kept); !os.IsNotExist(err) {
			t.Fatalf("%s: progress still kept after the save: %v", file, err)
		}
		d.walkTo(steps.Summary)
		if _, err := os.Stat(kept); !os.IsNotExist(err) {
			t.Fatalf("%s: progress kept again after the save: %v", file, err)
		}
		d.mustShow("Profile: ")
		d.press("ctrl+c")
		if d.m.result.ProgressKept {
			t.Fatalf("%s: ctrl+c after the save says progress was kept", file)
		}
	}
}
