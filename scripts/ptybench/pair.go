package main

import (
	"flag"
	"fmt"
	"strings"
	"time"
)

// runPair measures two programs' first screens in turns (a, b, a, b, ...)
// so both see the same load on the machine, and prints the medians and
// their ratio. It fails when a's median is more than -max-ratio of b's.
func runPair(args []string) error {
	fs := flag.NewFlagSet("pair", flag.ContinueOnError)
	runs := fs.Int("runs", 15, "how many starts of each program to measure")
	a := fs.String("a", "", "first program and its arguments, split at spaces")
	aWant := fs.String("a-want", "", "text that marks the first program's first screen")
	b := fs.String("b", "", "second program and its arguments, split at spaces")
	bWant := fs.String("b-want", "", "text that marks the second program's first screen")
	maxRatio := fs.Float64("max-ratio", 0, "fail when a's median over b's is above this")
	if err := fs.Parse(args); err != nil {
		return err
	}
	aArgv, bArgv := strings.Fields(*a), strings.Fields(*b)
	if len(aArgv) == 0 || len(bArgv) == 0 || *aWant == "" || *bWant == "" {
		return fmt.Errorf("pair needs -a, -a-want, -b and -b-want")
	}

	// One start of each that is not counted warms the file cache.
	for _, p := range []struct {
		argv []string
		want string
	}{{aArgv, *aWant}, {bArgv, *bWant}} {
		if _, err := firstScreen(p.argv, p.want); err != nil {
			return err
		}
	}
	var at, bt []time.Duration
	for range *runs {
		d, err := firstScreen(aArgv, *aWant)
		if err != nil {
			return err
		}
		at = append(at, d)
		if d, err = firstScreen(bArgv, *bWant); err != nil {
			return err
		}
		bt = append(bt, d)
	}

	am, bm := report(*a, at), report(*b, bt)
	ratio := float64(am) / float64(bm)
	fmt.Printf("first-screen ratio: %.2f\n", ratio)
	if *maxRatio > 0 && ratio > *maxRatio {
		return fmt.Errorf("first screen takes %.2f of the other's time, target %.2f at most",
			ratio, *maxRatio)
	}
	return nil
}
