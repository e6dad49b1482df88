package ui

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/store"
)

// accessibleProfile answers only the profile question with input, and
// returns the run's result and what it printed.
func accessibleProfile(t *testing.T, input string) (Result, string) {
	t.Helper()
	var out bytes.Buffer
	res, err := runAccessible(context.Background(), Config{
		Profile: "sales", Verifier: &fakeVerifier{}, Store: &fakeStore{},
	}, strings.NewReader(input), &out)
	if !errors.Is(err, ErrInputClosed) {
		t.Fatalf("err = %v, want ErrInputClosed", err)
	}
	return res, out.String()
}

// A token typed as the profile name is refused with the full-screen
// wizard's sentence and never printed back; so is a name that breaks a
// rule, with the rule named.
func TestAccessibleProfileRefusesATokenWithoutEchoingIt(t *testing.T) {
	res, out := accessibleProfile(t, testPAT+"\n"+"a..b\n"+"work\n")
	if res.Profile != "work" {
		t.Fatalf("profile = %q, want work", res.Profile)
	}
	for _, want := range []string{
		tokenMovedNote, nameProblem("a..b", store.ErrInvalidProfile),
	} {
		if !strings.Contains(out, want) {
			t.Fatalf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, testPAT[:17]) || strings.Contains(out, testPAT[18:]) {
		t.Fatalf("the token was printed back:\n%s", out)
	}
}

// An input that ends right after a token was typed as the name leaves the
// suggested name, never the token, as the profile.
func TestAccessibleProfileNeverKeepsARefusedAnswer(t *testing.T) {
	for _, answer := range []string{testPAT, "a..b"} {
		res, out := accessibleProfile(t, answer+"\n")
		if res.Profile != "sales" {
			t.Fatalf("answer %q: the profile is not the suggested sales", answer[:4])
		}
		if strings.Contains(out, testPAT[:17]) {
			t.Fatalf("the token was printed back:\n%s", out)
		}
	}
}
