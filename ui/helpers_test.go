package ui

import (
	"context"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/steps"
	"github.com/airtable-connect/airtable-connect/store"
)

// testPAT is the placeholder token from the field cases.
var testPAT = "patTESTTESTTEST00." + strings.Repeat("0", 64)

// stuckAfter is how long the helper waits for a command that is neither a
// timer nor a fake announcing that it waits: it then fails the test, so a
// slow command is never silently dropped.
const stuckAfter = 10 * time.Second

// timerCmds are the commands of the libraries that only answer after a
// delay: the cursor blink and ticks such as the spinner's frames. The
// helper never runs them: no test depends on a blink or a frame.
var timerCmds = []string{"charm.land/bubbles/v2/cursor.", "charm.land/bubbletea/v2.Tick."}

// isTimer reports whether cmd is one of timerCmds, by its function name.
func isTimer(cmd tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	for _, prefix := range timerCmds {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	return false
}

// fakeVerifier returns report, counts calls and records the token. With
// block set it waits for its context to end, as a request in flight would,
// after saying so on waiting.
type fakeVerifier struct {
	mu      sync.Mutex
	report  airtable.Report
	block   bool
	calls   int
	tokens  []string
	stopped chan error
	waiting chan struct{}
}

func (f *fakeVerifier) Verify(ctx context.Context, token string, _ []string) (
	airtable.Report, error,
) {
	f.mu.Lock()
	f.calls++
	f.tokens = append(f.tokens, token)
	f.mu.Unlock()
	if f.block {
		f.waiting <- struct{}{}
		<-ctx.Done()
		f.stopped <- ctx.Err()
		return airtable.Report{}, ctx.Err()
	}
	return f.report, nil
}

func (f *fakeVerifier) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

// fakeStore answers SaveKeyring with the next of keyringErrs (nil once they
// run out) and counts every call.
type fakeStore struct {
	keyringErrs []error
	keyring     int
	files       int
	profiles    []store.Profile
	saved       []string
}

func (f *fakeStore) SaveKeyring(_ context.Context, _, token string) error {
	f.keyring++
	if len(f.keyringErrs) > 0 {
		err := f.keyringErrs[0]
		f.keyringErrs = f.keyringErrs[1:]
		if err != nil {
			return err
		}
	}
	f.saved = append(f.saved, token)
	return nil
}

func (f *fakeStore) SaveFile(_, token string) (string, error) {
	f.files++
	f.saved = append(f.saved, token)
	return "/tmp/test/tokens/default", nil
}

func (f *fakeStore) SaveProfile(p store.Profile) error {
	f.profiles = append(f.profiles, p)
	return nil
}

func (f *fakeStore) writes() int { return f.keyring + f.files + len(f.profiles) }

// goodReport is what a token with every scope and two bases gets.
func goodReport() airtable.Report {
	return airtable.Report{
		Valid: true, UserID: "usrTESTTESTTEST00", Email: "user@example.com",
		Bases: []airtable.BaseAccess{
			{ID: "appTESTTESTBASE01", Name: "Sales", PermissionLevel: "create"},
			{ID: "appTESTTESTBASE02", Name: "Hiring", PermissionLevel: "edit"},
		},
		Outcome: airtable.OutcomeOK,
		Checks: []airtable.CheckRow{
			{
				Label: "Token accepted by Airtable", Status: airtable.CheckPassed,
				Note: "acts as user@example.com",
			},
			{
				Label: "Base Hiring", Status: airtable.CheckWarning,
				Note: "below Owner or Creator", Fix: "Ask the owner for the Creator level.",
			},
		},
	}
}

// driver feeds messages to a Model the way a program would, running the
// commands it returns by hand and noting the ones that end or copy.
type driver struct {
	t           *testing.T
	m           Model
	verifier    *fakeVerifier
	store       *fakeStore
	interrupted bool
	quit        bool
	clipboard   []string
	views       []string
}

func newDriver(t *testing.T, cfg Config) *driver {
	t.Helper()
	d := &driver{t: t, verifier: &fakeVerifier{
		report:  goodReport(),
		stopped: make(chan error, 4),
		waiting: make(chan struct{}, 4),
	}, store: &fakeStore{}}
	if cfg.Verifier == nil {
		cfg.Verifier = d.verifier
	}
	if cfg.Store == nil {
		cfg.Store = d.store
	}
	d.m = New(cfg)
	d.run(d.m.Init())
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	return d
}

func (d *driver) send(msg tea.Msg) {
	d.t.Helper()
	updated, cmd := d.m.Update(msg)
	d.m = updated.(Model)
	d.views = append(d.views, d.view())
	d.run(cmd)
}

// run executes cmd and feeds its answers back, expanding batches and
// sequences. Timers are not run. A check the fake verifier holds open
// is left waiting: its answer, once Esc or Ctrl+C cancels it, belongs to a
// check the wizard has dropped.
func (d *driver) run(cmd tea.Cmd) {
	d.t.Helper()
	if cmd == nil || isTimer(cmd) {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-d.verifier.waiting:
		return
	case <-time.After(stuckAfter):
		d.t.Fatalf("a command did not answer in %v", stuckAfter)
	}
	switch msg := msg.(type) {
	case nil:
	case tea.InterruptMsg:
		d.interrupted = true
	case tea.QuitMsg:
		d.quit = true
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	default:
		d.other(msg)
	}
}

// other handles the unexported messages of Bubble Tea (sequences and
// clipboard writes) by their shape, and sends everything else on.
func (d *driver) other(msg tea.Msg) {
	d.t.Helper()
	v := reflect.ValueOf(msg)
	name := fmt.Sprintf("%T", msg)
	switch {
	case name == "tea.setClipboardMsg":
		d.clipboard = append(d.clipboard, v.String())
	case v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)):
		for i := range v.Len() {
			d.run(v.Index(i).Interface().(tea.Cmd))
		}
	default:
		d.send(msg)
	}
}

