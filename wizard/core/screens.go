package core

import (
	"cmp"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Badges start every screen: who the guide is for and how it runs, when
// that is worth telling, then the given blocks.
func (c *Core) Badges(blocks ...Block) []Block {
	var profile string
	switch {
	case c.opts.Profile != "":
		profile = c.t.T("app.profile", text.Data{"Profile": c.opts.Profile})
	case c.opts.Helper: // a helper with many members sees that this is nobody's named
		profile = c.t.T("app.profile-unnamed")
	}
	return c.badges(profile, blocks)
}

// badgesOf are the badges of a place about another member than the one on
// now (the overview's menu of a member, its questions, that member's
// sheet): that member named, so that nobody takes one for the other; for
// the overview of all ("" for name), none.
func (c *Core) badgesOf(name string, blocks ...Block) []Block {
	var profile string
	switch name {
	case "":
	case store.DefaultProfile:
		profile = c.t.T("app.profile-unnamed")
	default:
		profile = c.t.T("app.profile", text.Data{"Profile": text.Shown(name)})
	}
	return c.badges(profile, blocks)
}

// badges are the profile's badge (none for ""), a rehearsal's, then blocks.
func (c *Core) badges(profile string, blocks []Block) []Block {
	var top []Block
	if profile != "" {
		top = append(top, Block{Kind: Badge, Text: profile})
	}
	if c.opts.Mode == Rehearsal {
		top = append(top, Block{Kind: Badge, Text: c.t.T("app.rehearsal")})
	}
	return append(top, blocks...)
}

// prefixes are the words a warning, a note and a problem begin with, so
// that what a block is, is told in words and not by colour alone.
var prefixes = map[Kind]string{Warning: "app.warning-prefix", Note: "app.note-prefix", Problem: "app.error-prefix"}

// prefixed is msg as a block of kind, begun with its kind's words.
func (c *Core) prefixed(kind Kind, msg string) Block { return c.begunWith(kind, prefixes[kind], msg) }

// begunWith is msg as a block of kind, begun with the words of message
// prefix ("Fejl:", "Til hjælperen:").
func (c *Core) begunWith(kind Kind, prefix, msg string) Block {
	return Block{Kind: kind, Text: c.t.T(prefix) + " " + msg}
}

// home is the start screen: what the guide does (the first time), the task
// list with each stage's status, the dates that still matter, reminders,
// and what comes next.
func (c *Core) home(h *homePlace) (top, body []Block) {
	s, f := c.s, c.s.Flow
	heading := f.Title
	if h.welcome {
		heading = "home.welcome"
	}
	top = c.Badges(Block{Kind: Caption, Text: c.t.T("app.title")}, Block{Kind: Heading, Text: c.t.T(heading)})
	add := func(b ...Block) { body = append(body, b...) }
	add(c.noticeBlocks()...)
	if st := h.stageDone; st != nil {
		add(Block{Kind: Text, Text: c.t.T(cmp.Or(st.Done, "home.stage-done"), text.Data{"Stage": c.t.T(st.Short)})})
	}
	for _, id := range h.paused {
		add(Block{Kind: Text, Text: c.t.T(id)})
	}
	if !h.welcome && h.stageDone == nil && s.NextStage() == 0 && s.Status(0) == flow.NotStarted {
		add(Block{Kind: Text, Text: c.t.T(f.Intro)})
	}
	add(Block{Kind: Text, Text: c.taskList(s, "home.tasks")})
	add(c.otherJourneys()...)
	add(c.eventBlocks(s, c.when)...)
	for _, r := range s.DueReminders() {
		add(c.prefixed(Note, c.t.T(r.Message, text.Data{"When": c.when(s.Dates[r.Since])})))
		for _, id := range s.Shown(r.Then) {
			add(Block{Kind: Text, Text: c.t.T(id)})
		}
	}
	switch next := s.NextStage(); {
	case next < 0:
		add(Block{Kind: Text, Text: c.t.T(cmp.Or(f.Done, "home.all-done"))})
	case s.Status(next) == flow.InProgress:
		add(Block{Kind: Text, Text: c.t.T("home.resume", text.Data{"Stage": c.t.T(f.Stages[next].Short), "Step": c.t.T(s.Current().Title)})})
	default:
		if f.Stages[next].Next != "" {
			add(c.prefixed(Warning, c.t.T(f.Stages[next].Next)))
		}
		add(Block{Kind: Text, Text: c.t.T("home.next", text.Data{"Stage": c.t.T(f.Stages[next].Short)})})
	}
	return top, body
}

// eventBlocks are the dates of session s that still matter, each told
// by when.
func (c *Core) eventBlocks(s *flow.Session, when func(time.Time) string) []Block {
	var blocks []Block
	for _, e := range s.Flow.Events {
		day, ok := s.Dates[e.Date]
		if _, over := s.Dates[e.Until]; ok && !over {
			blocks = append(blocks, Block{Kind: Text, Text: c.t.T(e.Message, text.Data{"When": when(day)})})
		}
	}
	return blocks
}

// step is the current step without its fields: caption, heading, device,
// paragraphs, earlier answers to review, the address, the choices.
func (c *Core) step() (top, body []Block) {
	s := c.s
	st := s.Current()
	number, most, fewer := s.Position()
	var total any = most
	if fewer { // "trin 4 af højst 18": where the answers to come may skip steps
		total = c.t.T("app.at-most", text.Data{"Total": most})
	}
	captionID := c.opts.Caption
	if captionID == "" {
		captionID = "app.caption"
	}
	caption := c.t.T(captionID, text.Data{"Stage": c.t.T(s.Stage().Short), "Step": number, "Total": total})
	top = c.Badges(Block{Kind: Caption, Text: caption}, Block{Kind: Heading, Text: c.t.T(st.Title)})
	add := func(b ...Block) { body = append(body, b...) }
	if st.Device != "" {
		add(Block{Kind: Device, Text: c.t.T(st.Device)})
	}
	missing := st.Kind == flow.Review && c.missingAnswer() != ""
	data := c.stepData()
	answersShown := false
	showAnswers := func() { // the answers to review come after the step's own paragraphs
		if !answersShown {
			add(c.answers(missing)...)
			answersShown = true
		}
	}
	for _, p := range s.Parts() {
		switch {
		case (p.Kind == flow.Plain || p.Kind == flow.Warning) && missing:
			// A review's paragraphs speak of the answers, which must be typed again first.
		case p.Kind == flow.Plain:
			add(Block{Kind: Text, Text: c.t.T(p.ID, data)})
		case p.Kind == flow.LookAway:
			// It stands out, but says who it is for in its own words: no "Vigtigt:" before them.
			add(Block{Kind: Warning, Text: c.t.T(p.ID, data)})
		default:
			if p.Kind == flow.Warning {
				showAnswers()
			}
			add(c.prefixed(Warning, c.t.T(p.ID, data)))
		}
	}
	showAnswers()
	add(c.helperNotes()...)
	if c.opts.Mode == Rehearsal && st.Practice != "" {
		add(Block{Kind: Text, Text: c.t.T(st.Practice)})
	}
	if url := s.Link(); url != "" {
		add(Block{Kind: Text, Text: c.t.T("qr.address")}, Block{Kind: Address, Text: url})
	}
	for i, ch := range c.choices() {
		add(Block{Kind: Choice, Text: c.t.T(ch.Label), Number: i + 1})
	}
	return top, body
}

// answers are the earlier answers a review shows, numbered to change them;
// or, when the guide no longer has them, that they must be typed again.
func (c *Core) answers(missing bool) []Block {
	st := c.s.Current()
	if st.Kind != flow.Review {
		return nil
	}
	switch {
	case missing && st.Sent != "":
		return []Block{c.prefixed(Note, c.t.T("app.review-missing-sent"))}
	case missing:
		return []Block{c.prefixed(Note, c.t.T("app.review-missing"))}
	}
	var blocks []Block
	for i, id := range st.Reviews {
		answer := c.t.T("app.review-line", text.Data{"Number": i + 1, "Label": c.t.T(c.s.Flow.Field(id).Label), "Answer": c.said(c.s.Flow.Field(id), c.s.Answers[id])})
		blocks = append(blocks, Block{Kind: Answer, Text: answer, Number: i + 1})
	}
	return blocks
}

// helpScreen is the help of place p: its heading and paragraphs, and the
// blocks also (where to read more), with the
// journey's sources and the day they were checked where p wants them (a
// step's help), and that nothing can break, unless p is a step whose page
// a wrong click harms.
func (c *Core) helpScreen(p Helpful, also []Block) (top, body []Block) {
	title, paragraphs, sources := p.Help(c)
	top = c.Badges(Block{Kind: Heading, Text: c.t.T("help.title", text.Data{"Title": title})})
	body = append(c.paragraphs(paragraphs), also...)
	if f := c.s.Flow; sources && len(f.Sources) > 0 {
		body = append(body, c.sources(f.Sources, f.Checked)...)
	}
	if sources && c.s.Current().Risky {
		return top, body
	}
	return top, append(body, Block{Kind: Text, Text: c.t.T("help.no-harm")})
}

// paragraphs are the messages with these ids, a block each.
func (c *Core) paragraphs(ids []string) []Block {
	blocks := make([]Block, len(ids))
	for i, id := range ids {
		blocks[i] = Block{Kind: Text, Text: c.t.T(id)}
	}
	return blocks
}

// fieldViews are the fields of a form as they are drawn.
func (c *Core) fieldViews(fm *form) []Field {
	views := make([]Field, len(fm.fields))
	for i, fl := range fm.fields {
		def := fl.def
		v := Field{Kind: fieldKinds[def.Kind], Label: c.t.T(def.Label), Value: fl.value, Digits: def.Digits,
			MaxLength: def.MaxLength, State: fl.state}
		if def.Secret {
			v.Kind = SecretField
		}
		for _, o := range def.Options {
			v.Options = append(v.Options, Option{Value: o.Value, Label: c.t.T(o.Label)})
		}
		if fl.state == Again {
			v.Label = c.t.T(def.AgainLabel)
		} else if def.Example != "" {
			v.Example = c.example(def)
		}
		if def.Rules != "" {
			v.Checklist = c.checklist(fl)
		}
		count := text.Data{"Count": fl.verdict.Count, "Want": fl.verdict.Want, "Suggest": fl.verdict.Suggest}
		if !fl.verdict.OK() {
			v.Messages = append(v.Messages, c.prefixed(Problem, c.t.T("problem."+fl.verdict.Problem, count)))
		}
		if fl.state == Confirming {
			for _, n := range fl.verdict.Notes {
				v.Messages = append(v.Messages, c.prefixed(Note, c.t.T("note."+n, count)))
			}
			v.Confirm = c.t.T("app.confirm-notes", c.answerCalled(def))
		}
		views[i] = v
	}
	return views
}

// example is the example of field def, its sample said as an answer is.
func (c *Core) example(def *flow.Field) string {
	if def.Sample == "" {
		return c.t.T(def.Example)
	}
	return c.t.T(def.Example, text.Data{"Sample": c.said(def, c.t.T(def.Sample))})
}

// answerCalled is the word by which the engine's advice calls what was
// typed in field def: "den" for a PIN, where "det" would be wrong.
func (c *Core) answerCalled(def *flow.Field) text.Data {
	return text.Data{"It": c.t.T(cmp.Or(def.It, "app.it"))}
}

// fieldKinds are the journey's kinds of fields as drawn.
var fieldKinds = map[flow.FieldKind]FieldKind{flow.TextField: TextField, flow.TickBox: TickBox, flow.ListField: ListField,
	flow.Button: Button}

// checklist is the rules of a field, each with its state in words; before
// anything is typed, the rules alone.
func (c *Core) checklist(fl *field) []Block {
	blocks := []Block{{Kind: Text, Text: c.t.T(fl.def.Rules)}}
	for _, r := range c.judge(fl.def, fl.value).Rules {
		rule := c.t.T("rule." + r.Code)
		line := "- " + rule
		switch {
		case fl.value == "":
		case r.Unknown:
			line = "[?] " + rule + ": " + c.t.T("app.rule-unknown")
		case r.Met:
			line = "[x] " + rule + ": " + c.t.T("app.rule-met")
		default:
			line = unmetRule(c, rule)
		}
		blocks = append(blocks, Block{Kind: Rule, Text: line})
	}
	return blocks
}

// unmetRules are the rules of a field its answer does not meet, as the
// checklist says them: what a line mode tells after a refusal, where the
// whole list again would have one hear the rules met, and its heading,
// once more for nothing.
func (c *Core) unmetRules(fl *field) []Block {
	var blocks []Block
	for _, r := range c.judge(fl.def, fl.value).Rules {
		if !r.Met && !r.Unknown {
			blocks = append(blocks, Block{Kind: Rule, Text: unmetRule(c, c.t.T("rule."+r.Code))})
		}
	}
	return blocks
}

func unmetRule(c *Core, rule string) string { return "[ ] " + rule + ": " + c.t.T("app.rule-unmet") }

// when tells a date in words, counted from today.
func (c *Core) when(day time.Time) string {
	return c.t.When(day, flow.DaysBetween(day, c.s.Now()))
}

// stepData is the template data of step texts: the session's dates in
// words and its non-secret answers, by camel-cased name: the date
// "request-sent" is {{.RequestSent}}, the answer "validation-code" is
// {{.ValidationCode}}. A date not yet marked reads as today, the day it
// would get. A step's wait gives the time now and when it is over.
func (c *Core) stepData() text.Data {
	s := c.s
	data := text.Data{}
	for _, stage := range s.Flow.Stages {
		for _, st := range stage.Steps {
			if st.Marks != "" {
				data[flow.TemplateName(st.Marks)] = c.when(s.Now())
			}
		}
	}
	for name, day := range s.Dates {
		data[flow.TemplateName(name)] = c.when(day)
	}
	for id, answer := range s.Answers {
		data[flow.TemplateName(id)] = c.said(s.Flow.Field(id), answer)
	}
	if wait := s.Current().WaitMinutes; wait > 0 {
		now := s.Now()
		data["Now"], data["WaitOver"] = c.t.Clock(now), c.t.Clock(now.Add(time.Duration(wait)*time.Minute))
	}
	return data
}
