// Package flow holds the shape of a guided journey as plain data, and the
// step logic that both front-ends (full screen and plain lines) share.
// It knows nothing about any particular service: the content lives in the
// steps package and every word in the locale files.
package flow

import (
	"cmp"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// Kind says what a step asks of the user.
type Kind string

const (
	Read   Kind = "read"   // read, then continue
	Choose Kind = "choose" // pick one of a few answers
	Type   Kind = "type"   // type an answer that is checked
	QR     Kind = "qr"     // an address shown as a QR code from the start
	Wait   Kind = "wait"   // wait for something outside, then continue
	Review Kind = "review" // check earlier answers, each one can be changed
)

// Flow is a whole journey: stages of steps, in order.
type Flow struct {
	ID        string    // stable name, e.g. "new-account"
	Title     string    // message id
	Intro     string    // message id: what the guide does, on the start screen
	Situation string    // message id: the answer to the guide's first question that leads here
	Done      string    // message id told on the start screen once every stage is done; "" for the engine's own
	Checked   time.Time // the day its facts were last checked against Sources, told in every step's help
	Sources   []string  // where its facts come from, as Topic.Sources
	Stages    []Stage   // in order
	Events    []Event   // dates told on the start screen, in order
	Reminders []Reminder
	// DoneHandover is the journey (by id) that Done sends the person on
	// to, offered as a way there; "" for none.
	DoneHandover string
	// Completes are the journeys (by id) whose work this one does: once it
	// is done, those begun are done too.
	Completes []string
}

// Topic is a help topic: found in the help index by its words, shown
// with where its facts come from and the day they were last checked.
type Topic struct {
	ID      string
	Title   string    // message id
	Body    []Text    // paragraphs: what to do, some perhaps only for an answer given in the journey on
	Words   string    // message id: further words it is found by, e.g. "phishing, svindel"
	Checked time.Time // the day its facts were last checked against Sources
	Sources []string  // each an official address (https://...) or the message id of a source named in words
}

// Failure is a rehearsal of something that goes wrong: a few screens of
// what happens, then what to do, in the words of a help topic.
type Failure struct {
	ID      string
	Title   string          // message id: its answer in the list, and the heading of its screens
	Source  string          // where its facts come from, as a step's Source
	Screens []FailureScreen // in order
	Topic   string          // the help topic (by id) whose words say what to do
}

// FailureScreen is one screen of a Failure: what happens, in words, and
// the page as it looks then.
type FailureScreen struct {
	Text   string  // message id of its paragraph
	Sketch *Sketch // the page to look at; nil for none
	Use    bool    // the user does on Sketch what it marks to use, which leads to the next screen
}

// Event is a date worth telling on the start screen ("Du sendte
// anmodningen den 18. november – for 4 dage siden"), until it no longer
// matters.
type Event struct {
	Date    string // a Step.Marks name
	Until   string // a Step.Marks name after which the date is no longer told; may be empty
	Message string // message id; {{.When}} is the date in words
}

// Reminder is advice shown on the start screen when a date is Days days
// old or older (0: from the same day) and the date that ends the wait is
// not there yet.
type Reminder struct {
	Since   string // a Step.Marks name
	Until   string // a Step.Marks name that makes the reminder needless
	Days    int
	Message string // message id; {{.When}} is the date in words
	Then    []Text // paragraphs told after it; may be none
	// The overview of every member: Waiting is its words while the wait
	// runs ("" for the stage's own), Late its words from Late days on (0:
	// Days), when the member is listed first, as one to see to.
	Waiting, Late string
	LateAfter     int
	// Dated is the message id of the reminder as a date ahead, on a sheet
	// and in a calendar, on the day it falls due ("Se efter
	// valideringskoden"); DatedBody, of what to do then. "" for no date.
	Dated, DatedBody string
}

// LateDays is how many days after Since the wait needs someone to see to it.
func (r Reminder) LateDays() int { return cmp.Or(r.LateAfter, r.Days) }

// Stage is one part of a journey, shown as a line of the task list.
type Stage struct {
	ID    string // stable name, e.g. "stage-1"
	Title string // message id, e.g. "1. etape (konto og app)"
	Short string // message id for the caption, e.g. "1. etape"
	Next  string // message id shown on the start screen when this stage is next; may be empty
	Done  string // message id told when the stage is just done ({{.Stage}}: its Short); "" for the engine's own
	// Soon: it is to be done straight after the stage before; the overview
	// lists first a member who left it for another day.
	Soon  bool
	Steps []Step
}

// Step is one screen: one thing to do.
type Step struct {
	ID       string // stable id, usable with --step
	Kind     Kind
	Source   string   // the seed step it comes from, e.g. "001 etape 1 trin 7"
	Device   string   // message id naming the device to use; empty for none
	Title    string   // message id of the heading
	Body     []Text   // paragraphs, in order
	Warnings []Text   // paragraphs that must stand out
	Help     []Text   // paragraphs of this step's troubleshooting
	Helper   []Text   // paragraphs for a volunteer beside the person, shown only in helper mode
	See      []string // ids of the help topics that go deeper than its help, named and opened from there
	LookAway bool     // a helper must look away (secrets are typed here)
	Risky    bool     // a wrong click on the page it leads to does harm: its help does not say nothing can break
	OnPage   bool     // it has the person type on a page in the browser: letters typed in the guide are meant there
	Link     *Link    // an official address to show, as text and QR code
	Fields   []Field  // the answers typed on this step, in Tab order
	Choices  []Choice
	Default  string   // the choice offered first while the question is unanswered: the safe one; "" for the first
	Reviews  []string // for a Review step: the ids of the fields whose answers are shown
	// Sent is, for a Review step, the message id of an answer saying that
	// the page it checks was sent already: offered when the guide no
	// longer has the answers, it goes on as the review would; "" for none.
	Sent  string
	When  *Condition // shown only when this holds
	Marks string     // a date to remember when the step is done, e.g. "request-sent"
	// SameDay is a Marks name: the step is shown only on the calendar day
	// of that date, to confirm what is unlikely so soon; "" for any day.
	SameDay string
	// WaitMinutes is a wait outside the guide that starts now: the step's
	// paragraphs get the time now as {{.Now}} and when the wait is over as
	// {{.WaitOver}}; 0 for none.
	WaitMinutes int
	// In a rehearsal: PracticeQR is the message id of a text the step
	// shows as a QR code, in place of a code the person scans elsewhere
	// (a phone's own camera catches it, and is told so); Practice the
	// message id of a paragraph told only then (a code to practise with).
	// "" for none.
	PracticeQR, Practice string
	// Sketch is a drawing of the page the step works on, to practise on
	// (a rehearsal) or to look at (the real journey); nil for none.
	Sketch *Sketch
}

// Link is an official address a step points to, possibly only for some
// earlier answer. It is shown as text, as a QR code, and opened on request.
type Link struct {
	URL  string
	When *Condition
	Scan string // message id saying which device scans its QR code; "" for "qr.show"
}

// Text is a paragraph, possibly shown only for some earlier answer.
type Text struct {
	ID   string     // message id
	When *Condition // shown only when this holds
	// Handover is the journey (by id) the paragraph sends the person on
	// to, offered as a way there where it is shown; "" for none.
	Handover string
	// Optional: shown only where its message is written, which the words
	// built in need not do (a corrections folder may), such as a contact
	// of one's own.
	Optional bool
}

// Condition holds when an earlier choice has a given answer, or with Not,
// any other answer or none; with And, only if that holds too; with Or,
// also whenever that other condition holds. And binds closer than Or:
// "a=x and b=y or c=z" is (a=x and b=y) or c=z.
type Condition struct {
	Step   string     // id of a Choose step
	Answer string     // the choice's value
	Not    bool       // holds unless the choice has this answer
	And    *Condition // a further condition that must hold as well; may be nil
	Or     *Condition // a condition that holds instead, when this one with its And fails; may be nil
}

// Holds reports whether the answers meet the condition. A nil condition
// always holds.
func (c *Condition) Holds(a Answers) bool {
	return c == nil || (a[c.Step] == c.Answer) != c.Not && c.And.Holds(a) || c.Or != nil && c.Or.Holds(a)
}

// MayHold is Holds, but also true while the question is not answered: a
// user who jumped ahead with --step sees every variant of a text, not none.
func (c *Condition) MayHold(a Answers) bool {
	return c == nil || (a[c.Step] == "" || (a[c.Step] == c.Answer) != c.Not) && c.And.MayHold(a) ||
		c.Or != nil && c.Or.MayHold(a)
}

// Atoms are the single "step=answer" tests of the condition, in order.
func (c *Condition) Atoms() []*Condition {
	if c == nil {
		return nil
	}
	return append(append([]*Condition{c}, c.And.Atoms()...), c.Or.Atoms()...)
}

// Choice is one answer of a Choose step.
type Choice struct {
	Value string // stored answer, e.g. "android"
	Label string // message id
	Words string // message id of the words a person may type for it ("android samsung"); "" for none
	Pause bool   // choosing it goes back to the start screen, to come back later
	Then  []Text // paragraphs told on the start screen after a pause: what to do now; may be none
	// Undated: choosing it means the step's date (Step.Marks) did not
	// happen, e.g. signed in where an e-mail would have been sent.
	Undated bool
}

// FieldKind is how a field is answered.
type FieldKind string

const (
	TextField FieldKind = "text"   // typed, and checked (Secret: hidden, and never kept)
	TickBox   FieldKind = "tick"   // ticked or not: the answer is "yes" or "no"
	ListField FieldKind = "list"   // one of its Options, chosen: the answer is the option's value
	Button    FieldKind = "button" // pressed to send the page, as a page's [Submit]: no answer
)

// Option is one answer of a list field.
type Option struct {
	Value string // stored answer
	Label string // message id
}

// Field is one answer of a step: typed, ticked, chosen from a list, or a
// button; a typed one has its check.
type Field struct {
	ID         string    // the answer's name, unique in the flow; a step's only field has the step's id
	Kind       FieldKind // how it is answered
	Options    []Option  // a list field's answers
	Label      string    // message id of the field's label
	Example    string    // message id of a short example or hint; may be empty
	Secret     bool      // hidden while typed, never kept in Answers
	Twice      bool      // typed a second time and compared
	AgainLabel string    // message id of the second typing's label
	Mismatch   string    // problem code when the two differ
	MaxLength  int       // characters the field takes
	Digits     bool      // only the digits 0-9 can be typed (a PIN)
	Optional   bool      // nothing typed is an answer too: the step goes on without checking
	Rules      string    // message id heading the check's Rules, shown as a checklist; empty for none
	It         string    // message id of the word the guide's own advice calls the answer by ("den" for "pinkoden"); "" for the engine's
	Spoken     Spoken    // how a speaking front-end says the answer
	Sample     string    // message id of a sample answer alone, given to Example as {{.Sample}} and said as an answer is; may be empty
	Check      verdict.Check
}

// Spoken is how a speaking front-end (a line mode read by a screen
// reader) says an answer, so that one who hears it can compare it with a
// letter or a form: a code read as a word, or a number as an amount, cannot
// be.
type Spoken string

const (
	AsTyped Spoken = ""      // as it is written
	Spelled Spoken = "spell" // each letter and digit alone, a group at a time: "A B C, D E F"
	InWords Spoken = "date"  // a date written day, month, year (or year first), told in words: "24. december 1948"
)

// Speakings are the ways an answer may be spoken.
var Speakings = []Spoken{AsTyped, Spelled, InWords}

// Answers are the non-secret answers given so far: the choices by step
// id, the typed answers by field id.
type Answers map[string]string

// Letters are the letters ready to send to a service's support when a
// person is stuck, and the languages each is written in.
type Letters struct {
	Languages []string // the languages of every letter, as locale files name them ("da", "fr")
	Intro     string   // message id, in the guide's language: how to use a letter, told above it
	Language  string   // message id, in each language of the letters: its own name ("Français")
	Date      string   // message id, in each language of the letters: a date ({{.Day}}, {{.Month}}, {{.Year}})
	List      []Letter // in the order they are listed
}

// Letter is one letter to support. Its title and where to send it are in
// the guide's language; its subject and paragraphs in the letter's own,
// filled in with what the guide knows (answers, dates) and never with
// what was typed.
type Letter struct {
	ID      string
	Title   string // message id: its answer in the list, and its heading
	Subject string // message id
	// Body are its paragraphs; a When holds only for an answer given, so
	// a letter tells nothing the person did not say.
	Body []Text
	To   []Text // where to send it, for the answers given (the kind of account)
	// Dates are the dates it names, each given to its paragraphs as a
	// template field.
	Dates []LetterDate
	// Mail are the mailboxes it can be opened to, written in the person's
	// mail program, for the answers given (the kind of account).
	Mail []Mailbox
	// At are the step ids where it is needed: on the step, on the start
	// screen while the journey is at one, and on the member's sheet.
	// Reminders, where given, are reminders' messages: it is needed while
	// one of them is due instead, wherever the journey is (a week without
	// the code before the PMO is asked, not the day after).
	At, Reminders []string
}

// Mailbox is an official address a letter is sent to (a mailto: address
// of the service's), where When holds.
type Mailbox struct {
	Address string
	When    *Condition
}

// LetterDate is a date a letter names: Field ({{.Sent}}) is the date of
// Mark (a Step.Marks name), written as a date; Blank the message id told
// where the guide has no such date.
type LetterDate struct{ Field, Mark, Blank string }
