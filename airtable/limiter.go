package airtable

import (
	"context"
	"sync"
	"time"
)

// perBaseLimit and perBaseInterval keep every base under Airtable's limit of
// five requests a second.
const (
	perBaseLimit    = 5
	perBaseInterval = time.Second
)

// baseLimiter allows at most perBaseLimit requests to one base in any
// window of the given length. It keeps the start times of recent requests
// per base (a sliding log), so a short burst goes out at once.
type baseLimiter struct {
	mu     sync.Mutex
	window time.Duration
	sent   map[string][]time.Time
}

// newBaseLimiter returns a limiter for the given window.
func newBaseLimiter(window time.Duration) *baseLimiter {
	return &baseLimiter{window: window, sent: map[string][]time.Time{}}
}

// wait blocks until one more request to base fits in the window, then
// records it. It returns early with ctx's error.
func (l *baseLimiter) wait(ctx context.Context, base string) error {
	for {
		d := l.reserve(base, time.Now())
		if d == 0 {
			return nil
		}
		if err := sleep(ctx, d); err != nil {
			return err
		}
	}
}

// reserve records a request at now and returns 0, or returns how long to
// wait before trying again.
func (l *baseLimiter) reserve(base string, now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()

	recent := l.sent[base][:0]
	for _, t := range l.sent[base] {
		if now.Sub(t) < l.window {
			recent = append(recent, t)
		}
	}
	if len(recent) >= perBaseLimit {
		l.sent[base] = recent
		return max(recent[0].Add(l.window).Sub(now), time.Millisecond)
	}
	l.sent[base] = append(recent, now)
	return 0
}
