//go:build e2epanic

package cli

import (
	"context"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/rescue"
	"github.com/airtable-connect/airtable-connect/ui"
)

// This file is built only with -tags e2epanic, for the real-screen tests
// of case C01; release builds have no way to make the program panic.
// AIRTABLE_CONNECT_TEST_PANIC=verify makes the wizard's check panic in the
// command that runs it; =goroutine makes it panic in a goroutine the check
// starts. The panic value holds the token, so the tests also prove the
// report removes it.
func init() {
	wrapVerifier = func(env Env, v ui.Verifier) ui.Verifier {
		where := env.getenv("AIRTABLE_CONNECT_TEST_PANIC")
		if where == "" {
			return v
		}
		return panickyVerifier{inner: v, where: where}
	}
}

// panickyVerifier panics where it was told instead of checking the token.
type panickyVerifier struct {
	inner ui.Verifier
	where string
}

// Verify panics, in this goroutine or in one it starts.
func (p panickyVerifier) Verify(ctx context.Context, token string, scopes []string) (
	airtable.Report, error,
) {
	value := "test panic while checking the token " + token
	if p.where == "goroutine" {
		rescue.Start(func() { panic(value) }).Wait()
	}
	if p.where == "verify" {
		panic(value)
	}
	return p.inner.Verify(ctx, token, scopes)
}
