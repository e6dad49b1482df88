package rescue

import (
	"strings"
	"testing"
)

func TestWaitRaisesThePanicInTheWaiter(t *testing.T) {
	task := Start(func() { panic("probe failed") })

	p := Call(task.Wait)
	if p == nil {
		t.Fatal("Wait returned normally after the goroutine panicked")
	}
	if p.Value != "probe failed" {
		t.Errorf("panic value %v, want the goroutine's own", p.Value)
	}
	if !strings.Contains(string(p.Stack), "rescue_test.go") {
		t.Errorf("the stack does not show where the panic happened:\n%s", p.Stack)
	}
	if !strings.Contains(p.Error(), "probe failed") {
		t.Errorf("Error() = %q, want the panic value in it", p.Error())
	}
}

func TestWaitAfterNormalReturn(t *testing.T) {
	ran := false
	task := Start(func() { ran = true })
	<-task.Done()
	if p := Call(task.Wait); p != nil {
		t.Fatalf("Wait panicked: %v", p)
	}
	if !ran {
		t.Error("the function did not run")
	}
}

func TestNestedWaitKeepsTheFirstStack(t *testing.T) {
	inner := Start(func() { panic("deep") })
	outer := Start(inner.Wait)

	p := Call(outer.Wait)
	if p == nil || p.Value != "deep" {
		t.Fatalf("got %v, want the inner panic", p)
	}
	if !strings.Contains(string(p.Stack), "TestNestedWaitKeepsTheFirstStack") {
		t.Errorf("the stack is not the inner goroutine's:\n%s", p.Stack)
	}
}
