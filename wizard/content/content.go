// Package content reads a service's journeys, help topics and words from
// data files, and checks them: each file on its own as it is read, and a
// folder of corrections as a whole, within bounds, before any of it is
// used. It knows no service: what is one's own (its official addresses
// and the rule its texts are held to, its devices, its checks) is given
// in a Loader.
package content

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing/fstest"
	"unicode/utf8"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// Loader reads and checks the content of one service.
type Loader struct {
	Files   fs.FS  // the built-in journeys/<id>.toml, library.toml and help/topics.toml
	Words   fs.FS  // the built-in message files, <part>.<lang>.toml
	Default string // the language every message must be in, and the fallback

	// Addresses are the official addresses by the names journeys and
	// topics give them: a journey can show no other.
	Addresses map[string]string
	// Unofficial is the first address in a text of a language that is
	// not an official one, or "": every text is held to it.
	Unofficial func(s, lang string) string
	// Devices are the message ids naming each device by the names steps
	// give them (device = "phone"); no name is no device.
	Devices map[string]string
	Checks  verdict.Registry // the checks fields name
}

// Content is what the guide runs on: the journeys, and the message files
// (locale files) over the built-in ones.
type Content struct {
	Flows     []*flow.Flow
	Topics    []flow.Topic   // the help topics, in the help index's order
	Failures  []flow.Failure // the rehearsals of what goes wrong, in their list's order
	Letters   flow.Letters   // the letters to support, built in only
	Sheet     *flow.Sheet    // what a member's printed sheet holds; nil for no sheet
	Blank     *flow.Sheet    // the blank sheet for a help session; nil for none
	Overrides []fs.FS        // message files read after the built-in ones, each message replacing one of the same id
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

// BuiltIn is the content built in. Its journeys and words are checked by
// the tests, so it is not checked again at every start.
func (l Loader) BuiltIn() (Content, error) {
	languages := text.Languages(l.Words)
	flows, err := l.Journeys(l.Files)
	if err != nil {
		return Content{Languages: languages}, err
	}
	topics, err := l.Topics(l.Files)
	if err != nil {
		return Content{Flows: flows, Languages: languages}, err
	}
	failures, err := l.Failures(l.Files)
	if err != nil {
		return Content{Flows: flows, Topics: topics, Languages: languages}, err
	}
	letters, err := l.Letters(l.Files)
	if err != nil {
		return Content{}, err
	}
	member, blank, err := l.Sheets(l.Files, flows)
	return Content{Flows: flows, Topics: topics, Failures: failures, Letters: letters, Sheet: member, Blank: blank, Languages: languages}, err
}

// Error says what is wrong in a content file, and where.
type Error struct {
	File    string // the file, e.g. "journeys/new-account.toml"
	Item    string // the step (in a journey) or the message (in a locale file)
	Problem string // one of Problems, told as the message "content.<code>"
	Detail  string // what was found: a name, an address, a message id, a line
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s: %s %q", e.File, e.Item, e.Problem, e.Detail)
}

// Problems are every Error.Problem, so that each has a message.
var Problems = []string{"no-folder", "unreadable", "syntax", "unknown-key", "empty", "file-name", "unknown-kind", "unknown-device",
	"duplicate-id", "unknown-step", "use-id", "address", "unknown-check", "unknown-param", "missing-param", "bad-param", "condition",
	"unknown-message", "missing-message", "template-field", "review-field", "unknown-topic",
	"date", "source", "no-source", "topic-id", "no-topics", // help/topics.toml
	"failure", "failure-sketch", "failure-use", // failures.toml
	"letter",     // letters.toml
	"sheet-fill", // sheet.toml
	// reading the folder within its bounds (read, scan)
	"slow", "unreadable-folder", "not-folder", "no-corrections", "too-many-files", "folder-too-many-files", "not-file",
	"too-big", "folder-too-big", "too-many-names", "folder-too-many-names", "long-name", "hidden", "too-deep",
	// message files and their texts (languages, messages, checkTexts)
	"locale-name", "language", "part-language", "not-text", "empty-text", "mixed-forms", "duplicate-message",
	"long-text", "template", "text-address",
	// a journey that cannot be walked (walkable)
	"empty-stage", "no-choices", "no-fields", "field-max", "field-kind", "review-secret", "review-twice", "sent-review", "helper-handover", "all-hidden", "condition-order", "same-day",
	// a way on to another journey (Handovers)
	"handover", "handovers", "completes",
	// sketches of pages (sketches.toml) and the steps that name them
	"sketch-kind", "sketch-label", "sketch-words", "sketch-text", "sketch-field", "sketch-check", "sketch-source", "sketch-use", "unknown-sketch"}

// WithFolder is the built-in content corrected by a folder (--content):
// its journeys/<id>.toml replace the built-in journey of that id or add
// one; the steps of its library.toml replace the library's step of that
// id, in every journey that uses it, or add one; its help/topics.toml
// replaces the built-in help topics; and its locales/<part>.<lang>.toml
// replace single messages or, as active.<lang>.toml, add a language. The
// folder is read within bounds and checked as a whole before any of it
// is used; an *Error says what is wrong, and where.
func (l Loader) WithFolder(dir fs.FS) (Content, error) {
	c, err := l.BuiltIn()
	if err != nil {
		return c, err
	}
	folder, err := read(dir)
	if err != nil {
		return c, err
	}
	if err := scanAll(folder); err != nil {
		return c, err
	}
	sk, err := l.sketches(l.Files, nil)
	if err != nil {
		return c, err
	}
	if sk, err = l.sketches(folder, sk); err != nil {
		return c, err
	}
	lib, err := l.library(l.Files, nil, sk)
	if err != nil {
		return c, err
	}
	_, newLib := folder[LibraryFile]
	if newLib {
		if lib, err = l.library(folder, lib, sk); err != nil {
			return c, err
		}
	}
	if _, newSketches := folder[SketchesFile]; newLib || newSketches { // the built-in journeys use its steps and sketches too
		if c.Flows, err = l.journeys(l.Files, lib, sk); err != nil {
			return c, err
		}
	}
	if _, newSketches := folder[SketchesFile]; newSketches { // the failures' screens show them too
		if c.Failures, err = l.failures(l.Files, sk); err != nil {
			return c, err
		}
	}
	extra, err := l.journeys(folder, lib, sk)
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
	if _, err := fs.Stat(folder, TopicsFile); err == nil {
		if c.Topics, err = l.Topics(folder); err != nil {
			return c, err
		}
	}
	words, err := fs.Sub(folder, "locales")
	if err != nil {
		return c, err
	}
	added, err := languages(words, c.Languages, c.Letters.Languages)
	if err != nil {
		return c, err
	}
	c.Overrides = []fs.FS{words}
	c.Languages = union(c.Languages, added)
	every := union(c.Languages, c.Letters.Languages) // a letter's words are checked as the guide's are
	builtIn, err := ReadWords(l.Words, every)
	if err != nil {
		return c, err
	}
	corrected, err := ReadWords(words, every)
	if err != nil {
		return c, err
	}
	if err := l.checkTexts(words, corrected, builtIn, named(c)); err != nil {
		return c, err
	}
	merged, letters := Words{}, Words{}
	for _, lang := range every {
		m := map[string]text.Forms{}
		maps.Copy(m, builtIn[lang])
		maps.Copy(m, corrected[lang])
		if slices.Contains(c.Languages, lang) {
			merged[lang] = m
		}
		if slices.Contains(c.Letters.Languages, lang) {
			letters[lang] = m
		}
	}
	if err := Validate(c.Flows, merged, l.Default); err != nil {
		return c, err
	}
	if err := TopicLinks(c.Flows, c.Topics); err != nil {
		return c, err
	}
	if err := TopicConditions(c.Topics, c.Flows); err != nil {
		return c, err
	}
	if err := Handovers(c.Flows, c.Topics); err != nil {
		return c, err
	}
	if err := ValidateTopics(c.Topics, merged); err != nil {
		return c, err
	}
	return c, ValidateLetters(c.Letters, c.Flows, merged, letters)
}

// scanAll scans every file of a folder (scan), and counts their names
// together.
func scanAll(folder fstest.MapFS) error {
	names := 0
	for _, name := range slices.Sorted(maps.Keys(folder)) {
		n, err := scan(name, folder[name].Data)
		if err != nil {
			return err
		}
		if names += n; names > maxFolderNames {
			return &Error{File: name, Item: path.Base(name), Problem: "folder-too-many-names", Detail: strconv.Itoa(maxFolderNames)}
		}
	}
	return nil
}

// partName is how the part of a message file is named: active, help, ...
var partName = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// languages are the languages a folder's message files add
// (active.<lang>.toml), each one the guide can show. Every message file is
// <part>.<lang>.toml, of a language built in or added, or letters.<lang>.toml
// of a language the letters are written in.
func languages(words fs.FS, builtIn, letters []string) ([]string, error) {
	names, _ := fs.Glob(words, "*.toml")
	for _, name := range names {
		if parts := strings.Split(name, "."); len(parts) != 3 || !partName.MatchString(parts[0]) {
			return nil, &Error{File: "locales/" + name, Item: name, Problem: "locale-name"}
		}
	}
	added := text.Languages(words)
	for _, lang := range added {
		if text.CheckLanguage(lang) != nil {
			return nil, &Error{File: localeFile(lang), Item: lang, Problem: "language", Detail: lang}
		}
	}
	all := union(builtIn, added)
	for _, name := range names {
		if part, lang := strings.Split(name, ".")[0], strings.Split(name, ".")[1]; !slices.Contains(all, lang) &&
			(part != "letters" || !slices.Contains(letters, lang)) {
			return nil, &Error{File: "locales/" + name, Item: name, Problem: "part-language", Detail: lang}
		}
	}
	return added, nil
}

// ReadWords are the messages of each language in files, none for a
// language that has none there; a file not written as the guide reads it
// is an *Error.
func ReadWords(files fs.FS, langs []string) (Words, error) {
	words := Words{}
	for _, lang := range langs {
		msgs, err := messages(files, lang)
		if err != nil {
			return nil, err
		}
		words[lang] = msgs
	}
	return words, nil
}

// messages are the messages of lang in files, none if it has none; a
// file not written as the guide reads it is an *Error.
func messages(files fs.FS, lang string) (map[string]text.Forms, error) {
	msgs, err := text.Messages(files, lang)
	var ferr *text.FormatError
	var derr *text.DuplicateError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return map[string]text.Forms{}, nil
	case errors.As(err, &ferr) && ferr.Problem == "syntax":
		return nil, &Error{File: "locales/" + ferr.File, Item: ferr.File, Problem: "syntax", Detail: strconv.Itoa(ferr.Line)}
	case errors.As(err, &ferr):
		return nil, &Error{File: "locales/" + ferr.File, Item: ferr.ID, Problem: ferr.Problem}
	case errors.As(err, &derr):
		return nil, &Error{File: "locales/" + derr.File, Item: derr.ID, Problem: "duplicate-message", Detail: "locales/" + derr.Other}
	}
	return msgs, err
}

