// Package rescue carries a panic out of a goroutine to the goroutine that
// waits for it.
//
// An unrecovered panic in a goroutine ends the whole process at once, with
// no deferred function of any other goroutine run: a terminal left in raw
// mode stays raw. A goroutine started through Start instead keeps its
// panic, and Wait raises it again in the waiting goroutine, where the
// program's own recovery (which restores the terminal) can see it.
package rescue

import (
	"fmt"
	"runtime/debug"
)

// Panic is a panic caught in a goroutine started by Start: the value it
// was raised with and the stack of the goroutine that raised it.
type Panic struct {
	Value any
	Stack []byte
}

// Error describes the panic by its value. The caller that prints it is
// responsible for removing any secret the value may hold.
func (p *Panic) Error() string {
	return fmt.Sprintf("panic in a goroutine: %v", p.Value)
}

// Task is a function running on a goroutine of its own.
type Task struct {
	done  chan struct{}
	panic *Panic
}

// Start runs f on a new goroutine. A panic in f is caught and kept for
// Wait; it never ends the process. The caller must call Wait, or receive
// from Done and then call Wait, to learn whether f panicked.
func Start(f func()) *Task {
	t := &Task{done: make(chan struct{})}
	go func() {
		defer close(t.done)
		t.panic = Call(f)
	}()
	return t
}

// Done is closed once f has returned or panicked.
func (t *Task) Done() <-chan struct{} { return t.done }

// Wait blocks until f has returned. When f panicked, Wait panics in the
// calling goroutine with the *Panic that f raised.
func (t *Task) Wait() {
	<-t.done
	if t.panic != nil {
		panic(t.panic)
	}
}

// Call runs f in the calling goroutine and returns the panic it raised, or
// nil when it returned normally. A *Panic raised again by a nested Wait is
// returned as it is, so its first stack is kept.
func Call(f func()) (caught *Panic) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if p, ok := r.(*Panic); ok {
			caught = p
			return
		}
		caught = &Panic{Value: r, Stack: debug.Stack()}
	}()
	f()
	return nil
}
