package text

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/pelletier/go-toml/v2"
)

// Languages are the languages of the message files present
// (active.<lang>.toml), sorted.
func Languages(files fs.FS) []string {
	names, _ := fs.Glob(files, "active.*.toml")
	var langs []string
	for _, n := range names {
		langs = append(langs, strings.TrimSuffix(strings.TrimPrefix(n, "active."), ".toml"))
	}
	sort.Strings(langs)
	return langs
}

// Forms are the forms of one message: "other" alone for a plain one, and
// "one" and so on for a plural.
type Forms map[string]string

// FileNames are the message files of one language, sorted: the language's
// main file active.<lang>.toml and any further part <part>.<lang>.toml
// (help topics, one journey's words), so that parts can be kept apart.
func FileNames(files fs.FS, lang string) []string {
	names, _ := fs.Glob(files, "*."+lang+".toml")
	return names
}

// DuplicateError says that a message is in two files of one language.
type DuplicateError struct{ ID, File, Other string }

func (e *DuplicateError) Error() string {
	return fmt.Sprintf("message %q is in both %s and %s", e.ID, e.Other, e.File)
}

// FormatError says that a message file is not written as the guide reads
// it, and where.
type FormatError struct {
	File    string
	ID      string // the message, or "" for the whole file
	Problem string // "syntax" (Line tells where), "not-text", "empty-text" or "mixed-forms"
	Line    int    // for "syntax": the line, or 0 when it cannot be told
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("%s: %s: %s (line %d)", e.File, e.ID, e.Problem, e.Line)
}

// pluralForms are the keys of the texts of a message by plural form, as
// CLDR names them: a message file's table with one of them is one message.
var pluralForms = []string{"zero", "one", "two", "few", "many", "other"}

// forms are the texts of a message, by pluralForms.
func forms(m *i18n.Message) map[string]*string {
	return map[string]*string{"zero": &m.Zero, "one": &m.One, "two": &m.Two, "few": &m.Few, "many": &m.Many, "other": &m.Other}
}

// Messages reads every message of one language's files, by id, so that
// content can be checked against the words before it is shown. It reads
// them as Load does. A message in two of the files is a *DuplicateError:
// one would hide the other.
func Messages(files fs.FS, lang string) (map[string]Forms, error) {
	names := FileNames(files, lang)
	if len(names) == 0 {
		return nil, fmt.Errorf("*.%s.toml: %w", lang, fs.ErrNotExist)
	}
	out := map[string]Forms{}
	from := map[string]string{}
	for _, name := range names {
		msgs, err := File(files, name)
		if err != nil {
			return nil, err
		}
		for id, forms := range msgs {
			if other, ok := from[id]; ok {
				return nil, &DuplicateError{ID: id, File: name, Other: other}
			}
			out[id], from[id] = forms, name
		}
	}
	return out, nil
}

// File reads the messages of one message file, by id, as Load reads them.
// A message written twice (as "a.b" and as b in the table a) is a
// *DuplicateError.
func File(files fs.FS, name string) (map[string]Forms, error) {
	msgs, err := readMessages(files, name)
	if err != nil {
		return nil, err
	}
	out := map[string]Forms{}
	for _, m := range msgs {
		if _, ok := out[m.ID]; ok {
			return nil, &DuplicateError{ID: m.ID, File: name, Other: name}
		}
		texts := Forms{}
		for form, s := range forms(m) {
			if *s != "" {
				texts[form] = *s
			}
		}
		out[m.ID] = texts
	}
	return out, nil
}

// readMessages reads one message file into go-i18n's messages. Load and
// Messages both read files this way, so a file the checks pass is one the
// guide can show; a file not written as the guide reads it is a
// *FormatError. Every value is a text or a table: a table with a plural
// form's key is one message, with texts for plural forms only; any other
// table is a group, whose key is the first part of its messages' ids.
func readMessages(files fs.FS, name string) ([]*i18n.Message, error) {
	buf, err := fs.ReadFile(files, name)
	if err != nil {
		return nil, err
	}
	var raw map[string]any
	if err := toml.Unmarshal(buf, &raw); err != nil {
		line := 0
		if derr := (*toml.DecodeError)(nil); errors.As(err, &derr) {
			line, _ = derr.Position()
		}
		return nil, &FormatError{File: name, Problem: "syntax", Line: line}
	}
	var msgs []*i18n.Message
	var path []string // the keys down to the table walked: joined only at a message, so a deep key costs its length, not its square
	var walk func(table map[string]any) error
	walk = func(table map[string]any) error {
		for _, k := range sortedKeys(table) { // the first problem found is the same every time
			path = append(path, k)
			id := strings.Join(path, ".")
			fail := func(problem string) error { return &FormatError{File: name, ID: id, Problem: problem} }
			switch v := table[k].(type) {
			case string:
				if v == "" {
					return fail("empty-text")
				}
				msgs = append(msgs, &i18n.Message{ID: id, Other: v})
			case map[string]any:
				m := &i18n.Message{ID: id}
				slots := forms(m)
				if !slices.ContainsFunc(pluralForms, func(f string) bool { _, ok := v[f]; return ok }) {
					if err := walk(v); err != nil {
						return err
					}
					break
				}
				for _, form := range sortedKeys(v) {
					s, isText := v[form].(string)
					switch {
					case slots[form] == nil:
						return fail("mixed-forms")
					case !isText:
						return fail("not-text")
					case s == "":
						return fail("empty-text")
					}
					*slots[form] = s
				}
				if m.Other == "" {
					return fail("mixed-forms") // go-i18n falls back to "other"
				}
				msgs = append(msgs, m)
			default:
				return fail("not-text")
			}
			path = path[:len(path)-1]
		}
		return nil
	}
	if err := walk(raw); err != nil {
		return nil, err
	}
	return msgs, nil
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
