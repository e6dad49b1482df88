package cli

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// manPage runs the man command, which writes to the process's own standard
// output, and returns the roff it wrote.
func manPage(t *testing.T) string {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "man")
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = f
	r := newHarness(t).run("", "man")
	os.Stdout = old
	_ = f.Close()
	if r.code != ExitOK {
		t.Fatalf("man: exit %d", r.code)
	}
	b, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The man page header names the page on both sides with a short title
// between them that fits an 80-column terminal, and the description says
// which environment variables are read and where files live.
func TestManPageHeaderAndDescription(t *testing.T) {
	page := manPage(t)
	th := regexp.MustCompile(`(?m)^\.TH AIRTABLE-CONNECT 1 "[^"]*" "airtable-connect" "([^"]*)"$`)
	m := th.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no well-formed .TH line in:\n%s", page[:min(300, len(page))])
	}
	// 80 columns less twice "AIRTABLE-CONNECT(1)" and some room either side.
	if len(m[1]) > 36 {
		t.Errorf("header title %q is %d characters; it runs over the page names",
			m[1], len(m[1]))
	}
	for _, want := range []string{
		"AIRTABLE_TOKEN", "AIRTABLE_API_URL", "HTTPS_PROXY", "NO_PROXY", "NO_COLOR",
		"ACCESSIBLE", "~/\\&.config/airtable-connect/profiles\\&.json",
		"~/\\&.local/state/airtable-connect", "$XDG_CONFIG_HOME", "$XDG_STATE_HOME",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("man page lacks %q", want)
		}
	}
	if strings.Contains(page, "%!") {
		t.Error("man page holds a mangled per cent sign")
	}
}

// Every indented line of the root help fits the man page's 72 columns, so
// none is filled into the next.
func TestRootHelpLinesFitTheManPage(t *testing.T) {
	root := newRootCmd(Env{}.withDefaults(), Build{})
	for line := range strings.SplitSeq(root.Long, "\n") {
		if strings.HasPrefix(line, " ") && len(line) > 72 {
			t.Errorf("line of %d characters: %q", len(line), line)
		}
	}
}
