package core

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The overview of every member kept on this computer, for a volunteer
// who helps many: one row a member, built from the summary rows alone
// (store.Summaries: no member's file is opened), those to see to first.
// A member is opened to go on with, or deleted after a question, and a
// new one is made with a name checked against the saved ones.

// Overview is what the overview reads and checks, given by whoever keeps
// the members (the desk).
type Overview struct {
	Summaries func() ([]store.Summary, error)
	// Check says what is wrong with a new member's name (a store reason
	// code, "" for nothing) and which saved names are near it.
	Check func(name string) (reason string, near []string)
	// Progress is what is saved of a member's journeys, by journey id,
	// for what they take home.
	Progress func(name string) (map[string]flow.Progress, error)
}

// rowsShown is the most rows listed at once: a line mode says them, a
// name typed finds the others, and in the full screen the arrows move the
// rows listed on. A thousand lines are not heard to the end, and drawing
// them all again at every key would hold the typing up.
const rowsShown = 20

// nameProblems are the messages of store.CheckProfile's reasons.
var nameProblems = map[string]string{
	store.ReasonProfileEmpty:   "overview.profile-empty",
	store.ReasonProfileTooLong: "overview.profile-too-long",
	store.ReasonProfileBadChar: "overview.profile-bad-char",
}

// memberRow is one member as the overview lists it.
type memberRow struct {
	name string
	// message ids: the journey, its stage ("" for none), and where they stand
	journey, stage, status string
	words                  string // the row in words (Core.words); "" until listed
	late                   bool   // something waits too long: listed first
	waited                 int    // days
}

// overviewPlace lists the members, found by a name typed in part.
type overviewPlace struct {
	rows      []memberRow
	lowers    []string             // the rows' names in lower case, as the filter finds them: side by side, read fast
	all       []int                // every row, in order: what an empty query finds
	bad       bool                 // the summaries could not be read
	query     string               // what is typed in its filter field
	lowered   string               // the query as the rows found were found for it, in lower case
	found     []int                // the rows whose names hold the query, in order
	foundAt   []int                // where in each of those names the query is first
	from      int                  // the first of found listed
	at        int                  // the highlighted answer, among those listed
	wrong     string               // what is wrong with the name typed for a new member (a message id); "" for nothing
	name      string               // the name typed for a new member (newName)
	count     []Block              // how many there are, and how many to see to: the same at every key
	saved     map[string]bool      // the names saved, in lower case, to tell a new one at once
	said      map[countSaid]string // the counts in words: a few, said again and again while typing
	top       []Block              // the heading, the same at every key
	search    Field                // the filter field, but what is typed in it
	offers    []Offer              // the offers, for offersFor answers
	offersFor int
}

// overviewItem is the answer that opens the overview, where there is one.
func (c *Core) overviewItem() []listItem {
	if c.opts.Overview == nil || len(c.opts.Members) == 0 && !c.opts.Helper {
		return nil // one person alone at home has no one else to see: the settings and --overview still have it
	}
	return []listItem{{text: c.t.T("overview.open"), do: func(c *Core) {
		c.leaveFirstScreen() // what the place under it told is not told again over it
		c.openOverview()
	}}}
}

// openOverview shows the overview over the place shown now, with the
// notices of the start where it is the first place seen.
func (c *Core) openOverview() {
	o := &overviewPlace{}
	sums, err := c.opts.Overview.Summaries()
	o.bad = err != nil
	now := c.Now()
	for _, s := range sums {
		o.rows = append(o.rows, c.memberRow(s, now))
	}
	slices.SortStableFunc(o.rows, func(a, b memberRow) int {
		if a.late != b.late {
			if a.late { // those to see to first
				return -1
			}
			return 1
		}
		return cmp.Or(b.waited-a.waited, strings.Compare(a.name, b.name))
	})
	o.saved, o.lowers, o.all = map[string]bool{}, make([]string, len(o.rows)), make([]int, len(o.rows))
	var names strings.Builder // the names side by side in memory, as the filter reads them
	for i, r := range o.rows {
		lower := strings.ToLower(c.memberName(r.name))
		o.saved[lower], o.all[i] = true, i
		names.WriteString(lower)
	}
	all, from := names.String(), 0
	for i, r := range o.rows {
		n := len(strings.ToLower(c.memberName(r.name)))
		o.lowers[i], from = all[from:from+n], from+n
	}
	o.said = map[countSaid]string{}
	o.filter("")
	c.Open(o)
}

