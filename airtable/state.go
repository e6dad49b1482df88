package airtable

import (
	"errors"
	"net/http"
	"slices"
)

// verification collects findings while Verify runs. It is used from one
// goroutine only.
type verification struct {
	chosen   []string
	report   Report
	outcome  Outcome
	failures []Problem
	warnings []Problem
	// shape is a shape warning the live check was asked to settle.
	shape *ShapeError
	// token is removed from every Detail.
	token string
}

// newVerification starts with every guide scope, and every other chosen
// scope, not checked. An empty choice means the required set
// (RequiredScopes). Only chosen scopes can fail; the others get a verdict
// and nothing more.
func newVerification(chosen []string) *verification {
	if len(chosen) == 0 {
		chosen = RequiredScopes()
	}
	v := &verification{report: Report{Scopes: map[string]Verdict{}}}
	for _, g := range GuideScopes {
		v.report.Scopes[g.Name] = Unknown
	}
	for _, s := range chosen {
		if s == "" || slices.Contains(v.chosen, s) {
			continue
		}
		v.chosen = append(v.chosen, s)
		v.report.Scopes[s] = Unknown
	}
	return v
}

// wants reports whether the person chose scope, so that lacking it is a
// failure.
func (v *verification) wants(scope string) bool {
	return slices.Contains(v.chosen, scope)
}

// missing records that the token lacks scope. Only a chosen scope becomes a
// failure; found on baseID, with Airtable's words in apiErr when there are
// any.
func (v *verification) missing(scope, baseID string, apiErr *APIError) {
	v.report.Scopes[scope] = Missing
	if !v.wants(scope) {
		return
	}
	p := scopeMissing(scope, baseID)
	if apiErr != nil {
		p.Detail = detail(apiErr)
	}
	v.fail(p, OutcomeMissing)
}

// fail records a failure and keeps the worst outcome seen.
func (v *verification) fail(p Problem, o Outcome) {
	p.Warning = false
	v.failures = append(v.failures, p)
	if o > v.outcome {
		v.outcome = o
	}
}

// warn records a problem that does not stop the token from being used.
func (v *verification) warn(p Problem, _ Outcome) {
	p.Warning = true
	v.warnings = append(v.warnings, p)
}

// identity records the account and judges user.email:read by the email.
// No email is a failure only when that scope was chosen.
func (v *verification) identity(u User) {
	v.report.Valid = true
	v.report.UserID = u.ID
	v.report.Email = u.Email
	if u.Email != "" {
		v.report.Scopes[ScopeUserEmailRead] = Granted
		return
	}
	v.missing(ScopeUserEmailRead, "", nil)
}

// listed records the base listing and reports whether to go on probing.
func (v *verification) listed(bases []Base, err error) bool {
	var apiErr *APIError
	if errors.As(err, &apiErr) && apiErr.StatusCode == http.StatusForbidden {
		v.missing(ScopeSchemaBasesRead, "", apiErr)
		if !v.wants(ScopeSchemaBasesRead) {
			// The bases stay unknown, which a person should hear about.
			p := scopeMissing(ScopeSchemaBasesRead, "")
			p.Detail = detail(apiErr)
			p.Message = "The bases this token reaches could not be listed, because it " +
				"lacks schema.bases:read."
			v.warn(p, OutcomeOK)
		}
		return false
	}
	if err != nil {
		v.fail(problemFor(err, "list bases", ""))
		return false
	}
	v.report.Scopes[ScopeSchemaBasesRead] = Granted

	for _, b := range bases {
		v.report.Bases = append(v.report.Bases, BaseAccess(b))
		if b.PermissionLevel != "create" {
			v.warn(basePermission(b), OutcomeOK)
		}
	}
	if len(bases) == 0 {
		v.fail(noBase(), OutcomeMissing)
		return false
	}
	return true
}

// probed records the result of a per-base probe for scope. A 403 means the
// scope is missing because the ids came from the token's own listings. Any
// other failure leaves the scope not checked, with a warning when the
// person chose it.
func (v *verification) probed(scope string, err error, baseID string) {
	if err == nil {
		v.report.Scopes[scope] = Granted
		return
	}
	var apiErr *APIError
	if errors.As(err, &apiErr) && apiErr.StatusCode == http.StatusForbidden {
		v.missing(scope, baseID, apiErr)
		return
	}
	if v.wants(scope) {
		v.warn(problemFor(err, "check "+scope, baseID))
	}
}

// finish orders the problems (failures first) and builds the table rows.
func (v *verification) finish() Report {
	v.addShape()
	r := v.report
	r.Outcome = v.outcome
	r.Chosen = append([]string(nil), v.chosen...)
	// Empty lists stay [] in JSON, never null.
	r.Problems = append(append([]Problem{}, v.failures...), v.warnings...)
	for i := range r.Problems {
		r.Problems[i].Detail = cleanDetail(r.Problems[i].Detail, v.token)
	}
	if r.Bases == nil {
		r.Bases = []BaseAccess{}
	}
	r.Checks = v.rows(r)
	return r
}

// addShape joins a shape warning to the findings of a token Airtable did not
// accept: as one more sentence of its refusal, or as a warning of its own
// when Airtable could not tell.
func (v *verification) addShape() {
	if v.shape == nil || v.report.Valid {
		return
	}
	for i, p := range v.failures {
		if p.Kind == KindTokenRejected {
			if f := v.shape.Finding(); f != "" {
				v.failures[i].Message += " " + f
				v.failures[i].Shape = v.shape
			}
			return
		}
	}
	v.warn(Problem{
		Kind: KindTokenShape, Message: v.shape.Message(),
		Fix: v.shape.Fix(), Shape: v.shape,
	}, OutcomeOK)
}
