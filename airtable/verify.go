package airtable

import (
	"context"
	"errors"
	"net/http"
	"slices"

	"github.com/airtable-connect/airtable-connect/rescue"
)

// Verify runs the whole check and returns what it found. Only
// side-effect-free requests are made, in four rounds: whoami and the base
// listing together; then, on one base from the token's own listing, its
// tables and webhooks together; one record; and that record's comments.
//
// Every readable scope of the guide is probed and gets a verdict, whatever
// was chosen; write scopes, and scopes the guide does not name, get the
// verdict Unknown. Only a missing scope in chosen is a failure (exit 4); a
// missing scope that was not chosen is just its verdict. An empty chosen
// means RequiredScopes: user.email:read and schema.bases:read.
//
// err is non-nil only when ctx ended; every other failure is in the Report.
func (c *Client) Verify(ctx context.Context, chosen []string) (Report, error) {
	return c.verify(ctx, newVerification(chosen))
}

// verify runs the rounds of Verify and records them in v.
func (c *Client) verify(ctx context.Context, v *verification) (Report, error) {
	v.token = c.token
	var user User
	var bases []Base
	var userErr, basesErr error
	both(func() { user, userErr = c.WhoAmI(ctx) },
		func() { bases, basesErr = c.ListBases(ctx) })
	if ctx.Err() != nil {
		return Report{}, ctx.Err()
	}
	var apiErr *APIError
	v.report.Checked = userErr == nil ||
		errors.As(userErr, &apiErr) && apiErr.StatusCode == http.StatusUnauthorized
	if userErr != nil {
		v.fail(problemFor(userErr, "whoami", ""))
		return v.finish(), nil
	}
	v.identity(user)
	if !v.listed(bases, basesErr) {
		return v.finish(), nil
	}

	base := pickBase(bases)
	if err := c.probeBase(ctx, v, base.ID); err != nil {
		return Report{}, err
	}
	return v.finish(), nil
}

// VerifyToken normalizes raw and refuses a blocking shape problem with
// zero requests; otherwise it runs Verify with a client built from opts.
// A shape warning (wrong length, unknown prefix, unusual shape) is added to Airtable's
// refusal when it refuses the token, and kept as a warning when Airtable
// could not tell.
func VerifyToken(ctx context.Context, raw string, chosen []string, opts ...Option) (
	Report, error,
) {
	token := NormalizeToken(raw)
	shape := CheckShape(token)
	if shape != nil && shape.Blocking() {
		return ShapeReport(chosen, shape), nil
	}

	v := newVerification(chosen)
	v.shape = shape
	return NewClient(token, opts...).verify(ctx, v)
}

// ShapeReport returns the report for a value refused for its shape e, with
// no request made: the token was not sent, so nothing is checked.
func ShapeReport(chosen []string, e *ShapeError) Report {
	v := newVerification(chosen)
	v.fail(Problem{Kind: KindTokenShape, Message: e.Message(), Fix: e.Fix(), Shape: e},
		OutcomeRejected)
	return v.finish()
}

// probeBase runs the per-base rounds on baseID, which came from the token's
// own listing, so a 403 there means the scope is missing.
func (c *Client) probeBase(ctx context.Context, v *verification, baseID string) error {
	var tables []Table
	var tablesErr, hooksErr error
	both(func() { tables, tablesErr = c.ListTables(ctx, baseID) },
		func() { _, hooksErr = c.ListWebhooks(ctx, baseID) })
	if ctx.Err() != nil {
		return ctx.Err()
	}
	v.probed(ScopeWebhookManage, hooksErr, baseID)
	if tablesErr != nil {
		v.warn(problemFor(tablesErr, "list tables", baseID))
		return nil
	}
	if len(tables) == 0 {
		return nil
	}

	rec, ok, err := c.FirstRecord(ctx, baseID, tables[0].ID)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	v.probed(ScopeDataRecordsRead, err, baseID)
	if err != nil || !ok {
		return nil
	}

	_, err = c.ListComments(ctx, baseID, tables[0].ID, rec.ID)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	v.probed(ScopeDataRecordCommentsRead, err, baseID)
	return nil
}

// pickBase prefers the first base at the Owner/Creator level, where every
// probe has the best chance to answer.
func pickBase(bases []Base) Base {
	if i := slices.IndexFunc(bases, func(b Base) bool {
		return b.PermissionLevel == "create"
	}); i >= 0 {
		return bases[i]
	}
	return bases[0]
}

// both runs f and g at the same time and waits for them. A panic in g is
// raised again here, in the caller's goroutine, where the program's
// recovery can restore the terminal before it is reported.
func both(f, g func()) {
	task := rescue.Start(g)
	f()
	task.Wait()
}
