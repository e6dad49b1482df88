package ui

import (
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/steps"
)

func TestTokenPastedAsProfileNameIsNeverShown(t *testing.T) {
	for _, presenter := range []bool{false, true} {
		d := newDriver(t, Config{Presenter: presenter})
		d.press("ctrl+u")
		d.paste(testPAT)
		d.mustShow("That looks like a token. It goes in step 8; " +
			"it was cleared from this field.")
		for _, v := range d.views {
			if strings.Contains(v, "TESTTESTTEST00") || strings.Contains(v, "0000000000") {
				t.Fatalf("a frame showed the token:\n%s", v)
			}
		}
		if d.m.profile() != "" {
			t.Fatalf("the field still holds %d characters", len(d.m.profile()))
		}
		d.typeText("sales")
		if strings.Contains(d.view(), "looks like a token") {
			t.Fatal("the note stayed after a real name was typed")
		}
	}
}

func TestTokenTypedAsProfileNameIsCleared(t *testing.T) {
	d := newDriver(t, Config{})
	d.typeText("keyAbcdefgh12345x")
	d.mustShow("looks like a token")
	if strings.Contains(d.view(), "keyAbcdefgh") || d.m.profile() != "" {
		t.Fatalf("the typed key stayed:\n%s", d.view())
	}
}

func TestOrdinaryNamesAreNotTakenForTokens(t *testing.T) {
	names := []string{
		"default", "keyboardshortcuts", "patternmatching-1", "sales.eu",
		strings.Repeat("a", 40),
	}
	for _, s := range names {
		if tokenShaped(s) {
			t.Errorf("%q was taken for a token", s)
		}
	}
}

func TestProfileErrorNamesTheRuleBroken(t *testing.T) {
	cases := map[string]string{
		strings.Repeat("a", 65): "longer than 64 characters",
		"a..b":                  "two dots in a row",
		"../x":                  "letters, digits",
	}
	for name, want := range cases {
		d := newDriver(t, Config{Profile: name})
		d.press("enter")
		if d.stepID() != steps.Welcome {
			t.Fatalf("%q was accepted", name)
		}
		d.mustShow(want)
	}
}
