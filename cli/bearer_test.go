package cli

import "testing"

// A token pasted with its header keeps only the token: that is what is
// checked and what is saved.
func TestConnectWithTokenSavesATokenPastedWithItsHeader(t *testing.T) {
	h := newHarness(t)
	r := h.run("Authorization: Bearer "+tokAll+"\n", "connect", "--with-token",
		"--profile", "work")
	if r.code != ExitOK {
		t.Fatalf("exit %d:\n%s%s", r.code, r.out, r.err)
	}
	if got, err := h.keyring.Get("airtable-connect", "work"); err != nil || got != tokAll {
		t.Errorf("the keyring holds something other than the token (err %v)", err)
	}
	r.mustNotContain(t, tokAll)
}
