package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// kindTokenMissing marks a saved profile whose token could not be read.
const kindTokenMissing airtable.ProblemKind = "token_missing"

// outcomeLines is the closing sentence of a check table, by outcome.
var outcomeLines = map[airtable.Outcome]string{
	airtable.OutcomeOK:          "The token works and has what it needs.",
	airtable.OutcomeRejected:    "Airtable did not accept this token.",
	airtable.OutcomeMissing:     "The token works, but a required scope or base is missing.",
	airtable.OutcomeUnreachable: "Airtable could not be reached, so the token was not checked.",
}

// writeReport prints the table of checks with the fix under each row that
// did not pass, then one closing sentence. With maskEmail (presenter mode)
// every email address in it is masked, in the rows as in the account line,
// and no token length is named.
func writeReport(w io.Writer, r airtable.Report, maskEmail bool) {
	if maskEmail {
		r = r.WithoutLengths()
	}
	var b strings.Builder
	reportText(&b, r)
	text := b.String()
	if maskEmail {
		text = airtable.MaskEmails(text)
	}
	fmt.Fprint(w, text)
}

// reportText writes the table and closing sentence of r to w.
func reportText(w io.Writer, r airtable.Report) {
	if r.Valid {
		fmt.Fprintf(w, "Account  %s\n", accountName(r, false))
	}
	width := 0
	for _, row := range r.Checks {
		width = max(width, len(row.Label))
	}
	for _, row := range r.Checks {
		line := fmt.Sprintf("%s %-*s  %s", row.Status.Mark(), width, row.Label, row.Note)
		fmt.Fprintln(w, strings.TrimRight(line, " "))
		if row.Status == airtable.CheckPassed {
			continue
		}
		writeFix(w, row.Fix, row.Detail)
	}
	if len(r.Checks) == 0 {
		for _, p := range r.Problems {
			fmt.Fprintf(w, "%s %s\n", problemMark(p), p.Message)
			writeFix(w, p.Fix, p.Detail)
		}
	}
	// A token that could not be read was never sent, so no outcome applies.
	if len(r.Problems) == 1 && r.Problems[0].Kind == kindTokenMissing {
		return
	}
	fmt.Fprintln(w, closingLine(r))
}

// writeFix writes the indented fix and detail lines under a row, each only
// when there is one. The detail is Airtable's words with secrets taken out.
func writeFix(w io.Writer, fix, detail string) {
	if fix != "" {
		fmt.Fprintf(w, "    %s\n", fix)
	}
	if detail != "" {
		fmt.Fprintf(w, "    Detail: %s\n", detail)
	}
}

// notSentLine closes the table of a token refused before any request.
const notSentLine = "The token was not sent: what was given cannot be a personal " +
	"access token."

// closingLine sums up the report in one sentence that is true to what
// happened: a token refused for its shape never reached Airtable, and a
// token that works is said to have what it needs only when every scope
// asked for was confirmed.
func closingLine(r airtable.Report) string {
	for _, p := range r.Failures() {
		if p.Kind == airtable.KindTokenShape {
			return notSentLine
		}
	}
	if r.Outcome == airtable.OutcomeOK {
		if line := unconfirmedLine(r.NotConfirmed()); line != "" {
			return line
		}
	}
	return outcomeLines[r.Outcome]
}

// unconfirmedLine says which scopes asked for got no verdict, or is empty
// when there are none. Write scopes of the guide cannot be tested without
// changing data; Airtable's other scopes have no side-effect-free check at
// all; a read scope of the guide could not be checked this time.
func unconfirmedLine(names []string) string {
	var writes, others, reads []string
	for _, s := range names {
		info, known := airtable.LookupScope(s)
		switch {
		case !known:
			others = append(others, s)
		case info.Write:
			writes = append(writes, s)
		default:
			reads = append(reads, s)
		}
	}
	if len(names) == 0 {
		return ""
	}
	line := "The token works."
	if len(writes) > 0 {
		line += " Whether it has " + strings.Join(writes, ", ") + " cannot be " +
			"confirmed without changing data; the first change the integration makes " +
			"will tell."
	}
	if len(others) > 0 {
		line += " Whether it has " + strings.Join(others, ", ") + " cannot be " +
			"confirmed: Airtable offers no side-effect-free check for it; the " +
			"integration's first use of it will tell."
	}
	if len(reads) > 0 {
		line += " Whether it has " + strings.Join(reads, ", ") + " could not be " +
			"checked; see the rows above."
	}
	return line
}

func problemMark(p airtable.Problem) string {
	if p.Warning {
		return airtable.CheckWarning.Mark()
	}
	return airtable.CheckFailed.Mark()
}

// accountName is the email when known, else the user id.
func accountName(r airtable.Report, maskEmail bool) string {
	switch {
	case r.Email != "" && maskEmail:
		return fmt.Sprintf("%s (%s)", maskAddress(r.Email), r.UserID)
	case r.Email != "":
		return fmt.Sprintf("%s (%s)", r.Email, r.UserID)
	}
	return r.UserID
}

// maskAddress keeps the first letter and the domain of an email address:
// user@example.com becomes u***@example.com.
func maskAddress(email string) string {
	return airtable.MaskEmail(email)
}

// jsonReport is a Report with empty lists written as [] and {} rather than
// null, so scripts need no special case.
func jsonReport(r airtable.Report) airtable.Report {
	if r.Bases == nil {
		r.Bases = []airtable.BaseAccess{}
	}
	if r.Scopes == nil {
		r.Scopes = map[string]airtable.Verdict{}
	}
	if r.Problems == nil {
		r.Problems = []airtable.Problem{}
	}
	return r
}

// writeJSON prints v as indented JSON with a final newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
