package airtable_test

import (
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
)

func TestNormalizeTokenRemovesAPastedHeader(t *testing.T) {
	for _, raw := range []string{
		"Bearer " + pat,
		"bearer\t" + pat + "\r\n",
		"Authorization: Bearer " + pat,
		"authorization:bearer  " + pat,
		`"Bearer ` + pat + `"`,
		`Authorization: Bearer "` + pat + `"`,
	} {
		got := airtable.NormalizeToken(raw)
		if got != pat {
			t.Errorf("NormalizeToken(%.30q…) = %.30q…, want the PAT", raw, got)
		}
		if again := airtable.NormalizeToken(got); again != got {
			t.Errorf("normalizing %.30q… twice changed it", raw)
		}
		if e := airtable.CheckShape(raw); e != nil {
			t.Errorf("CheckShape(%.30q…) = %v, want nil", raw, e)
		}
	}
	// "Bearer" glued to the token is not a prefix: nothing is removed.
	if got := airtable.NormalizeToken("Bearer" + pat); got != "Bearer"+pat {
		t.Errorf("NormalizeToken removed a prefix with no space after it")
	}
}

func TestTokenIDWithItsDotIsRefusedLikeTheID(t *testing.T) {
	for _, raw := range []string{"patTESTTESTTEST00", "patTESTTESTTEST00.", "Bearer pat1."} {
		e := airtable.CheckShape(raw)
		if e == nil || e.Kind != airtable.ShapeTokenIDOnly || !e.Blocking() {
			t.Errorf("CheckShape(%q) = %v, want a blocking token_id_only", raw, e)
		}
	}
}
