package steps

import (
	"errors"
	"io/fs"
	"slices"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Content is what the guide runs on: the journeys, and the message files
// (locale files) over the built-in ones.
type Content struct {
	Flows     []*flow.Flow
	Topics    []flow.Topic // the help topics, in the help index's order
	Overrides []fs.FS      // message files read after the built-in ones, each message replacing one of the same id
	Languages []string
}

// Flow is the journey with the id, or nil.
func (c Content) Flow(id string) *flow.Flow {
	for _, f := range c.Flows {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// BuiltIn is the content built into the guide. Its journeys and words are
// checked by the tests, so it is not checked again at every start.
func BuiltIn() (Content, error) {
	flows, err := Load(Files)
	if err != nil {
		return Content{Languages: text.Languages(locales.Files)}, err
	}
	topics, err := LoadTopics(Files)
	return Content{Flows: flows, Topics: topics, Languages: text.Languages(locales.Files)}, err
}

// WithFolder is the built-in content corrected by a folder (--content):
// its journeys/<id>.toml replace the built-in journey of that id or add
// one, its help/topics.toml replaces the built-in help topics, and its
// locales/active.<lang>.toml replace single messages or add a language.
// The result is checked as a whole; a *ContentError says what is wrong,
// and where.
func WithFolder(dir fs.FS) (Content, error) {
	c, err := BuiltIn()
	if err != nil {
		return c, err
	}
	extra, err := Load(dir)
	if err != nil {
		return c, err
	}
	for _, f := range extra {
		replaced := false
		for i := range c.Flows {
			if c.Flows[i].ID == f.ID {
				c.Flows[i], replaced = f, true
			}
		}
		if !replaced {
			c.Flows = append(c.Flows, f)
		}
	}
	if _, err := fs.Stat(dir, TopicsFile); err == nil {
		if c.Topics, err = LoadTopics(dir); err != nil {
			return c, err
		}
	}
	words, err := fs.Sub(dir, "locales")
	if err != nil {
		return c, err
	}
	c.Overrides = []fs.FS{words}
	c.Languages = union(c.Languages, text.Languages(words))
	merged := Words{}
	for _, lang := range c.Languages {
		merged[lang] = map[string]text.Forms{}
		for _, files := range []fs.FS{locales.Files, words} {
			msgs, err := text.Messages(files, lang)
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return c, &ContentError{File: "locales/active." + lang + ".toml", Item: lang, Problem: "syntax", Detail: "?"}
			}
			for id, forms := range msgs {
				merged[lang][id] = forms
			}
		}
	}
	if err := Validate(c.Flows, merged, locales.Default); err != nil {
		return c, err
	}
	if err := TopicConditions(c.Topics, c.Flows); err != nil {
		return c, err
	}
	return c, ValidateTopics(c.Topics, merged)
}

func union(a, b []string) []string {
	out := append([]string{}, a...)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
