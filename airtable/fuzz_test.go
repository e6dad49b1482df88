package airtable

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The placeholders from the field cases.
var (
	fuzzPAT     = "patTESTTESTTEST00." + strings.Repeat("0", 64)
	fuzzTokenID = "patTESTTESTTEST00"
	fuzzLegacy  = "keyTESTTESTTEST00"
)

// tokenSeeds are the pasted values the field cases name: the PAT with CRLF,
// surrounding spaces, a tab and a no-break space, 300 characters of a copied
// line, 10 KB, the legacy key, the token id alone and nothing at all.
func tokenSeeds() []string {
	line := strings.Repeat("x", 109) + " " + fuzzPAT + " " + strings.Repeat("y", 107)
	return []string{
		fuzzPAT,
		fuzzPAT + "\r\n",
		" " + fuzzPAT,
		fuzzPAT + "\t",
		fuzzPAT + "\u00a0",
		"\u200b" + fuzzPAT + "\ufeff",
		fuzzPAT + fuzzPAT,
		fuzzPAT + "\n" + fuzzPAT,
		fuzzPAT[:40] + " " + fuzzPAT[40:],
		fuzzPAT[:40] + "\x16" + fuzzPAT[40:],
		line,
		strings.Repeat("a", 10*1024),
		fuzzLegacy,
		fuzzTokenID,
		"oaaTESTTESTTEST00",
		"",
		" \r\n\t\u00a0",
		"\xff\xfe" + fuzzPAT,
		`"` + fuzzPAT + `"`,
		`"'` + fuzzPAT + `'"`,
		`''''`,
	}
}

// isTrimmed reports whether r is a character NormalizeToken removes.
func isTrimmed(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// FuzzNormalizeToken checks that a normalized paste never starts or ends
// with whitespace, is part of what was pasted, and is stable when pasted
// again.
func FuzzNormalizeToken(f *testing.F) {
	for _, s := range tokenSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got := NormalizeToken(raw)
		if got != "" {
			first, _ := utf8.DecodeRuneInString(got)
			last, _ := utf8.DecodeLastRuneInString(got)
			if isTrimmed(first) || isTrimmed(last) {
				t.Fatalf("NormalizeToken(%q) = %q keeps surrounding whitespace", raw, got)
			}
		}
		if !strings.Contains(raw, got) {
			t.Fatalf("NormalizeToken(%q) = %q is not part of the paste", raw, got)
		}
		if again := NormalizeToken(got); again != got {
			t.Fatalf("NormalizeToken is not stable: %q then %q", got, again)
		}
		// The shape check is total: it answers for any paste, and the same
		// way before and after normalizing.
		a, b := CheckShape(raw), CheckShape(got)
		if (a == nil) != (b == nil) || (a != nil && *a != *b) {
			t.Fatalf("CheckShape differs before and after normalizing %q: %v, %v", raw, a, b)
		}
	})
}

// knownKinds are the kinds CheckShape may report.
var knownKinds = map[ShapeKind]bool{
	ShapeEmpty: true, ShapeLegacyKey: true, ShapeTokenIDOnly: true, ShapeOAuthToken: true,
	ShapeWhitespace: true, ShapeControlChar: true, ShapePastedTwice: true,
	ShapeTooLong: true, ShapeWrongLength: true, ShapeUnknownPrefix: true,
	ShapeBadCharacters: true, ShapeUnusual: true,
}

// FuzzCheckShape checks that every answer of the shape check names a known
// kind, the real length and printable text without the token.
func FuzzCheckShape(f *testing.F) {
	for _, s := range tokenSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		e := CheckShape(raw)
		norm := NormalizeToken(raw)
		if e == nil {
			if !patPattern.MatchString(norm) {
				t.Fatalf("CheckShape(%q) accepted a value that is not a token", raw)
			}
			return
		}
		if !knownKinds[e.Kind] {
			t.Fatalf("CheckShape(%q) kind %q is unknown", raw, e.Kind)
		}
		if e.Length != utf8.RuneCountInString(norm) {
			t.Fatalf("CheckShape(%q) length %d, want %d", raw, e.Length, len([]rune(norm)))
		}
		p := e.Prefix
		if utf8.RuneCountInString(p) > 3 || strings.IndexFunc(p, isUnprintable) >= 0 {
			t.Fatalf("CheckShape(%q) prefix %q is not three printable characters", raw, e.Prefix)
		}
		if e.Kind == ShapeTooLong && !e.Blocking() {
			t.Fatalf("an overlong value must never be sent")
		}
		if !e.Blocking() && strings.IndexFunc(norm, func(r rune) bool {
			return !tokenChar(r)
		}) >= 0 {
			t.Fatalf("CheckShape(%q) lets a value with odd characters be sent", raw)
		}
		texts := []string{e.Error(), e.Message(), e.Fix()}
		for _, s := range texts {
			if s == "" {
				t.Fatalf("CheckShape(%q) kind %q has an empty text", raw, e.Kind)
			}
			// Long values only: a short one can be a word of the sentence.
			if len(norm) >= 24 && !strings.Contains(norm, "airtable.com") &&
				strings.Contains(s, norm) {
				t.Fatalf("shape text shows the pasted value: %q", s)
			}
		}
	})
}

// isUnprintable reports a character that must never reach the screen.
func isUnprintable(r rune) bool { return !unicode.IsPrint(r) }

// FuzzDecodeAPIError checks that any error body, JSON or not, becomes an
// error with the status, a type and a one-piece description.
func FuzzDecodeAPIError(f *testing.F) {
	seeds := []struct {
		status int
		body   string
	}{
		{404, `{"error":"NOT_FOUND"}`},
		{401, `{"error":{"type":"AUTHENTICATION_REQUIRED","message":"Authentication required"}}`},
		{403, `{"error":{"type":"INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND",` +
			`"message":"Invalid permissions, or the requested model was not found."}}`},
		{429, `{"errors":[{"error":"RATE_LIMIT_REACHED"}]}`},
		{502, "<html><head><title>502 Bad Gateway</title></head>" +
			"<body><center><h1>502 Bad Gateway</h1></center></body></html>\r\n"},
		{500, ""},
		{422, `{"error":null}`},
		{400, `{"error":42}`},
		{999, `{"error":{"type":` + strings.Repeat("[", 5000)},
	}
	for _, s := range seeds {
		f.Add(s.status, []byte(s.body))
	}
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		e := decodeAPIError(status, body)
		if e == nil {
			t.Fatal("decodeAPIError returned nil")
		}
		if e.StatusCode != status {
			t.Fatalf("status %d, want %d", e.StatusCode, status)
		}
		if e.Type == "" {
			t.Fatalf("no type for status %d and body %q", status, body)
		}
		if msg := e.Error(); !strings.HasPrefix(msg, "airtable answered ") {
			t.Fatalf("Error() = %q", msg)
		}
	})
}
