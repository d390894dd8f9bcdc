package content

import (
	"bytes"
	"cmp"
	"errors"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// The journey files' shape. Names without a dot are the step's own
// message ids: "body" on step "email" is step.email.body.
type (
	journeyFile struct {
		ID        string
		Title     string
		Intro     string
		Situation string
		Done      string
		Order     int
		Checked   toml.LocalDate
		Sources   []string
		Events    []struct{ Date, Until, Message string }
		Reminders []struct {
			Since, Until, Message, Waiting, Late string
			Dated                                string
			DatedBody                            string `toml:"dated-body"`
			Days                                 int
			LateAfter                            int `toml:"late-after"`
			Then                                 []textFile
		}
		Stages []struct {
			ID, Title, Short, Next, Done string
			Soon                         bool
			Steps                        []journeyStep
		}
		DoneHandover string `toml:"done-handover"`
		Completes    []string
	}
	stepFile struct {
		ID, Kind, Source, Device, Title, When, Marks, Default, Sent string
		SameDay                                                     string `toml:"same-day"`
		LookAway                                                    bool   `toml:"look-away"`
		Risky                                                       bool
		OnPage                                                      bool `toml:"on-page"`
		Body, Warnings, Help, Helper                                []textFile
		Link                                                        *struct{ Address, When, Scan string }
		Fields                                                      []fieldFile
		Choices                                                     []struct {
			Value, Label   string
			Words          string
			Then           []textFile
			Pause, Undated bool
		}
		Reviews     []string
		See         []string
		WaitMinutes int    `toml:"wait-minutes"`
		PracticeQR  string `toml:"practice-qr"` // a message of the step: in a rehearsal, its QR code's words
		Practice    string // a message of the step: a paragraph told only in a rehearsal
		Sketch      string
	}
	textFile struct {
		Text, When, Handover string
		Optional             bool
	}
	fieldFile struct {
		ID, Kind, Label, Example, Again, Mismatch, Rules, Check, It, Sample string
		Spoken                                                              flow.Spoken
		Secret, Twice, Digits, Optional                                     bool
		Max                                                                 int
		Params                                                              map[string]string
		Options                                                             []struct{ Value, Label string }
	}
)

// Journeys reads every journey in files (journeys/*.toml), in their order
// (the key "order"), then by file name: the order in which the guide's
// first question offers them. A journey may use the steps of the library
// in files (library.toml).
func (l Loader) Journeys(files fs.FS) ([]*flow.Flow, error) {
	sk, err := l.sketches(files, nil)
	if err != nil {
		return nil, err
	}
	lib, err := l.library(files, nil, sk)
	if err != nil {
		return nil, err
	}
	return l.journeys(files, lib, sk)
}

// journeys reads every journey in files, using the steps of lib.
func (l Loader) journeys(files fs.FS, lib library, sk sketches) ([]*flow.Flow, error) {
	names, err := fs.Glob(files, "journeys/*.toml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var flows []*flow.Flow
	order := map[*flow.Flow]int{}
	for _, name := range names {
		buf, err := fs.ReadFile(files, name)
		if err != nil {
			return nil, &Error{File: name, Item: path.Base(name), Problem: "unreadable", Detail: err.Error()}
		}
		f, n, err := l.parse(name, buf, lib, sk)
		if err != nil {
			return nil, err
		}
		if want := "journeys/" + f.ID + ".toml"; name != want {
			return nil, &Error{File: name, Item: f.ID, Problem: "file-name", Detail: f.ID}
		}
		flows, order[f] = append(flows, f), n
	}
	slices.SortStableFunc(flows, func(a, b *flow.Flow) int { return order[a] - order[b] })
	return flows, nil
}

// parse reads one journey file and checks it on its own: every step id
// once, every kind, device, condition, address and check known. It gives
// the journey's place in the order too.
func (l Loader) parse(name string, buf []byte, lib library, sk sketches) (*flow.Flow, int, error) {
	var jf journeyFile
	if _, err := decode(name, buf, &jf); err != nil {
		return nil, 0, err
	}
	p := l.parser(name, sk)
	f := &flow.Flow{ID: jf.ID, Title: jf.Title, Intro: jf.Intro, Situation: jf.Situation, Done: jf.Done, Checked: jf.Checked.AsTime(time.UTC),
		DoneHandover: jf.DoneHandover, Completes: jf.Completes}
	if jf.Checked == (toml.LocalDate{}) {
		return nil, 0, &Error{File: name, Item: path.Base(name), Problem: "date"}
	}
	srcs, serr := l.sources(jf.Sources)
	if serr != nil {
		return nil, 0, &Error{File: name, Item: path.Base(name), Problem: serr.Problem, Detail: serr.Detail}
	}
	f.Sources = srcs
	for _, e := range jf.Events {
		f.Events = append(f.Events, flow.Event{Date: e.Date, Until: e.Until, Message: e.Message})
	}
	for _, r := range jf.Reminders {
		f.Reminders = append(f.Reminders, flow.Reminder{Since: r.Since, Until: r.Until, Days: r.Days, Message: r.Message,
			Waiting: r.Waiting, Late: r.Late, LateAfter: r.LateAfter, Dated: r.Dated, DatedBody: r.DatedBody, Then: p.texts(r.Message, "", r.Then, "")})
	}
	for _, sf := range jf.Stages {
		stage := flow.Stage{ID: sf.ID, Title: sf.Title, Short: sf.Short, Next: sf.Next, Done: sf.Done, Soon: sf.Soon}
		for _, st := range sf.Steps {
			own, err := p.use(st, lib)
			if err != nil {
				return nil, 0, err
			}
			step, err := p.step(own)
			if err != nil {
				return nil, 0, err
			}
			stage.Steps = append(stage.Steps, step)
		}
		f.Stages = append(f.Stages, stage)
	}
	if f.ID == "" || len(f.Stages) == 0 {
		return nil, 0, &Error{File: name, Item: path.Base(name), Problem: "empty"}
	}
	if err := p.conditions(); err != nil {
		return nil, 0, err
	}
	return f, jf.Order, p.walkable(f)
}

// Bounds of a journey that can be walked.
const (
	maxField   = 1000 // characters of a field: the longest built in, an e-mail address, takes 254
	maxAnswers = 4096 // answers tried together to show that a stage always has a step
)

// walkable makes sure a journey can be walked to its end: every stage has
// steps, one of them shown whatever the answers; a question has answers,
// a step to type in has fields, each of a length; a step is shown by
// answers given before it; a review shows each typed answer once, and
// never a secret (the guide never keeps one, so the review would send the
// user back to type it for ever).
func (p *parser) walkable(f *flow.Flow) error {
	ids := f.StepIDs()
	for _, stage := range f.Stages {
		if len(stage.Steps) == 0 {
			return p.fail(stage.ID, "empty-stage", "")
		}
	}
	for i, id := range ids {
		st := f.Step(id)
		switch {
		case st.Kind == flow.Choose && len(st.Choices) == 0:
			return p.fail(id, "no-choices", "")
		case st.Kind == flow.Type && len(st.Fields) == 0:
			return p.fail(id, "no-fields", "")
		}
		for _, a := range st.When.Atoms() {
			if slices.Index(ids, a.Step) >= i {
				return p.fail(id, "condition-order", atom(a))
			}
		}
		if st.SameDay != "" && !slices.ContainsFunc(ids[:i], func(e string) bool { return f.Step(e).Marks == st.SameDay }) {
			return p.fail(id, "same-day", st.SameDay)
		}
		for _, fl := range st.Fields {
			if fl.Kind == flow.TextField && (fl.MaxLength < 1 || fl.MaxLength > maxField) {
				return p.fail(id, "field-max", fl.ID)
			}
		}
		reviewed := map[string]bool{}
		for _, field := range st.Reviews {
			switch {
			case f.StepOfField(field) == nil, f.Field(field).Kind != flow.TextField: // only what is typed is shown for checking
				return p.fail(id, "review-field", field)
			case f.Field(field).Secret:
				return p.fail(id, "review-secret", field)
			case reviewed[field]:
				return p.fail(id, "review-twice", field)
			}
			reviewed[field] = true
		}
	}
	for _, stage := range f.Stages {
		if canHideAll(f, stage.Steps) {
			return p.fail(stage.ID, "all-hidden", "")
		}
	}
	return nil
}

// canHideAll reports whether some answers (none given counts as one) to
// the questions the steps' conditions ask hide every one of the steps. It
// tries at most maxAnswers of them; a stage that needs more is taken as
// one that can.
func canHideAll(f *flow.Flow, steps []flow.Step) bool {
	var asked []string
	for _, st := range steps {
		if st.When == nil {
			return false
		}
		for _, a := range st.When.Atoms() {
			if !slices.Contains(asked, a.Step) {
				asked = append(asked, a.Step)
			}
		}
	}
	answers, tries := flow.Answers{}, 0
	var try func(i int) bool
	try = func(i int) bool {
		if i == len(asked) {
			tries++
			return tries > maxAnswers || !slices.ContainsFunc(steps, func(st flow.Step) bool { return st.When.Holds(answers) })
		}
		for _, c := range append(slices.Clone(f.Step(asked[i]).Choices), flow.Choice{}) {
			answers[asked[i]] = c.Value // "": not answered
			if try(i + 1) {
				return true
			}
		}
		return false
	}
	return try(0)
}

// parser keeps what one file of steps (a journey, the library) has shown
// so far.
type parser struct {
	Loader
	file     string
	choices  map[string][]string // the answers of each choice step
	seen     map[string]bool     // step and field ids
	sketches sketches            // the sketches a step may name
	when     []pendingCondition  // conditions, checked once every step is read
}

type pendingCondition struct {
	item string
	cond *flow.Condition
}

// parser is a new parser of the file.
func (l Loader) parser(file string, sk sketches) *parser {
	return &parser{Loader: l, file: file, choices: map[string][]string{}, seen: map[string]bool{}, sketches: sk}
}

func (p *parser) fail(item, problem, detail string) error {
	return &Error{File: p.file, Item: item, Problem: problem, Detail: detail}
}

var kinds = map[string]flow.Kind{"read": flow.Read, "choose": flow.Choose, "type": flow.Type, "qr": flow.QR,
	"wait": flow.Wait, "review": flow.Review}

func (p *parser) step(sf stepFile) (flow.Step, error) {
	item := sf.ID
	own := "step." + sf.ID + "."
	id := func(name, fallback string) string { return messageID(own, name, fallback) }
	kind, ok := kinds[sf.Kind]
	if !ok {
		return flow.Step{}, p.fail(item, "unknown-kind", sf.Kind)
	}
	device, ok := p.Devices[sf.Device]
	if !ok && sf.Device != "" {
		return flow.Step{}, p.fail(item, "unknown-device", sf.Device)
	}
	if sf.ID == "" || p.seen[sf.ID] {
		return flow.Step{}, p.fail(item, "duplicate-id", sf.ID)
	}
	p.seen[sf.ID] = true
	st := flow.Step{ID: sf.ID, Kind: kind, Source: sf.Source, Device: device, Default: sf.Default, Title: id(sf.Title, "title"),
		LookAway: sf.LookAway, Risky: sf.Risky, OnPage: sf.OnPage, See: sf.See, Reviews: sf.Reviews, Marks: sf.Marks, SameDay: sf.SameDay, WaitMinutes: max(sf.WaitMinutes, 0),
		When: p.condition(item, sf.When)}
	if sf.PracticeQR != "" {
		st.PracticeQR = id(sf.PracticeQR, "")
	}
	if sf.Practice != "" {
		st.Practice = id(sf.Practice, "")
	}
	if sf.Sent != "" {
		if kind != flow.Review {
			return flow.Step{}, p.fail(item, "sent-review", sf.Sent)
		}
		st.Sent = id(sf.Sent, "")
	}
	texts := func(tf []textFile, fallback string) []flow.Text { return p.texts(item, own, tf, fallback) }
	st.Body, st.Warnings, st.Help, st.Helper = texts(sf.Body, "body"), texts(sf.Warnings, ""), texts(sf.Help, "help"), texts(sf.Helper, "")
	for _, t := range sf.Helper { // a note for the helper sends nobody on: the member's own words do
		if t.Handover != "" {
			return flow.Step{}, p.fail(item, "helper-handover", t.Handover)
		}
	}
	if sf.Link != nil {
		url, ok := p.Addresses[sf.Link.Address]
		if !ok {
			return flow.Step{}, p.fail(item, "address", sf.Link.Address)
		}
		st.Link = &flow.Link{URL: url, When: p.condition(item, sf.Link.When), Scan: sf.Link.Scan}
	}
	for _, c := range sf.Choices {
		ch := flow.Choice{Value: c.Value, Label: id(c.Label, c.Value), Pause: c.Pause, Undated: c.Undated, Then: texts(c.Then, "")}
		if c.Words != "" {
			ch.Words = id(c.Words, "")
		}
		st.Choices = append(st.Choices, ch)
		p.choices[sf.ID] = append(p.choices[sf.ID], c.Value)
	}
	for i, ff := range sf.Fields {
		fid := ff.ID
		if fid == "" && i == 0 {
			fid = sf.ID // a step's first field is named as the step
		}
		if fid == "" || (fid != sf.ID && p.seen[fid]) {
			return flow.Step{}, p.fail(item, "duplicate-id", fid)
		}
		p.seen[fid] = true
		optional := func(name string) string {
			if name == "" {
				return ""
			}
			return id(name, "")
		}
		fl := flow.Field{ID: fid, Kind: flow.FieldKind(cmp.Or(ff.Kind, string(flow.TextField))), Label: id(ff.Label, "label"),
			Example: optional(ff.Example), Secret: ff.Secret, Twice: ff.Twice, AgainLabel: optional(ff.Again), Mismatch: ff.Mismatch,
			MaxLength: ff.Max, Digits: ff.Digits, Optional: ff.Optional, Rules: optional(ff.Rules), It: optional(ff.It),
			Spoken: ff.Spoken, Sample: optional(ff.Sample)}
		if !slices.Contains(flow.Speakings, ff.Spoken) {
			return flow.Step{}, p.fail(item, "unknown-kind", string(ff.Spoken))
		}
		switch fl.Kind {
		case flow.TextField:
			fn, err := p.Checks.Lookup(ff.Check, ff.Params)
			if lerr := (*verdict.LookupError)(nil); errors.As(err, &lerr) {
				return flow.Step{}, p.fail(item, lerr.Problem, lerr.Name)
			}
			fl.Check = fn
		case flow.TickBox, flow.ListField, flow.Button:
			// Chosen, not typed: nothing of a typed field's, and a list of two answers or more.
			typed := ff.Check != "" || ff.Secret || ff.Twice || ff.Digits || ff.Max != 0 || ff.Example != "" || ff.Rules != "" || ff.It != "" ||
				ff.Spoken != "" || ff.Sample != ""
			if typed || (fl.Kind == flow.ListField) != (len(ff.Options) > 0) || fl.Kind == flow.ListField && len(ff.Options) < 2 {
				return flow.Step{}, p.fail(item, "field-kind", fid)
			}
			for _, o := range ff.Options {
				fl.Options = append(fl.Options, flow.Option{Value: o.Value, Label: id(o.Label, o.Value)})
			}
		default:
			return flow.Step{}, p.fail(item, "field-kind", fid)
		}
		st.Fields = append(st.Fields, fl)
	}
	sketch, err := p.sketchOf(item, sf.Sketch, st)
	st.Sketch = sketch
	return st, err
}

// texts are the paragraphs of item, their names the item's own under
// prefix; a list left out is the one paragraph named fallback ("body",
// "help"), none for "".
func (p *parser) texts(item, prefix string, tf []textFile, fallback string) []flow.Text {
	if tf == nil && fallback != "" {
		tf = []textFile{{Text: fallback}}
	}
	var out []flow.Text
	for _, t := range tf {
		out = append(out, flow.Text{ID: messageID(prefix, t.Text, fallback), When: p.condition(item, t.When), Handover: t.Handover, Optional: t.Optional})
	}
	return out
}

// condition reads "step=answer" or "step!=answer", several joined by
// " and ", and such groups joined by " or " (and binds closer); each is
// checked once every step is read.
func (p *parser) condition(item, when string) *flow.Condition {
	if when == "" {
		return nil
	}
	return p.disjunction(item, when)
}

// disjunction reads groups joined by " or ".
func (p *parser) disjunction(item, when string) *flow.Condition {
	group, others, more := strings.Cut(when, " or ")
	c := p.conjunction(item, group)
	if more {
		c.Or = p.disjunction(item, others)
	}
	return c
}

// conjunction reads tests joined by " and ". An empty test is kept, to be
// refused as a condition that names no choice.
func (p *parser) conjunction(item, when string) *flow.Condition {
	first, rest, more := strings.Cut(when, " and ")
	stepID, answer, _ := strings.Cut(first, "=")
	stepID, not := strings.CutSuffix(stepID, "!")
	c := &flow.Condition{Step: strings.TrimSpace(stepID), Answer: strings.TrimSpace(answer), Not: not}
	if more {
		c.And = p.conjunction(item, rest)
	}
	p.when = append(p.when, pendingCondition{item: item, cond: c})
	return c
}

// conditions makes sure every condition names a choice step and one of
// its answers.
func (p *parser) conditions() error {
	for _, pc := range p.when {
		answers, ok := p.choices[pc.cond.Step]
		if !ok || !slices.Contains(answers, pc.cond.Answer) {
			return p.fail(pc.item, "condition", atom(pc.cond))
		}
	}
	return nil
}

// atom is one test of a condition as a journey writes it: "step=answer"
// or "step!=answer".
func atom(c *flow.Condition) string {
	return c.Step + map[bool]string{false: "=", true: "!="}[c.Not] + c.Answer
}

// decode reads a TOML file strictly into v. A key it does not know is
// refused by name, as a misspelt key would otherwise be dropped without a
// word; a file that is not TOML is refused with the line where it goes
// wrong, given as row too (0 when it cannot be told).
func decode(name string, buf []byte, v any) (row int, err error) {
	dec := toml.NewDecoder(bytes.NewReader(buf))
	dec.DisallowUnknownFields()
	err = dec.Decode(v)
	if missing := (*toml.StrictMissingError)(nil); errors.As(err, &missing) && len(missing.Errors) > 0 {
		return 0, &Error{File: name, Item: path.Base(name), Problem: "unknown-key", Detail: strings.Join(missing.Errors[0].Key(), ".")}
	}
	if err == nil {
		return 0, nil
	}
	line := "?"
	if derr := (*toml.DecodeError)(nil); errors.As(err, &derr) {
		row, _ = derr.Position()
		line = strconv.Itoa(row)
	}
	return row, &Error{File: name, Item: path.Base(name), Problem: "syntax", Detail: line}
}

// messageID is the message id a name in a file gives: a name without a
// dot is the item's own, prefix+name (prefix+fallback when the name is
// left out); one with a dot is a whole message id.
func messageID(prefix, name, fallback string) string {
	switch {
	case name == "":
		name = fallback
	case strings.Contains(name, "."):
		return name
	}
	return prefix + name
}
