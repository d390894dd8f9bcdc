package core

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Help over a place, the help index that lists every help topic and finds
// one by a word typed in part ("låst", "pinkode", "ny tele"), and a topic:
// what to do, where its facts come from, and the day they were last
// checked.

// searchMax is the most the search field takes: a few words.
const searchMax = 40

// staleDays is the age after which a topic's facts may have changed.
const staleDays = 365

// helpPlace is the help of the place it is opened over.
type helpPlace struct{ over Controller }

func (h *helpPlace) Place() Place { return HelpScreen }
func (h *helpPlace) Screen(c *Core) Screen {
	var also []Block
	for n, i := range h.seeAlso(c) {
		also = append(also, Block{Kind: Text, Text: c.t.T("help.see-also", text.Data{"Title": c.t.T(c.opts.Topics[i].Title), "Number": n + 1})})
	}
	top, body := c.helpScreen(h.over.(Helpful), also)
	return Screen{Top: top, Body: body}
}
func (h *helpPlace) Offers(c *Core) []Offer {
	offers := []Offer{{Action: CloseHelp, Desc: "action.close-help"}}
	if n := len(h.seeAlso(c)); n > 0 {
		offers = append(offers, Offer{Action: Choose, Desc: "action.open-topic", Count: n})
	}
	if len(c.opts.Topics) > 0 {
		offers = append(offers, Offer{Action: HelpIndex, Desc: "action.help-index"})
	}
	return offers
}
func (h *helpPlace) Do(c *Core, a Action, arg int) {
	switch a {
	case CloseHelp:
		c.closeHelp()
	case Choose:
		c.openTopic(h.seeAlso(c)[arg])
	}
}

// seeAlso are the indexes of the topics a step's help leads to (its see),
// among the topics the guide has.
func (h *helpPlace) seeAlso(c *Core) []int {
	if _, ok := h.over.(*stepPlace); !ok {
		return nil
	}
	var out []int
	for _, id := range c.s.Current().See {
		if i := slices.IndexFunc(c.opts.Topics, func(t flow.Topic) bool { return t.ID == id }); i >= 0 {
			out = append(out, i)
		}
	}
	return out
}
func (h *helpPlace) Prompt(*Core) Prompt { return Prompt{ID: "plain.help-commands", Enter: CloseHelp} }

// indexPlace is the help index: the search, and the topics found, numbered.
type indexPlace struct {
	query string // what is typed in its search field
	at    int    // the highlighted topic, among those found
}

func (c *Core) openIndex() { c.Open(&indexPlace{}) }

func (x *indexPlace) Place() Place     { return HelpIndexScreen }
func (x *indexPlace) Highlighted() int { return x.at }

// Uncovered: back from a topic, the index is told again, the topic read
// still highlighted.
func (x *indexPlace) Uncovered(c *Core) { c.Changed(x) }

func (x *indexPlace) Screen(c *Core) Screen {
	top := c.Badges(Block{Kind: Heading, Text: c.t.T("topics.title")})
	var body []Block
	found := c.found(x.query)
	switch {
	case len(found) == 0:
		body = append(body, c.prefixed(Note, c.t.T("topics.none", text.Data{"Search": x.query})))
	case x.query != "":
		body = append(body, Block{Kind: Text, Text: c.t.T("topics.found", text.Data{"Count": len(found)})})
	default:
		body = append(body, Block{Kind: Text, Text: c.t.T("topics.all")})
	}
	for n, i := range found {
		body = append(body, Block{Kind: Choice, Text: c.t.T(c.opts.Topics[i].Title), Number: n + 1})
	}
	return Screen{Top: top, Body: body}
}

func (x *indexPlace) Offers(c *Core) []Offer {
	return append(pickOffers(len(c.found(x.query)), "action.select-topic", "action.open-topic"), Offer{Action: Back, Desc: "action.close-help"})
}

func (x *indexPlace) Do(c *Core, a Action, arg int) {
	switch a {
	case Move:
		n := len(c.found(x.query))
		x.at = (x.at + arg + n) % n
	case Select:
		x.at = arg
	case Choose:
		x.at = arg
		x.open(c)
	case Continue:
		x.open(c)
	case Back:
		c.closeHelp()
	}
}

// open shows the topic highlighted.
func (x *indexPlace) open(c *Core) {
	if found := c.found(x.query); x.at >= 0 && x.at < len(found) {
		c.openTopic(found[x.at])
	}
}

func (x *indexPlace) Prompt(*Core) Prompt { return Prompt{ID: "plain.prompt-topics", Enter: Back} }

func (x *indexPlace) Fields(c *Core) ([]Field, int) {
	return []Field{{Label: c.t.T("topics.search"), Example: c.t.T("topics.search-example"), Value: x.query,
		MaxLength: searchMax, State: Typing}}, 0
}

