package core_test

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
)

// filterNames are twenty members, as many as the overview lists at once,
// so every row a query finds is on the screen; names that hold each other
// and the same letters again, where finding from the last place found
// could go wrong.
var filterNames = []string{"Anna", "Hanne", "Annanna", "Nanna", "Ann", "Jens", "Jensine", "Søren", "Sørensen", "Åse",
	"Bent", "Benta", "Ib", "Ibbi", "Nan", "Anne-Marie", "Marianne", "Henning", "Inge", "Ingeborg"}

// The overview's filter finds, after any edits of its field, just the rows
// a plain search of every name finds, in the overview's order: finding
// only among the rows found before, from where the query was found in
// each, is a shortcut, not another answer. Each byte of the input is one
// edit: a letter typed at the end or at the start, one taken back, the
// field emptied.
func FuzzTheOverviewFindsWhatAPlainSearchFinds(f *testing.F) {
	f.Add([]byte("aannnab"))
	f.Add([]byte("nn\x01a\x02an"))
	f.Add([]byte("se\x03ens\x02\x02\x01ø"))
	f.Add([]byte("X")) // "ø" typed first: a letter of two bytes
	letters := []rune("anesørimb -åAN")
	f.Fuzz(func(t *testing.T, edits []byte) {
		if len(edits) > 64 {
			edits = edits[:64]
		}
		c := overviewOf(t, filterNames)
		order := shownNames(c)
		if len(order) != len(filterNames) {
			t.Fatalf("the overview lists %q of %q", order, filterNames)
		}
		query := []rune{}
		for _, e := range edits {
			switch l := letters[int(e)%len(letters)]; e % 5 {
			case 1:
				query = append([]rune{l}, query...)
			case 2:
				query = query[:max(0, len(query)-1)]
			case 3:
				if e%3 == 0 {
					query = query[:0]
					break
				}
				fallthrough
			default:
				query = append(query, l)
			}
			c.Edit(0, string(query))
			want := []string{}
			q := strings.ToLower(strings.TrimSpace(string(query)))
			for _, name := range order {
				if strings.Contains(strings.ToLower(name), q) {
					want = append(want, name)
				}
			}
			if got := shownNames(c); strings.Join(got, ",") != strings.Join(want, ",") {
				t.Fatalf("after %q the overview finds %q, a plain search %q", string(query), got, want)
			}
		}
	})
}

// overviewOf opens the overview of members with these names.
func overviewOf(t *testing.T, names []string) *core.Core {
	t.Helper()
	sums := make([]store.Summary, len(names))
	for i, name := range names {
		sums[i] = store.Summary{Profile: name, Current: fixture.Flow().ID}
	}
	c, err := core.New(core.Options{Flow: fixture.Flow(), Text: fixture.Text(t, "da"), OpenOverview: true,
		Overview: &core.Overview{Summaries: func() ([]store.Summary, error) { return sums, nil },
			Check: func(string) (string, []string) { return "", nil }}})
	if err != nil {
		t.Fatal(err)
	}
	if c.Frame().Place != core.OverviewScreen {
		t.Fatalf("the overview is not shown: %v", c.Frame().Place)
	}
	return c
}

// shownNames are the members the overview lists, in order: the rows
// that begin with a member's name.
func shownNames(c *core.Core) []string {
	var out []string
	for _, b := range c.Frame().Body {
		if b.Kind != core.Choice {
			continue
		}
		for _, name := range filterNames {
			if strings.HasPrefix(b.Text, name+" ") || strings.HasPrefix(b.Text, name+":") {
				out = append(out, name)
				break
			}
		}
	}
	return out
}
