package steps_test

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// builtInWords are the built-in messages of every language.
func builtInWords(t *testing.T) content.Words {
	t.Helper()
	words := content.Words{}
	for _, lang := range text.Languages(locales.Files) {
		msgs, err := text.Messages(locales.Files, lang)
		if err != nil {
			t.Fatal(err)
		}
		words[lang] = msgs
	}
	if len(words) < 2 {
		t.Fatalf("languages built in: %v", text.Languages(locales.Files))
	}
	return words
}

// builtInTopics are the help topics built in, loaded.
func builtInTopics(t *testing.T) []flow.Topic {
	t.Helper()
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	return built.Topics
}

// The built-in help topics load, each dated and sourced, and every word
// they name is there in every language.
func TestTheBuiltInHelpTopicsLoadAndHaveTheirWords(t *testing.T) {
	topics := builtInTopics(t)
	if err := content.ValidateTopics(topics, builtInWords(t)); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, tp := range topics {
		ids = append(ids, tp.ID)
		if tp.Checked.IsZero() || len(tp.Sources) == 0 {
			t.Errorf("%s: checked %v, sources %v", tp.ID, tp.Checked, tp.Sources)
		}
		if tp.Title != "help."+tp.ID+".title" || len(tp.Body) == 0 || tp.Body[0].ID != "help."+tp.ID+".body" || tp.Words != "help."+tp.ID+".words" {
			t.Errorf("%s: message ids %q %v %q", tp.ID, tp.Title, tp.Body, tp.Words)
		}
	}
	// The troubles pensioners meet most (reviews/anchors.md, section 2).
	for _, want := range []string{"sms-ended", "new-phone", "have-account", "password", "locked", "app-pin",
		"no-password-option", "backup-method", "pending-approval", "qr-camera", "validation-code", "change-email",
		"medical-claims", "real-or-fake", "language"} {
		if !slices.Contains(ids, want) {
			t.Errorf("no help topic %q among %v", want, ids)
		}
	}
}

// The built-in content carries the topics, for the help index.
func TestTheBuiltInContentHasTheHelpTopics(t *testing.T) {
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	if len(built.Topics) != len(builtInTopics(t)) {
		t.Fatalf("the built-in content has %d topics", len(built.Topics))
	}
}

// officialAddress reports whether url is, or lies under, one of the
// official addresses.
func officialAddress(url string) bool {
	for _, a := range steps.Addresses {
		if strings.HasPrefix(url, a) {
			return true
		}
	}
	return false
}

// A topic's sources are official addresses, or named in words without an
// address (every text's addresses: TestEveryAddressShownIsOfficial).
func TestHelpTopicsShowOnlyOfficialAddresses(t *testing.T) {
	words := builtInWords(t)
	for _, tp := range builtInTopics(t) {
		for _, src := range tp.Sources {
			if strings.HasPrefix(src, "https://") {
				if !officialAddress(src) {
					t.Errorf("%s: source %s is not an official address", tp.ID, src)
				}
				continue
			}
			for lang := range words {
				if s := words[lang][src]["other"]; strings.Contains(s, "://") || strings.Contains(s, "www.") {
					t.Errorf("%s: %s (%s) gives an address: %q", tp.ID, src, lang, s)
				}
			}
		}
	}
}

// A topic file with each mistake, one topic at a time.
const goodTopic = `
[[topics]]
id = "locked"
checked = 2026-11-23
sources = ["ecas-help", "portal"]
`

func topicsFS(body string) fstest.MapFS {
	return fstest.MapFS{"help/topics.toml": {Data: []byte(body)}}
}

// refused checks that err is a *ContentError with the problem, file and
// detail wanted, and that the user is told it in their own words.
func refused(t *testing.T, err error, problem, file, what string) {
	t.Helper()
	var cerr *content.Error
	if !errors.As(err, &cerr) {
		t.Fatalf("not refused: %v", err)
	}
	if cerr.Problem != problem || cerr.File != file || !strings.Contains(cerr.Item+" "+cerr.Detail, what) {
		t.Fatalf("refused as %+v, want %s in %s naming %q", cerr, problem, file, what)
	}
	if !slices.Contains(content.Problems, cerr.Problem) {
		t.Errorf("%q is not among content.Problems", cerr.Problem)
	}
	for _, lang := range []string{"da", "en"} {
		msg := translator(t, lang).T("content."+cerr.Problem, text.Data{"File": cerr.File, "Item": cerr.Item, "Detail": cerr.Detail})
		if strings.HasPrefix(msg, "content.") || !strings.Contains(msg, cerr.File) {
			t.Errorf("%s: the message does not say where: %q", lang, msg)
		}
	}
}

