package cli

import (
	"strings"
	"testing"
)

func TestTokenArgumentsAreRefused(t *testing.T) { // C17
	for _, args := range [][]string{
		{"--token", tokAll},
		{"--token=" + tokAll},
		{"verify", tokAll},
		{"connect", "--with-token", tokAll},
		{tokAll},
		{"verify", tokLegacy},
		{"verify", "patTESTTESTTEST00"},
		{"status", "--profile", "oaaTESTTESTTEST00.v1.eyJhbGciOi.abcdef0123"},
		{"verify", "--", "0123456789abcdef0123456789abcdef0123456789abcdef"},
	} {
		h := newHarness(t)
		r := h.run("", args...)
		if r.code != ExitUsage {
			t.Errorf("%d args: exit %d, want %d", len(args), r.code, ExitUsage)
		}
		if !strings.Contains(r.err, "AIRTABLE_TOKEN") || !strings.Contains(r.err, "stdin") {
			t.Errorf("refusal does not point to stdin and AIRTABLE_TOKEN: %q", r.err)
		}
		if strings.Count(strings.TrimSpace(r.err), "\n") != 0 || r.out != "" {
			t.Errorf("want one line on stderr and nothing on stdout, got %q / %q", r.err, r.out)
		}
		for _, a := range args {
			v := strings.TrimPrefix(a, "--token=")
			if !strings.HasPrefix(v, "-") && strings.Contains(r.err, v) {
				t.Errorf("refusal echoes an argument")
			}
		}
		if n := len(h.srv.Requests()); n != 0 {
			t.Errorf("%d requests sent, want none", n)
		}
	}
}

func TestOrdinaryArgumentsAreNotTokens(t *testing.T) {
	for _, s := range []string{
		"work", "patrick-work-profile", "keyboard_team",
		"https://hub.example.com/connect/0123456789abcdef0123456789abcdef01",
		"/home/user/projects/airtable", "user.email:read,data.records:read", "default",
		"markdown", "personal-access-token-for-the-marketing-team",
	} {
		if looksLikeToken(s) {
			t.Errorf("%q taken for a token", s)
		}
	}
}

func TestHelpHoldsNoTokenShapedText(t *testing.T) { // C17
	h := newHarness(t)
	root := newRootCmd(Env{}.withDefaults(), Build{})
	cmds := append(root.Commands(), root)
	for _, c := range cmds {
		r := h.run("", c.Name(), "--help")
		if c == root {
			r = h.run("", "--help")
		}
		for _, field := range strings.Fields(r.out + " " + c.Example + " " + c.Long) {
			if looksLikeToken(strings.Trim(field, "\"'`")) {
				t.Errorf("help for %s holds a token-shaped string", c.Name())
			}
		}
	}
}

func TestUnknownFlagIsUsage(t *testing.T) {
	h := newHarness(t)
	if r := h.run("", "status", "--nope"); r.code != ExitUsage {
		t.Errorf("exit %d, want %d", r.code, ExitUsage)
	}
	if r := h.run("", "nope"); r.code != ExitUsage {
		t.Errorf("unknown command: exit %d, want %d", r.code, ExitUsage)
	}
}

func TestTokenInsideArgumentIsRefused(t *testing.T) { // C17
	tok := "patAbCdEfGh1234567." + strings.Repeat("0a", 32)
	short := "patAbCdEfGh123456.deadbeef99"
	oauth := "oaaAbCdEfGh1234567.v1.eyJhbGciOi.abcdef0123"
	for _, args := range [][]string{
		{"--demo", "--presenter", "--hub-url=https://hub.example/connect?token=" + tok},
		{"--demo", "--hub-url", "https://hub.example/connect?token=" + tok},
		{"status", "--profile", "work-" + tok},
		{"connect", "--hub-url", "https://hub.example/?t=" + short + "&x=1"},
		{"--demo", "--hub-url", "https://hub.example/cb#access_token=" + oauth},
	} {
		h := newHarness(t)
		r := h.run("", args...)
		if r.code != ExitUsage {
			t.Errorf("%q: exit %d, want %d", args, r.code, ExitUsage)
		}
		if !strings.Contains(r.err, "AIRTABLE_TOKEN") || !strings.Contains(r.err, "stdin") {
			t.Errorf("refusal does not point to stdin and AIRTABLE_TOKEN: %q", r.err)
		}
		if strings.Contains(r.err+r.out, tok[:17]) || strings.Contains(r.err+r.out, "oaaAbC") {
			t.Errorf("refusal echoes the token: %q", r.err)
		}
		if n := len(h.srv.Requests()); n != 0 {
			t.Errorf("%d requests sent, want none", n)
		}
	}
}

func TestOrdinaryArgumentsDoNotHoldTokens(t *testing.T) {
	for _, s := range []string{
		"keyboardshortcuts", "--profile=keyboardshortcuts", "patterns.deadbeef",
		"--hub-url=https://hub.example.com/connect?from=pattern&step=2",
		"https://hub.example.com/connect/0123456789abcdef0123456789abcdef01",
		"compatibility.v1.notes",
	} {
		if containsToken(s) {
			t.Errorf("%q taken for a token", s)
		}
	}
	h := newHarness(t)
	r := h.run("", "--demo", "--profile", "keyboardshortcuts",
		"--hub-url", "https://hub.example.com/connect")
	if r.code == ExitUsage && strings.Contains(r.err, "looks like an access token") {
		t.Errorf("ordinary arguments refused as a token: %q", r.err)
	}
}
