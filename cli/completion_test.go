package cli

import (
	"strings"
	"testing"
)

// --profile completes the saved profile names, with no file names offered,
// on every command that takes it.
func TestProfileFlagCompletesSavedNames(t *testing.T) {
	h := newHarness(t)
	for _, p := range []string{"work", "home", "wiki"} {
		if r := h.run(tokAll, "connect", "--with-token", "--profile", p); r.code != 0 {
			t.Fatalf("connect %s: exit %d", p, r.code)
		}
	}
	h.backend = &noKeyring{}

	for _, cmd := range [][]string{
		{}, {"connect"}, {"status"}, {"token"}, {"logout"},
	} {
		args := append(append([]string{"__complete"}, cmd...), "--profile", "w")
		r := h.run("", args...)
		lines := strings.Split(strings.TrimSpace(r.out), "\n")
		got := strings.Join(lines[:len(lines)-1], " ")
		if got != "wiki work" {
			t.Errorf("%v: completions %q, want wiki work", cmd, got)
		}
		// 4 is cobra's ShellCompDirectiveNoFileComp: no file names.
		if last := lines[len(lines)-1]; last != ":4" {
			t.Errorf("%v: directive %q, want :4 (no file completion)", cmd, last)
		}
	}
}
