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
}

// spokenMost is the most rows a line mode says before a name is typed:
// a thousand lines are not heard to the end.
const spokenMost = 20

// nameProblems are the messages of store.CheckProfile's reasons.
var nameProblems = map[string]string{
	store.ReasonProfileEmpty:   "overview.profile-empty",
	store.ReasonProfileTooLong: "overview.profile-too-long",
	store.ReasonProfileBadChar: "overview.profile-bad-char",
}

// memberRow is one member as the overview lists it.
type memberRow struct {
	name   string
	words  string // the row, as the overview shows or says it
	late   bool   // something waits too long: listed first
	waited int    // days
}

// overviewPlace lists the members, found by a name typed in part.
type overviewPlace struct {
	rows  []memberRow
	bad   bool   // the summaries could not be read
	query string // what is typed in its filter field
	found []int  // the rows whose names hold the query, in order
	at    int    // the highlighted answer, among those shown
	wrong string // what is wrong with the name typed for a new member (a message id); "" for nothing
}

// overviewItem is the answer that opens the overview, where there is one.
func (c *Core) overviewItem() []listItem {
	if c.opts.Overview == nil {
		return nil
	}
	return []listItem{{text: c.t.T("overview.open"), do: (*Core).openOverview}}
}

// openOverview shows the overview over the place shown now.
func (c *Core) openOverview() {
	c.leaveFirstScreen()
	o := &overviewPlace{}
	sums, err := c.opts.Overview.Summaries()
	o.bad = err != nil
	now := c.Now()
	for _, s := range sums {
		o.rows = append(o.rows, c.memberRow(s, now))
	}
	slices.SortStableFunc(o.rows, func(a, b memberRow) int {
		if a.late != b.late {
			return map[bool]int{true: -1, false: 1}[a.late]
		}
		return cmp.Or(b.waited-a.waited, strings.Compare(a.name, b.name))
	})
	o.filter("")
	c.Open(o)
}

// memberRow sums up a member's summary row for the overview: the journey
// that needs seeing to, or else the one they are on.
func (c *Core) memberRow(s store.Summary, now time.Time) memberRow {
	r := memberRow{name: s.Profile, waited: daysSince(s.Updated, now)}
	status, stage, journey := "overview.unreadable", "", c.t.T("overview.no-journey")
	if !s.Unreadable {
		status = "overview.not-begun"
		if f := c.journey(s.Current); f != nil {
			journey = c.t.T(f.Title)
		}
	}
	for _, j := range s.Journeys {
		f := c.journey(j.Journey)
		if f == nil || len(j.Stages) != len(f.Stages) {
			continue
		}
		js := c.journeyRow(f, j, s.Updated, now)
		if j.Journey == s.Current || js.late && !r.late {
			journey, stage, status, r.late, r.waited = c.t.T(f.Title), js.stage, js.status, js.late, js.waited
		}
		if js.late {
			break
		}
	}
	row, where := "overview.row", "overview.where"
	if c.opts.Speaking { // a screen reader reads no "·"
		row, where = "overview.row-spoken", "overview.where-spoken"
	}
	if stage != "" {
		journey = c.t.T(where, text.Data{"Journey": journey, "Stage": stage})
	}
	r.words = c.t.T(row, text.Data{"Profile": text.Shown(s.Profile), "Where": journey,
		"Status": c.t.T(status), "Waited": c.waited(r.waited)})
	return r
}

// journeyState is where a member stands in one journey, for their row.
type journeyState struct {
	stage, status string // the stage's short title, and a message id
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
		js.stage, js.status = c.t.T(f.Stages[next].Short), "overview.ready"
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
	o.query, o.at, o.wrong = query, 0, ""
	q := strings.ToLower(strings.TrimSpace(query))
	if _, ok := topicNumber(query); ok {
		q = "" // a number picks one of the rows, as a line mode takes it
	}
	o.found = o.found[:0]
	for i, r := range o.rows {
		if strings.Contains(strings.ToLower(r.name), q) {
			o.found = append(o.found, i)
		}
	}
}

// shown are the rows listed: in a line mode, before a name is typed, the
// first few.
func (o *overviewPlace) shown(c *Core) []int {
	if c.opts.Speaking && o.query == "" && len(o.found) > spokenMost {
		return o.found[:spokenMost]
	}
	return o.found
}

