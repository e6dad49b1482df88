package cli

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"
)

// newVersionCmd builds version: what --version prints, with more detail.
func newVersionCmd(env Env, build Build) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, commit and build date",
		Args:  noArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(env.Out, "airtable-connect %s\ncommit  %s\nbuilt   %s\n"+
				"go      %s %s/%s\n", build.Version, build.Commit, build.Date,
				runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return err
		},
	}
}