// memberRow sums up a member's summary row for the overview: the journey
// that needs seeing to, or else the one they are on.
func (c *Core) memberRow(s store.Summary, now time.Time) memberRow {
	r := memberRow{name: s.Profile, waited: daysSince(s.Updated, now),
		status: "overview.unreadable", journey: "overview.no-journey"}
	if !s.Unreadable {
		r.status = "overview.not-begun"
		if f := c.journey(s.Current); f != nil {
			r.journey = f.Title
		}
	}
	for _, j := range s.Journeys {
		f := c.journey(j.Journey)
		if f == nil || len(j.Stages) != len(f.Stages) {
			continue
		}
		js := c.journeyRow(f, j, s.Updated, now)
		if j.Journey == s.Current || js.late && !r.late {
			r.journey, r.stage, r.status, r.late, r.waited = f.Title, js.stage, js.status, js.late, js.waited
		}
		if js.late {
			break
		}
	}
	return r
}

// memberName is a member's name as the overview shows it: the one kept
// when no name was given (store.DefaultProfile, a word of the program's
// own) in the user's words.
func (c *Core) memberName(name string) string {
	if name == store.DefaultProfile {
		return c.t.T("overview.default-name")
	}
	return text.Shown(name)
}

// words are the row as the overview shows or says it, put in words when
// first listed: of a thousand rows, a few are.
func (c *Core) words(r *memberRow) string {
	if r.words != "" {
		return r.words
	}
	row, where := "overview.row", "overview.where"
	if c.opts.Speaking { // a screen reader reads no "·"
		row, where = "overview.row-spoken", "overview.where-spoken"
	}
	journey := c.t.T(r.journey)
	if r.stage != "" {
		journey = c.t.T(where, text.Data{"Journey": journey, "Stage": c.t.T(r.stage)})
	}
	r.words = c.t.T(row, text.Data{"Profile": c.memberName(r.name), "Where": journey,
		"Status": c.t.T(r.status), "Waited": c.waited(r.waited)})
	return r.words
}

// journeyState is where a member stands in one journey, for their row.
type journeyState struct {
	stage, status string // message ids: the stage's short title, and where they stand in it
	late          bool
	waited        int
}

// journeyRow is where a member stands in journey f: a wait (for a code,
// an e-mail) from the day it began, else the next stage from the day the
// file last changed; late when the wait is too long, or a stage to do
// straight after the one before was left for another day.
func (c *Core) journeyRow(f *flow.Flow, j store.JourneySummary, updated string, now time.Time) journeyState {
	js := journeyState{status: "overview.done", waited: daysSince(updated, now)}
	next := slices.IndexFunc(j.Stages, func(s flow.Status) bool { return s != flow.Done })
	if next >= 0 {
		js.stage, js.status = f.Stages[next].Short, "overview.ready"
		if j.Stages[next] == flow.InProgress {
			js.status = "overview.under-way"
		}
		js.late = f.Stages[next].Soon && next > 0 && j.Stages[next-1] == flow.Done && js.waited > 0
		if js.late {
			js.status = "overview.late-stage"
		}
	}
	i := slices.IndexFunc(f.Reminders, func(r flow.Reminder) bool { return r.Since == j.Wait })
	due, ok := dayOf(j.Due)
	if i < 0 || !ok {
		return js
	}
	r := f.Reminders[i]
	waited := daysSince(due.AddDate(0, 0, -r.Days).Format(flow.DayLayout), now)
	switch {
	case r.Late != "" && waited >= r.LateDays():
		js.status, js.late, js.waited = r.Late, true, waited
	case r.Waiting != "":
		js.status, js.waited = r.Waiting, waited
	}
	return js
}

// daysSince counts the days from day (flow.DayLayout) to now; 0 for none.
func daysSince(day string, now time.Time) int {
	d, ok := dayOf(day)
	if !ok {
		return 0
	}
	return flow.DaysBetween(d, now)
}

// waited is how long a member has waited, in words.
func (c *Core) waited(days int) string {
	if days == 0 {
		return c.t.T("overview.today")
	}
	return c.t.T("overview.days", text.Data{"Count": days})
}

func (o *overviewPlace) Place() Place     { return OverviewScreen }
func (o *overviewPlace) Highlighted() int { return o.at }
func (o *overviewPlace) Help(c *Core) (string, []string, bool) {
	return c.t.T("overview.title"), []string{"overview.help"}, false
}

