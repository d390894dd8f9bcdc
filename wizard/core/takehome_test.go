package core_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain"
)

// takeHomeGuide is the tea journey with green tea chosen, its sheets
// written by a writer that keeps what it is given and fails with reason.
func takeHomeGuide(t *testing.T, reason string, written *[]core.Printout, opened *[]string) *core.Core {
	t.Helper()
	p := flow.Progress{Version: flow.ProgressVersion, Flow: "tea", Step: "leaves", Started: []string{"brew"},
		Choices: map[string]string{"kind": "green"}, Steps: []string{"kettle", "kind"}}
	opts := core.Options{Flow: fixture.Flow(), Text: fixture.Text(t, "da"), Progress: &p, Profile: "Åse",
		Save: func(flow.Progress) string { return "" }, OpenURL: func(u string) error { *opened = append(*opened, u); return nil }}
	fixture.TakingHome(reason)(&opts)
	write := opts.Write
	opts.Write = func(p core.Printout) (string, string) { *written = append(*written, p); return write(p) }
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// bodyText is the body of the frame, as words.
func bodyText(f core.Frame) string {
	var s []string
	for _, b := range f.Body {
		s = append(s, b.Text)
	}
	return strings.Join(s, " ")
}

// From the start screen, in the line mode too, the sheet is written with
// the member's answers deciding its texts, opened as a file, and where it
// is is told; the calendar opens nothing.
func TestTheSheetIsWrittenAndOpenedFromTheStartScreen(t *testing.T) {
	var written []core.Printout
	var opened []string
	c := takeHomeGuide(t, "", &written, &opened)
	tr := c.Text()
	var out strings.Builder
	if err := plain.Run(c, strings.NewReader("ark\n1\n2\n"), &out, nil); err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(out.String()), " ")
	path := "/home/åse/" + tr.T("takehome.sheet-file") + " Åse.html"
	for _, want := range []string{tr.T("takehome.title", map[string]any{"Profile": "Åse"}),
		tr.T("takehome.written-opened", map[string]any{"Path": path}),
		tr.T("takehome.written", map[string]any{"Path": "/home/åse/" + tr.T("takehome.calendar-file") + ".ics"})} {
		if !strings.Contains(flat, want) {
			t.Errorf("the line mode does not say %q:\n%s", want, out.String())
		}
	}
	if !slices.Equal(opened, []string{"file:///home/%C3%A5se/EU%20Login-ark%20%C3%85se.html"}) {
		t.Errorf("opened %q, want the sheet alone", opened)
	}
	if len(written) != 2 || written[0].Sheet == nil || written[1].Calendar == nil {
		t.Fatalf("written: %+v", written)
	}
	var sheetWords []string
	for _, sec := range written[0].Sheet.Sections {
		for _, b := range sec.Body {
			sheetWords = append(sheetWords, b.Text)
		}
	}
	if all := strings.Join(sheetWords, " "); !strings.Contains(all, tr.T("tea.sheet-green")) || !strings.Contains(all, tr.T("tea.title")) {
		t.Errorf("the sheet does not follow the journey and its answer: %s", all)
	}
}

// A sheet that cannot be written is told, in the member's words, and
// nothing is opened; the place stays, to try again or go back.
func TestASheetNotWrittenIsToldAndNothingOpened(t *testing.T) {
	var written []core.Printout
	var opened []string
	c := takeHomeGuide(t, "disk-full", &written, &opened)
	c.Do(core.TakeHome, 0)
	c.Do(core.Continue, 0)
	f := c.Frame()
	want := c.Text().T("takehome.failed-disk-full", map[string]any{"Path": "/home/åse/EU Login-ark Åse.html"})
	if f.Place != core.TakeHomeScreen || !strings.Contains(bodyText(f), want) || len(opened) > 0 {
		t.Errorf("at %v, opened %q, the body says:\n%s\nwant %q", f.Place, opened, bodyText(f), want)
	}
	c.Do(core.Back, 0)
	if f := c.Frame(); f.Place != core.HomeScreen {
		t.Errorf("Back from the sheets goes to %v", f.Place)
	}
}

// A rehearsal's journeys are practice: it has no sheet to take home.
func TestARehearsalHasNoSheet(t *testing.T) {
	var opened []string
	c := fixture.Place{Opts: fixture.Rehearsing(fixture.TakingHome(""))}.Open(t, "da", &opened)
	if _, ok := c.Frame().Offer(core.TakeHome); ok {
		t.Errorf("a rehearsal offers a sheet to take home")
	}
}
