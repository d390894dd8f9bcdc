// Package screen says what each screen of the wizard shows, as blocks of
// words in the user's language, without drawing them. The full-screen view
// and the plain line-by-line mode draw the same blocks, each its own way.
package screen

import (
	"strings"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Kind says what a block is, so a front-end can show it fittingly.
type Kind int

const (
	Caption Kind = iota // the small line above a heading: "1. etape · trin 4 af 16"
	Heading
	Device  // which device to use
	Text    // a paragraph; its lines starting "- " are bullets
	Warning // starts with "Vigtigt:"
	Note    // starts with "Bemærk:"
	Problem // starts with "Fejl:"
	Address // an official address
	Choice  // a numbered answer to choose
	Answer  // a numbered earlier answer that can be changed
	Rule    // a line of a checklist, with its state in words
)

// Block is one paragraph of a screen, not yet wrapped.
type Block struct {
	Kind   Kind
	Text   string
	Number int // of a Choice or an Answer, from 1
}

// Screen is a heading part and a body.
type Screen struct {
	Top, Body []Block
}

// View is what the screens are made from: the session and the words, and
// what the front-end has to tell besides.
type View struct {
	Session   *flow.Session
	Text      *text.Translator
	Welcome   bool      // the user comes back to saved progress
	StageDone string    // message id of the stage just finished
	Notice    string    // message id of a notice for the start screen
	Data      text.Data // template data of Notice
	SaveIssue string    // reason code of a failed save, "" when saving works
	Caption   string    // message id of the caption; "" for "app.caption"
}

func (v View) t(id string, data ...text.Data) string { return v.Text.T(id, data...) }

// prefixed starts a message with its kind word, e.g. "Fejl:".
func (v View) prefixed(kind Kind, msg string) Block {
	prefix := map[Kind]string{Warning: "app.warning-prefix", Note: "app.note-prefix", Problem: "app.error-prefix"}[kind]
	return Block{Kind: kind, Text: v.t(prefix) + " " + msg}
}

// Home is the start screen: what the guide does, the task list with each
// stage's status, what happened when, reminders, and what comes next.
func (v View) Home() Screen {
	s, f := v.Session, v.Session.Flow
	heading := f.Title
	if v.Welcome {
		heading = "home.welcome"
	}
	sc := Screen{Top: []Block{{Kind: Caption, Text: v.t("app.title")}, {Kind: Heading, Text: v.t(heading)}}}
	add := func(b ...Block) { sc.Body = append(sc.Body, b...) }
	if v.Notice != "" {
		add(v.prefixed(Note, v.t(v.Notice, v.Data)))
	}
	if v.StageDone != "" {
		add(v.prefixed(Note, v.t("home.stage-done", text.Data{"Stage": v.t(v.StageDone)})))
	}
	if !v.Welcome {
		add(Block{Kind: Text, Text: v.t(f.Intro)})
	}
	tasks := v.t("home.tasks")
	for i, stage := range f.Stages {
		status := v.t("status." + string(s.Status(i)))
		tasks += "\n- " + v.t(stage.Title) + ": " + status
	}
	add(Block{Kind: Text, Text: tasks})
	for _, e := range f.Events {
		if day, ok := s.Dates[e.Date]; ok {
			add(Block{Kind: Text, Text: v.t(e.Message, text.Data{"When": v.when(day)})})
		}
	}
	for _, r := range s.DueReminders() {
		add(v.prefixed(Note, v.t(r.Message, text.Data{"When": v.when(s.Dates[r.Since])})))
	}
	switch next := s.NextStage(); {
	case next < 0:
		add(Block{Kind: Text, Text: v.t("home.all-done")})
	case s.Status(next) == flow.InProgress:
		add(Block{Kind: Text, Text: v.t("home.resume", text.Data{"Stage": v.t(f.Stages[next].Short), "Step": v.t(s.Current().Title)})})
	default:
		if f.Stages[next].Next != "" {
			add(v.prefixed(Warning, v.t(f.Stages[next].Next)))
		}
		add(Block{Kind: Text, Text: v.t("home.next", text.Data{"Stage": v.t(f.Stages[next].Short)})})
	}
	add(v.SaveProblem()...)
	return sc
}

// SaveProblem says, while it lasts, that the progress cannot be saved.
func (v View) SaveProblem() []Block {
	if v.SaveIssue == "" {
		return nil
	}
	return []Block{v.prefixed(Note, v.t("save."+v.SaveIssue))}
}

// Step is the current step without its answer field: caption, heading,
// device, paragraphs, address, earlier answers to review, choices.
func (v View) Step() Screen {
	s := v.Session
	st := s.Current()
	number, total := s.Position()
	captionID := v.Caption
	if captionID == "" {
		captionID = "app.caption"
	}
	caption := v.t(captionID, text.Data{"Stage": v.t(s.Stage().Short), "Step": number, "Total": total})
	sc := Screen{Top: []Block{{Kind: Caption, Text: caption}, {Kind: Heading, Text: v.t(st.Title)}}}
	add := func(b ...Block) { sc.Body = append(sc.Body, b...) }
	if st.Device != "" {
		add(Block{Kind: Device, Text: v.t(st.Device)})
	}
	data := v.stepData()
	answersShown := false
	showAnswers := func() { // the answers to review come after the step's own paragraphs
		if !answersShown {
			add(v.answers()...)
			answersShown = true
		}
	}
	for _, p := range s.Parts() {
		if p.Kind == flow.Plain {
			add(Block{Kind: Text, Text: v.t(p.ID, data)})
			continue
		}
		if p.Kind == flow.Warning {
			showAnswers()
		}
		add(v.prefixed(Warning, v.t(p.ID, data)))
	}
	showAnswers()
	if url := s.Link(); url != "" {
		add(Block{Kind: Text, Text: v.t("qr.address")}, Block{Kind: Address, Text: url})
	}
	for i, c := range st.Choices {
		add(Block{Kind: Choice, Text: v.t(c.Label), Number: i + 1})
	}
	return sc
}

// answers are the earlier answers a Review step shows, numbered to change them.
func (v View) answers() []Block {
	s := v.Session
	var blocks []Block
	for i, id := range s.Current().Reviews {
		answer := v.t("app.review-line", text.Data{"Number": i + 1, "Label": v.t(s.Flow.Step(id).Input.Label), "Answer": s.Answers[id]})
		blocks = append(blocks, Block{Kind: Answer, Text: answer, Number: i + 1})
	}
	return blocks
}

// Help is the current step's troubleshooting, or nothing on the start
// screen; each front-end adds what its keys or commands do.
func (v View) Help(home bool) Screen {
	title := v.t("app.title")
	var body []Block
	if !home {
		st := v.Session.Current()
		title, body = v.t(st.Title), []Block{{Kind: Text, Text: v.t(st.Help)}}
	}
	return Screen{Top: []Block{{Kind: Heading, Text: v.t("help.title", text.Data{"Title": title})}}, Body: body}
}

// Quit asks whether to quit, and says whether the place is saved.
func (v View) Quit(saving bool) Screen {
	body := v.t("quit.body")
	if !saving || v.SaveIssue != "" {
		body = v.t("quit.body-unsaved", text.Data{"Step": v.Session.Current().ID})
	}
	return Screen{Top: []Block{{Kind: Heading, Text: v.t("quit.title")}}, Body: []Block{{Kind: Text, Text: body}}}
}

// Label is the label of the current step's answer field, for the first or
// the second typing.
func (v View) Label(e *flow.Entry) string {
	in := v.Session.Current().Input
	if e.Again() {
		return v.t(in.AgainLabel)
	}
	return v.t(in.Label)
}

// Rules is the checklist of a typed answer, each rule with its state in
// words; before anything is typed, the rules alone.
func (v View) Rules(typed string) []Block {
	in := v.Session.Current().Input
	if in == nil || in.Rules == "" {
		return nil
	}
	blocks := []Block{{Kind: Text, Text: v.t(in.Rules)}}
	for _, r := range in.Check(typed, v.Session.Answers).Rules {
		line := "- " + v.t("rule."+r.Code)
		switch {
		case typed == "":
		case r.Met:
			line = "[x] " + v.t("rule."+r.Code) + ": " + v.t("app.rule-met")
		default:
			line = "[ ] " + v.t("rule."+r.Code) + ": " + v.t("app.rule-unmet")
		}
		blocks = append(blocks, Block{Kind: Rule, Text: line})
	}
	return blocks
}

// Verdict is what the last Enter on an answer brought: the error, or the
// advice to confirm (each front-end says how to confirm).
func (v View) Verdict(e *flow.Entry) []Block {
	verdict := e.Verdict
	count := text.Data{"Count": verdict.Count}
	var blocks []Block
	if !verdict.OK() {
		blocks = append(blocks, v.prefixed(Problem, v.t("problem."+verdict.Problem, count)))
	}
	if e.Confirming() {
		for _, n := range verdict.Notes {
			blocks = append(blocks, v.prefixed(Note, v.t("note."+n, count)))
		}
	}
	return blocks
}

// when tells a date in words, counted from today.
func (v View) when(day time.Time) string {
	return v.Text.When(day, flow.DaysBetween(day, v.Session.Now()))
}

// stepData is the template data of step texts: the session's dates in
// words and its non-secret answers, by camel-cased name: the date
// "request-sent" is {{.RequestSent}}, the answer of "validation-code" is
// {{.ValidationCode}}. A date not yet marked reads as today, the day it
// would get.
func (v View) stepData() text.Data {
	s := v.Session
	data := text.Data{}
	for _, id := range s.Flow.StepIDs() {
		if mark := s.Flow.Step(id).Marks; mark != "" {
			data[camel(mark)] = v.when(s.Now())
		}
	}
	for name, day := range s.Dates {
		data[camel(name)] = v.when(day)
	}
	for id, answer := range s.Answers {
		data[camel(id)] = answer
	}
	return data
}

// camel turns "request-sent" into "RequestSent".
func camel(name string) string {
	field := ""
	for _, part := range strings.Split(name, "-") {
		if part != "" {
			field += strings.ToUpper(part[:1]) + part[1:]
		}
	}
	return field
}
