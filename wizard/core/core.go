// Package core is the guide's application core: one state machine over
// every place the guide can show (the start screen, a step, the look-away
// screen, help, the quit question), the actions allowed in each, the
// fields being typed, the mode the guide runs in, and saving.
//
// A front-end asks for a Frame, draws it, and turns what the user does
// into actions (Do) and the text of a field (Edit); it decides nothing
// else, so the full screen and the plain mode cannot disagree. The core
// knows nothing about any particular service: the journey is data
// (package flow), and every word comes from the locale files (package text).
package core

import (
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Mode is how the guide runs.
type Mode int

const (
	Real      Mode = iota // the user's own journey: the progress is saved
	Rehearsal             // practice: nothing is saved, and every screen says so
)

// Place is what the guide shows.
type Place int

const (
	HomeScreen      Place = iota // the start screen with the task list
	StepScreen                   // one step of the journey
	LookAwayScreen               // a helper is asked to look away before a secret is typed
	HelpScreen                   // help for the place under it
	QuitScreen                   // the question whether to quit
	Ended                        // the user quit
	SituationScreen              // the first question: where the person stands, which leads to a journey
	HelpIndexScreen              // every help topic, found by a word typed
	TopicScreen                  // one help topic
)

// Saver keeps the progress. It returns "" or a reason code ("disk-full",
// "read-only", "failed"), told as the message "save.<code>".
type Saver func(flow.Progress) (reason string)

// Options set up a guide, whichever front-end draws it.
type Options struct {
	Flow     *flow.Flow
	Text     *text.Translator
	Mode     Mode
	Helper   bool           // a volunteer helps, in either mode: a look-away screen before a secret is typed
	Profile  string         // the name of the person's progress, told on every screen; "" for the default
	StartAt  string         // a step id to open at; empty opens the start screen
	Progress *flow.Progress // progress saved earlier, to continue from; nil for a fresh start
	// Save keeps the progress after every move. Nil in Real
	// mode means there is nowhere to save, which the user is told.
	Save    Saver
	OpenURL func(string) error // opens an address in the browser; nil when none can be opened
	Colour  bool               // the front-end shows colours (so a QR code needs no inverting)
	// Notices are told on the start screen, or on the first question when
	// that comes first: each once, in order (a content folder refused, a
	// damaged file set aside).
	Notices []Notice
	Now     func() time.Time // the clock; nil means time.Now
	Caption string           // message id of a step's caption; "" for "app.caption"
	// Journeys are the answers of the first question ("Hvor står du?"),
	// each leading to its journey; Flow is among them. Nil: Flow alone,
	// and no such question.
	Journeys []*flow.Flow
	Saved    map[string]flow.Progress // progress saved earlier of the other journeys, by flow id
	Ask      bool                     // open at the first question, not the start screen
	Topics   []flow.Topic             // the help topics, in the order the help index lists them
}

// Notice is a message for the start screen.
type Notice struct {
	ID   string    // message id
	Data text.Data // its template data
}

// Frame is everything a front-end needs to draw the place shown now, and
// the actions allowed there.
type Frame struct {
	Place       Place
	Top         []Block // badges, caption, heading
	Body        []Block
	Fields      []Field // the answers typed on a step, in Tab order
	Focus       int     // the field typed into; -1 when there is none
	Selected    int     // the highlighted choice of a Choose step
	Link        string  // the step's official address; "" for none
	Scan        string  // which device scans the address's QR code, in words
	QRFirst     bool    // the address is the step's main thing: its code is best shown at once
	QR          bool    // the address is shown as a QR code
	QRInvert    bool    // the code's colours are turned round
	Notice      []Block // what the last action brought (a browser opened, typing in the wrong place)
	SaveProblem []Block // while the progress cannot be saved, that it cannot
	Offers      []Offer // the actions allowed now, in the order their hints are shown
	Step        string  // the id of the journey's current step (as --step names it), shown or not
	Screen      int     // changes whenever Top or Body do, for a front-end's caches
	Visit       int     // changes whenever a step is entered
}

// Field is one answer field as it is drawn.
type Field struct {
	Label     string // for this typing (the second typing has its own)
	Example   string // a short example; "" for none, and on the second typing
	Value     string // the text typed
	Secret    bool   // hidden while typed
	Digits    bool   // only digits can be typed
	MaxLength int
	State     FieldState
	Checklist []Block // the rules the answer must meet, each with its state in words
	Messages  []Block // what the last Continue brought: a problem, or advice to confirm
}

// Core is one run of the guide.
type Core struct {
	opts       Options
	t          *text.Translator
	s          *flow.Session            // the journey on now
	sessions   map[string]*flow.Session // every journey met in this run, by flow id
	place      Place
	under      Place    // what help is shown over
	quitOver   Place    // what the quit question is shown over, help too
	welcome    bool     // the user came back to saved progress
	stageDone  string   // message id of the stage just finished
	paused     []string // message ids of what to do now, after an answer that paused the journey
	notice     string   // message id told after the last action
	homeNotice []Notice // Options.Notices, until the start screen is left
	saveIssue  string
	form       *form             // the fields of the current step; nil when it has none
	typed      map[string]string // non-secret typed text by field id, shown again on coming back
	selected   int               // the highlighted answer of the first question or of a Choose step
	topicAt    int               // the highlighted topic of the help index: its own, so help leaves the answer below as it was
	qr         bool
	qrInvert   bool
	screen     int
	visit      int
	built      *Frame // the blocks of screen number built.Screen
	farewell   atomic.Pointer[string]
	opening    atomic.Bool // the browser is being opened
	kept       bool        // some progress is saved: read at the start, or saved since
	firstAsk   bool        // the first question is asked before any start screen: there is none to go back to
	query      string      // what is typed in the help index's search field
	topic      int         // the topic shown, an index into Options.Topics
}

// New starts at the start screen, or at opts.StartAt, after restoring
// opts.Progress. Progress that does not fit the flow gives a
// *flow.ProgressError.
func New(opts Options) (*Core, error) {
	s := flow.NewSession(opts.Flow)
	if opts.Now != nil {
		s.Now = opts.Now
	}
	c := &Core{opts: opts, t: opts.Text, s: s, place: HomeScreen, homeNotice: opts.Notices,
		typed: map[string]string{}, sessions: map[string]*flow.Session{opts.Flow.ID: s}}
	if opts.Mode != Rehearsal && opts.Save == nil {
		c.saveIssue = "failed"
	}
	if opts.Progress != nil {
		if err := s.Restore(*opts.Progress); err != nil {
			return nil, err
		}
		c.welcome = true
	}
	if opts.StartAt != "" {
		if err := s.GoTo(opts.StartAt); err != nil {
			return nil, err
		}
		c.enterStep()
	} else if opts.Ask && len(opts.Journeys) > 0 {
		c.firstAsk = true
		c.askSituation()
	}
	c.keepFarewell()
	return c, nil
}

// Farewell is what quitting keeps, in words ("Guiden har gemt, hvor du er
// nået til."), for a front-end ended by a signal rather than the quit
// question. It is safe to call from any goroutine.
func (c *Core) Farewell() string { return *c.farewell.Load() }

func (c *Core) keepFarewell() {
	text := c.quitText()
	c.farewell.Store(&text)
}

// Text gives the words of the user's language, for what a front-end says
// of its own (its keys, a window too small).
func (c *Core) Text() *text.Translator { return c.t }

// Colour reports whether the front-end shows colours.
func (c *Core) Colour() bool { return c.opts.Colour }

// Frame is what to draw now.
func (c *Core) Frame() Frame {
	if c.built == nil || c.built.Screen != c.screen {
		c.built = c.buildScreen()
	}
	f := *c.built
	// Clipped, so that a front-end appending to them never writes into the
	// blocks kept for the next frame.
	f.Top, f.Body = f.Top[:len(f.Top):len(f.Top)], f.Body[:len(f.Body):len(f.Body)]
	f.Focus = -1
	switch {
	case c.form != nil && c.place == StepScreen:
		f.Fields, f.Focus = c.fieldViews(), c.form.focus
	case c.place == HelpIndexScreen:
		f.Fields, f.Focus = c.searchField(), 0
	}
	f.Selected, f.QR, f.QRInvert, f.Visit, f.Step = c.selected, c.qr, c.qrInvert, c.visit, c.s.Current().ID
	if c.place == HelpIndexScreen {
		f.Selected = c.topicAt
	}
	if c.notice != "" {
		f.Notice = []Block{{Kind: Text, Text: c.t.T(c.notice)}}
	}
	if c.saveIssue != "" {
		f.SaveProblem = []Block{c.prefixed(Note, c.t.T("save."+c.saveIssue))}
	}
	f.Offers = c.offers()
	return f
}

// Do carries out an action. An action that is not offered now, or a
// number it does not take, does nothing.
func (c *Core) Do(a Action, arg int) {
	o, ok := c.offer(a)
	if !ok || !o.allows(arg) {
		return
	}
	c.notice = ""
	switch a {
	case Continue:
		c.onContinue()
	case Back:
		c.back()
	case StartOver:
		c.form.focused().startOver()
	case ClearField:
		c.form.edit(c.form.focus, "")
	case Focus:
		n := len(c.form.fields)
		c.form.focus = (c.form.focus + arg + n) % n
	case Move:
		at := c.highlight()
		n := c.choiceCount()
		*at = (*at + arg + n) % n
	case Select:
		*c.highlight() = arg
	case ChangeAnswer:
		c.leaveStep()
		c.s.Change(arg)
		c.enterStep()
	case OpenStage:
		c.openStage(arg)
	case Help:
		c.under, c.place = c.place, HelpScreen
		c.screen++
	case Quit:
		c.quitOver, c.place = c.place, QuitScreen
		c.screen++
	case CloseHelp:
		c.place = c.under
		c.screen++
	case QuitNo:
		c.place = c.quitOver
		c.screen++
	case ChangeSituation:
		c.homeNotice = nil // told on the start screen it is asked from
		c.askSituation()
	case HelpIndex:
		c.openIndex()
	case QuitYes:
		c.leaveStep()
		c.place = Ended
		c.screen++
	case ShowQR:
		c.qr = true
	case HideQR:
		c.qr, c.qrInvert = false, false
	case InvertQR:
		c.qrInvert = !c.qrInvert
	case OpenBrowser:
		c.notice = c.openBrowser(c.s.Link())
	}
}

// OpenWait is how long opening the browser may hold the guide before it
// goes on and says the browser is on its way: a browser that starts in
// the foreground of the same terminal (a text browser, on a machine with no
// desktop) returns only when it ends.
var OpenWait = 300 * time.Millisecond

// openBrowser asks the browser to open the address, and gives the message
// id of what became of it, or of its being on its way. One opening at a
// time: another press while it runs starts none.
func (c *Core) openBrowser(url string) string {
	if !c.opening.CompareAndSwap(false, true) {
		return "qr.opening"
	}
	done := make(chan error, 1)
	go func() {
		defer c.opening.Store(false)
		done <- c.opts.OpenURL(url)
	}()
	select {
	case err := <-done:
		if err != nil {
			return "qr.open-failed"
		}
		return "qr.opened"
	case <-time.After(OpenWait):
		return "qr.opening"
	}
}

// Edit takes the whole text of field i as it is now, and returns the text
// the field keeps: a field for digits refuses anything else. An edit
// clears what the last Continue said about the answer.
func (c *Core) Edit(i int, typed string) string {
	if c.place == HelpIndexScreen && i == 0 {
		return c.search(typed)
	}
	if c.form == nil || c.place != StepScreen || i < 0 || i >= len(c.form.fields) {
		return ""
	}
	c.form.focus = i
	typed = WithoutControls(typed)
	kept, refused, cut := c.form.edit(i, typed)
	c.notice = ""
	switch {
	case refused:
		c.notice = "app.digits-only"
	case cut:
		c.notice = "app.paste-cut"
	}
	return kept
}

// WithoutControls is typed text without control characters (escape
// sequences among them) and without the marks that turn text round or
// hide it (bidirectional overrides and isolates), and with invalid UTF-8
// made valid: what is typed is shown again, and must neither drive the
// terminal nor show other text than was typed. Front-ends use it for what
// they print back too.
func WithoutControls(typed string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(typed, "\uFFFD"))
}

