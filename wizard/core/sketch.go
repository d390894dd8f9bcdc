package core

import (
	"slices"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// practisesOn reports whether step st is practised on its sketch: in a
// rehearsal, a step with a sketch and no question has the sketch as its
// way on (Enter). A question keeps its answers, and offers the sketch
// beside them (ShowPage).
func (c *Core) practisesOn(st *flow.Step) bool {
	return c.opts.Mode == Rehearsal && st.Sketch != nil && st.Kind != flow.Choose && st.Kind != flow.Review &&
		(len(st.Fields) == 0 || st.Sketch.TypesFields()) // a page several steps share is looked at, the step's own field typed
}

// sketchPlace is a sketch of the page a step works on, over the step:
// practised, using its controls finishes it and the step goes on as if
// its fields were typed there; looked at, nothing real is done.
type sketchPlace struct {
	*pageSketch
	step     *stepPlace
	practise bool    // finishing it goes on with the step
	screen   *Screen // as drawn first: the sketch's words do not change while it is on
}

// pageSketch is a sketch drawn with its controls to use: to move between,
// type into, tick, choose and use. Using the controls marked to use, in
// order, once every box passes its check, calls done with what was typed
// in the step's own fields (by index). What is typed is dropped when its
// place leaves it (forget).
type pageSketch struct {
	sk       *flow.Sketch
	owner    Controller // the place it is drawn on
	done     func(c *Core, typed map[int]string)
	form     *form          // a field for each control that takes the focus
	controls []flow.Control // the control of each field
	pressed  map[int]bool   // the buttons to use pressed so far, by field
	left     bool           // its place has left it: what was typed is dropped
}

// leave drops what was typed on the sketch: its place goes on without it.
func (p *pageSketch) leave() {
	p.form.forget()
	p.left = true
}

// sketchEmpty is the problem of a box with no check of its own left
// empty: any answer will do, but not none.
const sketchEmpty = "sketch-empty"

func newSketchPlace(c *Core, step *stepPlace) *sketchPlace {
	st := c.s.Current()
	p := &sketchPlace{step: step, practise: c.practisesOn(st)}
	p.pageSketch = newPageSketch(c, st.Sketch, st, p, p.finish)
	return p
}

// newPageSketch is sketch sk drawn on place owner, its boxes step st's
// fields where they name one (st nil: none do).
func newPageSketch(c *Core, sk *flow.Sketch, st *flow.Step, owner Controller, done func(*Core, map[int]string)) *pageSketch {
	p := &pageSketch{sk: sk, owner: owner, done: done, form: &form{judge: c.judge}, pressed: map[int]bool{}}
	for _, ctl := range sk.Controls {
		if !ctl.Interactive() {
			continue
		}
		p.form.fields = append(p.form.fields, &field{def: controlField(st, ctl)})
		p.controls = append(p.controls, ctl)
	}
	return p
}

// controlField is the field a control is: the step's own field it names
// (its check and messages, typed once here), or one of its kind.
func controlField(st *flow.Step, ctl flow.Control) *flow.Field {
	def := &flow.Field{Kind: flow.Button}
	switch ctl.Kind {
	case flow.SketchField, flow.SketchSecret:
		def = &flow.Field{Kind: flow.TextField, MaxLength: 1000, Check: ctl.Check}
		if ctl.Field > 0 && st != nil {
			own := st.Fields[ctl.Field-1]
			def, own.Twice = &own, false
		}
		def.Secret = def.Secret || ctl.Kind == flow.SketchSecret
		if def.Check == nil {
			def.Check = func(in verdict.Input) verdict.Verdict {
				if strings.TrimSpace(in.Typed) == "" {
					return verdict.Verdict{Problem: sketchEmpty}
				}
				return verdict.Verdict{Value: in.Typed}
			}
		}
	case flow.SketchCheckbox:
		def = &flow.Field{Kind: flow.TickBox}
	case flow.SketchList:
		def = &flow.Field{Kind: flow.ListField, Optional: true}
		for _, o := range ctl.Options {
			def.Options = append(def.Options, flow.Option{Value: o, Label: o})
		}
	}
	return def
}

func (p *sketchPlace) Place() Place { return SketchScreen }

func (p *sketchPlace) Help(c *Core) (string, []string, bool) { return p.step.Help(c) }

// controlName is how a control is named: its label as the page shows it, in
// brackets, else its words.
func (c *Core) controlName(ctl flow.Control) string {
	if ctl.Label != "" {
		return "[" + ctl.Label + "]"
	}
	return c.controlWords(ctl)
}

// controlWords are a control's label, else its words; a QR code with
// neither is said as one.
func (c *Core) controlWords(ctl flow.Control) string {
	switch {
	case ctl.Label != "":
		return ctl.Label
	case ctl.Text == "" && ctl.Kind == flow.SketchQR:
		return c.t.T("sketch.qr")
	}
	return c.t.T(ctl.Text)
}

// kindWords are the message ids saying what a control is, in a line
// mode's list of them.
var kindWords = map[flow.ControlKind]string{flow.SketchField: "sketch.field", flow.SketchSecret: "sketch.secret",
	flow.SketchButton: "sketch.button", flow.SketchLink: "sketch.link", flow.SketchCheckbox: "sketch.checkbox", flow.SketchList: "sketch.list"}

func (p *sketchPlace) Screen(c *Core) Screen {
	heading, intro := "sketch.look-title", "sketch.look-body"
	if p.practise {
		heading, intro = "sketch.practise-title", "sketch.practise-body"
	}
	if p.screen == nil { // the same at every key: what is typed is in the fields
		top := c.Badges(Block{Kind: Heading, Text: c.t.T(heading)}, Block{Kind: Text, Text: c.t.T(intro)})
		body, panel := c.sketchBlocks(p.sk, true)
		p.screen = &Screen{Top: slices.Clip(top), Body: slices.Clip(body), Panels: []Panel{panel}} // clipped: an append to it is a copy
	}
	return *p.screen
}

// sketchBlocks are sketch sk as a line mode says it (the body) and as a
// full screen draws it (the panel). With use, its controls take the focus
// in turn and those to use are marked; without, it is only looked at: each
// control is said, none marked, none used.
func (c *Core) sketchBlocks(sk *flow.Sketch, use bool) ([]Block, Panel) {
	panel := Panel{Kind: Sketch}
	var body []Block
	if sk.Device != "" {
		body = append(body, Block{Kind: Device, Text: c.t.T(sk.Device)})
	}
	n := 0
	for _, ctl := range sk.Controls {
		ctl.Use = use && ctl.Use
		part := Part{Kind: Text, Field: -1, Marked: ctl.Use, Unconfirmed: ctl.Unconfirmed}
		switch {
		case use && ctl.Interactive():
			part.Field, part.Link = n, ctl.Kind == flow.SketchLink
			n++
			body = append(body, Block{Kind: Choice, Number: n, Text: c.marks(c.controlSaid(ctl), ctl)})
		case ctl.Kind == flow.SketchQR:
			part.Kind, part.Text = Note, c.t.T("sketch.qr")
			body = append(body, Block{Kind: Text, Text: c.marks(part.Text, ctl)})
		case ctl.Kind.Interactive(): // looked at: what it is, in words
			part.Text = c.controlSaid(ctl)
			body = append(body, Block{Kind: Text, Text: c.marks(part.Text, ctl)})
		default:
			if ctl.Kind == flow.SketchTitle {
				part.Kind = Heading
			}
			part.Text = c.controlName(ctl)
			body = append(body, Block{Kind: Text, Text: c.marks(part.Text, ctl)})
		}
		panel.Parts = append(panel.Parts, part)
	}
	return body, panel
}

// controlSaid is what a control of a kind that takes the focus is, in
// words: "Knappen [Sign in]", its hint after a label.
func (c *Core) controlSaid(ctl flow.Control) string {
	name := c.controlName(ctl)
	if ctl.Label == "" { // words of the guide's, quoted as a label is
		name = "»" + name + "«"
	}
	said := c.controlName(ctl) // a banner or QR code to use: as it is
	if kind, ok := kindWords[ctl.Kind]; ok {
		said = c.t.T(kind, text.Data{"Name": name})
	}
	if ctl.Label != "" && ctl.Text != "" { // a label with a hint: the hint after it
		said += ". " + c.t.T(ctl.Text)
	}
	return said
}

// marks are the words a line mode hears of a control's marks: the one to
// use, one no source confirms.
func (c *Core) marks(said string, ctl flow.Control) string {
	if ctl.Use {
		said = c.t.T("sketch.use-this", text.Data{"Control": said})
	}
	if ctl.Unconfirmed {
		said = c.t.T("sketch.unconfirmed", text.Data{"Control": said})
	}
	return said
}

func (p *sketchPlace) Offers(c *Core) []Offer {
	return append(p.offers(), Offer{Action: Back, Desc: "action.back-to-step"})
}

func (p *sketchPlace) Do(c *Core, a Action, arg int) {
	if a == Back {
		p.close(c)
		return
	}
	p.do(c, a, arg)
}

// close drops what was typed, and shows the step again.
func (p *sketchPlace) close(c *Core) {
	p.leave()
	c.Close()
}

// offers are what the control in focus takes, and moving between them;
// the place adds its way back.
func (p *pageSketch) offers() []Offer {
	fl := p.form.focused()
	offers := []Offer{{Action: Continue, Desc: "action.continue"}}
	switch fl.def.Kind {
	case flow.Button:
		offers[0].Desc = "action.use"
	case flow.TickBox:
		offers = append(offers, Offer{Action: Toggle, Desc: "action.toggle"})
	case flow.ListField:
		offers = append(offers, Offer{Action: Move, Desc: "action.pick"})
	}
	offers = append(offers, Offer{Action: Focus, Desc: "action.focus"},
		Offer{Action: Choose, Desc: "action.choose", Count: len(p.form.fields), Hidden: true})
	if fl.def.Secret && fl.value != "" {
		offers = append(offers, Offer{Action: ClearField, Desc: "action.clear"})
	}
	return offers
}

// do carries out an action of offers.
func (p *pageSketch) do(c *Core, a Action, arg int) {
	switch a {
	case Continue:
		p.enter(c)
	case Choose:
		p.form.focus = arg
		if p.form.focused().def.Kind == flow.Button {
			p.press(c, arg)
		}
	case Focus:
		n := len(p.form.fields)
		p.form.focus = (p.form.focus + arg + n) % n
	case Toggle:
		p.form.toggle()
	case Move:
		p.form.pick(arg)
	case ClearField:
		p.form.edit(p.form.focus, "")
	}
}

// enter is Enter on the control in focus: a box's answer is checked and
// the focus goes on; a button or link is used.
func (p *pageSketch) enter(c *Core) {
	i := p.form.focus
	switch p.form.fields[i].def.Kind {
	case flow.Button:
		p.press(c, i)
	case flow.TextField:
		if p.passes(p.form.fields[i]) {
			p.form.focus = (i + 1) % len(p.form.fields)
		}
	default:
		p.form.focus = (i + 1) % len(p.form.fields)
	}
}

// passes checks a box's answer, as the step's field is checked: advice
// is shown once, and the next Enter takes it.
func (p *pageSketch) passes(fl *field) bool {
	if fl.def.Kind != flow.TextField || fl.state == Accepted {
		return true
	}
	if fl.state == Confirming {
		fl.state = Accepted
		return true
	}
	if fl.def.Optional && strings.TrimSpace(fl.value) == "" {
		fl.state, fl.verdict = Accepted, verdict.Verdict{}
		return true
	}
	if _, ok := p.form.judged(fl); !ok {
		return false
	}
	fl.state, fl.verdict = Accepted, verdict.Verdict{}
	return true
}

// press uses button or link i. One the step does not ask for says what
// it would do, or that it is not the one; one it asks for needs the boxes
// before it checked and the controls to use before it used first, and
// the focus goes on to the next box or control to use; the last one
// needs every box checked, and finishes the sketch.
func (p *pageSketch) press(c *Core, i int) {
	ctl := p.controls[i]
	if !ctl.Use {
		c.notice = "sketch.wrong"
		if ctl.Text != "" {
			c.notice = ctl.Text
		}
		return
	}
	next := slices.IndexFunc(p.controls[i+1:], func(ctl flow.Control) bool { return ctl.Use })
	for j, fl := range p.form.fields {
		if (j < i || next < 0) && !p.passes(fl) { // a box after it is typed after it (a code the QR code gives)
			p.form.focus = j
			return
		}
		if j < i && p.controls[j].Use && !p.used(j) {
			p.form.focus, c.notice = j, "sketch.first"
			return
		}
	}
	p.pressed[i] = true
	if next < 0 {
		p.done(c, p.typed())
		return
	}
	for j := i + 1; j < len(p.controls); j++ {
		if k := p.form.fields[j].def.Kind; p.controls[j].Use || k == flow.TextField {
			p.form.focus = j
			return
		}
	}
}

// typed is what was typed in the step's own fields, by index.
func (p *pageSketch) typed() map[int]string {
	typed := map[int]string{}
	for j, ctl := range p.controls {
		if ctl.Field > 0 {
			typed[ctl.Field-1] = p.form.fields[j].value
		}
	}
	return typed
}

// used reports whether control i the step asks for has been used: a
// button pressed, a box ticked, a list's option chosen (the one asked for).
func (p *pageSketch) used(i int) bool {
	fl, ctl := p.form.fields[i], p.controls[i]
	switch fl.def.Kind {
	case flow.Button:
		return p.pressed[i]
	case flow.ListField:
		return fl.value != "" && (ctl.Correct == "" || fl.value == ctl.Correct)
	}
	return fl.value != ""
}

// finish ends the sketch: practised, the step goes on with its fields
// typed as on the sketch; looked at, it says that nothing real was done.
func (p *sketchPlace) finish(c *Core, typed map[int]string) {
	if !p.practise {
		c.notice = "sketch.look-done"
		return
	}
	p.close(c)
	c.continueTyped(p.step, typed)
}

// continueTyped goes on from step p as Continue would, its fields typed
// (by index) as given: each typed twice where the step asks for it.
func (c *Core) continueTyped(p *stepPlace, typed map[int]string) {
	st := c.s.Current()
	if len(st.Fields) == 0 {
		c.stepContinue(p)
		return
	}
	p.form = newForm(st, c.typed, c.judge)
	for i, v := range typed {
		p.form.edit(i, v)
	}
	visit := c.visit
	for range 2*len(p.form.fields) + 1 { // each field at most twice, then on
		if c.visit != visit || c.top() != Controller(p) {
			return
		}
		if fl := p.form.focused(); fl.state == Again {
			p.form.edit(p.form.focus, typed[p.form.focus])
		}
		c.stepContinue(p)
	}
}

func (p *pageSketch) Prompt(c *Core) Prompt {
	fl := p.form.focused()
	return c.fieldPrompt(fl, c.controlName(p.controls[p.form.focus]))
}

func (p *pageSketch) Fields(c *Core) ([]Field, int) {
	views := c.fieldViews(p.form)
	for i, ctl := range p.controls {
		views[i].Label = c.controlWords(ctl) // as the page shows it; a box with no label by its words
	}
	return views, p.form.focus
}

func (p *pageSketch) EditField(c *Core, i int, typed string) string {
	if i < 0 || i >= len(p.form.fields) {
		return ""
	}
	return c.editForm(p.form, i, typed)
}

// AnswerField is a whole line for control i, as Answer says: a box's
// answer, a tick box's or list's choice, a button's Enter.
func (p *pageSketch) AnswerField(c *Core, i int, line string) Result {
	if i < 0 || i >= len(p.form.fields) {
		return Result{Outcome: Refused}
	}
	fl := p.form.fields[i]
	p.form.focus = i
	switch {
	case fl.def.Kind != flow.TextField:
		value, ok := c.chosenBy(fl, line)
		if !ok {
			return Result{Outcome: Refused, Messages: []Block{c.prefixed(Problem, c.notUnderstood(fl))}}
		}
		p.form.edit(i, value)
	case strings.TrimSpace(line) != "" || fl.state != Confirming:
		p.form.edit(i, line)
	}
	c.Do(Continue, 0)
	if p.left || c.top() != p.owner || p.form.focus != i {
		return Result{Outcome: Taken}
	}
	views, _ := p.Fields(c)
	res := Result{Outcome: Refused, Messages: views[i].Messages}
	if fl.state == Confirming {
		res.Outcome = Advised
	}
	if fl.def.Secret && fl.state == Typing {
		fl.value = "" // a refused secret is typed anew, never kept
	}
	return res
}
