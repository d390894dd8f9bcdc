package desk

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
)

// The days of the overview's tests: the files are changed today (the
// store's own clock), the overview looks five days on.
var (
	today   = time.Now()
	fiveOn  = today.AddDate(0, 0, 5)
	fourOn  = today.AddDate(0, 0, 4)
	clockAt = func(t time.Time) func() time.Time { return func() time.Time { return t } }
)

// ordered makes a member who ordered the tea on the day: the tea
// journey's reminder waits three days from it.
func ordered(t *testing.T, d *Desk, name string, day time.Time) {
	t.Helper()
	opts := start(t)
	opts.Flow, opts.StartAt, opts.Now = d.journeys[0], "order", clockAt(day)
	c := open(t, d, name, opts)
	fixture.TypeInto(c, "Åse", "2", "no", "abcd", "abcd", "Irma")
	c.Do(core.Continue, 0)
}

// threeMembers are Åse (ordered five days ago: late), Bent (on coffee,
// changed five days ago) and Dorte (ordered a day ago: waiting).
func threeMembers(t *testing.T, dir string) *Desk {
	d := New(dir, withReminder())
	t.Cleanup(d.Close)
	d.journeys[0].Reminders[0].Waiting, d.journeys[0].Reminders[0].Late = "tea.ordered", "tea.ordered"
	ordered(t, d, "Åse", today)
	onCoffee(t, d, "Bent")
	ordered(t, d, "Dorte", fourOn)
	return d
}

// overview opens the overview as --overview does, on the clock given.
func overview(t *testing.T, d *Desk, speaking bool) *core.Core {
	t.Helper()
	opts := start(t)
	opts.Now, opts.OpenOverview, opts.Speaking = clockAt(fiveOn), true, speaking
	c := open(t, d, store.DefaultProfile, opts)
	if c.Frame().Place != core.OverviewScreen {
		t.Fatalf("--overview shows %v:\n%s", c.Frame().Place, shown(c))
	}
	return c
}

// rows are the overview's answers, in order.
func rows(c *core.Core) []string {
	var out []string
	for _, b := range c.Frame().Body {
		if b.Kind == core.Choice {
			out = append(out, b.Text)
		}
	}
	return out
}

// names are the names the rows begin with.
func names(rows []string) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i], _, _ = strings.Cut(r, " ")
		out[i] = strings.TrimSuffix(out[i], ":")
	}
	return out
}

// The overview lists first the member whose wait is too long, then the
// rest by how long they have waited, with how many there are and how
// many to see to, in both front-ends' words.
func TestTheOverviewListsThoseToSeeToFirst(t *testing.T) {
	d := threeMembers(t, t.TempDir())
	for _, speaking := range []bool{false, true} {
		c := overview(t, d, speaking)
		got := rows(c)
		if want := []string{"Åse", "Bent", "Dorte"}; !slices.Equal(names(got), want) {
			t.Fatalf("speaking %v: rows %q, want %v first", speaking, got, want)
		}
		says(t, c, "overview.count", fixtureData(3))
		says(t, c, "overview.late-count", fixtureData(1))
		if want := c.Text().T("overview.days", fixtureData(5)); !strings.Contains(got[0], want) || !strings.Contains(got[1], want) {
			t.Errorf("speaking %v: Åse and Bent have not waited %q: %q", speaking, want, got)
		}
		if want := c.Text().T("overview.days", fixtureData(1)); !strings.HasSuffix(strings.TrimSuffix(got[2], "."), want) {
			t.Errorf("speaking %v: Dorte has not waited %q: %q", speaking, want, got[2])
		}
		if strings.Contains(got[0], "·") == speaking {
			t.Errorf("speaking %v: a row says %q", speaking, got[0])
		}
	}
}

