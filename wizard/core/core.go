// Package core is the guide's application core: the places the guide can
// show (the first question, the start screen, a step, the look-away
// screen, help, the help index and a topic, the quit question), each a
// small controller of its own (place.go), kept in a stack; the actions
// allowed in each; the fields being typed; the mode the guide runs in; and
// saving.
//
// A front-end asks for a Frame, draws it, and turns what the user does
// into actions (Do), the text of a field (Edit), or a whole answer line
// (Answer); it decides nothing else, so the full screen and the plain mode
// cannot disagree. The core knows nothing about any particular service:
// the journey is data (package flow), and every word comes from the locale
// files (package text).
package core

import (
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
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
	SettingsScreen               // the settings, and what is chosen from them (another member, deleting)
	ConfirmScreen                // a question before something that cannot be undone
	RehearsalScreen              // in a rehearsal, what goes wrong: the list of failures, and one of them
	SketchScreen                 // a sketch of the page a step works on, to practise on or to look at
	RulesScreen                  // in helper mode, before the first step: what a helper may and may not do ("Trin 0")
	ChecklistScreen              // in helper mode, before the guide ends: what to check before leaving
	OverviewScreen               // every member kept on this computer, and what is done with one
	GenuineScreen                // whether a mail or page is genuine: a sender or address typed or pasted, judged
	LetterScreen                 // the letters to support, and one of them to send
	TakeHomeScreen               // what a member takes home: their sheet to print, their calendar, the blank sheet
)

// Saver keeps the progress. It returns "" or a reason code ("disk-full",
// "read-only", "failed"), told as the message "save.<code>".
type Saver func(flow.Progress) (reason string)

// Notice is something to tell on the first screen shown: a message id and
// its data.
type Notice struct {
	ID   string
	Data text.Data
}

// Options set up a guide, whichever front-end draws it.
type Options struct {
	Flow   *flow.Flow
	Text   *text.Translator
	Mode   Mode
	Helper bool // a volunteer helps, in either mode: a look-away screen before a secret is typed
	// RulesRead: the helper's rules ("Trin 0") were read earlier in this
	// sitting, before the guide started again for a change of settings.
	RulesRead bool
	Profile   string         // the name of the person's progress, told on every screen; "" for the default
	StartAt   string         // a step id to open at; empty opens the start screen
	Progress  *flow.Progress // progress saved earlier, to continue from; nil for a fresh start
	// Save keeps the progress after every move. Nil in Real
	// mode means there is nowhere to save, which the user is told.
	Save    Saver
	OpenURL func(string) error // opens an address in the browser; nil when none can be opened
	Colour  bool               // the front-end shows colours (so a QR code needs no inverting)
	Notices []Notice           // told on the first screen (the start screen or the first question), in order, until it is left
	// NameChecked: the member is new, and their name was checked against
	// the saved ones already (the overview's question): the near names are
	// not told again (Change.Made).
	NameChecked bool
	Now         func() time.Time // the clock; nil means time.Now
	Caption     string           // message id of a step's caption; "" for "app.caption"
	// Speaking: the front-end's lines are heard (a screen reader reads
	// them), so answers are said as their fields say (flow.Spoken): codes
	// spelled, dates in words.
	Speaking bool
	// Journeys are the answers of the first question ("Hvor står du?"),
	// each leading to its journey; Flow is among them. Nil: Flow alone,
	// and no such question.
	Journeys []*flow.Flow
	Saved    map[string]flow.Progress // progress saved earlier of the other journeys, by flow id
	Ask      bool                     // open at the first question, not the start screen
	Topics   []flow.Topic             // the help topics, in the order the help index lists them
	// Settings are what the settings place offers to change; none: no
	// settings place. Members are the other members it offers to go on
	// with; OpenSettings opens it at once (after a change).
	Settings     []Setting
	Members      []string
	OpenSettings bool
	// Overview is every member kept, for the overview of them (from the
	// first question and the settings); nil: no overview. OpenOverview
	// opens it at once (--overview, or after a member deleted from it).
	Overview     *Overview
	OpenOverview bool
	// ToLines is the change that puts the guide in the line mode, offered
	// (SwitchToLines) by a front-end that is not the line mode; nil: none.
	ToLines *Change
	// ToRehearsal is the change that starts a rehearsal, an answer of the
	// first question outside one; nil: none.
	ToRehearsal *Change
	// ToHelper is the change that turns helper mode on, an answer of the
	// first question outside it; nil: none.
	ToHelper *Change
	// Failures are what a rehearsal may show going wrong, each ending
	// with what to do in the words of a help topic of Topics.
	Failures []flow.Failure
	// Genuine judges a sender or an address typed or pasted, on the place
	// that asks whether a mail or page is genuine (genuine.go): an answer
	// of the first question, and the place help topic GenuineTopic opens;
	// nil: no such place.
	Genuine      func(line string) verdict.Origin
	GenuineTopic string
	// Letters are the letters to support, offered where a person is stuck
	// (WriteLetter); LetterWords gives the words of each of their
	// languages, the guide's own first, called once, when a letter is
	// first shown. Nil: no letters.
	Letters     flow.Letters
	LetterWords func() []*text.Translator
	// Sheet is what a member's printed sheet holds, Blank the blank one
	// for a help session, and Write writes them and the calendar
	// (takehome.go); nil Sheet or Write: nothing to take home.
	Sheet, Blank *flow.Sheet
	Write        Writer
}

