package core

import (
	"slices"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// A rehearsal practises a journey, or what goes wrong (Options.Failures):
// a few screens of what happens, then what to do, in the words of a help
// topic. Nothing of it is kept.

// situationExtras are the answers of the first question after the
// journeys: outside a rehearsal, starting one; in one, what goes wrong;
// then the overview of every member, where there is one; last, whether a
// mail or page is genuine, where the guide can tell.
func (c *Core) situationExtras() []listItem {
	var extras []listItem
	switch {
	case c.opts.Mode == Rehearsal && len(c.opts.Failures) > 0:
		extras = []listItem{{text: c.t.T("situation.failures"), do: (*Core).openFailures}}
	case c.opts.Mode != Rehearsal && c.opts.ToRehearsal != nil:
		extras = append([]listItem{{text: c.t.T("situation.rehearse"), do: func(c *Core) { c.ask(*c.opts.ToRehearsal) }}}, c.helperExtra()...)
	default:
		extras = c.helperExtra()
	}
	return append(append(extras, c.overviewItem()...), c.genuineExtra()...)
}

// openFailures lists what a rehearsal can show going wrong.
func (c *Core) openFailures() {
	c.leaveFirstScreen()
	l := &listPlace{place: RehearsalScreen, title: "rehearsal.failures-title", body: "rehearsal.failures-body", help: "rehearsal.failures-help"}
	for i, f := range c.opts.Failures {
		l.items = append(l.items, listItem{text: c.t.T(f.Title), do: func(c *Core) { c.Open(newFailurePlace(c, i)) }})
	}
	c.Open(l)
}

// failurePlace is one failure rehearsed: its screens in turn, each with
// the page as it looks then where it has one, then what to do.
type failurePlace struct {
	failure int
	at      int         // the screen shown; one past the last: what to do
	page    *pageSketch // the shown screen's sketch where the user does on it what it marks; nil for none
}

// newFailurePlace is failure i at its first screen.
func newFailurePlace(c *Core, i int) *failurePlace {
	fp := &failurePlace{failure: i}
	fp.show(c, 0)
	return fp
}

// show goes to screen at, dropping what was typed on the sketch before.
func (fp *failurePlace) show(c *Core, at int) {
	fp.drop()
	fp.at = at
	if !fp.last(c) {
		if sc := c.opts.Failures[fp.failure].Screens[at]; sc.Use {
			fp.page = newPageSketch(c, sc.Sketch, nil, fp, func(c *Core, _ map[int]string) { fp.show(c, fp.at+1) })
		}
	}
	c.Changed(fp)
}

// drop forgets what was typed on the shown screen's sketch.
func (fp *failurePlace) drop() {
	if fp.page != nil {
		fp.page.leave()
		fp.page = nil
	}
}

func (fp *failurePlace) Place() Place { return RehearsalScreen }

func (fp *failurePlace) Screen(c *Core) Screen {
	f := c.opts.Failures[fp.failure]
	data := text.Data{"Failure": c.t.T(f.Title), "Number": fp.at + 1, "Total": len(f.Screens) + 1}
	caption := Block{Kind: Caption, Text: c.t.T("rehearsal.caption", data)}
	if !fp.last(c) {
		sc := f.Screens[fp.at]
		top := c.Badges(caption, Block{Kind: Heading, Text: c.t.T(f.Title)})
		said := Block{Kind: Text, Text: c.t.T(sc.Text)}
		if sc.Sketch == nil {
			return Screen{Top: top, Body: []Block{said}}
		}
		body, panel := c.sketchBlocks(sc.Sketch, sc.Use) // what happens over the page, as a sketch's intro is
		return Screen{Top: append(top, said), Body: body, Panels: []Panel{panel}}
	}
	i := slices.IndexFunc(c.opts.Topics, func(t flow.Topic) bool { return t.ID == f.Topic })
	t := c.opts.Topics[i] // the loader makes sure it is there
	top := c.Badges(caption, Block{Kind: Heading, Text: c.t.T("rehearsal.what-to-do")})
	body := []Block{{Kind: Text, Text: c.t.T("rehearsal.what-to-do-body", text.Data{"Topic": c.t.T(t.Title)})}}
	return Screen{Top: top, Body: append(body, c.paragraphs(c.s.Shown(t.Body))...)}
}

// last reports whether what to do is shown.
func (fp *failurePlace) last(c *Core) bool { return fp.at == len(c.opts.Failures[fp.failure].Screens) }

func (fp *failurePlace) Help(c *Core) (string, []string, bool) {
	return c.t.T(c.opts.Failures[fp.failure].Title), []string{"rehearsal.failure-help"}, false
}

func (fp *failurePlace) Offers(c *Core) []Offer {
	back := Offer{Action: Back, Desc: "action.back"}
	if fp.page != nil {
		return append(fp.page.offers(), back)
	}
	next := "action.continue"
	if fp.last(c) {
		next = "action.failures"
	}
	return []Offer{{Action: Continue, Desc: next}, back}
}

func (fp *failurePlace) Do(c *Core, a Action, arg int) {
	switch {
	case a != Back && fp.page != nil:
		fp.page.do(c, a, arg)
	case a == Continue && fp.last(c), a == Back && fp.at == 0:
		fp.drop()
		c.Close() // to the list, to show another
	case a == Continue:
		fp.show(c, fp.at+1)
	case a == Back:
		fp.show(c, fp.at-1)
	}
}

func (fp *failurePlace) Prompt(c *Core) Prompt {
	switch {
	case fp.page != nil:
		return fp.page.Prompt(c)
	case fp.last(c):
		return Prompt{ID: "plain.prompt-failures", Enter: Continue}
	}
	return Prompt{ID: "plain.prompt-continue", Enter: Continue}
}

// Fields are the sketch's controls where the user does on it what it
// marks; none else.
func (fp *failurePlace) Fields(c *Core) ([]Field, int) {
	if fp.page == nil {
		return nil, -1
	}
	return fp.page.Fields(c)
}

func (fp *failurePlace) EditField(c *Core, i int, typed string) string {
	if fp.page == nil {
		return ""
	}
	return fp.page.EditField(c, i, typed)
}

func (fp *failurePlace) AnswerField(c *Core, i int, line string) Result {
	if fp.page == nil {
		return Result{Outcome: Refused}
	}
	return fp.page.AnswerField(c, i, line)
}