// PasteCut tells the user that what they pasted was longer than the field
// takes, and was cut (as Edit tells of a text it cut).
func (c *Core) PasteCut() { c.notice = "app.paste-cut" }

// TypingHere tells the user that what they type seems meant for another
// window: letters typed where the guide asks for none.
func (c *Core) TypingHere() { c.notice = "app.typing-here" }

// offer finds the offer of an action now.
func (c *Core) offer(a Action) (Offer, bool) {
	for _, o := range c.offers() {
		if o.Action == a {
			return o, true
		}
	}
	return Offer{}, false
}

func (c *Core) onContinue() {
	switch c.place {
	case HomeScreen:
		c.start()
		return
	case LookAwayScreen:
		c.place = StepScreen
		c.screen++
		return
	case SituationScreen:
		c.chooseJourney(c.selected)
		return
	case HelpIndexScreen:
		c.openTopic()
		return
	}
	st := c.s.Current()
	switch st.Kind {
	case flow.Type:
		if !c.form.submit(c.s.Answers) {
			return
		}
	case flow.Choose:
		if c.s.Choose(c.selected) {
			c.leaveStep()
			c.paused = flow.Shown(st.Choices[c.selected].Then, c.s.Answers)
			c.goHome()
			return
		}
	case flow.Review:
		if id := c.missingAnswer(); id != "" {
			c.leaveStep()
			_ = c.s.GoTo(c.s.Flow.StepOfField(id).ID)
			c.enterStep()
			return
		}
	}
	c.leaveStep()
	if !c.s.Next() {
		c.stageDone = c.s.Stage().Short
		c.goHome()
		return
	}
	c.enterStep()
}

