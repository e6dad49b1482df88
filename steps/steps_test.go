package steps

import (
	"bytes"
	"strings"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
)

func TestStepsChainInOrder(t *testing.T) {
	all := All()
	if len(all) != Count() || len(all) != 12 {
		t.Fatalf("%d steps", len(all))
	}
	for i, s := range all {
		if s.Title == "" || len(s.Body) == 0 {
			t.Fatalf("step %s has no words", s.ID)
		}
		if i+1 < len(all) && s.Next != all[i+1].ID {
			t.Fatalf("step %s leads to %q, want %q", s.ID, s.Next, all[i+1].ID)
		}
		if Index(s.ID) != i {
			t.Fatalf("Index(%s) = %d", s.ID, Index(s.ID))
		}
	}
	if all[len(all)-1].Next != "" {
		t.Fatal("the last step leads somewhere")
	}
	if s, _ := Lookup(BuilderHub); s.URL != TokensURL {
		t.Fatalf("builder hub URL = %q", s.URL)
	}
}

func TestAllReturnsACopy(t *testing.T) {
	a := All()
	a[0].Body[0] = "changed"
	if All()[0].Body[0] == "changed" {
		t.Fatal("All shares its slices with callers")
	}
}

func TestOrderScopesFollowsTheGuide(t *testing.T) {
	got := OrderScopes([]string{
		"webhook:manage", "block:manage", "data.records:read",
		"webhook:manage",
	})
	want := "user.email:read,data.records:read,webhook:manage,block:manage"
	if strings.Join(got, ",") != want {
		t.Fatalf("OrderScopes = %v", got)
	}
}

// TestGuideMatchesTheWizard checks that the printed guide is made of the
// same words as the wizard's screens, so the two cannot drift apart.
func TestGuideMatchesTheWizard(t *testing.T) {
	for _, format := range []Format{FormatText, FormatMarkdown} {
		var b bytes.Buffer
		if err := WriteGuide(&b, Guide(nil), format); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, s := range All() {
			if s.ToolOnly {
				if strings.Contains(out, s.Title) {
					t.Fatalf("%s: guide holds the in-program step %q", format, s.Title)
				}
				continue
			}
			if s.Part != PartStart && !strings.Contains(out, s.Title) {
				t.Fatalf("%s: guide lacks step %q", format, s.Title)
			}
			if s.ID == Scopes {
				continue // tailored below
			}
			for _, l := range s.Body {
				if !strings.Contains(out, l) {
					t.Fatalf("%s: guide lacks %q", format, l)
				}
			}
			for _, l := range s.Tool {
				if l != "" && strings.Contains(out, l) {
					t.Fatalf("%s: guide holds the wizard-only line %q", format, l)
				}
			}
		}
		for _, sc := range airtable.GuideScopes {
			if !strings.Contains(out, sc.Name) || !strings.Contains(out, sc.Meaning) {
				t.Fatalf("%s: guide lacks scope %s", format, sc.Name)
			}
		}
		for _, u := range []string{TokensURL, ReferenceURL} {
			if !strings.Contains(out, u) {
				t.Fatalf("%s: guide lacks %s", format, u)
			}
		}
	}
}

func TestGuideIsTailoredToScopes(t *testing.T) {
	var b bytes.Buffer
	read := []string{airtable.ScopeDataRecordsRead}
	if err := WriteGuide(&b, Guide(read), FormatMarkdown); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "- `user.email:read`: ") ||
		!strings.Contains(out, "- `data.records:read`: ") {
		t.Fatalf("guide lacks the chosen scopes:\n%s", out)
	}
	if strings.Contains(out, airtable.ScopeDataRecordsWrite) {
		t.Fatal("guide lists a scope that was not chosen")
	}
	if strings.Index(out, "## Part 1") > strings.Index(out, "## Part 2") {
		t.Fatal("parts out of order")
	}
}

func TestTokenNameNamesTheProfile(t *testing.T) {
	if got := TokenName(" sales "); got != "StackOne Hub - sales" {
		t.Fatalf("TokenName = %q", got)
	}
	if got := TokenName(""); got != "StackOne Hub - default" {
		t.Fatalf("TokenName empty = %q", got)
	}
}

func TestPartsSayWhereEachStepHappens(t *testing.T) {
	want := map[ID]string{
		Welcome: "Before you start", BuilderHub: "Part 1: in Airtable",
		CreateCopy: "Part 1: in Airtable", PasteToken: "In this terminal",
		Verify: "In this terminal", Save: "In this terminal",
		LinkHub: "Part 2: in the hub", Summary: "In this terminal",
	}
	for id, part := range want {
		s, _ := Lookup(id)
		if got := s.Part.String(); got != part {
			t.Errorf("%s is labelled %q, want %q", id, got, part)
		}
	}
}