// newName is the name typed for a new member; "" where none is typed, or
// one saved has it.
func (o *overviewPlace) newName() string {
	name := strings.TrimSpace(o.query)
	if _, number := topicNumber(name); number || name == "" ||
		slices.ContainsFunc(o.rows, func(r memberRow) bool { return r.name == name }) {
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
	top := c.Badges(Block{Kind: Heading, Text: c.t.T("overview.title")})
	body := c.noticeBlocks()
	late := 0
	for _, r := range o.rows {
		if r.late {
			late++
		}
	}
	switch {
	case o.bad:
		body = append(body, c.prefixed(Problem, c.t.T("overview.unread")))
	case o.query != "" && o.newName() != "" || o.query != "" && len(o.found) < len(o.rows):
		body = append(body, Block{Kind: Text, Text: c.t.T("overview.found", text.Data{"Count": len(o.found), "All": len(o.rows), "Search": o.query})})
	default:
		body = append(body, Block{Kind: Text, Text: c.t.T("overview.count", text.Data{"Count": len(o.rows)})})
		if late > 0 {
			body = append(body, Block{Kind: Text, Text: c.t.T("overview.late-count", text.Data{"Count": late})})
		}
	}
	shown := o.shown(c)
	for n, i := range shown {
		body = append(body, Block{Kind: Choice, Text: o.rows[i].words, Number: n + 1})
	}
	if more := len(o.found) - len(shown); more > 0 {
		body = append(body, Block{Kind: Text, Text: c.t.T("overview.more", text.Data{"Count": more})})
	}
	if name := o.newName(); name != "" {
		body = append(body, Block{Kind: Choice, Text: c.t.T("overview.new", text.Data{"Profile": name}), Number: len(shown) + 1})
	}
	if o.wrong != "" {
		body = append(body, c.prefixed(Problem, c.t.T(o.wrong, text.Data{"Profile": o.newName()})))
	}
	return Screen{Top: top, Body: body}
}

func (o *overviewPlace) Offers(c *Core) []Offer {
	var offers []Offer
	if n := o.answers(c); n > 0 {
		offers = append(offers, Offer{Action: Move, Desc: "action.move"}, Offer{Action: Select, Desc: "action.select", Count: n},
			Offer{Action: Choose, Desc: "action.choose", Count: n}, Offer{Action: Continue, Desc: "action.choose"})
	}
	return append(offers, Offer{Action: Back, Desc: "action.back"})
}

func (o *overviewPlace) Do(c *Core, a Action, arg int) {
	switch a {
	case Move:
		n := o.answers(c)
		o.at = (o.at + arg + n) % n
	case Select:
		o.at = arg
	case Choose:
		o.at = arg
		o.choose(c)
	case Continue:
		o.choose(c)
	case Back:
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
	ch := Change{Member: name, Stay: true}
	if len(near) == 0 {
		c.ask(ch)
		return
	}
	shownNear := make([]string, len(near))
	for i, n := range near {
		shownNear[i] = text.Shown(n)
	}
	data := text.Data{"Profile": text.Shown(name), "Profiles": strings.Join(shownNear, ", ")}
	c.Open(&listPlace{place: ConfirmScreen, title: "overview.near-title", body: "overview.near-body", help: "overview.near-help", data: data, safeFirst: true,
		items: []listItem{
			{text: c.t.T("overview.near-no"), do: (*Core).Close},
			{text: c.t.T("overview.near-yes", data), do: func(c *Core) { c.ask(ch) }},
		}})
}

// openMember asks what to do with a member: go on with them, or delete
// what is kept of them after a question.
func (c *Core) openMember(r memberRow) {
	data := text.Data{"Profile": text.Shown(r.name), "Row": r.words}
	c.Open(&listPlace{place: OverviewScreen, title: "overview.member-title", body: "overview.member-body", help: "overview.member-help", data: data, safeFirst: true,
		items: []listItem{
			{text: c.t.T("overview.member-open", data), do: func(c *Core) { c.ask(Change{Member: r.name, Stay: true}) }},
			{text: c.t.T("settings.delete", data), do: func(c *Core) { c.askDelete(data, Change{Member: r.name, Delete: true, Overview: true}) }},
			{text: c.t.T("overview.member-back"), do: (*Core).Close},
		}})
}

func (o *overviewPlace) Prompt(*Core) Prompt { return Prompt{ID: "overview.prompt", Enter: Back} }

func (o *overviewPlace) Fields(c *Core) ([]Field, int) {
	return []Field{{Label: c.t.T("overview.search"), Example: c.t.T("overview.search-example"), Value: o.query,
		MaxLength: store.MaxProfileLen, State: Typing}}, 0
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
	if k := slices.IndexFunc(o.rows, func(r memberRow) bool { return strings.EqualFold(r.name, line) }); k >= 0 {
		c.openMember(o.rows[k])
		return Result{Outcome: Taken}
	}
	o.EditField(c, i, line)
	return Result{Outcome: Searched}
}
