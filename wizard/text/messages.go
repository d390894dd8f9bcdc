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

// Messages reads every message of one language's file, by id, so that
// content can be checked against the words before it is shown.
func Messages(files fs.FS, lang string) (map[string]Forms, error) {
	name := "active." + lang + ".toml"
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
