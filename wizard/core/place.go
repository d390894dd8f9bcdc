package core

// A Controller is one place the guide can show: it builds its screen,
// lists what can be done there, and does it, keeping the state that is its
// own (a highlighted answer, a search, the fields being typed). The core
// keeps a stack of them: help over a step, a topic over the help index
// over help. What every place has (quitting; help, where the place has
// some) the core adds to the offers itself, so that no place can lose it.
//
// A new place is a new Controller: the core's other places and the
// front-ends need no change, since the front-ends draw frames and map
// input to actions, whatever the place.
type Controller interface {
	// Place is what the place is, as Frame.Place tells it.
	Place() Place
	// Screen builds the place's blocks and panels.
	Screen(c *Core) Screen
	// Offers are the place's own actions, in the order their hints are
	// shown; the core adds Help, HelpIndex and Quit.
	Offers(c *Core) []Offer
	// Do carries out one of the place's own offers.
	Do(c *Core, a Action, arg int)
	// Prompt is what a line mode asks here, and which action a line with
	// nothing on it does (0 for none).
	Prompt(c *Core) Prompt
}

// Screen is what a place shows, not yet drawn.
type Screen struct {
	Top    []Block // badges, caption, heading
	Body   []Block
	Panels []Panel // what is drawn beside or instead of the body: a QR code
}

// Prompt is what a line mode asks at a place: a message id and its data,
// the action a line with nothing on it does (which may be one no key has,
// such as quitting at once from a journey done), the answer that takes in
// words where it is one, what is told of a line that is nothing the place
// takes, and for a field the line's label and whether what is typed is
// hidden.
type Prompt struct {
	ID      string
	Data    map[string]any
	Enter   Action
	Default string // the words of the answer Enter alone chooses; "" where it chooses none
	Refuse  string // message id; "" for plain.not-understood
	Label   string
	Secret  bool
}

// PanelKind says what a panel shows.
type PanelKind int

const (
	QRCode PanelKind = iota + 1 // an official address as a QR code, with the address as text
	Sketch                      // a sketch of a page: its parts in order (Parts)
)

// Panel is a part of a screen that is not paragraphs: drawn beside the
// body where it fits, and in a line mode printed when asked for.
type Panel struct {
	Kind    PanelKind
	Text    string // what it shows: the address of a QR code
	Caption string // in words, what to do with it: which device scans the code
	Invert  bool   // the code's colours turned round, for a light background without colours
	Words   bool   // Text is words to practise with (Step.PracticeQR), not an address
	Asked   int    // counts the times the user asked for it, so a line mode prints it each time
	Parts   []Part // a sketch's parts, in the page's order
}

// Part is one part of a sketch as it is drawn: words (a Heading, Text or
// Note block's kind), or the frame's field Field.
type Part struct {
	Kind        Kind   // Heading for the page's title, Text for words, Note for a QR code's place
	Text        string // the words; a field's own are in Frame.Fields
	Field       int    // the field of the frame this part is, from 0; -1 for words
	Link        bool   // the field is a link, not a button
	Marked      bool   // the part the step asks for: "← her"
	Unconfirmed bool   // no source confirms it
}

// Panel finds the frame's panel of a kind, and reports whether there is one.
func (f Frame) Panel(k PanelKind) (Panel, bool) {
	for _, p := range f.Panels {
		if p.Kind == k {
			return p, true
		}
	}
	return Panel{}, false
}

// The optional parts of a place.
type (
	// Helpful is a place with help of its own: a heading and paragraphs,
	// and whether it is the step's help, with the journey's sources.
	Helpful interface {
		Help(c *Core) (title string, paragraphs []string, sources bool)
	}
	// Fielded is a place with fields to type into: the fields and the one
	// typed into, the whole text of a field as it is typed (giving back
	// what the field keeps), and a whole line typed for a field with its
	// Enter, as Core.Answer says.
	Fielded interface {
		Fields(c *Core) (fields []Field, focus int)
		EditField(c *Core, i int, typed string) string
		AnswerField(c *Core, i int, line string) Result
	}
	// Highlighting is a place with a highlighted answer or item.
	Highlighting interface{ Highlighted() int }
	// Uncovering is a place told when the place over it is closed.
	Uncovering interface{ Uncovered(c *Core) }
)

// Open shows place p over the place shown now; closing it (Close) shows
// that place again as it was.
func (c *Core) Open(p Controller) {
	defer c.moved()
	c.stack = append(c.stack, p)
	c.Changed(p)
}

