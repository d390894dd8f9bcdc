package locales_test

import (
	"slices"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// letterIDs are the message ids of the letters' own words, written in
// every language of the letters: each language's name and its way of
// writing a date, and each letter's subject, paragraphs and blanks.
func letterIDs(ls flow.Letters) []string {
	ids := []string{ls.Language, ls.Date}
	for _, l := range ls.List {
		ids = append(ids, l.Subject)
		for _, b := range l.Body {
			ids = append(ids, b.ID)
		}
		for _, d := range l.Dates {
			ids = append(ids, d.Blank)
		}
	}
	return ids
}

// Every word of every letter is written in Danish, English and French,
// with the template fields the Danish uses; a French file holds the
// letters' words and nothing else (the guide itself speaks Danish and
// English, complete in both: TestEveryMessageExistsInEveryLanguage), and
// names no address but an official one.
func TestEveryLetterIsWrittenInEachOfItsLanguages(t *testing.T) {
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"da", "en", "fr"}; !slices.Equal(built.Letters.Languages, want) {
		t.Fatalf("the letters are written in %v, want %v", built.Letters.Languages, want)
	}
	if len(built.Letters.List) != 3 {
		t.Errorf("%d letters, want 3: a lost phone, a code that did not come, locked out", len(built.Letters.List))
	}
	ids := letterIDs(built.Letters)
	file := func(lang string) map[string]text.Forms {
		msgs, err := text.File(locales.Files, "letters."+lang+".toml")
		if err != nil {
			t.Fatal(err)
		}
		return msgs
	}
	da := file("da")
	for _, lang := range built.Letters.Languages {
		msgs := file(lang)
		for _, id := range ids {
			if msgs[id] == nil {
				t.Errorf("letters.%s.toml: %q is missing", lang, id)
			} else if fields(msgs[id]["other"]) != fields(da[id]["other"]) {
				t.Errorf("letters.%s.toml: %q uses %s, Danish uses %s", lang, id, fields(msgs[id]["other"]), fields(da[id]["other"]))
			}
		}
		for id, forms := range msgs {
			if lang == "fr" && !slices.Contains(ids, id) {
				t.Errorf("letters.fr.toml holds %q, which is no letter's own word", id)
			}
			if bad := steps.Unofficial(forms["other"], lang); bad != "" {
				t.Errorf("letters.%s.toml: %q names %q, which is not an official address", lang, id, bad)
			}
		}
	}
	words := func(langs ...string) content.Words {
		w, err := content.ReadWords(locales.Files, langs)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	if err := content.ValidateLetters(built.Letters, built.Flows, words("da", "en"), words(built.Letters.Languages...)); err != nil {
		t.Error(err)
	}
}
