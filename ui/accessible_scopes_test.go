package ui

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// In the numbered scope list, user.email:read is marked required, and
// typing its number leaves it ticked with a note saying why, while other
// numbers tick and untick as asked.
func TestAccessibleScopeListKeepsTheRequiredScope(t *testing.T) {
	var out bytes.Buffer
	// Profile, three pauses, "choose them one by one", then 1 (refused),
	// 5 (ticks schema.bases:write), 0 (done); the input ends after that.
	answers := "\n\n\n\n4\n1\n5\n0\n"
	_, _ = runAccessible(context.Background(), Config{
		Verifier: &fakeVerifier{},
		Store:    &fakeStore{},
	}, strings.NewReader(answers), &out)
	got := out.String()

	if !strings.Contains(got, "1. [x] user.email:read (required) - ") {
		t.Fatalf("the required scope is not marked so:\n%s", got)
	}
	note := "user.email:read is required: the hub checks the connection with it.\n"
	if strings.Count(got, note) != 1 {
		t.Fatalf("no single note refusing to untick it:\n%s", got)
	}
	_, list, ok := strings.Cut(got, "Add these in Airtable, in this order:")
	if !ok {
		t.Fatalf("the scope list did not end:\n%s", got)
	}
	for _, want := range []string{"  user.email:read", "  schema.bases:write"} {
		if !strings.Contains(list, want) {
			t.Fatalf("scopes to add lack %q:\n%s", want, list)
		}
	}
	if strings.Contains(got, "[ ] user.email:read") {
		t.Fatal("user.email:read was shown unticked")
	}
}
