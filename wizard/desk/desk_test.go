package desk

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// journeys are the tea and the coffee journey, as the guide's first
// question offers them.
func journeys() []*flow.Flow { return []*flow.Flow{fixture.Flow(), fixture.Coffee()} }

// start is a guide's start: the tea journey, neither a journey nor a step
// asked for.
func start(t *testing.T) core.Options {
	return core.Options{Flow: fixture.Flow(), Text: fixture.Text(t, "da"), Ask: true}
}

// deskIn is a desk of the members in dir, closed when the test ends.
func deskIn(t *testing.T, dir string) *Desk {
	d := New(dir, journeys())
	t.Cleanup(d.Close)
	return d
}

// open opens the member's core, failing the test if it cannot.
func open(t *testing.T, d *Desk, name string, opts core.Options) *core.Core {
	t.Helper()
	c, err := d.Open(name, opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// shown is every word of the frame: its screen, its notices and whether
// it can save.
func shown(c *core.Core) string {
	f := c.Frame()
	var words []string
	for _, b := range append(append(append(f.Top, f.Body...), f.Notice...), f.SaveProblem...) {
		words = append(words, b.Text)
	}
	return strings.Join(words, "\n")
}

// says fails the test unless the frame says the message.
func says(t *testing.T, c *core.Core, id string, data ...text.Data) {
	t.Helper()
	if want := c.Text().T(id, data...); !strings.Contains(shown(c), want) {
		t.Fatalf("the frame does not say %q:\n%s", want, shown(c))
	}
}

// saysNot fails the test if the frame says the message.
func saysNot(t *testing.T, c *core.Core, id string, data ...text.Data) {
	t.Helper()
	if want := c.Text().T(id, data...); strings.Contains(shown(c), want) {
		t.Fatalf("the frame says %q:\n%s", want, shown(c))
	}
}

// toCoffee answers the first question with the coffee journey and starts
// it: the member is at its first step, saved.
func toCoffee(c *core.Core) {
	c.Do(core.Select, 1)
	c.Do(core.Continue, 0)
	c.Do(core.Continue, 0)
}

// onCoffee opens the member's core and goes to the coffee journey's first
// step.
func onCoffee(t *testing.T, d *Desk, name string) *core.Core {
	t.Helper()
	c := open(t, d, name, start(t))
	toCoffee(c)
	return c
}

// kept is what the folder keeps of the member.
func kept(t *testing.T, dir, name string) (store.Profile, bool) {
	t.Helper()
	pr, found, err := store.Store{Dir: dir}.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	return pr, found
}

// A member comes back, in another run of the guide, to the journey they
// were on, welcomed back; a member new to the guide is asked where they
// stand.
func TestAMemberGoesOnWithTheJourneyTheyWereOn(t *testing.T) {
	dir := t.TempDir()
	first := New(dir, journeys())
	onCoffee(t, first, "Åse")
	first.Close()

	again := deskIn(t, dir)
	c := open(t, again, "Åse", start(t))
	if f := c.Frame(); f.Place != core.HomeScreen {
		t.Fatalf("Åse is not on her start screen: place %d", f.Place)
	}
	says(t, c, "home.welcome")
	says(t, c, "coffee.pour")
	says(t, c, "app.profile", text.Data{"Profile": "Åse"})
	if f := open(t, again, "Bent", start(t)).Frame(); f.Place != core.SituationScreen {
		t.Fatalf("Bent, new to the guide, is not asked where he stands: place %d", f.Place)
	}
}

// Switching members keeps them apart: each core saves its own member,
// also the one opened before the switch.
func TestSwitchingMembersKeepsThemApart(t *testing.T) {
	dir := t.TempDir()
	d := deskIn(t, dir)
	aase := onCoffee(t, d, "Åse")
	bent := open(t, d, "Bent", start(t))
	bent.Do(core.Continue, 0) // tea
	bent.Do(core.Continue, 0)
	aase.Do(core.Continue, 0) // Åse's core, opened before the switch, goes on
	for name, want := range map[string]string{"Åse": "beans", "Bent": "kettle"} {
		pr, _ := kept(t, dir, name)
		if got := pr.Journeys[pr.Current].Step; got != want {
			t.Errorf("%s is kept at %q, want %q", name, got, want)
		}
	}
	saysNot(t, aase, "save.elsewhere")
}

// setAside opens the default member kept as file, and checks that the
// file is set aside, once, and told.
func setAside(t *testing.T, file string) (*core.Core, string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "standard.json"), []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	c := open(t, deskIn(t, dir), store.DefaultProfile, start(t))
	aside, _ := filepath.Glob(filepath.Join(dir, "standard.json.damaged-*"))
	if len(aside) != 1 {
		t.Fatalf("set aside: %q", aside)
	}
	says(t, c, "save.damaged", text.Data{"Path": aside[0]})
	return c, dir
}

// Saved progress of one journey that no longer fits the guide (its step
// renamed by an update) is set aside and told; the member's other journey
// is kept, and saved on as before.
func TestProgressThatDoesNotFitIsSetAside(t *testing.T) {
	c, dir := setAside(t, `{"version":2,"current":"tea","journeys":{
	 "tea":{"version":1,"flow":"tea","step":"a-step-renamed","stages_started":["brew"]},
	 "coffee":{"version":1,"flow":"coffee","step":"cup","stages_started":["pour"]}}}`)
	c.Do(core.Continue, 0) // tea, fresh
	pr, _ := kept(t, dir, store.DefaultProfile)
	if pr.Journeys["tea"].Step != "kettle" || pr.Journeys["coffee"].Step != "cup" {
		t.Fatalf("the file holds %+v", pr.Journeys)
	}
	saysNot(t, c, "save.elsewhere")
}

// A file that cannot be read at all is set aside, and told.
func TestADamagedFileIsSetAsideAndTold(t *testing.T) {
	c, _ := setAside(t, `{"version": 2, "cur`)
	if f := c.Frame(); f.Place != core.SituationScreen {
		t.Fatalf("the member, starting afresh, is not asked where they stand: place %d", f.Place)
	}
}

// Two guides on one member and one journey: the one that moves second
// saves nothing over the first one's progress, and says so.
func TestTwoGuidesOnOneMemberDoNotSaveOverEachOther(t *testing.T) {
	dir := t.TempDir()
	first, second := deskIn(t, dir), deskIn(t, dir)
	a, b := open(t, first, "Åse", start(t)), open(t, second, "Åse", start(t)) // both read the same
	toCoffee(a)
	toCoffee(b)
	says(t, b, "save.elsewhere")
	saysNot(t, a, "save.elsewhere")
	a.Do(core.Continue, 0)
	if pr, _ := kept(t, dir, "Åse"); pr.Journeys["coffee"].Step != "beans" {
		t.Fatalf("the first guide's progress was lost: %+v", pr.Journeys)
	}
}

// A member deleted stays deleted: their core, still open, saves nothing
// more and says that it cannot; opened again they start afresh, and are
// not told the names of others.
func TestADeletedMemberIsNotSavedAgain(t *testing.T) {
	dir := t.TempDir()
	d := deskIn(t, dir)
	c := onCoffee(t, d, "Åse")
	open(t, d, "Åsa", start(t)).Do(core.Continue, 0)
	if err := d.Delete("Åse"); err != nil {
		t.Fatal(err)
	}
	c.Do(core.Continue, 0)
	if _, found := kept(t, dir, "Åse"); found {
		t.Fatal("the member deleted was saved again")
	}
	says(t, c, "save.failed")
	again := open(t, d, "Åse", start(t))
	if f := again.Frame(); f.Place != core.SituationScreen {
		t.Fatalf("opened again, the member does not start afresh: place %d", f.Place)
	}
	saysNot(t, again, "save.other-profiles", text.Data{"Profile": "Åse", "Profiles": "Åsa"})
}

// A member new to the guide is told the saved names closest to theirs,
// after the notices the guide has of its own.
func TestANewMemberIsToldTheClosestNames(t *testing.T) {
	dir := t.TempDir()
	d := deskIn(t, dir)
	open(t, d, "Åse", start(t)).Do(core.Continue, 0)
	opts := start(t)
	opts.Notices = []core.Notice{{ID: "save.nothing-to-reset", Data: text.Data{"Profile": "åse"}}}
	c := open(t, d, "åse", opts)
	says(t, c, "save.nothing-to-reset", text.Data{"Profile": "åse"})
	says(t, c, "save.other-profiles", text.Data{"Profile": "åse", "Profiles": "Åse"})
	if all := shown(c); strings.Index(all, c.Text().T("save.nothing-to-reset", text.Data{"Profile": "åse"})) >
		strings.Index(all, c.Text().T("save.other-profiles", text.Data{"Profile": "åse", "Profiles": "Åse"})) {
		t.Fatalf("the guide's own notice is not first:\n%s", all)
	}
}

// A rehearsal reads nothing and saves nothing: the member starts afresh,
// and the folder stays as it was, even a temporary file a killed save left.
func TestARehearsalReadsAndSavesNothing(t *testing.T) {
	dir := t.TempDir()
	d := New(dir, journeys())
	onCoffee(t, d, "Åse")
	d.Close()
	left := filepath.Join(dir, "_00c5se.json.tmp-1")
	if err := os.WriteFile(left, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	long := time.Now().Add(-time.Hour)
	if err := os.Chtimes(left, long, long); err != nil {
		t.Fatal(err)
	}
	before := folder(t, dir)
	rehearsal := New(dir, journeys())
	opts := start(t)
	opts.Mode = core.Rehearsal
	c := open(t, rehearsal, "Åse", opts)
	if f := c.Frame(); f.Place != core.SituationScreen {
		t.Fatalf("a rehearsal took up the saved progress: place %d", f.Place)
	}
	toCoffee(c)
	rehearsal.Close()
	if after := folder(t, dir); after != before {
		t.Fatalf("a rehearsal changed the folder:\n%s\nwas\n%s", after, before)
	}
	real := New(dir, journeys())
	open(t, real, "Bent", start(t))
	real.Close()
	if _, err := os.Lstat(left); err == nil {
		t.Fatal("a real start left the temporary file of a killed save, an hour old")
	}
}

// folder is the names, sizes and times of the files in dir.
func folder(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, fmt.Sprint(e.Name(), " ", info.Size(), " ", info.ModTime().UnixNano()))
	}
	return strings.Join(lines, "\n")
}

// Without a folder to keep members in, the guide runs and says it cannot
// save; a member cannot be looked up or deleted.
func TestWithoutAFolderNothingIsSaved(t *testing.T) {
	d := deskIn(t, "")
	c := open(t, d, "Åse", start(t))
	if n := strings.Count(shown(c), c.Text().T("save.failed")); n != 1 {
		t.Fatalf("the guide says %d times that it cannot save, want once:\n%s", n, shown(c))
	}
	toCoffee(c)
	says(t, c, "save.failed")
	if _, err := d.Has("Åse"); err == nil {
		t.Error("Has without a folder gives no error")
	}
	if err := d.Delete("Åse"); err == nil {
		t.Error("Delete without a folder gives no error")
	}
}
