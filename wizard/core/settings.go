package core

import "github.com/eulogin-guide/eulogin-guide/wizard/text"

// A Setting is one of the guide's settings as the settings place offers
// it: its id, its name (a message id), and its values, each with its name
// (a message id); the first value is the guide's own default.
type Setting struct {
	ID     string
	Name   string
	Values []string
	Names  []string
	Value  string // the value now
}

// next is the value after the one now, round again after the last.
func (s Setting) next() string {
	for i, v := range s.Values {
		if v == s.Value {
			return s.Values[(i+1)%len(s.Values)]
		}
	}
	return s.Values[0]
}

// name is the message id of the value now.
func (s Setting) name() string {
	for i, v := range s.Values {
		if v == s.Value {
			return s.Names[i]
		}
	}
	return s.Names[0]
}

// Change is what the person asked for on the settings place. The guide
// ends, and whoever started it starts it again with the change: a
// front-end, a language and a member are chosen before a core is made.
type Change struct {
	Setting, Value string // a setting and its new value
	Member         string // another member to go on with
	Delete         bool   // what is kept of this member deleted
	Stay           bool   // started again where it was, not on the settings place (Options.ToLines)
	Once           bool   // for this sitting only, not kept for the member (Options.ToRehearsal, Options.ToHelper for the unnamed)
	Overview       bool   // started again on the overview (Options.OpenOverview)
	Made           bool   // Member is new, made in the overview after its name was checked (Options.NameChecked)
	// RulesRead: the helper's rules were read in the sitting the change
	// ends; started again, they are not told again (Options.RulesRead).
	RulesRead bool
	// Helping: going on with another member from a sitting in helper
	// mode, the volunteer still helps.
	Helping bool
}

// Change says what the person asked for on the settings place, once the
// guide has ended for it.
func (c *Core) Change() (Change, bool) {
	if c.change == nil {
		return Change{}, false
	}
	return *c.change, true
}

// ask ends the guide for a change.
func (c *Core) ask(ch Change) {
	ch.RulesRead = c.ruled
	ch.Helping = ch.Member != "" && c.opts.Helper
	c.change = &ch
	c.show(endedPlace{})
}

// listPlace is a place that lists answers to choose one of: the settings,
// the members, a question whether to delete. Each answer does its own.
type listPlace struct {
	place    Place
	title    string // message id
	body     string // message id
	help     string // message id of its help: what choosing does here
	data     text.Data
	items    []listItem
	selected int
	// safeFirst: the first answer changes nothing, so Enter alone takes it
	// in a line mode too, as the full screen's Enter does.
	safeFirst bool
	// about is the member the place is about, where it is not the one on
	// now (badgesOf: "" for none); nil for the one on now.
	about *string
}

type listItem struct {
	text string // the words
	do   func(c *Core)
}

func (l *listPlace) Place() Place     { return l.place }
func (l *listPlace) Highlighted() int { return l.selected }
func (l *listPlace) Help(c *Core) (string, []string, bool) {
	return c.t.T(l.title, l.data), []string{l.help}, false
}

func (l *listPlace) Screen(c *Core) Screen {
	top := c.Badges(Block{Kind: Heading, Text: c.t.T(l.title, l.data)})
	if l.about != nil {
		top = c.badgesOf(*l.about, top[len(top)-1])
	}
	body := append(c.noticeBlocks(), Block{Kind: Text, Text: c.t.T(l.body, l.data)})
	for i, it := range l.items {
		body = append(body, Block{Kind: Choice, Text: it.text, Number: i + 1})
	}
	return Screen{Top: top, Body: body}
}

func (l *listPlace) Offers(*Core) []Offer {
	n := len(l.items)
	return []Offer{{Action: Move, Desc: "action.move"}, {Action: Select, Desc: "action.select", Count: n},
		{Action: Choose, Desc: "action.choose", Count: n}, {Action: Continue, Desc: "action.choose"},
		{Action: Back, Desc: "action.back"}}
}

