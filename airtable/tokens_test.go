package airtable_test

import (
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
)

func TestNormalizeToken(t *testing.T) {
	tests := []struct{ name, raw string }{
		{"plain", pat},
		{"crlf", pat + "\r\n"},
		{"leading space", " " + pat},
		{"trailing tab", pat + "\t"},
		{"no-break space", pat + "\u00a0"},
		{"zero-width and bom", "\ufeff" + pat + "\u200b"},
		{"double quotes from JSON", `"` + pat + "\"\r\n"},
		{"single quotes from a shell line", " '" + pat + "'\n"},
		{"quotes around spaces", `" ` + pat + ` "`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := airtable.NormalizeToken(tt.raw); got != pat {
				t.Errorf("NormalizeToken = %d chars, want the %d-char PAT", len(got), len(pat))
			}
		})
	}
}

func TestNormalizeTokenKeepsUnmatchedQuotes(t *testing.T) {
	for _, raw := range []string{`"` + pat, pat + `'`, `"` + pat + `'`, `""` + pat + `""`} {
		if got := airtable.NormalizeToken(raw); got == pat {
			t.Errorf("NormalizeToken removed quotes that are not one matching pair")
		}
	}
}

func TestCheckShape(t *testing.T) {
	tests := []struct {
		name     string
		token    string
		want     airtable.ShapeKind // "" means no problem
		blocking bool
		wantLen  int
	}{
		{"valid", pat, "", false, 0},
		{"valid with crlf", pat + "\r\n", "", false, 0},
		{"empty", "  \t", airtable.ShapeEmpty, true, 0},
		{"legacy key", "keyTESTTESTTEST00", airtable.ShapeLegacyKey, true, 17},
		{"token id only", "patTESTTESTTEST00", airtable.ShapeTokenIDOnly, true, 17},
		{"oauth", "oaaTESTTEST.v1.abc.def", airtable.ShapeOAuthToken, true, 22},
		{"space inside", pat[:40] + " " + pat[40:], airtable.ShapeWhitespace, true, 83},
		{"newline inside", pat[:40] + "\n" + pat[40:], airtable.ShapeWhitespace, true, 83},
		{"ctrl+v byte", "\x16" + pat, airtable.ShapeControlChar, true, 83},
		{"escape inside", pat[:10] + "\x1b" + pat[10:], airtable.ShapeControlChar, true, 83},
		{"pasted twice", pat + pat, airtable.ShapePastedTwice, true, 164},
		{"pasted twice on two lines", pat + "\n" + pat, airtable.ShapePastedTwice, true, 165},
		{
			"an old token then the new one", strings.ReplaceAll(pat, "0", "1") + pat,
			airtable.ShapePastedTwice, true, 164,
		},
		{"300 chars", strings.Repeat("x", 300), airtable.ShapeTooLong, true, 300},
		{"cut short", pat[:70], airtable.ShapeWrongLength, false, 70},
		{"extra chars", pat + "abc", airtable.ShapeWrongLength, false, 85},
		{"unknown prefix", "abc" + pat[3:], airtable.ShapeUnknownPrefix, false, 82},
		{"question mark", pat[:19] + "?" + pat[20:], airtable.ShapeBadCharacters, true, 82},
		{"slash and quote", pat[:70] + `/"`, airtable.ShapeBadCharacters, true, 72},
		{"star, odd prefix", "xyz*" + pat[4:], airtable.ShapeBadCharacters, true, 82},
		{"accented letter", pat[:30] + "é" + pat[31:], airtable.ShapeBadCharacters, true, 82},
		{"secret not hex", pat[:18] + strings.Repeat("Z", 64), airtable.ShapeUnusual, false, 82},
		{"two dots", pat[:20] + "." + pat[21:], airtable.ShapeUnusual, false, 82},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := airtable.CheckShape(tt.token)
			if tt.want == "" {
				if e != nil {
					t.Fatalf("CheckShape = %v, want nil", e)
				}
				return
			}
			if e == nil || e.Kind != tt.want {
				t.Fatalf("CheckShape = %v, want kind %s", e, tt.want)
			}
			if e.Blocking() != tt.blocking {
				t.Errorf("Blocking = %v, want %v", e.Blocking(), tt.blocking)
			}
			if tt.wantLen != 0 && e.Length != tt.wantLen {
				t.Errorf("Length = %d, want %d", e.Length, tt.wantLen)
			}
			if len([]rune(e.Prefix)) > 3 {
				t.Errorf("Prefix %q longer than three characters", e.Prefix)
			}
			for _, s := range []string{e.Error(), e.Message(), e.Fix()} {
				if s == "" || (len(tt.token) > 8 && strings.Contains(s, tt.token[3:12])) {
					t.Errorf("text empty or holds the token: %q", s)
				}
			}
		})
	}
}