func (c *Core) back() {
	switch c.place {
	case SituationScreen:
		c.goHome()
		return
	case HelpIndexScreen:
		c.place = c.under
		c.screen++
		return
	case TopicScreen: // back to the index as it was, the topic read still highlighted
		c.place = HelpIndexScreen
		c.screen++
		return
	}
	c.leaveStep()
	if !c.s.Back() {
		c.goHome()
		return
	}
	c.enterStep()
}

// start leaves the start screen for the next stage, where the user left it
// or at its beginning.
func (c *Core) start() {
	next := c.s.NextStage()
	if c.s.Status(next) == flow.NotStarted || c.s.StageIndex() != next {
		c.s.StartStage(next)
	}
	c.leaveHome()
	c.enterStep()
}

// openStage opens stage i from the start screen: where the user is in it,
// or at its beginning (a finished stage, done again).
func (c *Core) openStage(i int) {
	status := c.s.Status(i)
	if status == flow.Blocked {
		c.notice = "home.blocked"
		return
	}
	if status != flow.InProgress || c.s.StageIndex() != i {
		c.s.StartStage(i)
	}
	c.leaveHome()
	c.enterStep()
}

func (c *Core) leaveHome() { c.stageDone, c.welcome, c.homeNotice, c.paused = "", false, nil, nil }