func (l *listPlace) Do(c *Core, a Action, arg int) {
	switch a {
	case Move:
		n := len(l.items)
		l.selected = (l.selected + arg + n) % n
	case Select:
		l.selected = arg
	case Choose:
		l.items[arg].do(c)
	case Continue:
		l.items[l.selected].do(c)
	case Back:
		c.Close()
	}
}

func (l *listPlace) Prompt(c *Core) Prompt {
	labels := make([]string, len(l.items))
	for i, it := range l.items {
		labels[i] = it.text
	}
	def := -1
	if l.safeFirst {
		def = l.selected
	}
	return c.choicePrompt(labels, nil, def)
}

// settingsOffer is the way to the settings, where there are some.
func (c *Core) settingsOffer() []Offer {
	if len(c.opts.Settings) == 0 {
		return nil
	}
	return []Offer{{Action: OpenSettings, Desc: "action.settings"}}
}

// openSettings shows the settings over the place shown now: the way back,
// each setting with its value (choosing one turns it to the next value),
// then another member and deleting what is kept, where those can be done.
func (c *Core) openSettings() {
	l := &listPlace{place: SettingsScreen, title: "settings.title", body: "settings.body", help: "settings.help", safeFirst: true}
	// The first answer, the one Enter takes, changes nothing: an "i" and
	// an Enter pressed by chance leave the guide as it was.
	l.items = append(l.items, listItem{text: c.t.T("settings.back"), do: (*Core).Close})
	for _, s := range c.opts.Settings {
		words := c.t.T("settings.choice", text.Data{"Setting": c.t.T(s.Name), "Value": c.t.T(s.name())})
		l.items = append(l.items, listItem{text: words, do: func(c *Core) { c.ask(Change{Setting: s.ID, Value: s.next()}) }})
	}
	if c.opts.Mode == Rehearsal && len(c.opts.Failures) > 0 {
		l.items = append(l.items, listItem{text: c.t.T("settings.failures"), do: (*Core).openFailures})
	}
	if len(c.opts.Members) > 0 {
		l.items = append(l.items, listItem{text: c.t.T("settings.member"), do: (*Core).openMembers})
	}
	if c.opts.Mode != Rehearsal && c.opts.Save != nil {
		l.items = append(l.items, listItem{text: c.t.T("settings.delete", c.profileData()),
			do: func(c *Core) { c.askDelete(c.profileData(), Change{Delete: true}) }})
	}
	l.items = append(l.items, c.overviewItem()...)
	c.Open(l)
}

// openMembers lists the other members with something kept, to go on with
// one of them.
func (c *Core) openMembers() {
	c.leaveFirstScreen() // what the settings told is not told again over them
	l := &listPlace{place: SettingsScreen, title: "settings.members-title", body: "settings.members-body", help: "settings.members-help"}
	for _, name := range c.opts.Members {
		l.items = append(l.items, listItem{text: text.Shown(name), do: func(c *Core) { c.goOnWith(Change{Member: name}) }})
	}
	c.Open(l)
}

// askDelete asks whether to delete what is kept of the member data names
// (ch), keeping it being the first answer, as Enter takes it.
func (c *Core) askDelete(data text.Data, ch Change) {
	c.leaveFirstScreen()
	var about *string
	if ch.Member != "" {
		about = &ch.Member
	}
	c.Open(&listPlace{place: SettingsScreen, title: "settings.delete-title", body: "settings.delete-body", help: "settings.delete-help", data: data, safeFirst: true, about: about,
		items: []listItem{
			{text: c.t.T("settings.delete-no"), do: (*Core).Close},
			{text: c.t.T("settings.delete-yes"), do: func(c *Core) { c.ask(ch) }},
		}})
}

// profileData names the member, or the person at this computer when no
// member is named.
func (c *Core) profileData() text.Data {
	if c.opts.Profile == "" {
		return text.Data{"Profile": c.t.T("settings.no-profile")}
	}
	return text.Data{"Profile": c.opts.Profile}
}
