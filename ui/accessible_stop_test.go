package ui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// promptWatcher keeps what the prompts print and says when a line
// holding want has been printed.
type promptWatcher struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	want string
	seen chan struct{}
}

func (w *promptWatcher) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	n, _ := w.buf.Write(b)
	if w.seen != nil && strings.Contains(w.buf.String(), w.want) {
		close(w.seen)
		w.seen = nil
	}
	return n, nil
}

func (w *promptWatcher) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// Ctrl+C while a prompt waits must leave the prompt's line ended, so the
// note that the run stopped starts on a line of its own.
func TestAccessibleCtrlCEndsThePromptLine(t *testing.T) {
	r, w := io.Pipe()
	defer func() { _ = w.Close() }()
	ctx, cancel := context.WithCancel(context.Background())
	out := &promptWatcher{want: "Profile name (Enter keeps it):", seen: make(chan struct{})}
	seen := out.seen
	done := make(chan error, 1)
	go func() {
		_, err := runAccessible(ctx, Config{Verifier: &fakeVerifier{}, Store: &fakeStore{}},
			r, out)
		done <- err
	}()

	<-seen
	cancel()
	if err := <-done; !errors.Is(err, tea.ErrInterrupted) {
		t.Fatalf("err = %v, want tea.ErrInterrupted", err)
	}
	got := out.String()
	if !strings.HasSuffix(got, "\n") {
		t.Fatalf("the prompt line was left open:\n%q", got)
	}
	rows := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if last := rows[len(rows)-1]; !strings.HasPrefix(last, "Profile name") {
		t.Fatalf("last line %q, want the prompt, ended once", last)
	}
}
