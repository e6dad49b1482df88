// Command ptybench measures programs in a pseudo-terminal for BENCHMARKS.md:
// the time until the first screen shows, and the peak memory of a whole
// practice-mode walk through the wizard.
//
//	ptybench first -runs 15 -want "TEXT" -- program args...
//	ptybench pair -runs 15 -a "prog args" -a-want "TEXT" -b "prog args" -b-want "TEXT"
//	ptybench walk -bin ./airtable-connect
//
// Each run gets a fresh home folder, no D-Bus session and no display.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: ptybench first|walk [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "first":
		err = runFirst(os.Args[2:])
	case "pair":
		err = runPair(os.Args[2:])
	case "walk":
		err = runWalk(os.Args[2:])
	default:
		err = fmt.Errorf("unknown mode %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ptybench:", err)
		os.Exit(1)
	}
}

// runFirst starts the program runs times and prints the median, lowest and
// highest time until want is on the screen.
func runFirst(args []string) error {
	fs := flag.NewFlagSet("first", flag.ContinueOnError)
	runs := fs.Int("runs", 15, "how many starts to measure")
	want := fs.String("want", "", "text whose appearance ends the measurement")
	name := fs.String("name", "", "label for the output line")
	if err := fs.Parse(args); err != nil {
		return err
	}
	argv := fs.Args()
	if *want == "" || len(argv) == 0 {
		return fmt.Errorf("first needs -want and a program")
	}
	if *name == "" {
		*name = filepath.Base(argv[0])
	}

	var times []time.Duration
	for range *runs {
		d, err := firstScreen(argv, *want)
		if err != nil {
			return err
		}
		times = append(times, d)
	}
	report(*name, times)
	return nil
}

// report prints the median, lowest and highest of times and returns the
// median.
func report(name string, times []time.Duration) time.Duration {
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	med := times[len(times)/2]
	fmt.Printf("first-screen %s: median %.1f ms, min %.1f ms, max %.1f ms (%d runs)\n",
		name, ms(med), ms(times[0]), ms(times[len(times)-1]), len(times))
	return med
}

// firstScreen runs argv once in a fresh home and returns the time from
// start until want shows.
func firstScreen(argv []string, want string) (time.Duration, error) {
	home, err := os.MkdirTemp("", "ptybench-home-")
	if err != nil {
		return 0, fmt.Errorf("make home: %w", err)
	}
	defer func() { _ = os.RemoveAll(home) }()
	env, err := freshEnv(home)
	if err != nil {
		return 0, err
	}

	s, err := start(argv, env, home, 80, 24)
	if err != nil {
		return 0, err
	}
	defer s.stop()
	at, err := s.waitFor(want, 20*time.Second)
	if err != nil {
		return 0, err
	}
	return at.Sub(s.started), nil
}

// freshEnv returns an environment with home as HOME and every per-user
// folder inside it, a plain PATH, no D-Bus session and no display.
func freshEnv(home string) ([]string, error) {
	env := []string{
		"HOME=" + home,
		"PATH=/usr/local/bin:/usr/bin:/bin",
		"TERM=xterm-256color",
		"LANG=C.UTF-8",
	}
	for _, d := range []string{
		"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
		"XDG_CACHE_HOME", "TMPDIR",
	} {
		dir := filepath.Join(home, d)
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("make %s: %w", d, err)
		}
		env = append(env, d+"="+dir)
	}
	return env, nil
}

// ms returns d in milliseconds.
func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