// Frame is everything a front-end needs to draw the place shown now, and
// the actions allowed there.
type Frame struct {
	Place       Place
	Top         []Block // badges, caption, heading
	Body        []Block
	Panels      []Panel // drawn beside or instead of the body: a QR code
	Fields      []Field // the answers typed here, in Tab order
	Focus       int     // the field typed into; -1 when there is none
	Selected    int     // the highlighted answer or item
	Notice      []Block // what the last action brought (a browser opened, typing in the wrong place)
	SaveProblem []Block // while the progress cannot be saved, that it cannot
	Offers      []Offer // the actions allowed now, in the order their hints are shown
	Prompt      Prompt  // what a line mode asks here
	Step        string  // the id of the journey's current step (as --step names it), shown or not
	OnPage      bool    // the step shown has the person type on a page in the browser: a letter typed here is meant there
	Screen      int     // the same number as long as Top, Body and Panels are the same, for a front-end's caches
	Text        int     // the same number as long as Top and Body are the same, for a line mode's printing
	Visit       int     // changes whenever a step is entered
}

// FieldKind is how a field is answered, and so drawn.
type FieldKind int

const (
	TextField   FieldKind = iota // typed
	SecretField                  // typed, and hidden while typed
	TickBox                      // ticked (Value "yes") or not (""), with Toggle
	ListField                    // one of Options chosen (Value its value), with Move
	Button                       // pressed with Continue, to send the page
)

// Option is one answer of a list field, as it is drawn.
type Option struct{ Value, Label string }

// Field is one answer field as it is drawn.
type Field struct {
	Kind      FieldKind
	Label     string   // for this typing (the second typing has its own)
	Example   string   // a short example; "" for none, and on the second typing
	Value     string   // the text typed, or the value chosen
	Options   []Option // a list field's answers
	Digits    bool     // only digits can be typed
	MaxLength int
	State     FieldState
	Checklist []Block // the rules the answer must meet, each with its state in words
	Messages  []Block // what the last Continue brought: a problem, or advice to confirm
	Confirm   string  // while Confirming: that Continue again takes the answer, in the field's words
}

// Core is one run of the guide.
type Core struct {
	opts      Options
	t         *text.Translator
	s         *flow.Session            // the journey on now
	sessions  map[string]*flow.Session // every journey met in this run, by flow id
	stack     []Controller             // the places shown, the last on top
	revision  int                      // counts the changes of what places show
	revisions map[Controller]revision  // what each place shows, numbered
	built     *Frame                   // the frame built last, for its place and revision
	builtFor  Controller
	notices   []Notice // Options.Notices, until the first screen is left
	saveIssue string
	typed     map[string]string // non-secret typed text by field id, shown again on coming back
	notice    string            // message id told after the last action
	visit     int
	farewell  atomic.Pointer[string]
	opening   atomic.Bool // the browser is being opened
	kept      bool        // some progress is saved: read at the start, or saved since
	firstAsk  bool        // the first question is asked before any start screen: there is none to go back to
	change    *Change     // what the settings place asked for, ending the guide
	offered   []Offer     // the offers worked out since the last move; nil: none yet
	ownOffers []Offer     // the place's own offers among them, as it gave them
	framed    *Frame      // the frame built since the last move; nil: none yet
	ruled     bool        // the helper's rules were read this sitting (helper.go)
	// lettersRead gives Options.LetterWords, read once (letterWords).
	lettersRead func() []*text.Translator
}

