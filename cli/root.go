// Package cli is the airtable-connect command line: the wizard (connect,
// which runs when no command is given) and the commands around it. Run is
// the whole program with its streams and environment passed in; Execute
// runs it on the process's own.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/store"
)

// Execute runs the command line on the process's arguments, streams and
// environment, and returns the exit code for os.Exit. SIGINT, SIGTERM and
// SIGHUP cancel the command's context.
func Execute(ctx context.Context, build Build) int {
	return Run(ctx, build, os.Args[1:], Env{})
}

// Run runs the command line with args (without the program name) and env,
// and returns the exit code. It never calls os.Exit. Any argument that
// looks like a token is refused before anything else happens. A panic in
// a command is reported, with no token in the report, as exit 1.
func Run(ctx context.Context, build Build, args []string, env Env) (code int) {
	env = env.withDefaults()
	build = build.resolved()
	airtable.Version = build.Version
	defer func() {
		if r := recover(); r != nil {
			writePanicReport(env.Err, r, nil, []string{env.getenv("AIRTABLE_TOKEN")})
			code = ExitFailure
		}
	}()

	if err := refuseTokenArgs(args); err != nil {
		reportError(env.Err, err)
		return exitCode(err)
	}

	ctx, stop := notifySignals(ctx)
	defer stop()
	root := newRootCmd(env, build)
	var kept error
	keepOutcomes(root, &kept)
	root.SetArgs(args)
	root.SetIn(env.In)
	root.SetOut(env.Out)
	root.SetErr(env.Err)
	err := fang.Execute(ctx, root,
		fang.WithVersion(build.line()),
		fang.WithErrorHandler(errorHandler),
	)
	if err == nil && kept != nil {
		err = kept
		printOutcome(env.Err, err)
	}
	return exitCode(err)
}

// newRootCmd builds the command tree. The root command is the wizard.
func newRootCmd(env Env, build Build) *cobra.Command {
	root := newConnectCmd(env)
	root.Use = "airtable-connect"
	// The man page puts Short in its header between the page names, where a
	// long one runs over them; keep it short.
	root.Short = "Set up an Airtable access token"
	root.Long = "airtable-connect walks you through creating an Airtable personal " +
		"access token in the Builder Hub, checks it live against Airtable, and saves " +
		"it in your system keyring. With no command it starts the wizard.\n\n" +
		exitCodesHelp + "\n\n" + environmentHelp + "\n\n" + filesHelp
	root.Example = "  airtable-connect\n" +
		"  airtable-connect --demo\n" +
		"  airtable-connect verify --json < token.txt\n" +
		"  airtable-connect token --profile work"
	root.SetFlagErrorFunc(flagError)

	root.AddCommand(
		newConnectCmd(env),
		newVerifyCmd(env),
		newStatusCmd(env, build),
		newTokenCmd(env),
		newLogoutCmd(env),
		newListCmd(env),
		newScopesCmd(env),
		newVersionCmd(env, build),
		newGuideCmd(env),
	)
	for _, c := range root.Commands() {
		c.SetFlagErrorFunc(flagError)
	}
	completeProfiles(root, env)
	return root
}

// completeProfiles makes --profile complete the saved profile names, and
// nothing else, on cmd and every command below it that takes the flag.
func completeProfiles(cmd *cobra.Command, env Env) {
	if cmd.Flags().Lookup("profile") != nil {
		// Only a second registration for the same command can fail, and
		// each command is visited once.
		_ = cmd.RegisterFlagCompletionFunc("profile", profileNames(env))
	}
	for _, sub := range cmd.Commands() {
		completeProfiles(sub, env)
	}
}

// profileNames lists the saved profiles that start with what was typed. It
// reads the profiles file only, never the keyring, and prints no warning
// into the shell's completion.
func profileNames(env Env) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, typed string) ([]string, cobra.ShellCompDirective) {
		st := store.New(store.Options{Dir: env.ConfigDir, Keyring: env.Keyring})
		profiles, _ := st.Profiles()
		var names []string
		for _, p := range profiles {
			if strings.HasPrefix(p.Name, typed) {
				names = append(names, p.Name)
			}
		}
		return names, cobra.ShellCompDirectiveNoFileComp
	}
}

// environmentHelp lists the environment variables the program reads. It is
// part of the root command's help, which is also the man page's
// description, so each line stands alone, stays short (the man page fills
// no line into the next) and holds no per cent sign (its writer takes the
// text as a format).
const environmentHelp = `Environment:
  AIRTABLE_TOKEN    a token for verify or connect --with-token
  AIRTABLE_API_URL  an API address to use instead of Airtable's
  HTTPS_PROXY       the proxy for requests to Airtable
  NO_PROXY          hosts to reach without the proxy
  NO_COLOR          any value turns colour off
  ACCESSIBLE        1 gives plain prompts for screen readers`

// filesHelp says where the program keeps what it saves, under the same
// constraints as environmentHelp.
const filesHelp = `Files:
  ~/.config/airtable-connect/profiles.json  profiles, never a token
  ~/.config/airtable-connect/tokens/NAME    token file of profile NAME
  ~/.local/state/airtable-connect           progress of the wizard
  ~/.config is $XDG_CONFIG_HOME when that is set.
  macOS uses ~/Library/Application Support, Windows the AppData folder.
  ~/.local/state is $XDG_STATE_HOME when that is set.
  A token file exists only for a profile saved with --insecure-storage.
  The system keyring keeps each token under service airtable-connect.`

// flagError marks cobra's flag parsing errors as usage errors.
func flagError(_ *cobra.Command, err error) error {
	return &usageError{err: err}
}

// noArgs is cobra.NoArgs with its error marked as a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if err := cobra.NoArgs(cmd, args); err != nil {
		return &usageError{err: err}
	}
	return nil
}

// isCobraUsage recognises cobra's own usage errors, which carry no type.
func isCobraUsage(err error) bool {
	s := err.Error()
	for _, p := range []string{
		"unknown command", "unknown flag", "unknown shorthand flag",
		"flag needs an argument", "invalid argument", "accepts ", "requires ",
	} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// errorHandler is what fang calls for an error that reaches it; tests
// replace it to see which errors take that path.
var errorHandler fang.ErrorHandler = handleError

// handleError prints a command's error: our own messages as one plain line,
// cancellation as one short line, everything else in fang's style.
func handleError(w io.Writer, styles fang.Styles, err error) {
	var ee *ExitError
	switch {
	case errors.As(err, &ee):
		reportError(w, err)
	case interrupted(err):
		fmt.Fprintln(w, "Cancelled.")
	default:
		fang.DefaultErrorHandler(w, styles, err)
	}
}

// reportError prints an ExitError's message, if it has one.
func reportError(w io.Writer, err error) {
	var ee *ExitError
	if errors.As(err, &ee) && ee.Message != "" {
		fmt.Fprintln(w, ee.Message)
	}
}
