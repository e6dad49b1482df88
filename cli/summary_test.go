package cli

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/airtable-connect/airtable-connect/airtable"
	"github.com/airtable-connect/airtable-connect/airtable/airtabletest"
	"github.com/airtable-connect/airtable-connect/store"
	"github.com/airtable-connect/airtable-connect/ui"
)

// finishedRun is a finished wizard run that saved the token for profile.
func finishedRun(profile string, loc store.Location, path string) ui.Result {
	return ui.Result{
		Profile: profile, Saved: true, Storage: loc, Path: path,
		Report: airtable.Report{
			Valid: true, UserID: "usrTESTTESTTEST01",
			Email: "ada@example.com", Bases: []airtable.BaseAccess{{
				ID: "appX", Name: "X",
				PermissionLevel: "create",
			}},
		},
	}
}

func TestSummaryAfterTheWizard(t *testing.T) {
	h := newHarness(t)
	tty := func(any) bool { return true }
	cases := []struct {
		name string
		args []string
		res  ui.Result
		want []string
		not  []string
	}{
		{
			"keyring",
			[]string{"--profile", "work"},
			finishedRun("work", store.LocationKeyring, ""),
			[]string{
				`"work"`, "ada@example.com", "system keyring",
				"airtable-connect token --profile work", "link the account in the hub",
			},
			[]string{"practice"},
		},
		{
			"file",
			[]string{"--profile", "ci", "--hub-url", "https://hub.example.com/x"},
			finishedRun("ci", store.LocationFile, "/home/ada/.config/airtable-connect/ci"),
			[]string{
				"the file /home/ada/.config/airtable-connect/ci",
				"https://hub.example.com/x", "token --profile ci",
			},
			nil,
		},
		{
			"presenter",
			[]string{"--presenter"},
			finishedRun("default", store.LocationKeyring, ""),
			nil,
			[]string{"ada@example.com"},
		},
		{
			"demo",
			[]string{"--demo"},
			finishedRun("default", store.LocationKeyring, ""),
			[]string{"Practice run", "Nothing real was saved"},
			[]string{"system keyring", "token --profile"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := &wizardRun{do: func(context.Context, ui.Config) (ui.Result, error) {
				return c.res, nil
			}}
			r := h.runWizardCmd(w, tty, c.args...)
			if r.code != 0 {
				t.Fatalf("exit %d, stderr %q", r.code, r.err)
			}
			flat := strings.Join(strings.Fields(r.out), " ") // rows joined again
			for _, s := range c.want {
				if !strings.Contains(flat, s) {
					t.Errorf("summary %q lacks %q", r.out, s)
				}
			}
			for _, s := range c.not {
				if strings.Contains(r.out, s) {
					t.Errorf("summary %q holds %q", r.out, s)
				}
			}
			r.mustNotContain(t, airtabletest.SamplePAT)
		})
	}
}

func TestNoSummaryWhenNothingWasSaved(t *testing.T) {
	h := newHarness(t)
	w := &wizardRun{do: func(context.Context, ui.Config) (ui.Result, error) {
		return ui.Result{Report: airtable.Report{Outcome: airtable.OutcomeMissing}}, nil
	}}
	r := h.runWizardCmd(w, func(any) bool { return true })
	if r.code != ExitMissing || r.out != "" ||
		!strings.HasPrefix(r.err, "Nothing was saved. Add the missing scope") ||
		strings.Count(r.err, "\n") != 1 {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.out, r.err)
	}
}

func TestSummaryWrapsAtWordsAndMarksLowBases(t *testing.T) {
	res := finishedRun("work", store.LocationFile,
		"/home/ada/.config/airtable-connect/work")
	res.Report.Bases = append(res.Report.Bases, airtable.BaseAccess{
		ID: "appY", Name: "Content Calendar", PermissionLevel: "edit",
	})
	opts := connectOptions{profile: "work", hubURL: "https://hub.example.com/x"}
	lines := summaryLines(opts, res)
	text := strings.Join(lines, "\n")
	if !strings.Contains(text, "Content Calendar (edit: below Owner or Creator)") ||
		strings.Contains(text, "X (") {
		t.Errorf("bases not marked as they should be:\n%s", text)
	}
	words := strings.Fields(text)
	for _, width := range []int{40, 80} {
		var b strings.Builder
		writeWrapped(&b, width, lines)
		for _, row := range strings.Split(strings.TrimSpace(b.String()), "\n") {
			if ansi.StringWidth(row) > width {
				t.Errorf("width %d: row %q too wide", width, row)
			}
			for _, f := range strings.Fields(row) {
				if !slices.Contains(words, f) && len(f) < width {
					t.Errorf("width %d: a word was cut: %q", width, f)
				}
			}
		}
	}
}

func TestSummaryAfterLinkingSaysNoMoreToDo(t *testing.T) {
	res := finishedRun("work", store.LocationKeyring, "")
	res.Linked = true
	got := strings.Join(summaryLines(connectOptions{hubURL: "https://hub.example.com"}, res), "\n")
	if strings.Contains(got, "Next: link") || !strings.Contains(got, "You linked the account") {
		t.Errorf("summary after linking:\n%s", got)
	}
	res.Linked = false
	got = strings.Join(summaryLines(connectOptions{}, res), "\n")
	if !strings.Contains(got, "Next: link the account in the hub.") {
		t.Errorf("summary before linking:\n%s", got)
	}
}
