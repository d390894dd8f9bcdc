package content

import (
	"errors"
	"maps"
	"sort"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Words are the messages of every language offered, by language and id.
type Words map[string]map[string]text.Forms

// Validate checks journeys against the words: every message of the
// default language exists in every other, every message id a journey
// names exists in every language, and each text uses only the template
// fields it is given (a step's text: the journey's dates and answers; an
// event or reminder: {{.When}}). It gives the first problem found.
func Validate(flows []*flow.Flow, words Words, fallback string) error {
	langs := sortedLanguages(words)
	ids := make([]string, 0, len(words[fallback]))
	for id := range words[fallback] {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, lang := range langs {
		for _, id := range ids {
			if _, ok := words[lang][id]; !ok {
				return &Error{File: localeFile(lang), Item: id, Problem: "missing-message", Detail: id}
			}
		}
	}
	for _, f := range flows {
		for _, u := range uses(f) {
			if u.id == "" {
				continue
			}
			found, err := checkMessage(words, langs, u.id, u.fields, localeFile)
			if err != nil {
				return err
			}
			if !found && !u.optional {
				return &Error{File: "journeys/" + f.ID + ".toml", Item: u.step, Problem: "unknown-message", Detail: u.id}
			}
		}
		if err := sketchTexts(f, words, langs); err != nil {
			return err
		}
	}
	return nil
}

// sketchTexts makes sure that the words of every sketch a step of f names
// are written in every language, and use no template field.
func sketchTexts(f *flow.Flow, words Words, langs []string) error {
	none := map[string]bool{}
	for _, id := range f.StepIDs() {
		sk := f.Step(id).Sketch
		if sk == nil {
			continue
		}
		for _, c := range sk.Controls {
			if c.Text == "" {
				continue
			}
			found, err := checkMessage(words, langs, c.Text, none, sketchesLocale)
			if err != nil {
				return err
			}
			for _, lang := range langs {
				if _, ok := words[lang][c.Text]; !found || !ok {
					return &Error{File: sketchesLocale(lang), Item: sk.ID, Problem: "sketch-text", Detail: c.Text}
				}
			}
		}
	}
	return nil
}

func sketchesLocale(lang string) string { return "locales/sketches." + lang + ".toml" }

// checkMessage makes sure that each text of the message id uses only the
// template fields given, and that every language has it; file is where a
// language's words of it belong. found is false when no language has it.
func checkMessage(words Words, langs []string, id string, fields map[string]bool, file func(lang string) string) (found bool, err error) {
	for _, lang := range langs {
		forms, ok := words[lang][id]
		if !ok {
			continue
		}
		found = true
		for _, s := range forms {
			if problem, detail := templateProblem(s, fields); problem != "" {
				return true, &Error{File: file(lang), Item: id, Problem: problem, Detail: detail}
			}
		}
	}
	for _, lang := range langs {
		if _, ok := words[lang][id]; found && !ok {
			return true, &Error{File: file(lang), Item: id, Problem: "missing-message", Detail: id}
		}
	}
	return found, nil
}

func localeFile(lang string) string { return "locales/active." + lang + ".toml" }

// sortedLanguages are the languages of words, sorted.
func sortedLanguages(words Words) []string {
	langs := make([]string, 0, len(words))
	for lang := range words {
		langs = append(langs, lang)
	}
	sort.Strings(langs)
	return langs
}

// use is a message id a journey names, where, and the template fields its
// text may use.
type use struct {
	id, step string
	fields   map[string]bool
	optional bool // need not be written (flow.Text.Optional)
}

// uses lists every message id of a journey with the fields it is given.
func uses(f *flow.Flow) []use {
	none := map[string]bool{}
	when := map[string]bool{"When": true}
	stageData := map[string]bool{"Stage": true}
	stepData := map[string]bool{} // what the core gives a step's texts
	for _, id := range f.StepIDs() {
		st := f.Step(id)
		if st.Marks != "" {
			stepData[flow.TemplateName(st.Marks)] = true
		}
		for _, fl := range st.Fields {
			stepData[flow.TemplateName(fl.ID)] = true
		}
		if st.Kind == flow.Choose {
			stepData[flow.TemplateName(st.ID)] = true
		}
	}
	out := []use{{id: f.Title, fields: none}, {id: f.Intro, fields: none}, {id: f.Situation, fields: none},
		{id: f.Done, fields: none}}
	for _, src := range f.Sources {
		if !strings.HasPrefix(src, "https://") {
			out = append(out, use{id: src, fields: none})
		}
	}
	for _, e := range f.Events {
		out = append(out, use{id: e.Message, fields: when})
	}
	for _, r := range f.Reminders {
		out = append(out, use{id: r.Message, fields: when}, use{id: r.Waiting, fields: none}, use{id: r.Late, fields: none},
			use{id: r.Dated, fields: none}, use{id: r.DatedBody, fields: none})
		out = append(out, paragraphs(r.Then, r.Message, none)...)
	}
	for _, stage := range f.Stages {
		out = append(out, use{id: stage.Title, fields: none}, use{id: stage.Short, fields: none}, use{id: stage.Next, fields: none},
			use{id: stage.Done, fields: stageData})
		for _, st := range stage.Steps {
			add := func(fields map[string]bool, ids ...string) {
				for _, id := range ids {
					out = append(out, use{id: id, step: st.ID, fields: fields})
				}
			}
			add(none, st.Title, st.Device, st.Sent, st.PracticeQR, st.Practice)
			out = append(out, paragraphs(st.Help, st.ID, none)...)
			out = append(out, paragraphs(st.Helper, st.ID, none)...)
			if st.Link != nil {
				add(none, st.Link.Scan)
			}
			own := stepData
			if st.WaitMinutes > 0 {
				own = maps.Clone(stepData)
				own["Now"], own["WaitOver"] = true, true
			}
			out = append(out, paragraphs(append(append([]flow.Text{}, st.Body...), st.Warnings...), st.ID, own)...)
			for _, c := range st.Choices {
				add(none, c.Label)
				if c.Words != "" {
					add(none, c.Words)
				}
				out = append(out, paragraphs(c.Then, st.ID, none)...)
			}
			for _, fl := range st.Fields {
				add(none, fl.Label, fl.AgainLabel, fl.Rules, fl.It, fl.Sample)
				add(map[string]bool{"Sample": fl.Sample != ""}, fl.Example)
				for _, o := range fl.Options {
					add(none, o.Label)
				}
				if fl.Mismatch != "" {
					add(none, "problem."+fl.Mismatch)
				}
			}
		}
	}
	return out
}

// paragraphs are the uses of the paragraphs of item, given fields.
func paragraphs(texts []flow.Text, item string, fields map[string]bool) []use {
	out := make([]use, len(texts))
	for i, t := range texts {
		out[i] = use{id: t.ID, step: item, fields: fields, optional: t.Optional}
	}
	return out
}

// templateProblem is what is wrong with the template of a text given the
// fields: "template" for anything but words and {{.Field}} (detail: where
// it starts), "template-field" for a field not among them (detail: the
// field); "" when nothing is.
func templateProblem(s string, fields map[string]bool) (problem, detail string) {
	names, err := text.Fields(s)
	if terr := (*text.TemplateError)(nil); errors.As(err, &terr) {
		return "template", terr.Excerpt
	}
	for _, name := range names {
		if !fields[name] {
			return "template-field", "{{." + name + "}}"
		}
	}
	return "", ""
}
