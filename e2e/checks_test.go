package e2e

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/sys/unix"
)

// Escape sequences the transcript is checked for.
const (
	altScreenOn  = "\x1b[?1049h"
	altScreenOff = "\x1b[?1049l"
	cursorShow   = "\x1b[?25h"
	cursorHide   = "\x1b[?25l"
)

// ansiSeq matches escape sequences (CSI, OSC, and two-byte escapes), to read
// the transcript as the text it drew.
var ansiSeq = regexp.MustCompile(`\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|` +
	`P[^\x1b]*\x1b\\|_[^\x1b]*\x1b\\|[@-Z\\-_])`)

// plainText returns the transcript with escape sequences removed.
func plainText(raw []byte) string {
	return ansiSeq.ReplaceAllString(string(raw), "")
}

// secretLeaks says where a token shows in a transcript: whole in the bytes,
// whole once escapes are removed (drawn piece by piece), or its secret part
// after the dot. It returns "" when the token is nowhere.
func secretLeaks(raw []byte, token string) string {
	var found []string
	if bytes.Contains(raw, []byte(token)) {
		found = append(found, "the whole token in the raw bytes")
	}
	text := plainText(raw)
	if strings.Contains(text, token) {
		found = append(found, "the whole token in the text drawn")
	}
	if i := strings.IndexByte(token, '.'); i > 0 {
		secret := token[i+1:]
		if strings.Contains(text, secret) {
			found = append(found, "the secret part in the text drawn")
		}
	}
	return strings.Join(found, "; ")
}

// terminalLeftClean checks what a program must leave behind: the alternate
// screen left if it was entered, and the cursor shown last. It returns the
// problems found.
func terminalLeftClean(raw []byte) []string {
	var problems []string
	s := string(raw)
	if on := strings.LastIndex(s, altScreenOn); on >= 0 {
		if off := strings.LastIndex(s, altScreenOff); off < on {
			problems = append(problems, "the alternate screen was entered and not left")
		}
	}
	show, hide := strings.LastIndex(s, cursorShow), strings.LastIndex(s, cursorHide)
	if hide > show {
		problems = append(problems, "the cursor was left hidden")
	}
	return problems
}

// modeDiff compares the terminal modes a program found with those it left
// and names each difference that a person would notice.
func modeDiff(before, after unix.Termios) []string {
	var out []string
	flags := []struct {
		name string
		get  func(unix.Termios) uint32
		bit  uint32
	}{
		{"echo", lflag, unix.ECHO},
		{"icanon", lflag, unix.ICANON},
		{"isig", lflag, unix.ISIG},
		{"iexten", lflag, unix.IEXTEN},
		{"icrnl", iflag, unix.ICRNL},
		{"ixon", iflag, unix.IXON},
		{"opost", oflag, unix.OPOST},
	}
	for _, f := range flags {
		b, a := f.get(before)&f.bit != 0, f.get(after)&f.bit != 0
		if a != b {
			out = append(out, fmt.Sprintf("%s was %v before and %v after", f.name, b, a))
		}
	}
	if before.Lflag != after.Lflag || before.Iflag != after.Iflag ||
		before.Oflag != after.Oflag || before.Cflag != after.Cflag {
		if len(out) == 0 {
			out = append(out, fmt.Sprintf("flags changed: before %+v after %+v",
				flagWords(before), flagWords(after)))
		}
	}
	return out
}

func lflag(t unix.Termios) uint32 { return t.Lflag }
func iflag(t unix.Termios) uint32 { return t.Iflag }
func oflag(t unix.Termios) uint32 { return t.Oflag }

func flagWords(t unix.Termios) [4]uint32 { return [4]uint32{t.Iflag, t.Oflag, t.Cflag, t.Lflag} }