// maxText is the most characters of one text: the longest built in has 1,100.
const maxText = 4000

// checkTexts holds every text of a folder, in every language, to what
// the guide shows: not too long, only words and {{.Field}}, only official
// addresses. A message no journey or help topic names is the guide's own:
// it may use only the fields the built-in message of that id uses, and
// a message the guide does not have, none. (The fields of a message a
// journey names are those its place gives: Validate holds them.)
func (l Loader) checkTexts(words fs.FS, corrected, builtIn Words, named map[string]bool) error {
	fields := map[string]map[string]bool{}
	for _, msgs := range builtIn {
		for id, forms := range msgs {
			for _, s := range forms {
				names, _ := text.Fields(s)
				for _, name := range names {
					if fields[id] == nil {
						fields[id] = map[string]bool{}
					}
					fields[id][name] = true
				}
			}
		}
	}
	for _, lang := range sortedLanguages(corrected) {
		for _, id := range slices.Sorted(maps.Keys(corrected[lang])) {
			forms := corrected[lang][id]
			for _, form := range slices.Sorted(maps.Keys(forms)) {
				s := forms[form]
				fail := func(problem, detail string) error {
					return &Error{File: fileOf(words, lang, id), Item: id, Problem: problem, Detail: text.Shown(detail)}
				}
				if utf8.RuneCountInString(s) > maxText {
					return fail("long-text", strconv.Itoa(maxText))
				}
				problem, detail := templateProblem(s, fields[id])
				if problem == "template-field" && named[id] {
					problem = "" // Validate holds it to the fields of its place in a journey or topic
				}
				if problem != "" {
					return fail(problem, detail)
				}
				if a := l.Unofficial(s, lang); a != "" {
					return fail("text-address", a)
				}
			}
		}
	}
	return nil
}

// fileOf is the message file of lang in words that holds the message id.
func fileOf(words fs.FS, lang, id string) string {
	for _, name := range text.FileNames(words, lang) {
		if msgs, err := text.File(words, name); err == nil && msgs[id] != nil {
			return "locales/" + name
		}
	}
	return localeFile(lang)
}

// named are the message ids that the journeys and help topics name.
func named(c Content) map[string]bool {
	ids := map[string]bool{}
	for _, f := range c.Flows {
		for _, u := range uses(f) {
			ids[u.id] = true
		}
	}
	for _, t := range c.Topics {
		for _, id := range topicMessages(t) {
			ids[id] = true
		}
	}
	for _, sh := range []*flow.Sheet{c.Sheet, c.Blank} {
		for id := range SheetMessages(sh) {
			ids[id] = true
		}
	}
	return ids
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
