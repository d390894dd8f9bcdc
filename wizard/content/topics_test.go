package content_test

import (
	"fmt"
	"maps"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// A topic file with each mistake, one topic at a time.
const goodTopic = `
[[topics]]
id = "cold"
title = "topic.cold"
words = "topic.cold-words"
body = [{ text = "topic.cold-body" }]
checked = 2026-11-01
sources = ["kettle", "book"]
`

func topicsFS(body string) fstest.MapFS {
	return fstest.MapFS{content.TopicsFile: {Data: []byte(body)}}
}

// words are the made-up messages of every language.
func words(t *testing.T) content.Words {
	t.Helper()
	words, err := content.ReadWords(fixture.Words, text.Languages(fixture.Words))
	if err != nil || len(words) < 2 {
		t.Fatalf("the made-up words of %v: %v", text.Languages(fixture.Words), err)
	}
	return words
}

// A topic names its words by the names given, as a step does: a name
// without a dot is the topic's own, help.<id>.<name>; left out, its
// title, words and body are help.<id>.title, .words and .body.
func TestATopicNamesItsWords(t *testing.T) {
	topics := fixture.Topics()
	if tp := topics[1]; tp.Title != "topic.bitter" || tp.Words != "topic.bitter-words" || len(tp.Body) != 2 ||
		tp.Body[1].ID != "topic.bitter-green" || tp.Body[1].When == nil || len(tp.Sources) != 1 || tp.Sources[0] != "source.book" {
		t.Errorf("the topic's words: %+v", tp)
	}
	if tp := topics[0]; len(tp.Sources) != 2 || tp.Sources[0] != fixture.KettleURL {
		t.Errorf("an official address as a source: %v", tp.Sources)
	}
	own, err := fixture.Loader.Topics(topicsFS("[[topics]]\nid = \"cold\"\nbody = [{ text = \"more\" }]\nchecked = 2026-11-01\nsources = [\"book\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if tp := own[0]; tp.Title != "help.cold.title" || tp.Words != "help.cold.words" || tp.Body[0].ID != "help.cold.more" {
		t.Errorf("a topic's own words: %+v", tp)
	}
}

func TestAMistakeInTheHelpTopicsFileIsRefused(t *testing.T) {
	if _, err := fixture.Loader.Topics(topicsFS(goodTopic)); err != nil {
		t.Fatalf("a good topic is refused: %v", err)
	}
	cases := []struct {
		name, file, problem, what string
	}{
		{"a misspelt key", strings.Replace(goodTopic, "sources =", "source =", 1), "unknown-key", "source"},
		{"a date not in the calendar", strings.Replace(goodTopic, "2026-11-01", "2026-02-30", 1), "date", "cold"},
		{"a date written in words", strings.Replace(goodTopic, "2026-11-01", `"November 2026"`, 1), "date", "November 2026"},
		{"a date with a time of day", strings.Replace(goodTopic, "2026-11-01", "2026-11-01T10:00:00", 1), "date", "cold"},
		{"no date", strings.Replace(goodTopic, "checked = 2026-11-01\n", "", 1), "date", "cold"},
		{"a date still to come", strings.Replace(goodTopic, "2026-11-01", "2999-01-01", 1), "date", "2999-01-01"},
		{"an address written out as a source", strings.Replace(goodTopic, `"book"`, `"https://example.org/help"`, 1), "source", "https://example.org/help"},
		{"no sources", strings.Replace(goodTopic, `["kettle", "book"]`, `[]`, 1), "no-source", "cold"},
		{"the same id twice", goodTopic + goodTopic, "duplicate-id", "cold"},
		{"an id that cannot be a message id", strings.Replace(goodTopic, `"cold"`, `"Cold tea"`, 1), "topic-id", "Cold tea"},
		{"no topics", "# nothing yet\n", "no-topics", ""},
		{"not TOML", goodTopic + "\n[[topics\n", "syntax", " " + strconv.Itoa(strings.Count(goodTopic, "\n")+2)}, // the line of "[[topics"
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := fixture.Loader.Topics(topicsFS(c.file))
			refused(t, err, c.problem, content.TopicsFile, c.what)
		})
	}
}

