package core

// Action is something a user can do: the one list both front-ends map
// their input to. The full screen binds each to keys (bubbles/key), the
// plain mode to command words from the locale files; only the description
// of an action is words, and it comes from the locale files too.
type Action int

const (
	Continue        Action = iota + 1 // start, read on, choose the highlighted answer, check what was typed
	Back                              // one step back
	StartOver                         // type an answer asked twice from its first typing again
	ClearField                        // empty a hidden field, whose text cannot be seen to be corrected
	Focus                             // move to the next field (arg +1) or the one before (-1)
	Move                              // highlight the next choice (arg +1) or the one before (-1)
	Select                            // highlight choice arg (from 0)
	ChangeAnswer                      // change answer arg (from 0) of a review
	OpenStage                         // open stage arg (from 0) from the start screen, also a finished one
	Help                              // this place's help
	CloseHelp                         // back from help
	Quit                              // ask whether to quit
	QuitYes                           // quit
	QuitNo                            // stay
	ShowQR                            // show the address as a QR code
	HideQR                            // hide the QR code
	InvertQR                          // turn the QR code's colours round (no colours, light background)
	OpenBrowser                       // open the address in the browser
	Scroll                            // see more of a long screen; offered by a front-end that scrolls
	ChangeSituation                   // answer the first question again, to go to another journey
	HelpIndex                         // every help topic, to find one by a word
)

var actionNames = map[Action]string{
	Continue: "continue", Back: "back", StartOver: "start-over", ClearField: "clear-field", Focus: "focus",
	Move: "move", Select: "select", ChangeAnswer: "change-answer", OpenStage: "open-stage", Help: "help",
	CloseHelp: "close-help", Quit: "quit", QuitYes: "quit-yes", QuitNo: "quit-no", ShowQR: "show-qr",
	HideQR: "hide-qr", InvertQR: "invert-qr", OpenBrowser: "open-browser", Scroll: "scroll",
	ChangeSituation: "change-situation", HelpIndex: "help-index",
}

// String is the action's stable name, as tests and tables name it.
func (a Action) String() string { return actionNames[a] }

// Offer is an action allowed now, with what it does here.
type Offer struct {
	Action Action
	Desc   string // message id of what the action does here, e.g. "action.choose"
	Count  int    // for a numbered action (Select, ChangeAnswer, OpenStage): args 0..Count-1 are allowed
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
func numbered(a Action) bool { return a == Select || a == ChangeAnswer || a == OpenStage }

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
