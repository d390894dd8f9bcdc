package core

import (
	"slices"
	"strconv"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// stepPlace is the journey's current step: its paragraphs, its choices or
// fields, its address with the QR code.
type stepPlace struct {
	form     *form // the fields of the step; nil when it has none
	selected int   // the highlighted answer of a Choose step
	qr       bool  // the address is shown as a QR code
	invert   bool  // its colours turned round
	asked    int   // times the code was asked for

	// The step's words as last built, and the text revision they are of:
	// showing or hiding the code changes only the panels.
	words     *Screen
	wordsText int
}

func (p *stepPlace) Place() Place     { return StepScreen }
func (p *stepPlace) Highlighted() int { return p.selected }
func (p *stepPlace) Screen(c *Core) Screen {
	if rev := c.revisions[p].text; p.words == nil || p.wordsText != rev {
		top, body := c.step()
		p.words, p.wordsText = &Screen{Top: top, Body: body}, rev
	}
	sc := Screen{Top: p.words.Top, Body: p.words.Body}
	if code, words := c.qrText(); code != "" && p.qr {
		caption := c.s.Scan()
		if words {
			caption = "qr.practice"
		}
		sc.Panels = []Panel{{Kind: QRCode, Text: code, Caption: c.t.T(caption), Invert: p.invert, Asked: p.asked, Words: words}}
	}
	return sc
}

// qrText is what the step's QR code holds: its address, or in a rehearsal
// the words to practise with where the step has them (and words is true);
// "" for no code.
func (c *Core) qrText() (code string, words bool) {
	if st := c.s.Current(); c.opts.Mode == Rehearsal && st.PracticeQR != "" {
		return c.t.T(st.PracticeQR), true
	}
	return c.s.Link(), false
}

func (p *stepPlace) Help(c *Core) (string, []string, bool) {
	st := c.s.Current()
	return c.t.T(st.Title), c.s.Shown(st.Help), true
}

// enterStep shows the current step, keeps the progress and prepares the
// step's fields. A helper is told the rules and asked to look away first
// (beforeStep). An address that is
// the step's main thing (a QR step) is shown as its code at once, and so
// is a code to practise with.
func (c *Core) enterStep() {
	st := c.s.Current()
	_, practice := c.qrText()
	p := &stepPlace{qr: st.Kind == flow.QR && c.s.Link() != "" || practice}
	if len(st.Fields) > 0 && !c.practisesOn(st) { // practised, its fields are the sketch's
		p.form = newForm(st, c.typed, c.judge)
	}
	p.selected = c.chosen()
	c.visit++
	c.s.HandOver("") // back at work in the journey
	c.show(c.beforeStep(p))
	c.save()
}

// leaveStep keeps what was typed, if it is not secret, and forgets the rest.
func (c *Core) leaveStep(p *stepPlace) {
	if p.form == nil {
		return
	}
	for _, fl := range p.form.fields {
		if !fl.def.Secret {
			c.typed[fl.def.ID] = fl.value
		}
	}
	p.form.forget()
	p.form = nil
}

// leaveSteps leaves every step on the stack (under help, behind a
// look-away screen), as leaveStep does.
func (c *Core) leaveSteps() {
	for _, p := range c.stack {
		if st, ok := p.(*stepPlace); ok {
			c.leaveStep(st)
		} else if la, ok := p.(*lookAwayPlace); ok {
			c.leaveStep(la.step)
		} else if sk, ok := p.(*sketchPlace); ok {
			sk.leave()
		} else if fp, ok := p.(*failurePlace); ok {
			fp.drop()
		}
	}
}

// judge runs a field's check with the answers so far and today.
func (c *Core) judge(def *flow.Field, typed string) verdict.Verdict {
	return def.Check(verdict.Input{Typed: typed, Earlier: c.s.Answers, Today: c.s.Now()})
}

// chosen is the index of the current Choose step's earlier answer, or of
// its default (the safe answer), or 0. An answer that paused the journey
// is not offered again first.
func (c *Core) chosen() int {
	st := c.s.Current()
	if st.Kind == flow.Review {
		return max(len(c.choices())-1, 0) // typing the answers again, which loses nothing
	}
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

func (p *stepPlace) Offers(c *Core) []Offer {
	st := c.s.Current()
	offers := make([]Offer, 0, 12) // room for the global offers too
	add := func(a Action, desc string, n int) { offers = append(offers, Offer{Action: a, Desc: desc, Count: n}) }
	switch choices := c.choices(); {
	case c.practisesOn(st):
		add(Continue, "action.practise", 0)
		add(Back, "action.back", 0)
	case len(choices) > 0:
		add(Move, "action.move", 0)
		add(Select, "action.select", len(choices))
		offers = append(offers, Offer{Action: Choose, Desc: "action.choose", Count: len(choices), Words: choiceWords(st)})
		add(Continue, "action.choose", 0)
		add(Back, "action.back", 0)
	case st.Kind == flow.Review:
		if c.missingAnswer() != "" {
			add(Continue, "action.type-again", 0)
		} else {
			add(Continue, "action.continue", 0)
			add(ChangeAnswer, "action.change", len(st.Reviews))
		}
		add(Back, "action.back", 0)
	case st.Kind == flow.Type:
		add(Continue, "action.continue", 0)
		if len(p.form.fields) > 1 {
			add(Focus, "action.focus", 0)
		}
		switch p.form.focused().def.Kind {
		case flow.TickBox:
			add(Toggle, "action.toggle", 0)
		case flow.ListField:
			add(Move, "action.pick", 0)
		}
		// Esc empties a hidden field, or starts a second typing over,
		// before it goes back; a line mode's "back" goes back, or over.
		switch fl := p.form.focused(); {
		case fl.state == Again:
			add(StartOver, "action.start-over", 0)
		case fl.def.Secret && fl.value != "":
			add(ClearField, "action.clear", 0)
			add(Back, "action.back", 0)
		default:
			add(Back, "action.back", 0)
		}
	default:
		add(Continue, "action.continue", 0)
		add(Back, "action.back", 0)
	}
	// Not hinted while a field is typed into, where the hints are many and
	// Back is one: the key and the word still work.
	typing := p.form != nil && p.form.focused().def.Kind == flow.TextField
	offers = append(offers, Offer{Action: GoHome, Desc: "action.home", Hidden: typing})
	if st.Sketch != nil && !c.practisesOn(st) { // not hinted in a field either: its hints need the room
		offers = append(offers, Offer{Action: ShowPage, Desc: "action.show-page",
			Hidden: typing})
	}
	if code, _ := c.qrText(); code != "" {
		if p.qr {
			add(HideQR, "action.hide-qr", 0)
		}
		add(ShowQR, "action.show-qr", 0) // shown, it is shown again: a line mode prints it once more
		if !c.opts.Colour {              // hinted once the code is shown: turning it round is then what is wanted
			offers = append(offers, Offer{Action: InvertQR, Desc: "action.invert-qr", Hidden: !p.qr})
		}
		if c.opts.OpenURL != nil && c.s.Link() != "" {
			add(OpenBrowser, "action.open-browser", 0)
		}
	}
	return offers
}

// choices are the answers the current step offers: a question's; or a
// review's whose answers the guide no longer has, when the journey names
// an answer saying its page was sent: that one, and typing them again.
func (c *Core) choices() []flow.Choice {
	st := c.s.Current()
	if st.Kind == flow.Review && st.Sent != "" && c.missingAnswer() != "" {
		return []flow.Choice{{Value: "sent", Label: st.Sent}, {Value: "again", Label: "app.review-again"}}
	}
	return st.Choices
}

// choiceWords are the message ids of the words of each answer of a
// Choose step, or nil when none has words.
func choiceWords(st *flow.Step) []string {
	var words []string
	for i, ch := range st.Choices {
		if ch.Words != "" && words == nil {
			words = make([]string, len(st.Choices))
		}
		if words != nil {
			words[i] = ch.Words
		}
	}
	return words
}

func (p *stepPlace) Do(c *Core, a Action, arg int) {
	switch a {
	case Continue:
		if c.practisesOn(c.s.Current()) {
			c.Open(newSketchPlace(c, p))
			return
		}
		c.stepContinue(p)
	case ShowPage:
		c.Open(newSketchPlace(c, p))
	case Choose:
		p.selected = arg
		c.stepContinue(p)
	case Back:
		c.leaveStep(p)
		if !c.s.Back() {
			c.goHome(homePlace{})
			return
		}
		c.enterStep()
	case GoHome:
		c.leaveStep(p)
		c.goHome(homePlace{})
	case StartOver:
		p.form.focused().startOver()
	case ClearField:
		p.form.edit(p.form.focus, "")
	case Focus:
		n := len(p.form.fields)
		p.form.focus = (p.form.focus + arg + n) % n
	case Move:
		if p.form != nil { // a list field: the next or the one before of its answers
			p.form.pick(arg)
			return
		}
		n := len(c.choices())
		p.selected = (p.selected + arg + n) % n
	case Toggle:
		p.form.toggle()
	case Select:
		p.selected = arg
	case ChangeAnswer:
		c.leaveStep(p)
		c.s.Change(arg)
		c.enterStep()
	case ShowQR:
		p.qr, p.invert = true, false
		p.asked++
		c.panelsChanged(p)
	case HideQR:
		p.qr, p.invert = false, false
		c.panelsChanged(p)
	case InvertQR:
		p.invert = !(p.qr && p.invert)
		p.qr = true
		p.asked++
		c.panelsChanged(p)
	case OpenBrowser:
		c.notice = c.openBrowser(c.s.Link())
	}
}

// stepContinue goes on from the step: checks what was typed, takes the
// answer chosen (an answer that pauses the journey goes back to the start
// screen with what to do now), asks again for a review's lost answers, or
// goes to the next step; at the end of a stage, to the start screen.
func (c *Core) stepContinue(p *stepPlace) {
	st := c.s.Current()
	switch st.Kind {
	case flow.Type:
		if !p.form.submit(c.s.Answers) {
			return
		}
	case flow.Choose:
		if c.s.Choose(p.selected) {
			c.leaveStep(p)
			then := st.Choices[p.selected].Then
			c.goHome(homePlace{paused: c.s.Shown(then), handover: flow.Handover(then, c.s.Answers)})
			return
		}
	case flow.Review:
		// Answers gone, and not said to be sent: typed again, to check.
		if id := c.missingAnswer(); id != "" && (len(c.choices()) == 0 || c.choices()[p.selected].Value != "sent") {
			c.leaveStep(p)
			_ = c.s.GoTo(c.s.Flow.StepOfField(id).ID)
			c.enterStep()
			return
		}
	}
	c.leaveStep(p)
	if !c.s.Next() {
		if c.s.NextStage() < 0 {
			c.completeOthers()
		}
		c.goHome(homePlace{stageDone: c.s.Stage()})
		return
	}
	c.enterStep()
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

func (p *stepPlace) Prompt(c *Core) Prompt {
	if p.form != nil {
		fl := p.form.focused()
		return c.fieldPrompt(fl, c.t.T(fl.def.Label))
	}
	switch st := c.s.Current(); {
	case len(c.choices()) > 0:
		var labels []string
		for _, ch := range c.choices() {
			labels = append(labels, c.t.T(ch.Label))
		}
		return c.choicePrompt(labels, choiceWords(st), p.enterTakes(c))
	case st.Kind == flow.Review:
		if c.missingAnswer() == "" {
			return Prompt{ID: "plain.prompt-review", Enter: Continue}
		}
	case c.practisesOn(st): // Enter opens the sketch, as the full screen's key line says
		return Prompt{ID: "plain.prompt-practise", Enter: Continue}
	}
	return Prompt{ID: "plain.prompt-continue", Enter: Continue}
}

// fieldPrompt is what a line mode asks for field fl, called label.
func (c *Core) fieldPrompt(fl *field, label string) Prompt {
	switch fl.def.Kind {
	case flow.TickBox:
		return Prompt{ID: "plain.prompt-tick", Label: label}
	case flow.ListField:
		return Prompt{ID: "plain.prompt-list", Label: label}
	case flow.Button:
		return Prompt{ID: "plain.prompt-button", Data: text.Data{"Label": label}}
	}
	pr := Prompt{ID: "plain.prompt-type", Secret: fl.def.Secret, Label: label}
	switch {
	case fl.state == Confirming:
		pr.ID, pr.Data = "plain.prompt-confirm", c.answerCalled(fl.def)
	case fl.state == Again:
		pr.ID, pr.Label = "plain.prompt-again", c.t.T(fl.def.AgainLabel)
	case !fl.def.Secret && fl.value != "" && !fl.verdict.OK():
		// Refused: said back to be typed anew, not offered to keep.
		pr.ID, pr.Data = "plain.prompt-typed", text.Data{"Answer": fl.value}
	case !fl.def.Secret && fl.value != "":
		pr.ID, pr.Data = "plain.prompt-keep", text.Data{"Answer": c.said(fl.def, fl.value)}
	}
	return pr
}

// enterTakes is the answer Enter alone chooses in a line mode, where the
// step has a sensible one: the safe answer the journey names (Default),
// the answer given before, or a review's way of typing the answers again;
// -1 where none is.
func (p *stepPlace) enterTakes(c *Core) int {
	st := c.s.Current()
	answer, answered := c.s.Answers[st.ID]
	switch choices := c.choices(); {
	case st.Default != "" || st.Kind == flow.Review:
	case answered && choices[p.selected].Value == answer:
	default:
		return -1
	}
	return p.selected
}

func (p *stepPlace) Fields(c *Core) ([]Field, int) {
	if p.form == nil {
		return nil, -1
	}
	return c.fieldViews(p.form), p.form.focus
}

func (p *stepPlace) EditField(c *Core, i int, typed string) string {
	if p.form == nil || i < 0 || i >= len(p.form.fields) {
		return ""
	}
	return c.editForm(p.form, i, typed)
}

// editForm takes the new text of field i of fm, which gets the focus,
// telling what it refused or cut; it gives back what the field keeps.
func (c *Core) editForm(fm *form, i int, typed string) string {
	fm.focus = i
	kept, refused, cut := fm.edit(i, typed)
	switch {
	case refused:
		c.notice = "app.digits-only"
	case cut:
		c.notice = "app.paste-cut"
	}
	return kept
}

// AnswerField is a whole line for field i, as Answer says.
func (p *stepPlace) AnswerField(c *Core, i int, line string) Result {
	if p.form == nil || i < 0 || i >= len(p.form.fields) {
		return Result{Outcome: Refused}
	}
	fl := p.form.fields[i]
	keep := strings.TrimSpace(line) == "" && (fl.state == Confirming || (fl.state == Typing && !fl.def.Secret))
	if fl.def.Kind != flow.TextField {
		value, ok := c.chosenBy(fl, line)
		if !ok {
			return Result{Outcome: Refused, Messages: []Block{c.prefixed(Problem, c.notUnderstood(fl))}}
		}
		p.EditField(c, i, value)
		keep = true
	}
	if !keep {
		p.EditField(c, i, line)
		// A letter in a PIN, a line longer than the field: said, and asked
		// again, the field keeping what it took.
		if refused := c.notice; refused != "" {
			c.notice = ""
			return Result{Outcome: Refused, Messages: []Block{c.prefixed(Problem, c.t.T(refused))}}
		}
	}
	visit := c.visit
	p.form.focus = i
	c.Do(Continue, 0)
	if c.visit != visit || c.top() != Controller(p) || p.form == nil || p.form.focus != i {
		return Result{Outcome: Taken}
	}
	views, _ := p.Fields(c)
	v := views[i]
	res := Result{Outcome: Refused, Messages: v.Messages}
	switch fl.state {
	case Confirming:
		res.Outcome = Advised
	case Again:
		res.Outcome = Repeat
	}
	if len(res.Messages) > 0 && fl.def.Rules != "" {
		res.Messages = append(res.Messages, c.unmetRules(fl)...)
	}
	if fl.def.Secret && fl.state == Typing {
		fl.value = "" // a refused secret is typed anew, never kept
	}
	return res
}

// lookAwayPlace asks a helper to look away before a secret is typed.
type lookAwayPlace struct{ step *stepPlace }

func (p *lookAwayPlace) Place() Place { return LookAwayScreen }
func (p *lookAwayPlace) Screen(c *Core) Screen {
	body := c.t.T("look-away.body")
	if c.opts.Profile != "" { // whose secret it is, and who presses, by name
		body = c.t.T("look-away.body-named", text.Data{"Profile": c.opts.Profile})
	}
	return Screen{Top: c.Badges(Block{Kind: Heading, Text: c.t.T("look-away.title")}), // the member confirms: its words say so
		Body: []Block{{Kind: Text, Text: body}, {Kind: Text, Text: c.t.T("look-away.next", text.Data{"Step": c.t.T(c.s.Current().Title)})}}}
}
func (p *lookAwayPlace) Help(c *Core) (string, []string, bool) { return p.step.Help(c) }
func (p *lookAwayPlace) Offers(*Core) []Offer {
	return []Offer{{Action: Continue, Desc: "action.continue"}, {Action: Back, Desc: "action.back"}, {Action: GoHome, Desc: "action.home"}}
}
func (p *lookAwayPlace) Do(c *Core, a Action, arg int) {
	switch a {
	case Continue:
		c.show(p.step)
	case Back, GoHome:
		p.step.Do(c, a, arg)
	}
}
func (p *lookAwayPlace) Prompt(*Core) Prompt {
	return Prompt{ID: "plain.prompt-look-away", Enter: Continue}
}

// chosenBy reads a line mode's line for a field that is chosen, not
// typed: a tick box takes yes or no (word.yes, word.no), a list the number
// of an option, a button nothing; a line with nothing on it keeps the
// answer there is. It reports false for a line that is none of these.
func (c *Core) chosenBy(fl *field, line string) (string, bool) {
	line = strings.ToLower(strings.TrimSpace(line))
	switch {
	case line == "":
		return fl.value, fl.def.Kind != flow.ListField || fl.value != "" || fl.def.Optional
	case fl.def.Kind == flow.TickBox && slices.Contains(c.t.Words("word.yes"), line):
		return ticked, true
	case fl.def.Kind == flow.TickBox && slices.Contains(c.t.Words("word.no"), line):
		return "", true
	case fl.def.Kind == flow.ListField:
		n, err := strconv.Atoi(strings.TrimSuffix(line, "."))
		if err == nil && n >= 1 && n <= len(fl.def.Options) {
			return fl.def.Options[n-1].Value, true
		}
		var labels []string
		for _, o := range fl.def.Options {
			labels = append(labels, c.t.T(o.Label))
		}
		if i, named := Named(AnswerWords(c.t, labels, nil), line); named == 1 {
			return fl.def.Options[i].Value, true
		}
	}
	return "", false
}

// notUnderstood is what a line mode is told of a line chosenBy cannot
// read: what the field takes.
func (c *Core) notUnderstood(fl *field) string {
	switch fl.def.Kind {
	case flow.TickBox:
		return c.t.T("plain.yes-no", text.Data{"Yes": c.t.Words("word.yes")[0], "No": c.t.Words("word.no")[0]})
	case flow.ListField:
		return c.t.T("plain.choose-number", text.Data{"Last": len(fl.def.Options)})
	}
	return c.t.T("plain.not-understood")
}