// Every word a topic names must be there, in every language; a source
// that is neither an official address nor named in words is unknown.
func TestHelpTopicsAreCheckedAgainstTheWords(t *testing.T) {
	topic := func(sources ...string) []flow.Topic {
		topics, err := fixture.Loader.Topics(topicsFS(strings.Replace(goodTopic, `["kettle", "book"]`,
			`["`+strings.Join(sources, `", "`)+`"]`, 1)))
		if err != nil {
			t.Fatal(err)
		}
		return topics
	}
	if err := content.ValidateTopics(topic("kettle", "book"), words(t)); err != nil {
		t.Fatalf("a good topic is refused: %v", err)
	}
	without := func(lang, id string) content.Words {
		words := words(t)
		words[lang] = maps.Clone(words[lang])
		delete(words[lang], id)
		return words
	}
	t.Run("an unknown source", func(t *testing.T) {
		refused(t, content.ValidateTopics(topic("kettle", "old-book"), words(t)), "source", content.TopicsFile, "old-book")
	})
	t.Run("a source named in one language only", func(t *testing.T) {
		refused(t, content.ValidateTopics(topic("book"), without("en", "source.book")), "missing-message", "locales/help.en.toml", "source.book")
	})
	t.Run("a missing body", func(t *testing.T) {
		refused(t, content.ValidateTopics(topic("kettle"), without("en", "topic.cold-body")), "missing-message", "locales/help.en.toml", "topic.cold-body")
	})
	t.Run("a topic without any words", func(t *testing.T) {
		words := words(t)
		for lang := range words {
			words[lang] = maps.Clone(words[lang])
			delete(words[lang], "topic.cold")
		}
		refused(t, content.ValidateTopics(topic("kettle"), words), "unknown-message", content.TopicsFile, "topic.cold")
	})
	t.Run("a template field", func(t *testing.T) {
		words := words(t)
		words["da"] = maps.Clone(words["da"])
		words["da"]["topic.cold-body"] = text.Forms{"other": "Vent {{.Count}} minutter."}
		refused(t, content.ValidateTopics(topic("kettle"), words), "template-field", "locales/help.da.toml", "{{.Count}}")
	})
}

// A folder's help/topics.toml replaces the built-in topics, and is
// checked with the rest of the folder.
func TestAFolderOfCorrectionsMayReplaceTheHelpTopics(t *testing.T) {
	built, err := fixture.Loader.WithFolder(topicsFS(goodTopic))
	if err != nil {
		t.Fatal(err)
	}
	if len(built.Topics) != 1 || built.Topics[0].ID != "cold" {
		t.Fatalf("the folder's topics were not used: %+v", built.Topics)
	}
	_, err = fixture.Loader.WithFolder(topicsFS(strings.Replace(goodTopic, `"book"`, `"old-book"`, 1)))
	refused(t, err, "source", content.TopicsFile, "old-book")

	// A new source's words may come in the folder's part files alone.
	dir := topicsFS(strings.Replace(goodTopic, `"book"`, `"new-book"`, 1))
	dir["locales/help.da.toml"] = &fstest.MapFile{Data: []byte("[source]\nnew-book = \"Den nye bog om te\"\n")}
	_, err = fixture.Loader.WithFolder(dir)
	refused(t, err, "missing-message", "locales/active.en.toml", "source.new-book") // found missing by Validate, which names the main file
	dir["locales/help.en.toml"] = &fstest.MapFile{Data: []byte("[source]\nnew-book = \"The new book of tea\"\n")}
	if _, err := fixture.Loader.WithFolder(dir); err != nil {
		t.Fatalf("a source named in the folder's words is refused: %v", err)
	}

	// A paragraph for one answer names a choice of some journey; one that
	// names none is refused, as in a journey.
	paragraphs := strings.Replace(goodTopic, "checked =", `body = [{ text = "topic.cold-body" }, { text = "topic.cold-body", when = "kind=black or kind=%s" }]`+"\nchecked =", 1)
	paragraphs = strings.Replace(paragraphs, "body = [{ text = \"topic.cold-body\" }]\n", "", 1)
	if _, err := fixture.Loader.WithFolder(topicsFS(fmt.Sprintf(paragraphs, "green"))); err != nil {
		t.Fatalf("a paragraph for an answer of a journey is refused: %v", err)
	}
	_, err = fixture.Loader.WithFolder(topicsFS(fmt.Sprintf(paragraphs, "white")))
	refused(t, err, "condition", content.TopicsFile, "kind=white")
}
