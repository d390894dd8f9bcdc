package core

import (
	"slices"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// The place that asks whether a mail or page is genuine: a sender or an
// address typed or pasted is judged (Options.Genuine), the verdict told in
// words with its reasons, and then what the guide cannot tell, in the
// words of the help topic the place stands for (Options.GenuineTopic),
// with its sources. What is typed lives in the place alone: it is never
// saved, never among the typed answers a step shows again, and gone once
// the place is closed.

// genuineMax is the most the field takes: a long web address.
const genuineMax = 500

type genuinePlace struct {
	typed  string          // the field's text, until it is judged
	line   string          // the line judged last, as typed
	judged *verdict.Origin // what was said of it; nil before any
}

// genuineTopic is the help topic the place stands for, whose words say
// what the guide cannot tell; false where the guide has no such place, or
// not that topic (a folder of corrections may leave it out): without
// those words the place is not offered.
func (c *Core) genuineTopic() (flow.Topic, bool) {
	i := slices.IndexFunc(c.opts.Topics, func(t flow.Topic) bool { return t.ID == c.opts.GenuineTopic })
	if c.opts.Genuine == nil || i < 0 {
		return flow.Topic{}, false
	}
	return c.opts.Topics[i], true
}

// genuineExtra is the first question's answer that opens the place, where
// the guide has one.
func (c *Core) genuineExtra() []listItem {
	if _, ok := c.genuineTopic(); !ok {
		return nil
	}
	return []listItem{{text: c.t.T("genuine.answer"), do: func(c *Core) { c.Open(&genuinePlace{}) }}}
}

// openTopic shows help topic i: the place that judges a sender or address
// for the topic it stands for.
func (c *Core) openTopic(i int) {
	if t, ok := c.genuineTopic(); ok && c.opts.Topics[i].ID == t.ID {
		c.Open(&genuinePlace{})
		return
	}
	c.Open(&topicPlace{topic: i})
}

func (g *genuinePlace) Place() Place { return GenuineScreen }

func (g *genuinePlace) Screen(c *Core) Screen {
	top := c.Badges(Block{Kind: Heading, Text: c.t.T("genuine.title")})
	body := []Block{{Kind: Text, Text: c.t.T("genuine.intro")}}
	if g.judged != nil {
		body = c.judgement(g.line, *g.judged)
	}
	t, _ := c.genuineTopic() // there is one, or the place is not offered
	body = append(body, Block{Kind: Text, Text: c.t.T("genuine.cannot")})
	body = append(append(body, c.paragraphs(c.s.Shown(t.Body))...), c.sources(t.Sources, t.Checked)...)
	return Screen{Top: top, Body: body}
}

// judgement is the verdict on a line in words: the line, what the host
// is, and why. A host that is not official is a warning.
func (c *Core) judgement(line string, v verdict.Origin) []Block {
	said := c.t.T("genuine.verdict-"+v.Code, text.Data{"Host": v.Host})
	verdictBlock := Block{Kind: Text, Text: said}
	switch {
	case v.Code == "unreadable":
		verdictBlock = c.prefixed(Note, said)
	case !v.Official:
		verdictBlock = c.prefixed(Warning, said)
	}
	blocks := []Block{{Kind: Text, Text: c.t.T("genuine.typed", text.Data{"Typed": line})}, verdictBlock}
	if len(v.Reasons) > 0 {
		var reasons []string
		for _, r := range v.Reasons {
			reasons = append(reasons, "- "+c.t.T("genuine.reason-"+r, text.Data{"Host": v.Host}))
		}
		blocks = append(blocks, Block{Kind: Text, Text: strings.Join(reasons, "\n")})
	}
	return blocks
}

func (g *genuinePlace) Offers(*Core) []Offer {
	return []Offer{{Action: Continue, Desc: "genuine.action-check"}, {Action: Back, Desc: "action.back"}}
}

func (g *genuinePlace) Do(c *Core, a Action, _ int) {
	switch a {
	case Continue: // the field emptied, so that the next line pasted is not added to this one
		v := c.opts.Genuine(g.typed)
		g.line, g.judged, g.typed = g.typed, &v, ""
		c.Changed(g)
	case Back:
		c.Close()
	}
}

// Prompt: a line mode asks for a sender or address; Enter alone goes back.
func (g *genuinePlace) Prompt(c *Core) Prompt {
	return Prompt{ID: "genuine.prompt", Enter: Back, Label: c.t.T("genuine.label")}
}

func (g *genuinePlace) Fields(c *Core) ([]Field, int) {
	return []Field{{Label: c.t.T("genuine.label"), Value: g.typed, MaxLength: genuineMax, State: Typing}}, 0
}

// EditField takes the field's text, cut to what it takes.
func (g *genuinePlace) EditField(_ *Core, i int, typed string) string {
	if i != 0 {
		return ""
	}
	if r := []rune(typed); len(r) > genuineMax {
		typed = string(r[:genuineMax])
	}
	g.typed = typed
	return typed
}

// AnswerField judges a whole line.
func (g *genuinePlace) AnswerField(c *Core, i int, line string) Result {
	g.EditField(c, i, line)
	g.Do(c, Continue, 0)
	return Result{Outcome: Searched}
}
