package text

import (
	"errors"
	"slices"
	"testing"
	"testing/fstest"
)

// A message text shows words and the data given to it, nothing else: a
// range could loop for ever, a call or a template of its own show anything.
func TestFieldsAreTheOnlyTemplateAMessageMayHold(t *testing.T) {
	for _, c := range []struct {
		text   string
		fields []string
	}{
		{"Ingen felter", nil},
		{"Sendt {{.RequestSent}}, {{ .Count }} gange", []string{"RequestSent", "Count"}},
		{"{{- .Count -}} tegn", []string{"Count"}},
		{"{{/* en note */}}Hej", nil},
	} {
		got, err := Fields(c.text)
		if err != nil || !slices.Equal(got, c.fields) {
			t.Errorf("%q: %v %v, want %v", c.text, got, err, c.fields)
		}
	}
	for _, text := range []string{
		"{{range 100000000000}}{{end}}", "{{range 3}}x{{end}}", "{{.}}", "{{.Nope.Deeper}}", `{{template "nope"}}`,
		"{{define \"x\"}}y{{end}}", "{{if .Count}}x{{end}}", "{{$x := 1}}", "{{.Count | printf \"%d\"}}", `{{printf "%v" 1}}`,
		"{{len .Count}}", "Brudt {{", "{{.Count}", "{{block \"b\" .}}x{{end}}", "{{with .Count}}x{{end}}", "{{1}}", `{{"x"}}`,
	} {
		var terr *TemplateError
		if _, err := Fields(text); !errors.As(err, &terr) || terr.Excerpt == "" || len([]rune(terr.Excerpt)) > excerptRunes+1 {
			t.Errorf("%q is not refused with an excerpt: %v", text, err)
		}
	}
}

// Nothing that can drive a terminal or hide text passes, and newlines and
// tabs stay.
func TestShownHasNoHidingCharacters(t *testing.T) {
	in := "a\x1b]2;X\x07b\x9bc\x7fd\u202ee\u2066f\u200eg\u061ch\u200bi\u00adj\u2028k\rl\n\tm\xffn"
	if got, want := Shown(in), "a]2;Xbcdefghijkl\n\tmn"; got != want {
		t.Fatalf("%q, want %q", got, want)
	}
	for _, r := range "æøå €“”«» 漢字🙂\u00a0" {
		if Hides(r) {
			t.Errorf("%U is taken as hiding", r)
		}
	}
}

// A message file not written as the guide reads it is refused with the
// message it is about, by the same reading Load does, so that a file the
// checks pass never stops the guide.
func TestAMessageFileIsReadAsLoadReadsIt(t *testing.T) {
	for _, c := range []struct{ file, id, problem string }{
		{"[step.needs]\ntitle = 5\n", "step.needs.title", "not-text"},
		{"[step.needs]\ntitle = [\"a\"]\n", "step.needs.title", "not-text"},
		{"[step.needs]\ntitle = 2026-11-23\n", "step.needs.title", "not-text"},
		{"[typed]\none = 7\nother = \"x\"\n", "typed", "not-text"},
		{"[typed]\none = \"x\"\nother = \"x\"\ntitle = \"y\"\n", "typed", "mixed-forms"},
		{"[typed]\none = \"x\"\n", "typed", "mixed-forms"},
		{"[typed]\nleftDelim = \"<<\"\nother = \"<<.Count>>\"\n", "typed", "mixed-forms"},
		{"hej = \"\"\n", "hej", "empty-text"},
		{"hej = \"x\"\n[[hej\n", "", "syntax"},
	} {
		files := fstest.MapFS{"active.da.toml": {Data: []byte(c.file)}}
		for name, read := range map[string]func() error{
			"Messages": func() error { _, err := Messages(files, "da"); return err },
			"Load":     func() error { _, err := Load(files, "da", "da"); return err },
		} {
			var ferr *FormatError
			if err := read(); !errors.As(err, &ferr) || ferr.ID != c.id || ferr.Problem != c.problem || ferr.File != "active.da.toml" {
				t.Errorf("%s of %q: %v, want %s at %q", name, c.file, err, c.problem, c.id)
			}
		}
	}
}

// go-i18n's reserved words are ids like any other: "id" cannot move a
// message, "description" is a message.
func TestReservedWordsAreOnlyIDs(t *testing.T) {
	files := fstest.MapFS{"active.da.toml": {Data: []byte("[step.needs]\nid = \"app.title\"\ndescription = \"Beskrivelse\"\n")}}
	msgs, err := Messages(files, "da")
	if err != nil || msgs["step.needs.id"]["other"] != "app.title" || msgs["step.needs.description"]["other"] != "Beskrivelse" {
		t.Fatalf("%v %v", msgs, err)
	}
	tr, err := Load(files, "da", "da")
	if err != nil || tr.T("app.title") != "app.title" || tr.T("step.needs.id") != "app.title" {
		t.Fatalf("%v: app.title is %q", err, tr.T("app.title"))
	}
}

// A language is one the guide can show: known, written as x/text writes
// it, with plural rules.
func TestLanguagesTheGuideCanUse(t *testing.T) {
	for _, tag := range []string{"da", "en", "de", "ar", "pt-BR", "sr-Latn"} {
		if err := CheckLanguage(tag); err != nil {
			t.Errorf("%q: %v", tag, err)
		}
	}
	for _, tag := range []string{"xx", "x!y", "", "da.x", "DE", "tlh", "i-klingon", "und", "qaa", "x-foo", "da_DK"} {
		if err := CheckLanguage(tag); !errors.Is(err, ErrLanguage) {
			t.Errorf("%q is taken", tag)
		}
	}
}