// A value with characters no token holds says how many, never which, and
// is never sent.
func TestBadCharactersNamesCountNotCharacters(t *testing.T) {
	raw := "patTESTTESTTEST00.q?o" + strings.Repeat("0", 58) + "/é*"
	e := airtable.CheckShape(raw)
	if e == nil || e.Kind != airtable.ShapeBadCharacters || !e.Blocking() {
		t.Fatalf("CheckShape = %v, want a blocking bad_characters", e)
	}
	for _, hide := range []bool{false, true} {
		msg := e.Describe(hide)
		if !strings.Contains(msg, "4 characters") {
			t.Errorf("message %q does not say how many odd characters", msg)
		}
		if strings.ContainsAny(msg, "?/é*") || strings.Contains(msg, "82") {
			t.Errorf("message %q names a character or the length", msg)
		}
	}
	one := airtable.CheckShape(pat[:19] + "?" + pat[20:])
	if !strings.Contains(one.Message(), "1 character that") {
		t.Errorf("one odd character worded as %q", one.Message())
	}
	if !strings.Contains(one.Fix(), airtable.TokensURL) {
		t.Errorf("fix %q does not say where to create a token", one.Fix())
	}
}

func TestShapeMessages(t *testing.T) {
	tests := []struct {
		token string
		want  []string
	}{
		{"keyTESTTESTTEST00", []string{"2024", "key"}},
		{"patTESTTESTTEST00", []string{"17", "82"}},
		{pat[:40] + " " + pat[40:], []string{"spaces"}},
		{strings.Repeat("y", 300), []string{"300", "82", "not sent"}},
		{strings.Repeat("z", 10240), []string{"10240", "82"}},
		{pat[:70], []string{"82", "70"}},
	}
	for _, tt := range tests {
		e := airtable.CheckShape(tt.token)
		for _, w := range tt.want {
			if !strings.Contains(e.Message(), w) {
				t.Errorf("%s message %q lacks %q", e.Kind, e.Message(), w)
			}
		}
	}
	if fix := airtable.CheckShape("keyTESTTESTTEST00").Fix(); !strings.Contains(fix,
		airtable.TokensURL) {
		t.Errorf("legacy fix %q does not say where to create a token", fix)
	}
}

func TestWrongLengthSaysWhichWay(t *testing.T) {
	short := airtable.CheckShape(pat[:70]).Message()
	long := airtable.CheckShape(pat + "abc").Message()
	if !strings.Contains(short, "missing") || strings.Contains(long, "missing") {
		t.Errorf("short: %q\nlong: %q\nwant only the short one to say part is missing",
			short, long)
	}
	if !strings.Contains(long, "85") || !strings.Contains(long, "82") {
		t.Errorf("long: %q: want both lengths named", long)
	}
}

// Fix texts suit every channel: the wizard's field and standard input.
func TestShapeFixesSuitEveryChannel(t *testing.T) {
	for _, raw := range []string{
		"", "keyTESTTESTTEST00", "patTESTTESTTEST00",
		"oaaTESTTESTTEST00.v1.abc", pat[:30] + " " + pat[30:], pat[:30] + "\x16" + pat[30:],
		pat + pat, strings.Repeat("p", 300), pat[:70], "abc" + pat[3:],
	} {
		e := airtable.CheckShape(raw)
		for _, wizardOnly := range []string{
			"field", "paste it here", "and paste",
			"paste again", "is kept",
		} {
			if strings.Contains(e.Fix(), wizardOnly) {
				t.Errorf("%s fix %q says %q", e.Kind, e.Fix(), wizardOnly)
			}
		}
	}
}
