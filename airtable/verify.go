package airtable

import "context"

// Verify runs the whole check for the scopes the person chose (names the
// guide does not know are tolerated and reported as not checked). err is
// non-nil only when ctx ended; every other failure is in the Report.
func (c *Client) Verify(ctx context.Context, chosen []string) (Report, error) {
	return Report{}, nil
}

// VerifyToken normalizes raw, refuses a blocking shape problem with zero
// requests, and otherwise runs Verify with a client built from opts.
func VerifyToken(ctx context.Context, raw string, chosen []string, opts ...Option) (
	Report, error) {
	return NewClient(NormalizeToken(raw), opts...).Verify(ctx, chosen)
}
