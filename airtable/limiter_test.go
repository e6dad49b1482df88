package airtable

import (
	"context"
	"testing"
	"time"
)

func TestBaseLimiterFiveASecond(t *testing.T) {
	l := newBaseLimiter(time.Second)
	now := time.Unix(1000, 0)
	for i := range perBaseLimit {
		if d := l.reserve("appA", now.Add(time.Duration(i)*time.Millisecond)); d != 0 {
			t.Fatalf("request %d waited %v, want none", i+1, d)
		}
	}
	if d := l.reserve("appA", now.Add(10*time.Millisecond)); d != 990*time.Millisecond {
		t.Errorf("sixth request waits %v, want 990ms", d)
	}
	if d := l.reserve("appB", now.Add(10*time.Millisecond)); d != 0 {
		t.Errorf("another base waited %v", d)
	}
	if d := l.reserve("appA", now.Add(time.Second)); d != 0 {
		t.Errorf("after the window the request waited %v", d)
	}
}

func TestBaseLimiterWaitHonoursContext(t *testing.T) {
	l := newBaseLimiter(time.Hour)
	for range perBaseLimit {
		_ = l.wait(context.Background(), "appA")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if err := l.wait(ctx, "appA"); err == nil {
		t.Errorf("wait past the limit returned without the context ending")
	}
}

func TestDefaultBackoffBounded(t *testing.T) {
	for attempt := 1; attempt <= 10; attempt++ {
		if d := DefaultBackoff(attempt); d <= 0 || d > MaxRetryWait {
			t.Errorf("DefaultBackoff(%d) = %v", attempt, d)
		}
	}
}