// New starts at the start screen, or at opts.StartAt, after restoring
// opts.Progress. Progress that does not fit the flow gives a
// *flow.ProgressError.
func New(opts Options) (*Core, error) {
	if opts.Mode == Rehearsal { // starts afresh, whatever was saved: a rehearsal never reads the person's progress
		opts.Progress, opts.Saved = nil, nil
	}
	c := &Core{opts: opts, t: opts.Text, notices: opts.Notices, typed: map[string]string{},
		sessions: map[string]*flow.Session{}, revisions: map[Controller]revision{}}
	if opts.LetterWords != nil {
		c.lettersRead = sync.OnceValue(opts.LetterWords)
	}
	c.ruled = opts.RulesRead
	c.s = c.newSession(opts.Flow)
	c.sessions[opts.Flow.ID] = c.s
	if opts.Mode != Rehearsal && opts.Save == nil {
		c.saveIssue = "failed"
	}
	welcome := false
	if opts.Progress != nil {
		if err := c.s.Restore(*opts.Progress); err != nil {
			return nil, err
		}
		welcome = true
	}
	switch {
	case opts.StartAt != "":
		if err := c.s.GoTo(opts.StartAt); err != nil {
			return nil, err
		}
		c.enterStep()
	case opts.Ask && len(opts.Journeys) > 0:
		c.firstAsk = true
		c.askSituation()
	default:
		c.show(&homePlace{welcome: welcome})
	}
	if opts.OpenSettings && len(opts.Settings) > 0 {
		c.openSettings()
	}
	if opts.OpenOverview && opts.Overview != nil {
		c.openOverview()
	}
	c.keepFarewell()
	return c, nil
}

