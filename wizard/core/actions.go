package core

import "github.com/eulogin-guide/eulogin-guide/wizard/text"

// Action is something a user can do: the one list both front-ends map
// their input to. The full screen binds each to keys (bubbles/key), the
// plain mode to command words from the locale files; only the description
// of an action is words, and it comes from the locale files too.
type Action int

const (
	Continue         Action = iota + 1 // start, read on, choose the highlighted answer, check what was typed
	Back                               // one step back
	StartOver                          // type an answer asked twice from its first typing again
	ClearField                         // empty a hidden field, whose text cannot be seen to be corrected
	Focus                              // move to the next field (arg +1) or the one before (-1)
	Move                               // highlight the next choice (arg +1) or the one before (-1)
	Select                             // highlight choice arg (from 0)
	ChangeAnswer                       // change answer arg (from 0) of a review
	OpenStage                          // open stage arg (from 0) from the start screen, also a finished one
	Help                               // this place's help
	CloseHelp                          // back from help
	Quit                               // ask whether to quit
	QuitYes                            // quit
	QuitNo                             // stay
	ShowQR                             // show the address as a QR code
	HideQR                             // hide the QR code
	InvertQR                           // turn the QR code's colours round (no colours, light background)
	OpenBrowser                        // open the address in the browser
	Scroll                             // see more of a long screen; offered by a front-end that scrolls
	ChangeSituation                    // answer the first question again, to go to another journey
	HelpIndex                          // every help topic, to find one by a word
	Choose                             // choose answer arg (from 0) at once, as a line mode does with its number
	Toggle                             // tick the tick box in focus, or take the tick away
	Handover                           // go on to the journey the words shown send the person on to
	GoHome                             // from a step, back to the journey's start screen
	OpenSettings                       // the settings: the line mode, a helper, practice, the language, another member
	StartJourneyOver                   // forget the progress of the journey on now, after asking, and start it afresh
	SayAgain                           // say the place again, as a line mode reads it: its words and what it asks
	SwitchToLines                      // end this front-end for the line mode, kept for the member (Options.ToLines)
	ShowPage                           // a sketch of the step's page: to look at, or in a rehearsal to practise on
	WriteLetter                        // a letter ready to send to support, where a person is stuck
	TakeHome                           // what a member takes home: a sheet to print, a calendar (takehome.go)
)

var actionNames = map[Action]string{
	Continue: "continue", Back: "back", StartOver: "start-over", ClearField: "clear-field", Focus: "focus",
	Move: "move", Select: "select", ChangeAnswer: "change-answer", OpenStage: "open-stage", Help: "help",
	CloseHelp: "close-help", Quit: "quit", QuitYes: "quit-yes", QuitNo: "quit-no", ShowQR: "show-qr",
	HideQR: "hide-qr", InvertQR: "invert-qr", OpenBrowser: "open-browser", Scroll: "scroll",
	ChangeSituation: "change-situation", HelpIndex: "help-index", Choose: "choose", Toggle: "toggle",
	Handover: "handover", GoHome: "go-home",
	OpenSettings: "open-settings", StartJourneyOver: "start-journey-over", SayAgain: "say-again",
	SwitchToLines: "switch-to-lines", ShowPage: "show-page", WriteLetter: "write-letter", TakeHome: "take-home",
}

// Actions are every action, for tests that try them all.
func Actions() []Action {
	all := make([]Action, 0, len(actionNames))
	for a := Continue; a <= TakeHome; a++ {
		all = append(all, a)
	}
	return all
}

// Number is the Words of a numbered command: a line mode takes a number
// typed as the answer, the earlier answer or the stage with that number.
const Number = "#"

// Command is how a line mode reaches an action: the words typed for it,
// and how its prompts tell them. Every word is a message id, so that a
// new command (a word for "say it again") is one entry here and one in
// the locale files.
type Command struct {
	Name  string // the name its first word has in the messages that name it: {{.Back}}
	Words string // the message id of its list of words, several in turn for a phrase ("qr vend"), or Number
	Say   string // message id of how the list of commands at a prompt names it; "" when something else tells it
	Tell  string // message id of a sentence told under the screen where it is offered, instead of Say
	Reply bool   // an answer to the question asked (yes, no), not a command: elsewhere it is text like any other
}