// Uncovered: back from a member's answers, the list is told again.
func (o *overviewPlace) Uncovered(c *Core) { c.Changed(o) }

// filter keeps the rows whose names hold the query, in any case.
func (o *overviewPlace) filter(query string) {
	o.query, o.from, o.at, o.wrong, o.name = query, 0, 0, "", o.nameFor(query)
	q := strings.ToLower(strings.TrimSpace(query))
	if _, ok := topicNumber(query); ok {
		q = "" // a number picks one of the rows, as a line mode takes it
	}
	switch d := strings.Index(q, o.lowered); {
	case q == "":
		o.found, o.foundAt = append(o.found[:0], o.all...), slices.Grow(o.foundAt[:0], len(o.all))[:len(o.all)]
		clear(o.foundAt)
	case o.found != nil && q == o.lowered:
		// The same rows: a space typed after a word, as before a surname.
	case o.found != nil && d >= 0:
		// A query that grows (a letter typed) finds only among the rows
		// found for the one before (of a thousand names, a few), and in
		// each from where the one before was found in it, since the new
		// one can only be there or later.
		var kept int
		if d == 0 {
			kept = keepGrown(o.found, o.foundAt, o.lowers, q, len(o.lowered))
		} else {
			kept = keepHolding(o.found, o.foundAt, o.lowers, q, d)
		}
		o.found, o.foundAt = o.found[:kept], o.foundAt[:kept]
	default:
		o.found, o.foundAt = findAll(o.lowers, q, o.found[:0], o.foundAt[:0])
	}
	o.lowered = q
}

// keepGrown keeps, of the rows found (with where their names hold the
// query before), those whose names hold q, the query before (its first
// grown bytes) with more typed at its end: where the query before was,
// the bytes typed looked at, or else further on. The rows kept are
// written over those looked at already; it returns how many. (The loops
// are functions of their own, with few variables: inside filter they ran
// twice as slow, its many variables kept in memory rather than in the
// processor's registers.)
func keepGrown(found, foundAt []int, lowers []string, q string, grown int) int {
	kept := 0
	for n, i := range found {
		name, at := lowers[i], foundAt[n]
		end := at + len(q)
		if end > len(name) || name[at+grown] != q[grown] || end > at+grown+1 && name[at+grown+1:end] != q[grown+1:] {
			if at = indexFrom(name, q, at+1); at < 0 {
				continue
			}
		}
		found[kept], foundAt[kept] = i, at
		kept++
	}
	return kept
}

// keepHolding is keepGrown for a query q that holds the one before at d:
// in each name it can be from d before where that one was.
func keepHolding(found, foundAt []int, lowers []string, q string, d int) int {
	kept := 0
	for n, i := range found {
		if at := indexFrom(lowers[i], q, max(0, foundAt[n]-d)); at >= 0 {
			found[kept], foundAt[kept] = i, at
			kept++
		}
	}
	return kept
}

// findAll adds to found the rows whose names hold q, and to foundAt
// where: a letter erased looks at every name anew.
func findAll(lowers []string, q string, found, foundAt []int) ([]int, []int) {
	for i, name := range lowers {
		if at := indexFrom(name, q, 0); at >= 0 {
			found, foundAt = append(found, i), append(foundAt, at)
		}
	}
	return found, foundAt
}

// indexFrom is where q (not empty) is in name from byte from on, or -1.
// A loop rather than strings.Index: a name is short, and the call costs
// more than the looking.
func indexFrom(name, q string, from int) int {
	for at := from; at+len(q) <= len(name); at++ {
		if name[at] == q[0] && name[at:at+len(q)] == q {
			return at
		}
	}
	return -1
}

// counted says how many there are, and how many to see to.
func (o *overviewPlace) counted(c *Core) []Block {
	if o.count == nil {
		late := 0
		for _, r := range o.rows {
			if r.late {
				late++
			}
		}
		o.count = []Block{{Kind: Text, Text: c.t.T("overview.count", text.Data{"Count": len(o.rows)})}}
		if len(o.rows) == 0 { // a volunteer's first member on this computer
			o.count[0].Text = c.t.T("overview.none")
		}
		if late > 0 {
			o.count = append(o.count, Block{Kind: Text, Text: c.t.T("overview.late-count", text.Data{"Count": late})})
		}
	}
	return o.count
}

