package e2e

// Key bytes as a terminal sends them in its normal (not application) cursor
// mode, which is what xterm, tmux and GNU screen send by default.
const (
	keyEnter    = "\r"
	keyEsc      = "\x1b"
	keyTab      = "\t"
	keyShiftTab = "\x1b[Z"
	keyUp       = "\x1b[A"
	keyDown     = "\x1b[B"
	keyRight    = "\x1b[C"
	keyLeft     = "\x1b[D"
	keySpace    = " "
	keyCtrlC    = "\x03"
	keyCtrlV    = "\x16"
	keyBack     = "\x7f"
	keyPgDown   = "\x1b[6~"
	keyPgUp     = "\x1b[5~"

	pasteStart = "\x1b[200~"
	pasteEnd   = "\x1b[201~"
)