// newSession is a fresh session of journey f, on the guide's clock.
func (c *Core) newSession(f *flow.Flow) *flow.Session {
	s := flow.NewSession(f)
	s.Written = c.t.Has
	if c.opts.Now != nil {
		s.Now = c.opts.Now
	}
	return s
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
// of its own (its keys, a window too small), and for a place's words.
func (c *Core) Text() *text.Translator { return c.t }

// Colour reports whether the front-end shows colours.
func (c *Core) Colour() bool { return c.opts.Colour }

// Frame is what to draw now.
func (c *Core) Frame() Frame {
	if c.framed == nil { // built once a move: a key press draws it twice
		f := c.frame()
		c.framed = &f
	}
	f := *c.framed
	// Clipped, so that a front-end appending to them never writes into the
	// blocks kept for the next frame.
	f.Top, f.Body, f.Fields = f.Top[:len(f.Top):len(f.Top)], f.Body[:len(f.Body):len(f.Body)], f.Fields[:len(f.Fields):len(f.Fields)]
	return f
}

// frame builds the frame of the place shown now.
func (c *Core) frame() Frame {
	p := c.top()
	if rev := c.revisions[p]; c.built == nil || c.builtFor != p || c.built.Screen != rev.screen {
		sc := p.Screen(c)
		c.built, c.builtFor = &Frame{Place: p.Place(), Top: sc.Top, Body: sc.Body, Panels: sc.Panels,
			Screen: rev.screen, Text: rev.text}, p
	}
	f := *c.built
	f.Focus = -1
	if fp, ok := p.(Fielded); ok {
		f.Fields, f.Focus = fp.Fields(c)
	}
	if h, ok := p.(Highlighting); ok {
		f.Selected = h.Highlighted()
	}
	f.Visit, f.Step = c.visit, c.s.Current().ID
	f.OnPage = f.Place == StepScreen && c.s.Current().OnPage
	if c.notice != "" {
		f.Notice = []Block{{Kind: Text, Text: c.t.T(c.notice)}}
	}
	if c.saveIssue != "" {
		f.SaveProblem = []Block{c.prefixed(Note, c.t.T("save."+c.saveIssue))}
	}
	f.Offers = c.offers()
	f.Prompt = p.Prompt(c)
	return f
}

// offers are the actions allowed now: the place's own, then what every
// place has.
func (c *Core) offers() []Offer {
	if c.offered == nil { // worked out once a move: a key press asks for them three times
		p := c.top()
		// One slice for the place's and the global offers: a list's offers
		// come anew at every key typed in its filter.
		own := p.Offers(c)
		c.ownOffers = own
		c.offered = c.withGlobalOffers(append(make([]Offer, 0, len(own)+8), own...), p)
	}
	return c.offered[:len(c.offered):len(c.offered)]
}

// moved forgets the offers worked out: what the guide offers may have
// changed. Every way the core changes from outside ends with it.
func (c *Core) moved() { c.offered, c.framed = nil, nil }

// Do carries out an action. An action that is not offered now, or a
// number it does not take, does nothing.
func (c *Core) Do(a Action, arg int) {
	defer c.moved()
	o, ok := c.offer(a)
	if !ok && a == c.top().Prompt(c).Enter {
		o, ok = Offer{Action: a}, true // a line mode's Enter alone, which no key has
	}
	if !ok || !o.allows(arg) {
		return
	}
	// The Enter that ends typing meant for the browser (a password and
	// its [Sign in]) only closes the note that says so: it answers nothing.
	if a == Continue && c.notice == typingHere {
		c.notice = ""
		return
	}
	c.notice = ""
	switch a {
	case Help, HelpIndex, Quit, Handover, OpenSettings, SayAgain, SwitchToLines, WriteLetter:
		c.doGlobal(a)
	default:
		c.top().Do(c, a, arg)
	}
}

// offer finds the offer of an action now.
func (c *Core) offer(a Action) (Offer, bool) {
	for _, o := range c.offers() {
		if o.Action == a {
			return o, true
		}
	}
	return Offer{}, false
}

// Edit takes the whole text of field i as it is now, and returns the text
// the field keeps: a field for digits refuses anything else. An edit
// clears what the last Continue said about the answer.
func (c *Core) Edit(i int, typed string) string {
	p := c.top()
	fp, ok := p.(Fielded)
	if !ok {
		c.moved()
		return ""
	}
	c.notice = ""
	offered, own := c.offered, c.ownOffers
	typed = fp.EditField(c, i, WithoutControls(typed))
	c.moved()
	// A letter typed changes at most the place's own offers (a list found
	// anew), not what every place has: those are kept while the place and
	// the very offers it gives are.
	if offered != nil && c.top() == p && sameSlice(p.Offers(c), own) {
		c.offered, c.ownOffers = offered, own
	}
	return typed
}

// sameSlice reports whether a and b are one slice: the same elements, not
// a copy.
func sameSlice[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// Outcome is what became of a line typed as an answer.
type Outcome int

const (
	Taken    Outcome = iota // the guide has moved on, or to the next field
	Refused                 // not taken: Messages say why
	Advised                 // advice to confirm (Enter again) or to answer anew
	Repeat                  // taken once: the same must be typed again
	Searched                // a search of the help index: its list is new
)

// Result is what a line typed as an answer came to, and what to tell of it.
type Result struct {
	Outcome  Outcome
	Messages []Block
}

// Answer takes a whole line typed for field i, as a line mode reads it: it
// is typed into the field and its Enter pressed. A line with nothing on it
// keeps what the field holds (advice shown is confirmed, an earlier answer
// kept). A refused secret is typed anew: nothing of it is kept.
func (c *Core) Answer(i int, line string) Result {
	defer c.moved()
	fp, ok := c.top().(Fielded)
	if !ok {
		return Result{Outcome: Refused}
	}
	c.notice = ""
	return fp.AnswerField(c, i, WithoutControls(line))
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
func (c *Core) PasteCut() { c.notice = "app.paste-cut"; c.moved() }

// typingHere is the note that letters typed seem meant for another window.
const typingHere = "app.typing-here"

// TypingHere tells the user that what they type seems meant for another
// window: letters typed where the guide asks for none. The next Continue
// only closes the note.
func (c *Core) TypingHere() { c.notice = typingHere; c.moved() }

// Now is the guide's clock (Options.Now).
func (c *Core) Now() time.Time { return c.s.Now() }

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

// save keeps the progress of the journey on now (saveJourney).
func (c *Core) save() { c.saveJourney(c.s) }

// saveJourney keeps the progress of session s, and remembers why when it
// cannot. A rehearsal keeps nothing.
func (c *Core) saveJourney(s *flow.Session) {
	switch {
	case c.opts.Mode == Rehearsal:
	case c.opts.Save == nil:
		c.saveIssue = "failed"
	default:
		c.saveIssue = c.opts.Save(s.Progress())
		c.kept = c.kept || c.saveIssue == ""
	}
	c.keepFarewell()
}

// quitText says what quitting keeps.
func (c *Core) quitText() string {
	switch {
	case c.opts.Mode == Rehearsal:
		return c.t.T("quit.body-rehearsal")
	case c.saveIssue != "":
		return c.t.T("quit.body-unsaved", text.Data{"Step": c.s.Current().ID})
	case !c.kept && c.opts.Progress == nil && len(c.opts.Saved) == 0: // a new person, still at the first question
		return c.t.T("quit.body-nothing")
	}
	return c.t.T("quit.body")
}