// EditField takes the search field's text and returns what it keeps.
func (x *indexPlace) EditField(c *Core, i int, typed string) string {
	if i != 0 {
		return ""
	}
	if r := []rune(typed); len(r) > searchMax {
		typed = string(r[:searchMax])
	}
	if typed != x.query {
		x.query, x.at = typed, 0
		if n, ok := topicNumber(typed); ok && n <= len(c.found(typed)) {
			x.at = n - 1 // the topic of the number seen: Enter opens it
		}
		c.Changed(x)
	}
	return typed
}

// topicNumber reads a query that is a number alone ("2", "2.") as the
// number of a topic listed, as a line mode takes it.
func topicNumber(query string) (int, bool) {
	digits := strings.TrimSuffix(strings.TrimSpace(query), ".")
	if digits == "" || strings.Trim(digits, "0123456789") != "" {
		return 0, false // a name, as a rule: no error made to say so at every key
	}
	n, err := strconv.Atoi(digits)
	return n, err == nil && n > 0
}

// AnswerField searches for the words of a line.
func (x *indexPlace) AnswerField(c *Core, i int, line string) Result {
	x.EditField(c, i, strings.TrimSpace(line))
	return Result{Outcome: Searched}
}

// found are the indexes of the topics whose words hold every word of the
// search, in part and in any case; all of them when nothing is typed, or a
// number (which picks one of them). Those whose title holds more of the
// words come first, as the best matches; the rest keep the index's order.
func (c *Core) found(query string) []int {
	if _, ok := topicNumber(query); ok {
		query = ""
	}
	words := strings.Fields(strings.ToLower(query))
	var out []int
	for i, tp := range c.opts.Topics {
		hay := c.t.T(tp.Title) + " " + c.t.T(tp.Words)
		for _, id := range c.s.Shown(tp.Body) {
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
	slices.SortStableFunc(out, func(a, b int) int {
		return cmp.Compare(c.inTitle(b, words), c.inTitle(a, words))
	})
	return out
}

// inTitle counts the words of a search that topic i's title holds. A word
// of more than four letters counts without its last letter, so that a
// word typed with another ending still meets the title ("kommer" meets
// "kommet").
func (c *Core) inTitle(i int, words []string) int {
	title := strings.ToLower(c.t.T(c.opts.Topics[i].Title))
	n := 0
	for _, w := range words {
		if r := []rune(w); len(r) > 4 {
			w = string(r[:len(r)-1])
		}
		if strings.Contains(title, w) {
			n++
		}
	}
	return n
}

// topicPlace is one topic: what to do, its sources and the day its facts
// were checked; older than a year, that they may have changed.
type topicPlace struct{ topic int }

func (tp *topicPlace) Place() Place { return TopicScreen }
func (tp *topicPlace) Screen(c *Core) Screen {
	t := c.opts.Topics[tp.topic]
	top := c.Badges(Block{Kind: Caption, Text: c.t.T("topics.title")}, Block{Kind: Heading, Text: c.t.T(t.Title)})
	body := append(c.paragraphs(c.s.Shown(t.Body)), c.sources(t.Sources, t.Checked)...)
	return Screen{Top: top, Body: body}
}
func (tp *topicPlace) Offers(*Core) []Offer {
	return []Offer{{Action: Back, Desc: "action.topics"}, {Action: CloseHelp, Desc: "action.close-help"}}
}
func (tp *topicPlace) Do(c *Core, a Action, _ int) {
	switch a {
	case Back:
		c.Close()
	case CloseHelp:
		c.closeHelp()
	}
}
func (tp *topicPlace) Prompt(*Core) Prompt { return Prompt{ID: "plain.prompt-topic", Enter: Back} }

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

// quitPlace asks whether to quit, saying what quitting keeps.
type quitPlace struct{}

func (q *quitPlace) Place() Place { return QuitScreen }
func (q *quitPlace) Screen(c *Core) Screen {
	return Screen{Top: c.Badges(Block{Kind: Heading, Text: c.t.T("quit.title")}), Body: []Block{{Kind: Text, Text: c.quitText()}}}
}
func (q *quitPlace) Offers(*Core) []Offer {
	return []Offer{{Action: QuitYes, Desc: "action.quit-yes"}, {Action: QuitNo, Desc: "action.quit-no"}}
}
func (q *quitPlace) Do(c *Core, a Action, _ int) {
	switch a {
	case QuitYes:
		c.end()
	case QuitNo:
		c.Close()
	}
}
func (q *quitPlace) Prompt(*Core) Prompt {
	return Prompt{ID: "plain.quit-ask", Enter: QuitNo, Refuse: "plain.yes-no"}
}

// quit ends the guide; what was typed is kept (not a secret) and the rest
// forgotten.
func (c *Core) quit() {
	c.leaveSteps()
	c.show(endedPlace{})
}

// endedPlace is the guide once quit: nothing more is shown or done.
type endedPlace struct{}

func (endedPlace) Place() Place          { return Ended }
func (endedPlace) Screen(*Core) Screen   { return Screen{} }
func (endedPlace) Offers(*Core) []Offer  { return nil }
func (endedPlace) Do(*Core, Action, int) {}
func (endedPlace) Prompt(*Core) Prompt   { return Prompt{} }
