package cli

import (
	"fmt"
	"runtime/debug"
)

// Build names the binary that is running. main fills it from -ldflags; any
// field left empty is taken from the module's build information, which is
// what builds made with go install carry.
type Build struct {
	// Version is the release, such as "v1.2.0".
	Version string
	// Commit is the full commit hash the binary was built from.
	Commit string
	// Date is when the binary was built, in RFC 3339.
	Date string
}

// resolved fills empty fields from debug.ReadBuildInfo and placeholders.
func (b Build) resolved() Build {
	info, ok := debug.ReadBuildInfo()
	if ok {
		if b.Version == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			b.Version = info.Main.Version
		}
		for _, s := range info.Settings {
			switch {
			case s.Key == "vcs.revision" && b.Commit == "":
				b.Commit = s.Value
			case s.Key == "vcs.time" && b.Date == "":
				b.Date = s.Value
			}
		}
	}
	if b.Version == "" {
		b.Version = "dev"
	}
	if b.Commit == "" {
		b.Commit = "unknown"
	}
	if b.Date == "" {
		b.Date = "unknown"
	}
	return b
}

// line is the one-line form printed by --version.
func (b Build) line() string {
	return fmt.Sprintf("%s (commit %s, built %s)", b.Version, shortCommit(b.Commit), b.Date)
}

func shortCommit(c string) string {
	if len(c) > 12 {
		return c[:12]
	}
	return c
}