// countSaid is a message said with a number.
type countSaid struct {
	id string
	n  int
}

// counts is message id said with a count (of all the rows), kept: while
// a name is typed the same few counts come again and again.
func (o *overviewPlace) counts(c *Core, id string, n int) string {
	key := countSaid{id, n}
	if said, ok := o.said[key]; ok {
		return said
	}
	said := c.t.T(id, text.Data{"Count": n, "All": len(o.rows)})
	o.said[key] = said
	return said
}

// shown are the rows listed: rowsShown of those found, from o.from.
func (o *overviewPlace) shown(*Core) []int {
	return o.found[o.from:min(len(o.found), o.from+rowsShown)]
}

// move highlights the next answer (by +1) or the one before (-1): past
// the rows listed, the list moves on by one, and from either end round to
// the other.
func (o *overviewPlace) move(c *Core, by int) {
	last := len(o.shown(c)) - 1
	switch {
	case by > 0 && o.at == last && o.from+last+1 < len(o.found):
		o.from++
	case by < 0 && o.at == 0 && o.from > 0:
		o.from--
	case by > 0 && o.at == o.answers(c)-1:
		o.from, o.at = 0, 0
	case by < 0 && o.at == 0:
		o.from = max(0, len(o.found)-rowsShown)
		o.at = o.answers(c) - 1
	default:
		o.at += by
		return
	}
	c.Changed(o)
}

// newName is the name typed for a new member; "" where none is typed, or
// one saved has it.
func (o *overviewPlace) newName() string { return o.name }

// nameFor is the name typed in query for a new member, as newName gives it.
func (o *overviewPlace) nameFor(query string) string {
	name := strings.TrimSpace(query)
	if _, number := topicNumber(name); number || name == "" || o.saved[strings.ToLower(name)] { // "hanne" is Hanne, listed: not a new member
		return ""
	}
	return name
}

// answers are how many answers are listed: the rows shown, and making a
// new member of the name typed.
func (o *overviewPlace) answers(c *Core) int {
	n := len(o.shown(c))
	if o.newName() != "" {
		n++
	}
	return n
}

func (o *overviewPlace) Screen(c *Core) Screen {
	if o.top == nil {
		o.top = c.badgesOf("", Block{Kind: Heading, Text: c.t.T("overview.title")}) // about all: not the member on now
	}
	top := slices.Clip(o.top)                                                         // an append to it is a copy
	body := append(make([]Block, 0, len(c.notices)+rowsShown+5), c.noticeBlocks()...) // the list, and four lines about it
	switch {
	case o.bad:
		body = append(body, c.prefixed(Problem, c.t.T("overview.unread")))
	case len(o.rows) > 0 && o.query != "" && (o.newName() != "" || len(o.found) < len(o.rows)):
		body = append(body, Block{Kind: Text, Text: o.counts(c, "overview.found", len(o.found))})
	default:
		body = append(body, o.counted(c)...)
	}
	shown := o.shown(c)
	for n, i := range shown {
		body = append(body, Block{Kind: Choice, Text: c.words(&o.rows[i]), Number: n + 1})
	}
	if more := len(o.found) - o.from - len(shown); more > 0 {
		body = append(body, Block{Kind: Text, Text: o.counts(c, "overview.more", more)})
	}
	if name := o.newName(); name != "" {
		body = append(body, Block{Kind: Choice, Text: c.t.Around("overview.new", "Profile", name), Number: len(shown) + 1})
	}
	if o.wrong != "" {
		body = append(body, c.prefixed(Problem, c.t.T(o.wrong, text.Data{"Profile": o.newName()})))
	}
	return Screen{Top: top, Body: body}
}

// Offers are made again only when the number of answers changes: the
// same at most keys typed in the filter.
func (o *overviewPlace) Offers(c *Core) []Offer {
	if n := o.answers(c); o.offers == nil || o.offersFor != n {
		o.offers, o.offersFor = append(pickOffers(n, "action.select", "action.choose"), Offer{Action: Back, Desc: "action.back"}), n
	}
	return slices.Clip(o.offers) // an append to them is a copy
}

func (o *overviewPlace) Do(c *Core, a Action, arg int) {
	switch a {
	case Move:
		o.move(c, arg)
	case Select:
		o.at = arg
	case Choose:
		o.at = arg
		o.choose(c)
	case Continue:
		o.choose(c)
	case Back:
		c.leaveFirstScreen() // told here: not told again on the place under it
		c.Close()
	}
}