// commands are the line mode's commands, by action. Back, starting over
// and closing help share a word: each place offers at most one of them.
var commands = map[Action]Command{
	Back:             {Name: "Back", Words: "plain.word-back", Say: "plain.say-back"},
	StartOver:        {Name: "Back", Words: "plain.word-back", Say: "plain.say-start-over"},
	CloseHelp:        {Name: "Back", Words: "plain.word-back"}, // said by the help's prompt, as Enter
	Help:             {Name: "Help", Words: "plain.word-help", Say: "plain.say-help"},
	Quit:             {Name: "Quit", Words: "plain.word-quit", Say: "plain.say-quit"},
	QuitYes:          {Name: "Yes", Words: "word.yes", Reply: true}, // said by the quit question's prompt
	QuitNo:           {Name: "No", Words: "word.no", Reply: true},
	ShowQR:           {Name: "QR", Words: "plain.word-qr", Tell: "plain.qr-offer"},
	InvertQR:         {Name: "QRInvert", Words: "plain.word-qr plain.word-invert"}, // told with ShowQR
	OpenBrowser:      {Name: "Open", Words: "plain.word-open", Tell: "plain.open-offer"},
	HelpIndex:        {Name: "Topics", Words: "plain.word-topics", Say: "plain.say-help-index"},
	ChangeSituation:  {Name: "Situation", Words: "plain.word-situation", Say: "plain.say-situation"},
	Handover:         {Name: "Handover", Words: "plain.word-handover", Tell: "plain.handover-offer"},
	GoHome:           {Name: "Home", Words: "plain.word-home", Say: "plain.say-home"},
	OpenSettings:     {Name: "Settings", Words: "plain.word-settings", Say: "plain.say-settings"},
	StartJourneyOver: {Name: "Over", Words: "plain.word-journey-over", Say: "plain.say-journey-over"},
	SayAgain:         {Name: "Repeat", Words: "plain.word-repeat"}, // told by help, not at every prompt
	ShowPage:         {Name: "Page", Words: "plain.word-page", Say: "plain.say-page"},
	WriteLetter:      {Name: "Letter", Words: "plain.word-letter", Say: "plain.say-letter"},
	TakeHome:         {Name: "Sheet", Words: "plain.word-take-home", Say: "plain.say-take-home"},
	Choose:           {Words: Number},
	ChangeAnswer:     {Words: Number},
	OpenStage:        {Words: Number},
}

// Commands are every command a line mode has, in the order of the
// actions: a word of one that is not offered where it is typed is told to
// be of no use there.
func Commands() []Command {
	var all []Command
	for _, a := range Actions() {
		if cmd, ok := commands[a]; ok {
			all = append(all, cmd)
		}
	}
	return all
}

// String is the action's stable name, as tests and tables name it.
func (a Action) String() string { return actionNames[a] }

// Offer is an action allowed now, with what it does here.
type Offer struct {
	Action Action
	Desc   string // message id of what the action does here, e.g. "action.choose"
	Count  int    // for a numbered action (Select, Choose, ChangeAnswer, OpenStage): args 0..Count-1 are allowed
	Hidden bool   // a way to what another place offers (the help index, from help): not hinted
	// Words are, for a numbered offer, the message id of the list of words
	// a line mode takes for each of its args, as for a number ("android
	// samsung" for answer 1); "" for an arg without words.
	Words []string
	// Data fills in what Desc and the line mode's Tell name that only
	// this offer knows: {{.Journey}}, the journey a hand-over goes to.
	Data text.Data
	// Tell is the line mode's sentence for it here, where it is not its
	// command's (a letter opened in the mail program, not a browser).
	Tell string
}

// Line is how a line mode reaches the offer: no Words for none.
func (o Offer) Line() Command {
	c := commands[o.Action]
	if o.Tell != "" {
		c.Tell = o.Tell
	}
	return c
}

// Offers finds the offer of an action, and reports whether it is allowed.
func (f Frame) Offer(a Action) (Offer, bool) {
	for _, o := range f.Offers {
		if o.Action == a {
			return o, true
		}
	}
	return Offer{}, false
}

// numbered reports whether an action takes a number.
func numbered(a Action) bool {
	return a == Select || a == Choose || a == ChangeAnswer || a == OpenStage
}

// allows reports whether the offer takes arg.
func (o Offer) allows(arg int) bool {
	switch {
	case numbered(o.Action):
		return arg >= 0 && arg < o.Count
	case o.Action == Focus || o.Action == Move:
		return arg == 1 || arg == -1
	}
	return true
}