func (c *Core) goHome() {
	c.place = HomeScreen
	c.screen++
	c.save()
}

// enterStep shows the current step, keeps the progress and prepares the
// step's fields. A helper is asked to look away first.
func (c *Core) enterStep() {
	st := c.s.Current()
	c.place = StepScreen
	if c.opts.Helper && st.LookAway {
		c.place = LookAwayScreen
	}
	c.form = nil
	if len(st.Fields) > 0 {
		c.form = newForm(st, c.typed, c.judge)
	}
	c.selected, c.qr, c.qrInvert = c.chosen(), false, false
	c.screen++
	c.visit++
	c.save()
}

// judge runs a field's check with the answers so far and today.
func (c *Core) judge(def *flow.Field, typed string) flow.Verdict {
	return def.Check(typed, c.s.Answers, c.s.Now())
}

// leaveStep keeps what was typed, if it is not secret, and forgets the rest.
func (c *Core) leaveStep() {
	if c.form == nil {
		return
	}
	for _, fl := range c.form.fields {
		if !fl.def.Secret {
			c.typed[fl.def.ID] = fl.value
		}
	}
	c.form.forget()
	c.form = nil
}

// chosen is the index of the current Choose step's earlier answer, or of
// its default (the safe answer), or 0. An answer that paused the journey
// is not offered again first.
func (c *Core) chosen() int {
	st := c.s.Current()
	def := 0
	for i, ch := range st.Choices {
		if c.s.Answers[st.ID] == ch.Value && !ch.Pause {
			return i
		}
		if ch.Value == st.Default {
			def = i
		}
	}
	return def
}

// missingAnswer is the first answer a review shows that the guide does not
// have (it keeps no typed answer once closed), or "".
func (c *Core) missingAnswer() string {
	for _, id := range c.s.Current().Reviews {
		if _, ok := c.s.Answers[id]; !ok {
			return id
		}
	}
	return ""
}

// save keeps the progress, and remembers why when it cannot. A rehearsal
// keeps nothing.
func (c *Core) save() {
	switch {
	case c.opts.Mode == Rehearsal:
	case c.opts.Save == nil:
		c.saveIssue = "failed"
	default:
		c.saveIssue = c.opts.Save(c.s.Progress())
		c.kept = c.kept || c.saveIssue == ""
	}
	c.keepFarewell()
}

