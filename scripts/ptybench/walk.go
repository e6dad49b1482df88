package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
	"github.com/airtable-connect/airtable-connect/steps"
)

// Keys and screen marks the walk relies on.
const (
	keyEnter  = "\r"
	keyPgDown = "\x1b[6~"
	moreBelow = "↓ more"
	paste     = "\x1b[200~" + airtabletest.SamplePAT + "\x1b[201~"
)

// runWalk walks every step of practice mode at 80x24, as a person pressing
// Enter would, -runs times, and prints the median and highest peak memory
// (maximum resident set size, as the kernel counts it for the process).
func runWalk(args []string) error {
	fs := flag.NewFlagSet("walk", flag.ContinueOnError)
	bin := fs.String("bin", "./airtable-connect", "the binary to walk")
	runs := fs.Int("runs", 3, "how many walks to measure")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var peaks []int64
	var took time.Duration
	for range *runs {
		kib, d, err := walkOnce(*bin)
		if err != nil {
			return err
		}
		peaks = append(peaks, kib)
		took = max(took, d)
	}
	slices.Sort(peaks)
	med, top := peaks[len(peaks)/2], peaks[len(peaks)-1]
	fmt.Printf("demo-walk: %d steps, %d walks, peak memory median %.1f MiB, "+
		"highest %.1f MiB (max RSS %d KiB), slowest walk %.0f ms\n",
		len(steps.All()), len(peaks), float64(med)/1024, float64(top)/1024, top, ms(took))
	return nil
}

// walkOnce walks the binary once in a fresh home and returns its maximum
// resident set size in KiB and how long the walk took.
func walkOnce(bin string) (int64, time.Duration, error) {
	home, err := os.MkdirTemp("", "ptybench-walk-")
	if err != nil {
		return 0, 0, fmt.Errorf("make home: %w", err)
	}
	defer func() { _ = os.RemoveAll(home) }()
	env, err := freshEnv(home)
	if err != nil {
		return 0, 0, err
	}

	s, err := start([]string{bin, "--demo"}, env, home, 80, 24)
	if err != nil {
		return 0, 0, err
	}
	defer s.stop()
	if err := walkSteps(s); err != nil {
		return 0, 0, err
	}
	select {
	case <-s.exited:
	case <-time.After(10 * time.Second):
		return 0, 0, fmt.Errorf("the program did not exit after the summary")
	}
	took := time.Since(s.started)

	if code := s.cmd.ProcessState.ExitCode(); code != 0 {
		return 0, 0, fmt.Errorf("the walk ended with exit code %d", code)
	}
	ru, ok := s.cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, 0, fmt.Errorf("no resource usage for the walk")
	}
	// On Linux Maxrss is in KiB.
	return ru.Maxrss, took, nil
}

// walkSteps goes through each step: it waits for the step's header, pastes
// the sample token on the paste step, scrolls while more text is hidden and
// presses Enter until the next step shows.
func walkSteps(s *session) error {
	all := steps.All()
	for i, st := range all {
		header := fmt.Sprintf("Step %d of %d", i+1, len(all))
		if _, err := s.waitFor(header, 15*time.Second); err != nil {
			return err
		}
		if st.ID == steps.PasteToken {
			if err := s.send(paste); err != nil {
				return err
			}
		}
		next := "the program exits"
		if i+1 < len(all) {
			next = fmt.Sprintf("Step %d of %d", i+2, len(all))
		}
		if err := advance(s, next); err != nil {
			return fmt.Errorf("leave step %d (%s): %w", i+1, st.ID, err)
		}
	}
	return nil
}

// advance presses Page Down while the screen says more is below, else
// Enter, until next shows or the program exits.
func advance(s *session, next string) error {
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		screen := s.screen()
		if strings.Contains(screen, next) {
			return nil
		}
		key := keyEnter
		if strings.Contains(screen, moreBelow) {
			key = keyPgDown
		}
		if err := s.send(key); err != nil {
			return err
		}
		// Let the program answer before looking again.
		select {
		case <-s.exited:
			return nil
		case <-time.After(300 * time.Millisecond):
		}
	}
	return fmt.Errorf("%w waiting for %q", errTimeout, next)
}
