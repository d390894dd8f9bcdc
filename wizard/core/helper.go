package core

import "github.com/eulogin-guide/eulogin-guide/wizard/text"

// Helper mode (Options.Helper): a volunteer sits beside the member. Before
// the first step of a sitting the helper's rules ("Trin 0"); on each step
// its note for the helper; a look-away screen the member confirms before a
// secret (lookAwayPlace); and at the end a checklist before the guide
// ends. The member's name is on every screen (Badges).

// helperExtra is the first question's answer that turns helper mode on,
// where the guide is not in it already; none where nothing can turn it on.
// Where the guide saves for nobody named, who is helped is asked next: the
// overview, to choose a saved member or name a new one, so that a
// volunteer's members are not all kept as one; helper mode is then for
// the sitting (Change.Once), not kept for the unnamed.
func (c *Core) helperExtra() []listItem {
	if c.opts.Helper || c.opts.ToHelper == nil {
		return nil
	}
	return []listItem{{text: c.t.T("situation.helper"), do: func(c *Core) {
		ch := *c.opts.ToHelper
		if c.opts.Profile == "" && c.opts.Overview != nil {
			ch.Overview, ch.Once = true, true
		}
		c.ask(ch)
	}}}
}

// beforeStep is the place shown on entering step p: in helper mode the
// look-away screen before a secret, and before the sitting's first step
// the helper's rules.
func (c *Core) beforeStep(p *stepPlace) Controller {
	var next Controller = p
	if !c.opts.Helper {
		return next
	}
	if c.s.Current().LookAway {
		next = &lookAwayPlace{step: p}
	}
	if !c.ruled {
		next = &rulesPlace{step: p, next: next}
	}
	return next
}

// helperNotes are the current step's notes for the helper, in helper mode,
// each marked as the helper's in words.
func (c *Core) helperNotes() []Block {
	if !c.opts.Helper {
		return nil
	}
	var blocks []Block
	for _, id := range c.s.Shown(c.s.Current().Helper) {
		blocks = append(blocks, c.begunWith(Text, "app.helper-prefix", c.t.T(id)))
	}
	return blocks
}

// rulesPlace is "Trin 0": what a helper may and may not do, before the
// first step of a sitting in helper mode; then the step (or its look-away
// screen).
type rulesPlace struct {
	step *stepPlace
	next Controller
}

func (p *rulesPlace) Place() Place { return RulesScreen }
func (p *rulesPlace) Screen(c *Core) Screen {
	top := c.Badges(Block{Kind: Caption, Text: c.t.T("helper.rules-caption")}, Block{Kind: Heading, Text: c.t.T("helper.rules-title")})
	return Screen{Top: top, Body: c.paragraphs([]string{"helper.rules-may", "helper.rules-may-not", "helper.rules-let"})}
}
func (p *rulesPlace) Help(c *Core) (string, []string, bool) {
	return c.t.T("helper.rules-title"), []string{"helper.rules-help"}, false
}
func (p *rulesPlace) Offers(*Core) []Offer {
	return []Offer{{Action: Continue, Desc: "action.continue"}, {Action: Back, Desc: "action.back"}, {Action: GoHome, Desc: "action.home"}}
}
func (p *rulesPlace) Do(c *Core, a Action, arg int) {
	switch a {
	case Continue:
		c.ruled = true // told once a sitting
		c.show(p.next)
	case Back, GoHome:
		p.step.Do(c, a, arg)
	}
}
func (p *rulesPlace) Prompt(*Core) Prompt {
	return Prompt{ID: "plain.prompt-continue", Enter: Continue}
}

// end ends the guide, as the quit question's yes and a finished journey's
// Enter do: in helper mode the checklist comes first, over the place the
// person quit from, so that going back to it is one key.
func (c *Core) end() {
	if !c.opts.Helper || c.top().Place() == ChecklistScreen {
		c.quit()
		return
	}
	if c.top().Place() == QuitScreen {
		c.Close()
	}
	c.Open(&checklistPlace{})
}

// checklistPlace is what to check before a helper leaves the member's
// computer and phone. Enter and quitting end the guide: it is a list to
// read, not a gate.
type checklistPlace struct {
	then func(c *Core) // what Enter does: nil ends the guide
}

// goOnWith goes on with another member (ch): in helper mode, where this
// member has anything saved, the checklist comes first, so that nobody is
// left signed in when the helper moves on.
func (c *Core) goOnWith(ch Change) {
	if !c.opts.Helper || !c.kept {
		c.ask(ch)
		return
	}
	c.Open(&checklistPlace{then: func(c *Core) { c.ask(ch) }})
}

func (p *checklistPlace) Place() Place { return ChecklistScreen }
func (p *checklistPlace) Screen(c *Core) Screen {
	top := c.Badges(Block{Kind: Heading, Text: c.t.T("helper.checklist-title")})
	body := []Block{{Kind: Text, Text: c.t.T("helper.checklist-body")}}
	if c.opts.Profile != "" { // with whom, by name
		body[0].Text = c.t.T("helper.checklist-body-named", text.Data{"Profile": text.Shown(c.opts.Profile)})
	}
	body = append(body, c.paragraphs([]string{"helper.checklist"})...)
	if len(c.takeHomeOffer()) > 0 { // the last chance to print what the member takes home
		body = append(body, Block{Kind: Text, Text: c.t.T("helper.checklist-sheet")})
	}
	return Screen{Top: top, Body: body}
}
func (p *checklistPlace) Help(c *Core) (string, []string, bool) {
	return c.t.T("helper.checklist-title"), []string{"helper.checklist-help"}, false
}
func (p *checklistPlace) Offers(c *Core) []Offer {
	end := "action.end"
	if p.then != nil {
		end = "action.continue"
	}
	return append([]Offer{{Action: Continue, Desc: end}, {Action: Back, Desc: "action.back"}}, c.takeHomeOffer()...)
}
func (p *checklistPlace) Do(c *Core, a Action, _ int) {
	switch {
	case a == Continue && p.then != nil:
		p.then(c)
	case a == Continue:
		c.quit()
	case a == Back:
		c.Close()
	case a == TakeHome:
		c.openTakeHome(c.own())
	}
}
func (p *checklistPlace) Prompt(*Core) Prompt {
	if p.then != nil {
		return Prompt{ID: "plain.prompt-checklist-on", Enter: Continue}
	}
	return Prompt{ID: "plain.prompt-checklist", Enter: Continue}
}