// offers are the actions allowed now, in the order their hints are shown.
func (c *Core) offers() []Offer {
	var offers []Offer
	add := func(a Action, desc string) { offers = append(offers, Offer{Action: a, Desc: desc}) }
	addNumbered := func(a Action, desc string, n int) {
		offers = append(offers, Offer{Action: a, Desc: desc, Count: n})
	}
	switch c.place {
	case HomeScreen:
		if next := c.s.NextStage(); next >= 0 {
			desc := "action.start"
			if c.s.Status(next) == flow.InProgress {
				desc = "action.continue"
			}
			add(Continue, desc)
		}
		addNumbered(OpenStage, "action.open-stage", len(c.s.Flow.Stages))
		if len(c.opts.Journeys) > 1 {
			add(ChangeSituation, "action.situation")
		}
	case SituationScreen:
		add(Move, "action.move")
		addNumbered(Select, "action.select", len(c.opts.Journeys))
		add(Continue, "action.choose")
		if !c.firstAsk { // back to the start screen it was asked from; a first answer leads to one
			add(Back, "action.back")
		}
	case LookAwayScreen:
		add(Continue, "action.continue")
		add(Back, "action.back")
	case StepScreen:
		offers = append(offers, c.stepOffers()...)
	case HelpScreen, HelpIndexScreen, TopicScreen: // in help, no help again; quitting, always
		offers = c.helpOffers()
		add(Quit, "action.quit")
		return offers
	case QuitScreen:
		return []Offer{{Action: QuitYes, Desc: "action.quit-yes"}, {Action: QuitNo, Desc: "action.quit-no"}}
	case Ended:
		return nil
	}
	add(Help, "action.help")
	add(Quit, "action.quit")
	return offers
}

// helpOffers are the actions of help, the help index and a topic, but quit.
func (c *Core) helpOffers() []Offer {
	var offers []Offer
	add := func(a Action, desc string, n int) { offers = append(offers, Offer{Action: a, Desc: desc, Count: n}) }
	switch c.place {
	case HelpScreen:
		add(CloseHelp, "action.close-help", 0)
		if len(c.opts.Topics) > 0 {
			add(HelpIndex, "action.help-index", 0)
		}
	case HelpIndexScreen:
		if n := len(c.found()); n > 0 {
			add(Move, "action.move", 0)
			add(Select, "action.select-topic", n)
			add(Continue, "action.open-topic", 0)
		}
		add(Back, "action.close-help", 0)
	case TopicScreen:
		add(Back, "action.topics", 0)
		add(CloseHelp, "action.close-help", 0)
	}
	return offers
}

// stepOffers are the actions of the current step, but help and quit.
func (c *Core) stepOffers() []Offer {
	st := c.s.Current()
	var offers []Offer
	add := func(a Action, desc string, n int) { offers = append(offers, Offer{Action: a, Desc: desc, Count: n}) }
	switch st.Kind {
	case flow.Choose:
		add(Move, "action.move", 0)
		add(Select, "action.select", len(st.Choices))
		add(Continue, "action.choose", 0)
		add(Back, "action.back", 0)
	case flow.Review:
		if c.missingAnswer() != "" {
			add(Continue, "action.type-again", 0)
		} else {
			add(Continue, "action.continue", 0)
			add(ChangeAnswer, "action.change", len(st.Reviews))
		}
		add(Back, "action.back", 0)
	case flow.Type:
		add(Continue, "action.continue", 0)
		if len(c.form.fields) > 1 {
			add(Focus, "action.focus", 0)
		}
		switch fl := c.form.focused(); {
		case fl.state == Again:
			add(StartOver, "action.start-over", 0)
		case fl.def.Secret && fl.value != "":
			add(ClearField, "action.clear", 0)
		default:
			add(Back, "action.back", 0)
		}
	default:
		add(Continue, "action.continue", 0)
		add(Back, "action.back", 0)
	}
	if c.s.Link() != "" {
		if c.qr {
			add(HideQR, "action.hide-qr", 0)
			if !c.opts.Colour {
				add(InvertQR, "action.invert-qr", 0)
			}
		} else {
			add(ShowQR, "action.show-qr", 0)
		}
		if c.opts.OpenURL != nil {
			add(OpenBrowser, "action.open-browser", 0)
		}
	}
	return offers
}
