package e2e

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// update rewrites the golden screens: go test ./e2e/ -run Golden -update
var update = flag.Bool("update", false, "rewrite the golden screens in testdata")

// TestGoldenWelcome80x24 compares the first screen, cell by cell, with
// the one kept in testdata, at 80x24, TERM=xterm-256color and NO_COLOR=1,
// so any change to what a person first sees is a reviewed change.
func TestGoldenWelcome80x24(t *testing.T) {
	e := newEnv(t).set("NO_COLOR", "1")
	tm := startTerm(t, e, 80, 24)
	tm.waitFor("> default")
	tm.waitFor("ctrl+c quit")
	got := tm.screen() + "\n"
	tm.send(keyCtrlC)
	tm.waitExit(5 * time.Second)

	path := filepath.Join("testdata", t.Name()+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden screen (run with -update to create it): %v", err)
	}
	if got != string(want) {
		t.Errorf("the welcome screen changed (run with -update if that is "+
			"intended); got:\n%s\nwant:\n%s", frame(got), frame(string(want)))
	}
}
