package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// keepOutcomes wraps the RunE of cmd and of every command below it. An
// outcome of our own (an *ExitError, a cancellation or a signal) is kept
// in *kept and the command returns nil to fang, so fang's error path never
// runs for it: that path asks the terminal for its background colour and
// can wait two seconds for an answer that never comes. Usage errors and
// anything unforeseen still go to fang.
func keepOutcomes(cmd *cobra.Command, kept *error) {
	if run := cmd.RunE; run != nil {
		cmd.RunE = func(c *cobra.Command, args []string) error {
			err := ownOutcome(c, run(c, args))
			var ee *ExitError
			if errors.As(err, &ee) || interrupted(err) {
				*kept = err
				return nil
			}
			return err
		}
	}
	for _, sub := range cmd.Commands() {
		keepOutcomes(sub, kept)
	}
}

// ownOutcome turns err into a signal's exit when a signal ended the
// command and the command did not say more precisely how it ended.
func ownOutcome(cmd *cobra.Command, err error) error {
	se := signalOf(cmd.Context())
	var ee *ExitError
	if se == nil || err == nil || (errors.As(err, &ee) && ee.Code >= 128) {
		return err
	}
	return &ExitError{
		Code: se.code(), Err: err,
		Message: fmt.Sprintf("Stopped (%s signal).", se.sig),
	}
}

// printOutcome prints the one line for an outcome keepOutcomes kept.
func printOutcome(w io.Writer, err error) {
	var ee *ExitError
	switch {
	case errors.As(err, &ee):
		reportError(w, err)
	case interrupted(err):
		fmt.Fprintln(w, "Cancelled.")
	}
}