// Close takes the place shown now away, showing the one under it.
func (c *Core) Close() {
	defer c.moved()
	if len(c.stack) > 1 {
		c.stack = c.stack[:len(c.stack)-1]
		if u, ok := c.top().(Uncovering); ok {
			u.Uncovered(c)
		}
	}
}

// show makes p the only place: the journey's places (the start screen, a
// step, the first question) are not shown over one another.
func (c *Core) show(p Controller) {
	c.stack = c.stack[:0]
	c.Open(p)
}

// top is the place shown now.
func (c *Core) top() Controller { return c.stack[len(c.stack)-1] }

// Changed tells the core that what place p shows has changed: the next
// frame builds it again, and front-ends redraw what they keep of it.
func (c *Core) Changed(p Controller) {
	defer c.moved()
	c.revision++
	c.revisions[p] = revision{screen: c.revision, text: c.revision}
}

// panelsChanged tells the core that only the panels of place p have
// changed (a QR code shown): a line mode does not print its text again.
func (c *Core) panelsChanged(p Controller) {
	c.revision++
	c.revisions[p] = revision{screen: c.revision, text: c.revisions[p].text}
}

// revision numbers what a place shows: all of it, and its text alone.
type revision struct{ screen, text int }

// closeHelp closes help and what was opened from it (the help index, a
// topic), showing the place help was opened over.
func (c *Core) closeHelp() {
	for isHelp(c.top().Place()) && len(c.stack) > 1 {
		c.Close()
	}
}

func isHelp(p Place) bool { return p == HelpScreen || p == HelpIndexScreen || p == TopicScreen }

// withGlobalOffers adds what every place has, after its own: the way on to
// the journey its words send the person to, its help where it has some,
// the help index where help is, and quitting but on the quit question and
// once ended.
func (c *Core) withGlobalOffers(offers []Offer, p Controller) []Offer {
	offers = append(offers, c.handoverOffer(p)...)
	offers = append(offers, c.letterOffer(p)...)
	if _, ok := p.(Helpful); ok && !isHelp(p.Place()) {
		offers = append(offers, Offer{Action: Help, Desc: "action.help"})
		if len(c.opts.Topics) > 0 {
			offers = append(offers, Offer{Action: HelpIndex, Desc: "action.help-index", Hidden: true})
		}
	}
	if p.Place() != QuitScreen && p.Place() != Ended {
		offers = append(offers, Offer{Action: Quit, Desc: "action.quit"})
	}
	offers = append(offers, c.linesOffer(p)...)
	if p.Place() != Ended { // a screen seen needs no key for it: a line mode's word
		offers = append(offers, Offer{Action: SayAgain, Desc: "action.repeat", Hidden: true})
	}
	return offers
}

// doGlobal carries out what every place has.
func (c *Core) doGlobal(a Action) {
	switch a {
	case Help:
		c.Open(&helpPlace{over: c.top()})
	case HelpIndex:
		if c.top().Place() == HelpScreen {
			c.Close() // the index stands in for help, as help's own way on
		}
		c.openIndex()
	case Quit:
		if c.top().Place() == ChecklistScreen { // the last place before the end: quitting there ends
			c.quit()
			return
		}
		c.Open(&quitPlace{})
	case Handover:
		c.handOver(c.handoverTo(c.top()))
	case OpenSettings:
		c.openSettings()
	case SayAgain: // its words are new to a line mode, which says them again
		c.Changed(c.top())
	case SwitchToLines:
		c.ask(*c.opts.ToLines)
	case WriteLetter:
		c.openLetters(c.lettersAt(c.top()))
	}
}

// linesOffer is the way to the line mode, from a front-end that is not
// it: on every place but the quit question and the end, hinted where a
// journey is chosen or begun (the first question, the start screen), the
// places a person who cannot see the screen starts at.
func (c *Core) linesOffer(p Controller) []Offer {
	place := p.Place()
	if c.opts.ToLines == nil || place == QuitScreen || place == Ended {
		return nil
	}
	return []Offer{{Action: SwitchToLines, Desc: "action.lines", Hidden: place != SituationScreen && place != HomeScreen}}
}

// pickOffers are the offers of a list of n answers found by a word typed
// (the help index, the overview): move between them, pick one by its
// number (select says it), or Enter on the one highlighted (choose says
// it); none where nothing is found.
func pickOffers(n int, selectDesc, chooseDesc string) []Offer {
	if n == 0 {
		return nil
	}
	return []Offer{{Action: Move, Desc: "action.move"}, {Action: Select, Desc: selectDesc, Count: n},
		{Action: Choose, Desc: chooseDesc, Count: n}, {Action: Continue, Desc: chooseDesc}}
}
