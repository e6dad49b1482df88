package ui

import (
	"fmt"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// failureHeadline says in one short sentence why a check did not pass,
// naming the first failure; the table of checks holds the details.
func failureHeadline(r airtable.Report) string {
	fails := r.Failures()
	if len(fails) == 0 {
		if len(r.Bases) == 0 && r.Valid {
			return "The token reaches no base."
		}
		return "The check did not pass."
	}
	switch p := fails[0]; p.Kind {
	case airtable.KindTokenRejected, airtable.KindTokenShape:
		return "Airtable did not accept this token."
	case airtable.KindScopeMissing:
		if n := countKind(fails, airtable.KindScopeMissing); n > 1 {
			return fmt.Sprintf("The token lacks %d of the chosen scopes.", n)
		}
		return "The token lacks the scope " + p.Scope + "."
	case airtable.KindNoBase:
		return "The token reaches no base."
	case airtable.KindBasePermission:
		return "Your access to a base is below Owner or Creator."
	case airtable.KindRateLimited:
		return "Airtable asked to wait: too many requests."
	case airtable.KindUnreachable:
		return "Airtable could not be reached."
	case airtable.KindAirtableError:
		return "Airtable answered with an error."
	}
	return "Airtable gave an answer this program did not expect."
}

func countKind(ps []airtable.Problem, k airtable.ProblemKind) int {
	n := 0
	for _, p := range ps {
		if p.Kind == k {
			n++
		}
	}
	return n
}
