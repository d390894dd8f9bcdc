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
// then the overview of every member, where there is one.
func (c *Core) situationExtras() []listItem {
	switch {
	case c.opts.Mode == Rehearsal && len(c.opts.Failures) > 0:
		return append([]listItem{{text: c.t.T("situation.failures"), do: (*Core).openFailures}}, c.overviewItem()...)
	case c.opts.Mode != Rehearsal && c.opts.ToRehearsal != nil:
		return append([]listItem{{text: c.t.T("situation.rehearse"), do: func(c *Core) { c.ask(*c.opts.ToRehearsal) }}}, c.overviewItem()...)
	}
	return c.overviewItem()
}

// openFailures lists what a rehearsal can show going wrong.
func (c *Core) openFailures() {
	c.leaveFirstScreen()
	l := &listPlace{place: RehearsalScreen, title: "rehearsal.failures-title", body: "rehearsal.failures-body", help: "rehearsal.failures-help"}
	for i, f := range c.opts.Failures {
		l.items = append(l.items, listItem{text: c.t.T(f.Title), do: func(c *Core) { c.Open(&failurePlace{failure: i}) }})
	}
	c.Open(l)
}

// failurePlace is one failure rehearsed: its screens in turn, then what
// to do.
type failurePlace struct {
	failure int
	at      int // the screen shown; one past the last: what to do
}

func (fp *failurePlace) Place() Place { return RehearsalScreen }

func (fp *failurePlace) Screen(c *Core) Screen {
	f := c.opts.Failures[fp.failure]
	data := text.Data{"Failure": c.t.T(f.Title), "Number": fp.at + 1, "Total": len(f.Screens) + 1}
	caption := Block{Kind: Caption, Text: c.t.T("rehearsal.caption", data)}
	if !fp.last(c) {
		top := c.Badges(caption, Block{Kind: Heading, Text: c.t.T(f.Title)})
		return Screen{Top: top, Body: []Block{{Kind: Text, Text: c.t.T(f.Screens[fp.at].Text)}}}
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
	next := "action.continue"
	if fp.last(c) {
		next = "action.failures"
	}
	return []Offer{{Action: Continue, Desc: next}, {Action: Back, Desc: "action.back"}}
}

func (fp *failurePlace) Do(c *Core, a Action, _ int) {
	switch {
	case a == Continue && fp.last(c), a == Back && fp.at == 0:
		c.Close() // to the list, to show another
	case a == Continue:
		fp.at++
		c.Changed(fp)
	case a == Back:
		fp.at--
		c.Changed(fp)
	}
}

func (fp *failurePlace) Prompt(c *Core) Prompt {
	if fp.last(c) {
		return Prompt{ID: "plain.prompt-failures", Enter: Continue}
	}
	return Prompt{ID: "plain.prompt-continue", Enter: Continue}
}
