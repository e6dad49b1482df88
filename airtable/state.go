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
}

// newVerification starts with every chosen scope not checked. An empty
// choice checks the required scope and schema.bases:read.
func newVerification(chosen []string) *verification {
	if len(chosen) == 0 {
		chosen = []string{ScopeUserEmailRead, ScopeSchemaBasesRead}
	}
	v := &verification{report: Report{Scopes: map[string]Verdict{}}}
	for _, s := range chosen {
		if s == "" || slices.Contains(v.chosen, s) {
			continue
		}
		v.chosen = append(v.chosen, s)
		v.report.Scopes[s] = Unknown
	}
	return v
}

// wants reports whether the person chose scope.
func (v *verification) wants(scope string) bool {
	return slices.Contains(v.chosen, scope)
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
// No email is fine when that scope was not chosen.
func (v *verification) identity(u User) {
	v.report.Valid = true
	v.report.UserID = u.ID
	v.report.Email = u.Email
	if u.Email != "" {
		v.setGranted(ScopeUserEmailRead)
		return
	}
	if !v.wants(ScopeUserEmailRead) {
		return
	}
	v.report.Scopes[ScopeUserEmailRead] = Missing
	v.fail(scopeMissing(ScopeUserEmailRead, ""), OutcomeMissing)
}

// listed records the base listing and reports whether to go on probing.
func (v *verification) listed(bases []Base, err error) bool {
	var apiErr *APIError
	if errors.As(err, &apiErr) && apiErr.StatusCode == http.StatusForbidden {
		p := scopeMissing(ScopeSchemaBasesRead, "")
		p.Detail = detail(apiErr)
		if v.wants(ScopeSchemaBasesRead) {
			v.report.Scopes[ScopeSchemaBasesRead] = Missing
			v.fail(p, OutcomeMissing)
		} else {
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
	v.setGranted(ScopeSchemaBasesRead)

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

// setGranted marks a chosen scope as granted.
func (v *verification) setGranted(scope string) {
	if v.wants(scope) {
		v.report.Scopes[scope] = Granted
	}
}

// probed records the result of a per-base probe for scope. A 403 means the
// scope is missing because the ids came from the token's own listings; any
// other failure leaves the scope not checked, with a warning.
func (v *verification) probed(scope string, err error, baseID string) {
	if err == nil {
		v.setGranted(scope)
		return
	}
	var apiErr *APIError
	if errors.As(err, &apiErr) && apiErr.StatusCode == http.StatusForbidden {
		if !v.wants(scope) {
			return
		}
		v.report.Scopes[scope] = Missing
		p := scopeMissing(scope, baseID)
		p.Detail = detail(apiErr)
		v.fail(p, OutcomeMissing)
		return
	}
	v.warn(problemFor(err, "check "+scope, baseID))
}

// finish orders the problems (failures first) and builds the table rows.
func (v *verification) finish() Report {
	r := v.report
	r.Outcome = v.outcome
	// Empty lists stay [] in JSON, never null.
	r.Problems = append(append([]Problem{}, v.failures...), v.warnings...)
	if r.Bases == nil {
		r.Bases = []BaseAccess{}
	}
	r.Checks = v.rows(r)
	return r
}