// One member is one row; a thousand are counted, and a line mode says
// the first few of them until a name is typed.
func TestTheOverviewOfOneAndOfAThousand(t *testing.T) {
	dir := t.TempDir()
	d := New(dir, withReminder())
	t.Cleanup(d.Close)
	ordered(t, d, "Åse", today)
	if got := rows(overview(t, d, false)); len(got) != 1 || names(got)[0] != "Åse" {
		t.Fatalf("one member: rows %q", got)
	}
	pr, _ := kept(t, dir, "Åse")
	s := store.Store{Dir: dir}
	for i := range 999 {
		if err := s.Save(fmt.Sprintf("Medlem %03d", i), pr.Journeys["tea"]); err != nil {
			t.Fatal(err)
		}
	}
	c := overview(t, d, false)
	says(t, c, "overview.count", fixtureData(1000))
	if got := rows(c); len(got) != 20 {
		t.Fatalf("a thousand members: %d rows listed, want 20", len(got))
	}
	for range 25 { // the arrow moves the rows listed on
		c.Do(core.Move, 1)
	}
	f := c.Frame()
	if got := rows(c); len(got) != 20 || f.Selected != 19 || !strings.HasPrefix(got[19], "Medlem 025 ") {
		t.Fatalf("25 rows down: row %d highlighted of %q", f.Selected, got)
	}
	says(t, c, "overview.more", fixtureData(974))
	heard := overview(t, d, true)
	if got := rows(heard); len(got) != 20 {
		t.Fatalf("a line mode says %d rows, want 20", len(got))
	}
	says(t, heard, "overview.more", fixtureData(980))
	heard.Edit(0, "medlem 99")
	if got := rows(heard); len(got) != 10 { // "Medlem 990" to "998", and a new member
		t.Fatalf("typed \"medlem 99\": %d rows %q", len(got), got)
	}
	// A letter taken back finds among all again, not among those the
	// longer name found.
	heard.Edit(0, "medlem 998")
	heard.Edit(0, "medlem 9")
	says(t, heard, "overview.found", map[string]any{"Count": 99, "All": 1000}) // "Medlem 900" to "998"
}

func fixtureData(n int) map[string]any { return map[string]any{"Count": n} }

// Typing narrows the list to the names that hold what is typed; a name
// near a saved one is asked about before it becomes a new member.
func TestTheOverviewFindsANameAndAsksOfANearOne(t *testing.T) {
	d := threeMembers(t, t.TempDir())
	c := overview(t, d, false)
	c.Edit(0, "do")
	if got := names(rows(c)); !slices.Equal(got, []string{"Dorte", "Lav"}) {
		t.Fatalf("typed \"do\": rows %q", rows(c))
	}
	c.Edit(0, "Dorthe")
	got := rows(c)
	c.Do(core.Choose, len(got)-1)
	if f := c.Frame(); f.Place != core.ConfirmScreen {
		t.Fatalf("a new Dorthe beside Dorte is not asked about:\n%s", shown(c))
	}
	says(t, c, "overview.near-title")
	if !strings.Contains(shown(c), "Dorte") {
		t.Fatalf("the question does not name Dorte:\n%s", shown(c))
	}
	c.Do(core.Choose, 1)
	if ch, ok := c.Change(); !ok || ch.Member != "Dorthe" {
		t.Fatalf("yes to a new Dorthe: change %+v, %v", ch, ok)
	}
	c = overview(t, d, false)
	c.Edit(0, "Karen")
	c.Do(core.Choose, 0)
	if ch, ok := c.Change(); !ok || ch.Member != "Karen" {
		t.Fatalf("a new Karen, near no one: change %+v, %v", ch, ok)
	}
}

// Opening a member goes on with them; deleting one, after the question,
// deletes them alone: every other member's file is as it was, byte for
// byte.
func TestOpeningAndDeletingFromTheOverviewKeepTheOthers(t *testing.T) {
	dir := t.TempDir()
	d := threeMembers(t, dir)
	before := files(t, dir)
	c := overview(t, d, false)
	c.Do(core.Choose, 1) // Bent
	c.Do(core.Choose, 0) // go on with him
	ch, ok := c.Change()
	if !ok || ch.Member != "Bent" || ch.Delete {
		t.Fatalf("opening Bent: change %+v, %v", ch, ok)
	}
	bent := open(t, d, "Bent", start(t))
	says(t, bent, "app.profile", map[string]any{"Profile": "Bent"})
	c = overview(t, d, false)
	c.Do(core.Choose, 2) // Dorte
	c.Do(core.Choose, 1) // delete
	says(t, c, "settings.delete-title", map[string]any{"Profile": "Dorte"})
	c.Do(core.Choose, 1) // yes
	ch, ok = c.Change()
	if !ok || ch.Member != "Dorte" || !ch.Delete || !ch.Overview {
		t.Fatalf("deleting Dorte: change %+v, %v", ch, ok)
	}
	if err := d.Delete(ch.Member); err != nil {
		t.Fatal(err)
	}
	after := files(t, dir)
	for name, data := range before {
		if name == "Dorte" {
			if _, ok := after[name]; ok {
				t.Error("Dorte's file is still there")
			}
		} else if !bytes.Equal(after[name], data) {
			t.Errorf("%s's file changed", name)
		}
	}
	if got := names(rows(overview(t, d, false))); !slices.Equal(got, []string{"Åse", "Bent"}) {
		t.Fatalf("after deleting Dorte: rows %v", got)
	}
}