// choose does the answer highlighted: a member's answers, or a new member.
func (o *overviewPlace) choose(c *Core) {
	shown := o.shown(c)
	switch {
	case o.at < len(shown):
		c.openMember(o.rows[shown[o.at]])
	case o.newName() != "":
		o.makeMember(c, o.newName())
	}
}

// makeMember goes on with a new member of the name, once it can be a
// name, after asking where a saved name is near it.
func (o *overviewPlace) makeMember(c *Core, name string) {
	reason, near := c.opts.Overview.Check(name)
	if reason != "" {
		o.wrong = nameProblems[reason]
		c.Changed(o)
		return
	}
	ch := Change{Member: name, Stay: true, Made: true}
	if len(near) == 0 {
		c.goOnWith(ch)
		return
	}
	shownNear := make([]string, len(near))
	for i, n := range near {
		shownNear[i] = text.Shown(n)
	}
	data := text.Data{"Profile": text.Shown(name), "Profiles": strings.Join(shownNear, ", ")}
	none := ""
	c.Open(&listPlace{place: ConfirmScreen, title: "overview.near-title", body: "overview.near-body", help: "overview.near-help", data: data, safeFirst: true, about: &none,
		items: []listItem{
			{text: c.t.T("overview.near-no"), do: (*Core).Close},
			{text: c.t.T("overview.near-yes", data), do: func(c *Core) { c.goOnWith(ch) }},
		}})
}

// openMember asks what to do with a member: go on with them, or delete
// what is kept of them after a question.
func (c *Core) openMember(r memberRow) {
	data := text.Data{"Profile": c.memberName(r.name), "Row": c.words(&r)}
	items := []listItem{{text: c.t.T("overview.member-open", data), do: func(c *Core) { c.goOnWith(Change{Member: r.name, Stay: true}) }},
		{text: c.t.T("settings.delete", data), do: func(c *Core) { c.askDelete(data, Change{Member: r.name, Delete: true, Overview: true}) }}}
	if len(c.takeHomeOffer()) > 0 && c.opts.Overview.Progress != nil {
		items = append(items, listItem{text: c.t.T("overview.member-take-home", data), do: func(c *Core) { c.openTakeHome(c.other(r.name)) }})
	}
	items = append(items, listItem{text: c.t.T("overview.member-back"), do: (*Core).Close})
	c.Open(&listPlace{place: OverviewScreen, title: "overview.member-title", body: "overview.member-body", help: "overview.member-help", data: data, safeFirst: true, about: &r.name,
		items: items})
}

func (o *overviewPlace) Prompt(c *Core) Prompt {
	return Prompt{ID: "overview.prompt", Enter: Back, Label: c.t.T("overview.search")} // the field's name, where a line is typed
}

func (o *overviewPlace) Fields(c *Core) ([]Field, int) {
	if o.search.Label == "" { // its words, said at every key, looked up once
		o.search = Field{Label: c.t.T("overview.search"), Example: c.t.T("overview.search-example"), MaxLength: store.MaxProfileLen, State: Typing}
	}
	f := o.search
	f.Value = o.query
	return []Field{f}, 0
}

// EditField takes the filter field's text: the rows are found anew.
func (o *overviewPlace) EditField(c *Core, i int, typed string) string {
	if r := []rune(typed); len(r) > store.MaxProfileLen {
		typed = string(r[:store.MaxProfileLen])
	}
	if i == 0 && typed != o.query {
		o.filter(typed)
		if n, ok := topicNumber(typed); ok && n <= o.answers(c) {
			o.at = n - 1 // the row of the number seen: Enter opens it
		}
		c.Changed(o)
	}
	return o.query
}

// AnswerField takes a line typed: a saved name opens that member, and any
// other finds the names that hold it.
func (o *overviewPlace) AnswerField(c *Core, i int, line string) Result {
	line = strings.TrimSpace(line)
	if k := slices.IndexFunc(o.rows, func(r memberRow) bool { return strings.EqualFold(c.memberName(r.name), line) }); k >= 0 {
		c.openMember(o.rows[k])
		return Result{Outcome: Taken}
	}
	o.EditField(c, i, line)
	return Result{Outcome: Searched}
}
