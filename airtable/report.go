package airtable

// Verdict is what the checks found out about one scope.
type Verdict string

// The verdicts a scope can get. Unknown means "not checked": no
// side-effect-free request can tell.
const (
	Granted Verdict = "granted"
	Missing Verdict = "missing"
	Unknown Verdict = "unknown"
)

// ProblemKind classifies a Problem so callers can branch on it.
type ProblemKind string

// The kinds of Problem a Report holds.
const (
	KindTokenRejected    ProblemKind = "token_rejected"
	KindTokenShape       ProblemKind = "token_shape"
	KindScopeMissing     ProblemKind = "scope_missing"
	KindNoBase           ProblemKind = "no_base"
	KindBasePermission   ProblemKind = "base_permission"
	KindRateLimited      ProblemKind = "rate_limited"
	KindAirtableError    ProblemKind = "airtable_error"
	KindUnreachable      ProblemKind = "unreachable"
	KindUnexpectedAnswer ProblemKind = "unexpected_answer"
)

// Problem is one thing the checks found wrong. Message is a plain sentence,
// Fix says exactly what to do, and Detail holds Airtable's own words, if
// any. A Warning does not stop the token from being used.
type Problem struct {
	Kind    ProblemKind `json:"kind"`
	Message string      `json:"message"`
	Fix     string      `json:"fix"`
	Detail  string      `json:"detail,omitempty"`
	Warning bool        `json:"warning,omitempty"`
	Scope   string      `json:"scope,omitempty"`
	BaseID  string      `json:"base_id,omitempty"`
	// Shape is the shape finding behind the message, when there is one, so
	// the message can be worded again without lengths (see Text).
	Shape *ShapeError `json:"-"`
}

// BaseAccess is one base the token reaches, as reported to people and
// scripts.
type BaseAccess struct {
	ID              string `json:"id"`
	Name            string `json:"name"`
	PermissionLevel string `json:"permission_level"`
}

// Outcome sums up a Report for exit codes and the wizard's next step.
type Outcome int

// The outcomes, from best to worst.
const (
	// OutcomeOK means every required check passed.
	OutcomeOK Outcome = iota
	// OutcomeRejected means Airtable did not accept the token, or its shape
	// was refused before any request.
	OutcomeRejected
	// OutcomeMissing means the token works but a required scope or base is
	// missing.
	OutcomeMissing
	// OutcomeUnreachable means Airtable could not be reached or kept failing.
	OutcomeUnreachable
)

// ExitCode returns the command-line exit status for the outcome: 0, 3, 4
// or 5.
func (o Outcome) ExitCode() int {
	switch o {
	case OutcomeRejected:
		return 3
	case OutcomeMissing:
		return 4
	case OutcomeUnreachable:
		return 5
	}
	return 0
}

// String returns a short lower-case name for the outcome.
func (o Outcome) String() string {
	switch o {
	case OutcomeRejected:
		return "rejected"
	case OutcomeMissing:
		return "missing"
	case OutcomeUnreachable:
		return "unreachable"
	}
	return "ok"
}

// CheckStatus is the mark of one row in the table of checks.
type CheckStatus string

// The statuses a CheckRow can have.
const (
	CheckPassed     CheckStatus = "passed"
	CheckFailed     CheckStatus = "failed"
	CheckWarning    CheckStatus = "warning"
	CheckNotChecked CheckStatus = "not_checked"
	// CheckInfo is a finding that asks nothing of the person, such as a
	// scope the token lacks that was not chosen.
	CheckInfo CheckStatus = "info"
)

// Mark returns a one-character symbol for the status: ✓ passed, ✗ failed,
// ! warning, and – for not checked or for information only.
func (s CheckStatus) Mark() string {
	switch s {
	case CheckPassed:
		return "✓"
	case CheckFailed:
		return "✗"
	case CheckWarning:
		return "!"
	}
	return "–"
}

// CheckRow is one line of the table of checks that the wizard and the
// verify command show: what was checked, as a neutral name ("Token", "Scope
// user.email:read", "Base Sales") that reads right with any mark, its
// status, a short note with the finding (such as "granted" or "not
// checked") and, when it did not pass, the fix and Airtable's own words
// (Detail, with secrets taken out) when there are any.
type CheckRow struct {
	Label  string
	Status CheckStatus
	Note   string
	Fix    string
	Detail string
}

// Report is everything one verification found out. Checked means Airtable
// answered the identity request, accepting or refusing the token; Valid
// means it accepted the token, and is meaningful only when Checked is true
// (a token never sent, or sent while Airtable was unreachable, is neither).
// Scopes holds a verdict for each of the guide's eight scopes and for any
// other scope the caller chose; only a missing chosen scope is also a
// failure in Problems. Problems lists failures first and
// warnings after them.
type Report struct {
	Valid    bool               `json:"valid"`
	Checked  bool               `json:"checked"`
	UserID   string             `json:"user_id"`
	Email    string             `json:"email"`
	Bases    []BaseAccess       `json:"bases"`
	Scopes   map[string]Verdict `json:"scopes"`
	Problems []Problem          `json:"problems"`
	Outcome  Outcome            `json:"-"`
	Checks   []CheckRow         `json:"-"`
	// Chosen lists the scopes the check demanded, in the order given.
	Chosen []string `json:"-"`
}

// NotConfirmed returns the chosen scopes that got no verdict: write scopes
// and scopes the guide does not name, which no side-effect-free request
// can test, and read scopes whose probe could not run.
func (r Report) NotConfirmed() []string {
	var out []string
	for _, s := range r.Chosen {
		if r.Scopes[s] == Unknown {
			out = append(out, s)
		}
	}
	return out
}

// Ready reports whether the token can be saved and used as it is: every
// required check passed and it reaches at least one base.
func (r Report) Ready() bool {
	return r.Outcome == OutcomeOK && len(r.Bases) > 0
}

// Failures returns the problems that are not warnings.
func (r Report) Failures() []Problem {
	var out []Problem
	for _, p := range r.Problems {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}