// files are the members' files in dir, by member.
func files(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, name := range []string{"Åse", "Bent", "Dorte"} {
		matches, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, m := range matches {
			if pr, found := kept(t, dir, name); found && pr.Current != "" && strings.Contains(m, escaped(name)) {
				data, err := os.ReadFile(m)
				if err != nil {
					t.Fatal(err)
				}
				out[name] = data
			}
		}
	}
	return out
}

// escaped is the part of a member's file name made of their name.
func escaped(name string) string {
	if name == "Åse" {
		return "_00c5se"
	}
	return name
}

// The first question offers the overview where there is someone else to
// see: other members saved, or a helper helping; one person alone at home
// is not shown it (the settings and --overview still have it).
func TestTheFirstQuestionOffersTheOverviewWhereThereAreOthers(t *testing.T) {
	d := threeMembers(t, t.TempDir())
	for _, tc := range []struct {
		name    string
		others  []string
		helper  bool
		offered bool
	}{{"alone", nil, false, false}, {"others saved", []string{"Bent"}, false, true}, {"a helper", nil, true, true}} {
		t.Run(tc.name, func(t *testing.T) {
			opts := start(t)
			opts.Members, opts.Helper = tc.others, tc.helper
			c := open(t, d, store.DefaultProfile, opts)
			if c.Frame().Place != core.SituationScreen {
				t.Fatalf("the guide starts on %v:\n%s", c.Frame().Place, shown(c))
			}
			if tc.offered {
				says(t, c, "overview.open")
			} else {
				saysNot(t, c, "overview.open")
			}
		})
	}
}

// The member kept when no name was given is listed in words ("Uden
// navn"), not by the program's own word for the file, and a volunteer
// finds and opens them by those words.
func TestTheUnnamedMemberIsListedInWords(t *testing.T) {
	d := threeMembers(t, t.TempDir())
	onCoffee(t, d, store.DefaultProfile)
	c := overview(t, d, false)
	unnamed := c.Text().T("overview.default-name")
	if listed := names(rows(c)); !slices.Contains(listed, strings.Fields(unnamed)[0]) || slices.Contains(listed, store.DefaultProfile) {
		t.Fatalf("the member with no name is listed as %q:\n%s", listed, shown(c))
	}
	c.Edit(0, strings.ToLower(unnamed))
	if got := rows(c); len(got) == 0 || !strings.HasPrefix(got[0], unnamed) {
		t.Fatalf("typed %q: rows %q", strings.ToLower(unnamed), got)
	}
	if r := c.Answer(0, unnamed); r.Outcome != core.Taken {
		t.Fatalf("the name in words typed whole does not open the member: %+v\n%s", r, shown(c))
	}
	says(t, c, "overview.member-title", map[string]any{"Profile": unnamed})
	c.Do(core.Choose, 0) // go on with them
	if ch, ok := c.Change(); !ok || ch.Member != store.DefaultProfile {
		t.Fatalf("opening the member with no name: change %+v, %v", ch, ok)
	}
}

// A saved name typed in other letters ("åse") is that member, listed, and
// not offered as a new one: on a Windows or macOS disk the two would be
// one file.
func TestASavedNameInSmallLettersIsNotOfferedAsNew(t *testing.T) {
	d := threeMembers(t, t.TempDir())
	c := overview(t, d, false)
	c.Edit(0, "åse")
	if got := rows(c); len(got) != 1 || !strings.HasPrefix(got[0], "Åse") {
		t.Fatalf("typed \"åse\": the answers are %q, not Åse alone", got)
	}
	c.Edit(0, "åsa")
	if got := rows(c); len(got) != 1 || got[0] != c.Text().T("overview.new", map[string]any{"Profile": "åsa"}) {
		t.Fatalf("typed \"åsa\": the answers are %q, not a new member", got)
	}
}
