package text

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"

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

// Messages reads every message of one language's files, by id, so that
// content can be checked against the words before it is shown. A message
// in two of the files is a *DuplicateError: one would hide the other.
func Messages(files fs.FS, lang string) (map[string]Forms, error) {
	names := FileNames(files, lang)
	if len(names) == 0 {
		return nil, fmt.Errorf("*.%s.toml: %w", lang, fs.ErrNotExist)
	}
	out := map[string]Forms{}
	from := map[string]string{}
	for _, name := range names {
		msgs, err := readMessages(files, name)
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

// readMessages reads one message file, by id.
func readMessages(files fs.FS, name string) (map[string]Forms, error) {
	buf, err := fs.ReadFile(files, name)
	if err != nil {
		return nil, err
	}
	var raw map[string]any
	if err := toml.Unmarshal(buf, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := map[string]Forms{}
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch v := v.(type) {
		case string:
			out[prefix] = Forms{"other": v}
		case map[string]any:
			if _, plural := v["other"]; plural {
				forms := Forms{}
				for k, f := range v {
					if s, ok := f.(string); ok {
						forms[k] = s
					}
				}
				out[prefix] = forms
				return
			}
			for k, x := range v {
				id := k
				if prefix != "" {
					id = prefix + "." + k
				}
				walk(id, x)
			}
		}
	}
	walk("", raw)
	return out, nil
}
