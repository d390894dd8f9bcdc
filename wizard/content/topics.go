package content

import (
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// TopicsFile is where the help topics are kept, in the built-in files and
// in a folder of corrections: help/topics.toml. Each topic's words are by
// default the messages help.<id>.title, help.<id>.body and
// help.<id>.words; a source that is not an official address is the
// message source.<name>.
const TopicsFile = "help/topics.toml"

// The help topics file's shape (see help/topics.toml).
type topicsFile struct {
	Topics []struct {
		ID, Title, Words string         // a name without a dot is the topic's own: help.<id>.<name>
		Checked          toml.LocalDate // a TOML date, e.g. 2026-11-23
		Sources          []string
		Body             []textFile // paragraphs, some perhaps for one answer only; left out: the one paragraph "body"
	}
}

var (
	topicID  = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	idLine   = regexp.MustCompile(`^\s*id\s*=\s*"([^"]*)"`)
	dateLine = regexp.MustCompile(`^\s*checked\s*=\s*(.*?)\s*(#.*)?$`)
)

// Topics reads the help topics of files (help/topics.toml), in the
// file's order. Each names its sources by name: an official address of
// Addresses becomes that address, any other name the message id
// source.<name>, whose words ValidateTopics looks for. An *Error says
// what is wrong, and where.
func (l Loader) Topics(files fs.FS) ([]flow.Topic, error) {
	buf, err := fs.ReadFile(files, TopicsFile)
	if err != nil {
		return nil, &Error{File: TopicsFile, Item: path.Base(TopicsFile), Problem: "unreadable", Detail: err.Error()}
	}
	return l.parseTopics(TopicsFile, buf, time.Now())
}

// parseTopics reads one topics file; a topic checked after today is a
// mistake in its date.
func (l Loader) parseTopics(name string, buf []byte, today time.Time) ([]flow.Topic, error) {
	fail := func(item, problem, detail string) error {
		return &Error{File: name, Item: item, Problem: problem, Detail: detail}
	}
	var tf topicsFile
	if row, err := decode(name, buf, &tf); err != nil {
		// A date that is no date (2026-02-30, "2026-11-23", a time of
		// day) is told as such, with the topic it belongs to.
		if lines := strings.Split(string(buf), "\n"); row > 0 && row <= len(lines) {
			if m := dateLine.FindStringSubmatch(lines[row-1]); m != nil {
				return nil, fail(topicAbove(lines, row-1), "date", m[1])
			}
		}
		return nil, err
	}
	if len(tf.Topics) == 0 {
		return nil, fail(path.Base(name), "no-topics", "")
	}
	seen := map[string]bool{}
	p := &parser{Loader: l, file: name} // a topic's conditions name journeys' choices: TopicConditions checks them
	var topics []flow.Topic
	for _, t := range tf.Topics {
		switch {
		case !topicID.MatchString(t.ID):
			return nil, fail(t.ID, "topic-id", t.ID)
		case seen[t.ID]:
			return nil, fail(t.ID, "duplicate-id", t.ID)
		}
		seen[t.ID] = true
		checked := t.Checked.AsTime(time.UTC)
		if t.Checked == (toml.LocalDate{}) {
			return nil, fail(t.ID, "date", "")
		}
		if checked.After(today.Add(24 * time.Hour)) {
			return nil, fail(t.ID, "date", t.Checked.String())
		}
		own := "help." + t.ID + "."
		topic := flow.Topic{ID: t.ID, Title: messageID(own, t.Title, "title"), Words: messageID(own, t.Words, "words"), Checked: checked}
		if t.Body == nil {
			t.Body = []textFile{{Text: "body"}}
		}
		for _, b := range t.Body {
			topic.Body = append(topic.Body, flow.Text{ID: messageID(own, b.Text, ""), When: p.condition(t.ID, b.When), Handover: b.Handover, Optional: b.Optional})
		}
		srcs, serr := l.sources(t.Sources)
		if serr != nil {
			return nil, fail(t.ID, serr.Problem, serr.Detail)
		}
		topic.Sources = srcs
		topics = append(topics, topic)
	}
	return topics, nil
}

// sources are the sources named: an official address of Addresses
// becomes that address, any other name the message id source.<name>. A
// source written out as an address, or none at all, is a mistake: its
// Problem and Detail say which.
func (l Loader) sources(names []string) ([]string, *Error) {
	if len(names) == 0 {
		return nil, &Error{Problem: "no-source"}
	}
	var out []string
	for _, s := range names {
		if url, ok := l.Addresses[s]; ok {
			out = append(out, url)
			continue
		}
		if !topicID.MatchString(s) { // an address written out, or a name that cannot be a message id
			return nil, &Error{Problem: "source", Detail: s}
		}
		out = append(out, "source."+s)
	}
	return out, nil
}

// topicAbove is the id of the topic that line i belongs to, or the file's
// name when it cannot be told.
func topicAbove(lines []string, i int) string {
	for ; i >= 0; i-- {
		if m := idLine.FindStringSubmatch(lines[i]); m != nil {
			return m[1]
		}
		if strings.TrimSpace(lines[i]) == "[[topics]]" {
			break
		}
	}
	return path.Base(TopicsFile)
}

// ValidateTopics checks help topics against the words: every message a
// topic names (title, body, words and each source named in words) exists
// in every language, and none uses a template field, as a topic's words
// are given none. A source whose words are nowhere is an unknown source.
// It gives the first problem found.
func ValidateTopics(topics []flow.Topic, words Words) error {
	langs := sortedLanguages(words)
	none := map[string]bool{}
	for _, t := range topics {
		for _, id := range topicMessages(t) {
			found, err := checkMessage(words, langs, id, none, helpFile)
			if err != nil {
				return err
			}
			if !found && !optional(t.Body, id) {
				problem, detail := "unknown-message", id
				if name, ok := strings.CutPrefix(id, "source."); ok {
					problem, detail = "source", name
				}
				return &Error{File: TopicsFile, Item: t.ID, Problem: problem, Detail: detail}
			}
		}
	}
	return nil
}

// TopicConditions makes sure that every condition of a help topic names
// a choice step of some journey and one of its answers: a topic shows the
// paragraphs that fit the answers given in the journey on.
func TopicConditions(topics []flow.Topic, flows []*flow.Flow) error {
	answers := map[string][]string{}
	for _, f := range flows {
		for _, id := range f.StepIDs() {
			for _, c := range f.Step(id).Choices {
				answers[id] = append(answers[id], c.Value)
			}
		}
	}
	for _, t := range topics {
		for _, b := range t.Body {
			for _, a := range b.When.Atoms() {
				if !slices.Contains(answers[a.Step], a.Answer) {
					return &Error{File: TopicsFile, Item: t.ID, Problem: "condition", Detail: atom(a)}
				}
			}
		}
	}
	return nil
}

// TopicLinks makes sure that every topic a step's help leads to (see)
// is a help topic.
func TopicLinks(flows []*flow.Flow, topics []flow.Topic) error {
	for _, f := range flows {
		for _, id := range f.StepIDs() {
			for _, see := range f.Step(id).See {
				if !slices.ContainsFunc(topics, func(t flow.Topic) bool { return t.ID == see }) {
					return &Error{File: "journeys/" + f.ID + ".toml", Item: id, Problem: "unknown-topic", Detail: see}
				}
			}
		}
	}
	return nil
}

// optional reports whether id is the message of an optional paragraph of
// texts.
func optional(texts []flow.Text, id string) bool {
	return slices.ContainsFunc(texts, func(t flow.Text) bool { return t.ID == id && t.Optional })
}

// topicMessages are the message ids a topic names: title, words, body and
// each source named in words.
func topicMessages(t flow.Topic) []string {
	ids := []string{t.Title, t.Words}
	for _, b := range t.Body {
		ids = append(ids, b.ID)
	}
	for _, s := range t.Sources {
		if !strings.HasPrefix(s, "https://") {
			ids = append(ids, s)
		}
	}
	return ids
}

// helpFile is the locale file where a language's help words belong.
func helpFile(lang string) string { return "locales/help." + lang + ".toml" }