func TestAMistakeInTheHelpTopicsFileIsRefused(t *testing.T) {
	if _, err := steps.LoadTopics(topicsFS(goodTopic)); err != nil {
		t.Fatalf("a good topic is refused: %v", err)
	}
	cases := []struct {
		name, file, problem, what string
	}{
		{"a misspelt key", strings.Replace(goodTopic, "sources =", "source =", 1), "unknown-key", "source"},
		{"a date not in the calendar", strings.Replace(goodTopic, "2026-11-23", "2026-02-30", 1), "date", "locked"},
		{"a date written in words", strings.Replace(goodTopic, "2026-11-23", `"November 2026"`, 1), "date", "November 2026"},
		{"a date with a time of day", strings.Replace(goodTopic, "2026-11-23", "2026-11-23T10:00:00", 1), "date", "locked"},
		{"no date", strings.Replace(goodTopic, "checked = 2026-11-23\n", "", 1), "date", "locked"},
		{"a date still to come", strings.Replace(goodTopic, "2026-11-23", "2999-01-01", 1), "date", "2999-01-01"},
		{"an address written out as a source", strings.Replace(goodTopic, `"portal"`, `"https://ec-europa.eu/help"`, 1), "source", "https://ec-europa.eu/help"},
		{"no sources", strings.Replace(goodTopic, `["ecas-help", "portal"]`, `[]`, 1), "no-source", "locked"},
		{"the same id twice", goodTopic + goodTopic, "duplicate-id", "locked"},
		{"an id that cannot be a message id", strings.Replace(goodTopic, `"locked"`, `"Locked out"`, 1), "topic-id", "Locked out"},
		{"no topics", "# nothing yet\n", "no-topics", ""},
		{"not TOML", goodTopic + "\n[[topics\n", "syntax", " 7"}, // the line of "[[topics"
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := steps.LoadTopics(topicsFS(c.file))
			refused(t, err, c.problem, "help/topics.toml", c.what)
		})
	}
}

// Every word a topic names must be there, in every language; a source
// that is neither an official address nor named in words is unknown.
func TestHelpTopicsAreCheckedAgainstTheWords(t *testing.T) {
	topic := func(sources ...string) []flow.Topic {
		topics, err := steps.LoadTopics(topicsFS(strings.Replace(goodTopic, `["ecas-help", "portal"]`,
			`["`+strings.Join(sources, `", "`)+`"]`, 1)))
		if err != nil {
			t.Fatal(err)
		}
		return topics
	}
	if err := content.ValidateTopics(topic("ecas-help", "portal"), builtInWords(t)); err != nil {
		t.Fatalf("a good topic is refused: %v", err)
	}
	without := func(lang, id string) content.Words {
		words := builtInWords(t)
		words[lang] = maps.Clone(words[lang])
		delete(words[lang], id)
		return words
	}
	t.Run("an unknown source", func(t *testing.T) {
		refused(t, content.ValidateTopics(topic("ecas-help", "aiace-old-page"), builtInWords(t)), "source", "help/topics.toml", "aiace-old-page")
	})
	t.Run("a source named in one language only", func(t *testing.T) {
		refused(t, content.ValidateTopics(topic("ecas-help"), without("en", "source.ecas-help")), "missing-message", "locales/help.en.toml", "source.ecas-help")
	})
	t.Run("a missing body", func(t *testing.T) {
		refused(t, content.ValidateTopics(topic("portal"), without("en", "help.locked.body")), "missing-message", "locales/help.en.toml", "help.locked.body")
	})
	t.Run("a topic without any words", func(t *testing.T) {
		words := builtInWords(t)
		for lang := range words {
			words[lang] = maps.Clone(words[lang])
			delete(words[lang], "help.locked.title")
		}
		refused(t, content.ValidateTopics(topic("portal"), words), "unknown-message", "help/topics.toml", "help.locked.title")
	})
	t.Run("a template field", func(t *testing.T) {
		words := builtInWords(t)
		words["da"] = maps.Clone(words["da"])
		words["da"]["help.locked.body"] = text.Forms{"other": "Vent {{.Count}} minutter."}
		refused(t, content.ValidateTopics(topic("portal"), words), "template-field", "locales/help.da.toml", "{{.Count}}")
	})
}

// A folder's help/topics.toml replaces the built-in topics, and is
// checked with the rest of the folder.
func TestAFolderOfCorrectionsMayReplaceTheHelpTopics(t *testing.T) {
	built, err := steps.WithFolder(topicsFS(goodTopic))
	if err != nil {
		t.Fatal(err)
	}
	if len(built.Topics) != 1 || built.Topics[0].ID != "locked" {
		t.Fatalf("the folder's topics were not used: %+v", built.Topics)
	}
	_, err = steps.WithFolder(topicsFS(strings.Replace(goodTopic, `"portal"`, `"portal-old"`, 1)))
	refused(t, err, "source", "help/topics.toml", "portal-old")

	// A new source's words may come in the folder's part files alone.
	dir := topicsFS(strings.Replace(goodTopic, `"portal"`, `"portal-new"`, 1))
	dir["locales/help.da.toml"] = &fstest.MapFile{Data: []byte("[source]\nportal-new = \"EU Login Portal, en ny side\"\n")}
	_, err = steps.WithFolder(dir)
	refused(t, err, "missing-message", "locales/active.en.toml", "source.portal-new") // found missing by Validate, which names the main file
	dir["locales/help.en.toml"] = &fstest.MapFile{Data: []byte("[source]\nportal-new = \"EU Login Portal, a new page\"\n")}
	if _, err := steps.WithFolder(dir); err != nil {
		t.Fatalf("a source named in the folder's words is refused: %v", err)
	}

	// A paragraph for one answer names a choice of some journey; one that
	// names none is refused, as in a journey.
	paragraphs := strings.Replace(goodTopic, "checked =", `body = [{ text = "body" }, { text = "body", when = "platform=ios or platform=%s" }]`+"\nchecked =", 1)
	if _, err := steps.WithFolder(topicsFS(fmt.Sprintf(paragraphs, "android"))); err != nil {
		t.Fatalf("a paragraph for an answer of a journey is refused: %v", err)
	}
	_, err = steps.WithFolder(topicsFS(fmt.Sprintf(paragraphs, "windows")))
	refused(t, err, "condition", "help/topics.toml", "platform=windows")
}
