package content_test

import (
	"errors"
	"testing"
	"testing/fstest"

	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// A sheet names parts the engine can fill in, official addresses by their
// names and choices the journeys have; else the loader says what, where.
func TestASheetIsHeldToTheJourneysAndAddresses(t *testing.T) {
	flows := []*flow.Flow{fixture.Flow(), fixture.Coffee()}
	sheet := func(section string) fstest.MapFS {
		return fstest.MapFS{content.SheetFile: {Data: []byte("[member]\ntitle = \"tea.sheet-title\"\n[[member.sections]]\ntitle = \"tea.sheet-done\"\n" + section)}}
	}
	member, _, err := fixture.Loader.Sheets(sheet(`links = [{ address = "kettle", scan = "tea.sheet-kettle", when = "kind=green" }]`), flows)
	if err != nil || len(member.Sections[0].Links) != 1 || member.Sections[0].Links[0].URL != fixture.KettleURL {
		t.Fatalf("a good sheet is read as %+v (%v)", member, err)
	}
	for _, c := range []struct{ section, problem, detail string }{
		{`fill = "all"`, "sheet-fill", "all"},
		{`links = [{ address = "elsewhere", scan = "tea.sheet-kettle" }]`, "address", "elsewhere"},
		{`body = [{ text = "tea.sheet-green", when = "kind=white" }]`, "condition", "kind=white"},
		{`colour = "red"`, "unknown-key", "member.sections.colour"},
	} {
		_, _, err := fixture.Loader.Sheets(sheet(c.section), flows)
		var ce *content.Error
		if !errors.As(err, &ce) || ce.File != content.SheetFile || ce.Problem != c.problem || ce.Detail != c.detail {
			t.Errorf("%s: %v, want %s %q in %s", c.section, err, c.problem, c.detail, content.SheetFile)
		}
	}
}
