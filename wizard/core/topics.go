package core

import (
	"strings"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The help index lists every help topic and finds one by a word typed in
// part ("låst", "pinkode", "ny tele"); a topic tells what to do, where its
// facts come from, and the day they were last checked.

// searchMax is the most the search field takes: a few words.
const searchMax = 40

// staleDays is the age after which a topic's facts may have changed.
const staleDays = 365

// openIndex shows the help index, with the search typed so far.
func (c *Core) openIndex() {
	c.place = HelpIndexScreen
	c.topicAt = 0
	c.screen++
}

// search takes the search field's text and returns what it keeps.
func (c *Core) search(typed string) string {
	typed = WithoutControls(typed)
	if r := []rune(typed); len(r) > searchMax {
		typed = string(r[:searchMax])
	}
	if typed != c.query {
		c.query, c.topicAt = typed, 0
		c.screen++
	}
	c.notice = ""
	return typed
}

// searchField is the help index's one field.
func (c *Core) searchField() []Field {
	return []Field{{Label: c.t.T("topics.search"), Example: c.t.T("topics.search-example"), Value: c.query,
		MaxLength: searchMax, State: Typing}}
}

// found are the indexes of the topics whose words hold every word of the
// search, in part and in any case; all of them when nothing is typed.
func (c *Core) found() []int {
	words := strings.Fields(strings.ToLower(c.query))
	var out []int
	for i, tp := range c.opts.Topics {
		hay := c.t.T(tp.Title) + " " + c.t.T(tp.Words)
		for _, id := range flow.Shown(tp.Body, c.s.Answers) {
			hay += " " + c.t.T(id)
		}
		hay = strings.ToLower(hay)
		all := true
		for _, w := range words {
			all = all && strings.Contains(hay, w)
		}
		if all {
			out = append(out, i)
		}
	}
	return out
}

// index is the help index: the search, and the topics found, numbered.
func (c *Core) index() (top, body []Block) {
	top = c.top(Block{Kind: Heading, Text: c.t.T("topics.title")})
	found := c.found()
	switch {
	case len(found) == 0:
		body = append(body, c.prefixed(Note, c.t.T("topics.none", text.Data{"Search": c.query})))
	case c.query != "":
		body = append(body, Block{Kind: Text, Text: c.t.T("topics.found", text.Data{"Count": len(found)})})
	default:
		body = append(body, Block{Kind: Text, Text: c.t.T("topics.all")})
	}
	for n, i := range found {
		body = append(body, Block{Kind: Choice, Text: c.t.T(c.opts.Topics[i].Title), Number: n + 1})
	}
	return top, body
}

// openTopic shows the topic highlighted in the index.
func (c *Core) openTopic() {
	found := c.found()
	if c.topicAt < 0 || c.topicAt >= len(found) {
		return
	}
	c.topic = found[c.topicAt]
	c.place = TopicScreen
	c.screen++
}

// topicScreen is one topic: what to do, its sources and the day its facts
// were checked; older than a year, that they may have changed.
func (c *Core) topicScreen() (top, body []Block) {
	tp := c.opts.Topics[c.topic]
	top = c.top(Block{Kind: Caption, Text: c.t.T("topics.title")}, Block{Kind: Heading, Text: c.t.T(tp.Title)})
	body = append(c.paragraphs(flow.Shown(tp.Body, c.s.Answers)), c.sources(tp.Sources, tp.Checked)...)
	return top, body
}

// sources tell where facts come from and the day they were checked; facts
// checked more than a year ago may have changed, which is told too.
func (c *Core) sources(from []string, checked time.Time) []Block {
	var names []string
	for _, src := range from {
		if strings.HasPrefix(src, "https://") {
			names = append(names, src)
		} else {
			names = append(names, c.t.T(src))
		}
	}
	days := flow.DaysBetween(checked, c.s.Now())
	blocks := []Block{{Kind: Text, Text: c.t.T("topics.sources", text.Data{"Sources": "- " + strings.Join(names, "\n- "),
		"When": c.t.When(checked, days)})}}
	if days > staleDays {
		blocks = append(blocks, c.prefixed(Note, c.t.T("topics.may-have-changed")))
	}
	return blocks
}

// highlight is the highlighted item of the place: a topic of the help
// index, else an answer.
func (c *Core) highlight() *int {
	if c.place == HelpIndexScreen {
		return &c.topicAt
	}
	return &c.selected
}

// choiceCount is how many answers the place offers to move between.
func (c *Core) choiceCount() int {
	switch c.place {
	case SituationScreen:
		return len(c.opts.Journeys)
	case HelpIndexScreen:
		return max(1, len(c.found()))
	}
	return len(c.s.Current().Choices)
}
