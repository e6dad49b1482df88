package ui

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/airtable-connect/airtable-connect/steps"
)

// ErrInputClosed means the input ended (end of file) while accessible mode
// was still asking; nothing was saved after that point.
var ErrInputClosed = errors.New("input closed")

// lineReader hands its source to huh's prompts one line per Read, so that
// each prompt's own buffered scanner never swallows the answers meant for
// the next prompt. It notes when the source has ended.
type lineReader struct {
	src   io.Reader
	ended bool
}

func (l *lineReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		var b [1]byte
		k, err := l.src.Read(b[:])
		if k == 1 {
			p[n] = b[0]
			n++
			if b[0] == '\n' {
				return n, nil
			}
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				l.ended = true
			}
			return n, err
		}
	}
	return n, nil
}

// lineWriter passes writes on to w and remembers whether the last one left
// a line open, such as a prompt waiting for its answer. It is safe for use
// by the prompts' goroutine and the one that stops them.
type lineWriter struct {
	mu   sync.Mutex
	w    io.Writer
	open bool
}

func (l *lineWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n, err := l.w.Write(b)
	if n > 0 {
		l.open = b[n-1] != '\n'
	}
	return n, err
}

// endLine ends an open line, so that what is printed next, such as the
// note that the run was stopped, starts on a line of its own.
func (l *lineWriter) endLine() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.open {
		_, _ = io.WriteString(l.w, "\n")
		l.open = false
	}
}

// prompter asks accessible questions: plain lines, no colour.
type prompter struct {
	width int // lines are wrapped at word boundaries to this many columns
	out   io.Writer
	in    *lineReader
	raw   io.Reader // the real input, for the hidden token prompt
	theme huh.Theme
	// practice marks a practice run: each heading says so, and the save
	// step tells where a practice token goes.
	practice bool
}

// say prints lines, each wrapped at word boundaries to the width. A word
// longer than the width, such as an address or a token, stays whole on a
// row of its own so it can be copied.
func (p *prompter) say(lines ...string) {
	for _, l := range lines {
		_, _ = fmt.Fprintln(p.out, wordWrap(l, p.width))
	}
}

// wordWrap wraps s to width at spaces, indenting continuation rows as far
// as s is indented.
func wordWrap(s string, width int) string {
	if width <= 0 || ansi.StringWidth(s) <= width {
		return s
	}
	body := strings.TrimLeft(s, " ")
	pad := strings.Repeat(" ", len(s)-len(body))
	if len(pad) >= width/2 {
		pad = ""
	}
	rows := strings.Split(ansi.Wordwrap(body, width-len(pad), ""), "\n")
	for i := range rows {
		rows[i] = pad + strings.TrimRight(rows[i], " ")
	}
	return strings.Join(rows, "\n")
}

// outputWidth returns the width of out when it is a terminal, else 80.
func outputWidth(out io.Writer) int {
	if f, ok := out.(interface{ Fd() uintptr }); ok {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			return w
		}
	}
	return 80
}

// ask runs one huh field in accessible mode and reports a closed input.
func (p *prompter) ask(f huh.Field) error {
	f = f.WithTheme(p.theme)
	if err := f.RunAccessible(p.out, p.in); err != nil {
		return fmt.Errorf("prompt: %w", err)
	}
	if p.in.ended {
		return ErrInputClosed
	}
	return nil
}

// pause waits for Enter.
func (p *prompter) pause() error {
	var s string
	if err := p.ask(huh.NewInput().Title("Press Enter to go on.").Value(&s)); err != nil {
		return fmt.Errorf("wait for enter: %w", err)
	}
	return nil
}

// choose asks for one of labels and returns its index; the first is the
// default.
func (p *prompter) choose(title string, labels ...string) (int, error) {
	choice := 0
	opts := make([]huh.Option[int], len(labels))
	for i, l := range labels {
		opts[i] = huh.NewOption(l, i)
	}
	err := p.ask(huh.NewSelect[int]().Title(title).Options(opts...).Value(&choice))
	return choice, err
}

// confirm asks a yes/no question whose default is No.
func (p *prompter) confirm(title string) (bool, error) {
	yes := false
	err := p.ask(huh.NewConfirm().Title(title).Value(&yes))
	return yes, err
}

// heading prints a step's place in the guide, its title and its words.
func (p *prompter) heading(s steps.Step) {
	n := steps.Index(s.ID) + 1
	place := fmt.Sprintf("Step %d of %d. %s.", n, steps.Count(), s.Part)
	if p.practice {
		place = "Practice. " + place
	}
	p.say("", place, s.Title, "")
	if s.ID == steps.Summary {
		return // the summary prints its own words after the facts
	}
	words := append(append([]string(nil), s.Tool...), s.Body...)
	if p.practice && s.ID == steps.Save {
		words = []string{practiceSaveNote}
	}
	for _, l := range words {
		p.say(strings.TrimRight(l, " "))
	}
	if s.URL != "" {
		p.say(s.URL)
	}
	p.say("")
}
