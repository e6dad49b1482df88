package airtable_test

import (
	"context"
	"testing"
	"time"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
)

// BenchmarkVerifyLatency100ms runs the full check against the fake with
// 100 ms added to every request. Four rounds make the target about 400 ms,
// and 440 ms at most.
func BenchmarkVerifyLatency100ms(b *testing.B) {
	s := airtabletest.NewServer(airtabletest.DemoAccounts())
	defer s.Close()
	s.SetLatency(100 * time.Millisecond)
	ctx := context.Background()

	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		// A new client per check, as each verification in the wizard makes:
		// one client's own rate limit would otherwise hold back the next check.
		c := airtable.NewClient(pat, airtable.WithBaseURL(s.URL))
		r, err := c.Verify(ctx, all8)
		if err != nil || !r.Ready() {
			b.Fatalf("Verify: %v %v", err, kinds(r))
		}
	}
	b.ReportMetric(float64(time.Since(start).Milliseconds())/float64(b.N), "ms/op")
}
