package airtable

import (
	"fmt"
	"slices"
)

// maxBaseRows bounds how many bases get a row of their own.
const maxBaseRows = 10

// rows builds the table of checks from the finished report.
func (v *verification) rows(r Report) []CheckRow {
	rows := []CheckRow{tokenRow(r)}
	if !r.Valid {
		return append(rows, otherRows(r)...)
	}
	for _, s := range v.scopeOrder() {
		rows = append(rows, v.scopeRow(r, s))
	}
	rows = append(rows, baseRows(r)...)
	return append(rows, otherRows(r)...)
}

// scopeOrder lists the guide's scopes in guide order, then the other
// chosen ones.
func (v *verification) scopeOrder() []string {
	var out []string
	for _, g := range GuideScopes {
		out = append(out, g.Name)
	}
	for _, s := range v.chosen {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// tokenRow says whether Airtable accepted the token.
func tokenRow(r Report) CheckRow {
	row := CheckRow{Label: "Token"}
	if r.Valid {
		row.Status = CheckPassed
		row.Note = "accepted, acts as " + r.UserID
		if r.Email != "" {
			row.Note = "accepted, acts as " + r.Email
		}
		return row
	}
	for _, p := range r.Problems {
		if p.Kind == KindTokenShape || p.Kind == KindTokenRejected {
			row.Status, row.Note, row.Fix = CheckFailed, p.Message, p.Fix
			row.Detail = p.Detail
			return row
		}
	}
	row.Status, row.Note = CheckNotChecked, "not checked: Airtable did not answer"
	return row
}

// scopeRow shows the verdict for one scope and, if a chosen one is
// missing, its fix.
func (v *verification) scopeRow(r Report, scope string) CheckRow {
	info, known := LookupScope(scope)
	row := CheckRow{Label: "Scope " + scope}
	switch r.Scopes[scope] {
	case Granted:
		row.Status, row.Note = CheckPassed, "granted: "+info.Meaning
		if scope == ScopeUserEmailRead && r.Email != "" {
			row.Note = "granted: email " + r.Email
		}
	case Missing:
		row.Status = CheckInfo
		row.Note = "not granted; not needed for the scopes you chose"
		for _, p := range r.Problems {
			if p.Kind != KindScopeMissing || p.Scope != scope {
				continue
			}
			row.Status, row.Note, row.Fix = CheckFailed, p.Message, p.Fix
			row.Detail = p.Detail
			if p.Warning {
				row.Status = CheckWarning
			}
		}
	default:
		row.Status = CheckNotChecked
		switch {
		case !known:
			row.Note = "not checked: Airtable offers no side-effect-free check for it"
		case info.Write:
			row.Note = "not checked: a write scope cannot be tested without changing data"
		default:
			row.Note = "not checked: the test for it could not run"
		}
	}
	return row
}

// baseRows lists the bases the token reaches, or says why there are none.
func baseRows(r Report) []CheckRow {
	var rows []CheckRow
	for _, p := range r.Problems {
		if p.Kind == KindNoBase {
			return []CheckRow{{
				Label: "Bases", Status: CheckFailed, Note: p.Message,
				Fix: p.Fix,
			}}
		}
	}
	for i, b := range r.Bases {
		if i == maxBaseRows {
			rows = append(rows, CheckRow{
				Label: "More bases", Status: CheckInfo,
				Note: fmt.Sprintf("%d more not listed here", len(r.Bases)-maxBaseRows),
			})
			break
		}
		row := CheckRow{
			Label:  "Base " + b.Name,
			Status: CheckPassed, Note: fmt.Sprintf("access level %s (%s)", b.PermissionLevel,
				b.ID),
		}
		if b.PermissionLevel != "create" {
			row.Status = CheckWarning
			row.Note = fmt.Sprintf("access level %s, below Owner or Creator (%s)",
				b.PermissionLevel, b.ID)
			row.Fix = basePermission(Base{Name: b.Name}).Fix
		}
		rows = append(rows, row)
	}
	return rows
}

// otherRows shows problems that no scope or base row covers.
func otherRows(r Report) []CheckRow {
	var rows []CheckRow
	for _, p := range r.Problems {
		switch p.Kind {
		case KindScopeMissing, KindNoBase, KindBasePermission, KindTokenRejected:
			continue
		case KindTokenShape:
			if !p.Warning {
				continue
			}
		}
		st := CheckFailed
		if p.Warning {
			st = CheckWarning
		}
		rows = append(rows, CheckRow{
			Label: problemLabel(p.Kind), Status: st,
			Note: p.Message, Fix: p.Fix, Detail: p.Detail,
		})
	}
	return rows
}

// problemLabel names a row for a problem kind.
func problemLabel(k ProblemKind) string {
	switch k {
	case KindRateLimited:
		return "Airtable rate limit"
	case KindAirtableError:
		return "Airtable service"
	case KindUnreachable:
		return "Connection to Airtable"
	case KindTokenShape:
		return "Token format"
	}
	return "Airtable answer"
}

// CanSaveAnyway reports whether a person may choose to save the token
// despite the report: only when Airtable could not be reached, or when the
// only failures are missing optional scopes (not user.email:read).
func (r Report) CanSaveAnyway() bool {
	switch r.Outcome {
	case OutcomeUnreachable:
		return true
	case OutcomeMissing:
		for _, p := range r.Failures() {
			if p.Kind != KindScopeMissing || p.Scope == ScopeUserEmailRead {
				return false
			}
		}
		return true
	}
	return false
}
