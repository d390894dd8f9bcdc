package desk

import (
	"slices"
	"sort"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// tellOtherMembers helps a volunteer who typed a member's name a little
// differently from last time ("åse" is not "Åse"): a member new to the
// guide is told the few saved names closest to theirs, never the whole
// list; not one this desk has just deleted. A name listed with no file any
// more (deleted by hand, or a list gone stale) is left out, and the
// closest are looked for again. A member the overview made after asking
// about the near names is not told them again.
func (d *Desk) tellOtherMembers(name string, opts *core.Options) {
	if d.deleted[name] || opts.NameChecked {
		return
	}
	if near := d.Near(name); len(near) > 0 {
		opts.Notices = append(opts.Notices, core.Notice{ID: "save.other-profiles",
			Data: text.Data{"Profile": name, "Profiles": strings.Join(near, ", ")}})
	}
}

// Near are the few saved names closest to name, of members still kept.
func (d *Desk) Near(name string) []string {
	names, err := d.store.Profiles()
	if err != nil {
		return nil
	}
	near := closest(name, names)
	for slices.ContainsFunc(near, d.gone) {
		names = slices.DeleteFunc(names, func(n string) bool { return slices.Contains(near, n) && d.gone(n) })
		near = closest(name, names)
	}
	return near
}

// checkName says what is wrong with a name for a new member
// (store.CheckProfile), and which saved names are near it: the overview's
// check, as a member new to the guide is told them.
func (d *Desk) checkName(name string) (reason string, near []string) {
	if reason = store.CheckProfile(name); reason != "" {
		return reason, nil
	}
	return "", d.Near(name)
}

// gone says whether nothing is kept for the member name.
func (d *Desk) gone(name string) bool {
	found, err := d.store.Has(name)
	return err == nil && !found
}

// closest are the few saved profile names nearest to name, as a volunteer
// might have typed it before ("Aase" for "Åse", "åse jensen" for "Åse
// Jensen"): at most three, none further than two letters away.
func closest(name string, saved []string) []string {
	const most, furthest = 3, 2
	type near struct {
		name string
		dist int
	}
	typed := []rune(strings.ToLower(name))
	var found []near
	var rows [2][]int
	for _, s := range saved {
		if d := distance(typed, []rune(strings.ToLower(s)), furthest, &rows); d <= furthest {
			found = append(found, near{s, d})
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].dist < found[j].dist })
	var names []string
	for _, n := range found[:min(most, len(found))] {
		names = append(names, n.name)
	}
	return names
}

// distance is how many letters must be added, dropped or changed to turn
// a into b (Levenshtein), or more than limit once it is sure to be: a
// name far from the one typed costs little. rows is scratch space.
func distance(a, b []rune, limit int, rows *[2][]int) int {
	if len(a)-len(b) > limit || len(b)-len(a) > limit {
		return limit + 1
	}
	for i := range rows {
		if cap(rows[i]) < len(b)+1 {
			rows[i] = make([]int, len(b)+1)
		}
		rows[i] = rows[i][:len(b)+1]
	}
	prev, cur := rows[0], rows[1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
