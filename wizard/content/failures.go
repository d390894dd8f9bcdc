package content

import (
	"errors"
	"io/fs"
	"slices"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// FailuresFile is where the rehearsals of what goes wrong are kept, in the
// built-in files: failures.toml, which a service may leave out. Each
// failure's words are the messages failure.<id>.title and
// failure.<id>.<text> of each screen.
const FailuresFile = "failures.toml"

// The failures file's shape (see failures.toml).
type failuresFile struct {
	Failures []struct {
		ID, Source, Topic string
		Screens           []struct {
			Text, Sketch string
			Use          bool
		}
	}
}

// Failures reads the rehearsals of what goes wrong in files, in the file's
// order, each screen's sketch from the sketches of files; none where there
// is no failures.toml. An *Error says what is wrong, and where.
func (l Loader) Failures(files fs.FS) ([]flow.Failure, error) {
	sk, err := l.sketches(files, nil)
	if err != nil {
		return nil, err
	}
	return l.failures(files, sk)
}

// failures reads the failures of files, their screens' sketches from sk.
func (l Loader) failures(files fs.FS, sk sketches) ([]flow.Failure, error) {
	buf, err := fs.ReadFile(files, FailuresFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &Error{File: FailuresFile, Item: FailuresFile, Problem: "unreadable", Detail: err.Error()}
	}
	var ff failuresFile
	if _, err := decode(FailuresFile, buf, &ff); err != nil {
		return nil, err
	}
	fail := func(item, detail string) error {
		return &Error{File: FailuresFile, Item: item, Problem: "failure", Detail: detail}
	}
	var failures []flow.Failure
	for _, f := range ff.Failures {
		switch {
		case !topicID.MatchString(f.ID):
			return nil, fail(f.ID, "id")
		case slices.ContainsFunc(failures, func(g flow.Failure) bool { return g.ID == f.ID }):
			return nil, &Error{File: FailuresFile, Item: f.ID, Problem: "duplicate-id", Detail: f.ID}
		case f.Source == "":
			return nil, fail(f.ID, "source")
		case len(f.Screens) == 0:
			return nil, fail(f.ID, "screens")
		case f.Topic == "":
			return nil, fail(f.ID, "topic")
		}
		own := "failure." + f.ID + "."
		failure := flow.Failure{ID: f.ID, Title: own + "title", Source: f.Source, Topic: f.Topic}
		for _, sc := range f.Screens {
			screen := flow.FailureScreen{Text: messageID(own, sc.Text, ""), Sketch: sk[sc.Sketch], Use: sc.Use}
			if err := failureSketch(f.ID, sc.Sketch, screen); err != nil {
				return nil, err
			}
			failure.Screens = append(failure.Screens, screen)
		}
		failures = append(failures, failure)
	}
	return failures, nil
}

// failureSketch checks the sketch a failure's screen names (id): one there
// is, with something marked to use where the screen has the user use it.
func failureSketch(failure, id string, sc flow.FailureScreen) error {
	switch {
	case id != "" && sc.Sketch == nil:
		return &Error{File: FailuresFile, Item: failure, Problem: "failure-sketch", Detail: id}
	case sc.Use && (sc.Sketch == nil || !slices.ContainsFunc(sc.Sketch.Controls, func(c flow.Control) bool { return c.Use })):
		return &Error{File: FailuresFile, Item: failure, Problem: "failure-use", Detail: id}
	}
	return nil
}

// ValidateFailures makes sure that every failure leads to a help topic
// the guide has, and that each of its words is in every language.
func ValidateFailures(failures []flow.Failure, topics []flow.Topic, words Words) error {
	langs, none := sortedLanguages(words), map[string]bool{}
	for _, f := range failures {
		if !slices.ContainsFunc(topics, func(t flow.Topic) bool { return t.ID == f.Topic }) {
			return &Error{File: FailuresFile, Item: f.ID, Problem: "failure", Detail: f.Topic}
		}
		ids := []string{f.Title}
		for _, sc := range f.Screens {
			ids = append(ids, sc.Text)
		}
		for _, id := range ids {
			found, err := checkMessage(words, langs, id, none, failuresWords)
			if err != nil {
				return err
			}
			if !found {
				return &Error{File: FailuresFile, Item: f.ID, Problem: "unknown-message", Detail: id}
			}
		}
	}
	return nil
}

// failuresWords is where a language's words of the failures belong.
func failuresWords(lang string) string { return "locales/failures." + lang + ".toml" }