// keyMsg builds the key press a terminal would send for name.
func keyMsg(name string) tea.KeyPressMsg {
	special := map[string]tea.Key{
		"enter": {Code: tea.KeyEnter}, "esc": {Code: tea.KeyEscape},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift}, "tab": {Code: tea.KeyTab},
		"up": {Code: tea.KeyUp}, "down": {Code: tea.KeyDown},
		"space": {Code: tea.KeySpace, Text: " "}, "pgdown": {Code: tea.KeyPgDown},
		"ctrl+c": {Code: 'c', Mod: tea.ModCtrl}, "ctrl+v": {Code: 'v', Mod: tea.ModCtrl},
		"ctrl+p": {Code: 'p', Mod: tea.ModCtrl}, "backspace": {Code: tea.KeyBackspace},
		"ctrl+u": {Code: 'u', Mod: tea.ModCtrl},
	}
	if k, ok := special[name]; ok {
		return tea.KeyPressMsg(k)
	}
	r := []rune(name)[0]
	return tea.KeyPressMsg{Code: r, Text: name}
}

func (d *driver) press(names ...string) {
	d.t.Helper()
	for _, n := range names {
		d.send(keyMsg(n))
	}
}

func (d *driver) typeText(s string) {
	d.t.Helper()
	for _, r := range s {
		d.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func (d *driver) paste(s string) { d.t.Helper(); d.send(tea.PasteMsg{Content: s}) }

func (d *driver) resize(w, h int) { d.t.Helper(); d.send(tea.WindowSizeMsg{Width: w, Height: h}) }

// view returns the screen as text, without colours or links.
func (d *driver) view() string { return ansi.Strip(d.m.render()) }

func (d *driver) stepID() steps.ID { return d.m.current().ID }

// walkTo presses Enter from the welcome screen until the step id shows.
func (d *driver) walkTo(id steps.ID) {
	d.t.Helper()
	for i := 0; d.stepID() != id; i++ {
		if i > 20 {
			d.t.Fatalf("never reached %s; stuck at %s:\n%s", id, d.stepID(), d.view())
		}
		if d.stepID() == steps.PasteToken {
			d.paste(testPAT)
		}
		d.press("enter")
	}
}

// mustShow fails unless the screen holds every one of want.
func (d *driver) mustShow(want ...string) {
	d.t.Helper()
	v := d.view()
	for _, w := range want {
		if !strings.Contains(v, w) {
			d.t.Fatalf("screen lacks %q:\n%s", w, v)
		}
	}
}
