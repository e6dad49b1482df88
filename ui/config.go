// Package ui is the interactive wizard: one root Bubble Tea model that walks
// the steps defined in package steps, checks the token through a Verifier
// and keeps it through a TokenStore. Nothing in Update does I/O; every slow
// or outside action runs as a command that answers with a typed message.
package ui

import (
	"context"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/browser"
	"github.com/airtable-connect/airtable-connect/store"
)

// Verifier checks a token against Airtable. scopes are the scopes the
// person chose. The error is non-nil only when ctx was cancelled; every
// other failure is described in the Report.
type Verifier interface {
	Verify(ctx context.Context, token string, scopes []string) (airtable.Report, error)
}

// TokenStore keeps a token and its profile. *store.Store satisfies it.
type TokenStore interface {
	SaveKeyring(ctx context.Context, profile, token string) error
	SaveFile(profile, token string) (string, error)
	SaveProfile(p store.Profile) error
}

// Config is everything the wizard needs from its caller. Verifier and Store
// are required; Open may be nil, in which case the wizard never opens a
// browser and shows the address instead.
type Config struct {
	// Profile is the suggested profile name; empty means "default".
	Profile string
	// HubURL, when set, is the hub page the link step can open.
	HubURL string
	// NoBrowser keeps the wizard from calling Open.
	NoBrowser bool
	// Demo marks practice mode; DemoToken is then shown for pasting.
	Demo      bool
	DemoToken string
	// Presenter hides every trace of the token and masks the email.
	Presenter bool
	// Accessible asks plain line-by-line prompts instead of full screens.
	Accessible bool
	// InsecureStorage saves straight to a file without asking.
	InsecureStorage bool
	// StateDir is where progress is kept between runs so a closed
	// terminal can continue where it stopped; empty turns that off.
	// DefaultStateDir gives the usual place.
	StateDir string
	Verifier Verifier
	Store    TokenStore
	Open     func(ctx context.Context, url string) browser.Result
	Version  string
}

// Result is what the wizard achieved. Saved is false when the person left
// before the token was kept; Storage and Path then are empty. Linked is
// true once the person said the account is linked in the hub.
// ProgressKept is true when the person left part way and a later run can
// continue where they stopped (the token itself is never kept for that).
type Result struct {
	Profile      string
	Saved        bool
	Storage      store.Location
	Path         string
	Report       airtable.Report
	Linked       bool
	ProgressKept bool
}
