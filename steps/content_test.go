package steps_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The content built in passes every check the guide makes of a folder of
// corrections, so it need not be checked again at every start.
func TestTheBuiltInContentIsValid(t *testing.T) {
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	words := content.Words{}
	for _, lang := range built.Languages {
		if words[lang], err = text.Messages(locales.Files, lang); err != nil {
			t.Fatal(err)
		}
	}
	if len(words) < 2 {
		t.Fatalf("languages built in: %v", built.Languages)
	}
	if err := content.Validate(built.Flows, words, locales.Default); err != nil {
		t.Fatal(err)
	}
	if err := content.TopicConditions(built.Topics, built.Flows); err != nil {
		t.Fatal(err)
	}
}

// builtInJourney is the built-in journey file, to make corrections of.
func builtInJourney(t *testing.T) string {
	buf, err := steps.Files.ReadFile("journeys/new-account.toml")
	if err != nil {
		t.Fatal(err)
	}
	return string(buf)
}

// changed is the built-in journey with one text replaced.
func changed(t *testing.T, old, new string) string {
	j := builtInJourney(t)
	if !strings.Contains(j, old) {
		t.Fatalf("the journey has no %q", old)
	}
	return strings.Replace(j, old, new, 1)
}

// Every mistake in a folder of corrections is refused with what and
// where: the file, the step or message, and what was found.
func TestAFolderOfCorrectionsIsCheckedAsAWhole(t *testing.T) {
	journey := "journeys/new-account.toml"
	cases := []struct {
		name                string
		files               map[string]string
		problem, file, what string
	}{
		{"unknown message id", map[string]string{journey: changed(t, `warnings = [{ text = "one-day" }]`, `warnings = [{ text = "one-week" }]`)},
			"unknown-message", journey, "step.email-link.one-week"},
		{"missing translation", map[string]string{"locales/active.da.toml": "[step.needs]\nextra = \"Ekstra\"\n"},
			"missing-message", "locales/active.en.toml", "step.needs.extra"},
		{"wrong template field", map[string]string{"locales/active.en.toml": "[step.request-sent]\nbody = \"Sent {{.RequestSend}}.\"\n"},
			"template-field", "locales/active.en.toml", "{{.RequestSend}}"},
		{"address outside the official list", map[string]string{journey: changed(t, `link = { address = "rcam", scan`, `link = { address = "rcam-login.example", scan`)},
			"address", journey, "rcam-login.example"},
		{"condition on a missing choice", map[string]string{journey: changed(t, `{ text = "android", when = "platform=android" }`, `{ text = "android", when = "platform=windows" }`)},
			"condition", journey, "platform=windows"},
		{"a second, negated condition on a missing answer", map[string]string{journey: changed(t, `{ text = "two-minutes", when = "platform=android" }`, `{ text = "two-minutes", when = "platform=android and platform!=windows" }`)},
			"condition", journey, "platform!=windows"},
		{"an alternative condition on a missing answer", map[string]string{journey: changed(t, `{ text = "two-minutes", when = "platform=android" }`, `{ text = "two-minutes", when = "platform=ios or platform=windows" }`)},
			"condition", journey, "platform=windows"},
		{"an alternative left empty", map[string]string{journey: changed(t, `{ text = "two-minutes", when = "platform=android" }`, `{ text = "two-minutes", when = "platform=android or " }`)},
			"condition", journey, "="},
		{"a review of a field that does not exist", map[string]string{journey: changed(t, `reviews = ["pension-number", "name", "birth-date"]`, `reviews = ["pension-number", "name", "birthday"]`)},
			"review-field", journey, "birthday"},
		{"a journey without the day it was checked", map[string]string{journey: changed(t, `checked = 2026-12-03`, ``)},
			"date", journey, ""},
		{"a source written out as an address", map[string]string{journey: changed(t, `sources = ["seed-001", "portal", "ec-form-help", "europass-faq"]`, `sources = ["https://example.org/"]`)},
			"source", journey, "https://example.org/"},
		{"a source with no words", map[string]string{journey: changed(t, `sources = ["seed-001", "portal", "ec-form-help", "europass-faq"]`, `sources = ["seed-002"]`)},
			"unknown-message", journey, "source.seed-002"},
		{"duplicate step id", map[string]string{journey: changed(t, `id = "password-done"`, `id = "password"`)},
			"duplicate-id", journey, "password"},
		{"unknown check", map[string]string{journey: changed(t, `check = "email"`, `check = "e-mail"`)},
			"unknown-check", journey, "e-mail"},
		{"a check's parameter missing", map[string]string{journey: changed(t, `, params = { email = "email" }`, ``)},
			"missing-param", journey, "email"},
		{"not TOML", map[string]string{journey: builtInJourney(t) + "\n[[stages\n"},
			"syntax", journey, " " + strconv.Itoa(strings.Count(builtInJourney(t), "\n")+2)}, // the line of "[[stages"
		{"a misspelt key", map[string]string{journey: changed(t, `look-away = true`, `lookaway = true`)},
			"unknown-key", journey, "lookaway"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := fstest.MapFS{}
			for name, body := range c.files {
				dir[name] = &fstest.MapFile{Data: []byte(body)}
			}
			_, err := steps.WithFolder(dir)
			var cerr *content.Error
			if !errors.As(err, &cerr) {
				t.Fatalf("not refused: %v", err)
			}
			if cerr.Problem != c.problem || cerr.File != c.file || !strings.Contains(cerr.Item+" "+cerr.Detail, c.what) {
				t.Fatalf("refused as %+v, want %s in %s naming %q", cerr, c.problem, c.file, c.what)
			}
			// The user is told in their own words.
			for _, lang := range []string{"da", "en"} {
				tr := translator(t, lang)
				msg := tr.T("content."+cerr.Problem, text.Data{"File": cerr.File, "Item": cerr.Item, "Detail": cerr.Detail})
				if strings.HasPrefix(msg, "content.") || !strings.Contains(msg, cerr.File) {
					t.Errorf("%s: the message does not say where: %q", lang, msg)
				}
			}
		})
	}
}

// A correction of one message, and a corrected journey, are used.
func TestAFolderOfCorrectionsIsUsed(t *testing.T) {
	dir := fstest.MapFS{
		"locales/active.da.toml":    {Data: []byte("[step.needs]\ntitle = \"Det her skal du have\"\n")},
		"journeys/new-account.toml": {Data: []byte(changed(t, `days = 8`, `days = 10`))},
	}
	built, err := steps.WithFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := text.Load(locales.Files, "da", locales.Default, built.Overrides...)
	if err != nil {
		t.Fatal(err)
	}
	if got := tr.T("step.needs.title"); got != "Det her skal du have" {
		t.Errorf("the corrected message is %q", got)
	}
	if got := tr.T("step.needs.help"); got == "step.needs.help" {
		t.Error("the messages not corrected were lost")
	}
	if r := built.Flow("new-account").Reminders[1]; r.Days != 10 {
		t.Errorf("the corrected journey was not used: %+v", r)
	}
}
