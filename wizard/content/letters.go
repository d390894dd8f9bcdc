package content

import (
	"errors"
	"io/fs"
	"regexp"
	"slices"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// LettersFile is where the letters to support are kept, in the built-in
// files: letters.toml, which a service may leave out. Each letter's words
// are by default the messages letter.<id>.title, letter.<id>.subject and
// letter.<id>.<text> of each paragraph; a name with a dot is a whole
// message id, shared by several letters.
const LettersFile = "letters.toml"

// The letters file's shape (see letters.toml).
type lettersFile struct {
	Languages             []string
	Intro, Language, Date string
	Letters               []struct {
		ID, Title, Subject string
		Body, To           []textFile
		Dates              []struct{ Field, Mark, Blank string }
		At, Reminders      []string
		Mail               []struct{ Address, When string }
	}
}

// templateName is a template field as a letter's paragraphs name it.
var templateName = regexp.MustCompile(`^[A-Z][A-Za-z]*$`)

// Letters reads the letters to support of files, in the file's order;
// none where there is no letters.toml. An *Error says what is wrong, and
// where; ValidateLetters checks them against the journeys and the words.
func (l Loader) Letters(files fs.FS) (flow.Letters, error) {
	buf, err := fs.ReadFile(files, LettersFile)
	if errors.Is(err, fs.ErrNotExist) {
		return flow.Letters{}, nil
	}
	if err != nil {
		return flow.Letters{}, &Error{File: LettersFile, Item: LettersFile, Problem: "unreadable", Detail: err.Error()}
	}
	var lf lettersFile
	if _, err := decode(LettersFile, buf, &lf); err != nil {
		return flow.Letters{}, err
	}
	fail := func(item, detail string) error {
		return &Error{File: LettersFile, Item: item, Problem: "letter", Detail: detail}
	}
	if len(lf.Languages) == 0 {
		return flow.Letters{}, fail(LettersFile, "languages")
	}
	out := flow.Letters{Languages: lf.Languages, Intro: lf.Intro, Language: lf.Language, Date: lf.Date}
	p := &parser{Loader: l, file: LettersFile} // the conditions name journeys' choices: ValidateLetters checks them
	for _, lt := range lf.Letters {
		switch {
		case !topicID.MatchString(lt.ID):
			return flow.Letters{}, fail(lt.ID, "id")
		case slices.ContainsFunc(out.List, func(o flow.Letter) bool { return o.ID == lt.ID }):
			return flow.Letters{}, &Error{File: LettersFile, Item: lt.ID, Problem: "duplicate-id", Detail: lt.ID}
		case len(lt.Body) == 0 || len(lt.To) == 0:
			return flow.Letters{}, fail(lt.ID, "body")
		}
		own := "letter." + lt.ID + "."
		letter := flow.Letter{ID: lt.ID, Title: messageID(own, lt.Title, "title"), Subject: messageID(own, lt.Subject, "subject"),
			Body: p.texts(lt.ID, own, lt.Body, ""), To: p.texts(lt.ID, own, lt.To, ""), At: lt.At, Reminders: lt.Reminders}
		for _, d := range lt.Dates {
			if !templateName.MatchString(d.Field) || d.Mark == "" || d.Blank == "" {
				return flow.Letters{}, fail(lt.ID, "date "+d.Field)
			}
			letter.Dates = append(letter.Dates, flow.LetterDate{Field: d.Field, Mark: d.Mark, Blank: messageID(own, d.Blank, "")})
		}
		for _, m := range lt.Mail { // an address of the service's own, by its name, as a link's
			address, ok := l.Addresses[m.Address]
			if !ok || !strings.HasPrefix(address, "mailto:") {
				return flow.Letters{}, &Error{File: LettersFile, Item: lt.ID, Problem: "address", Detail: m.Address}
			}
			letter.Mail = append(letter.Mail, flow.Mailbox{Address: address, When: p.condition(lt.ID, m.When)})
		}
		out.List = append(out.List, letter)
	}
	return out, nil
}

// ValidateLetters makes sure that the letters fit the journeys and the
// words: every condition names a choice of some journey and one of its
// answers, every step and date a journey has, every reminder a journey's;
// the words told in the guide's language (the intro, each title and where
// to send it) are in every language of guide, and those of the letter
// itself (subject, paragraphs, blanks) in every language of letter, the
// paragraphs using only the letter's own dates as fields.
func ValidateLetters(ls flow.Letters, flows []*flow.Flow, guide, letter Words) error {
	if len(ls.List) == 0 {
		return nil
	}
	answers, steps, marks, reminders := map[string][]string{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, f := range flows {
		for _, id := range f.StepIDs() {
			steps[id], marks[f.Step(id).Marks] = true, true
			for _, c := range f.Step(id).Choices {
				answers[id] = append(answers[id], c.Value)
			}
		}
		for _, r := range f.Reminders {
			reminders[r.Message] = true
		}
	}
	fail := func(item, problem, detail string) error {
		return &Error{File: LettersFile, Item: item, Problem: problem, Detail: detail}
	}
	lettersWords := func(lang string) string { return "locales/letters." + lang + ".toml" }
	none := map[string]bool{}
	if err := needMessage(guide, ls.Intro, none, LettersFile, lettersWords); err != nil {
		return err
	}
	if err := needMessage(letter, ls.Language, none, LettersFile, lettersWords); err != nil {
		return err
	}
	if err := needMessage(letter, ls.Date, map[string]bool{"Day": true, "Month": true, "Year": true}, LettersFile, lettersWords); err != nil {
		return err
	}
	for _, lt := range ls.List {
		conditions := []*flow.Condition{}
		for _, t := range append(slices.Clone(lt.Body), lt.To...) {
			conditions = append(conditions, t.When)
		}
		for _, m := range lt.Mail {
			conditions = append(conditions, m.When)
		}
		for _, c := range conditions {
			for _, a := range c.Atoms() {
				if !slices.Contains(answers[a.Step], a.Answer) {
					return fail(lt.ID, "condition", atom(a))
				}
			}
		}
		for _, id := range lt.At {
			if !steps[id] {
				return fail(lt.ID, "unknown-step", id)
			}
		}
		for _, id := range lt.Reminders {
			if !reminders[id] {
				return fail(lt.ID, "letter", id)
			}
		}
		fields := map[string]bool{}
		for _, d := range lt.Dates {
			if !marks[d.Mark] || d.Mark == "" {
				return fail(lt.ID, "letter", d.Mark)
			}
			fields[d.Field] = true
			if err := needMessage(letter, d.Blank, none, lt.ID, lettersWords); err != nil {
				return err
			}
		}
		for _, t := range lt.To {
			if err := needText(guide, t, none, lt.ID, lettersWords); err != nil {
				return err
			}
		}
		if err := needMessage(guide, lt.Title, none, lt.ID, lettersWords); err != nil {
			return err
		}
		if err := needMessage(letter, lt.Subject, none, lt.ID, lettersWords); err != nil {
			return err
		}
		for _, t := range lt.Body {
			if err := needText(letter, t, fields, lt.ID, lettersWords); err != nil {
				return err
			}
		}
	}
	return nil
}

// needText is needMessage for a paragraph, which need not be written where
// it is optional.
func needText(words Words, t flow.Text, fields map[string]bool, item string, file func(string) string) error {
	if t.Optional {
		_, err := checkMessage(words, sortedLanguages(words), t.ID, fields, file)
		return err
	}
	return needMessage(words, t.ID, fields, item, file)
}

// needMessage makes sure that the message id is in every language of
// words, using only the template fields given.
func needMessage(words Words, id string, fields map[string]bool, item string, file func(string) string) error {
	found, err := checkMessage(words, sortedLanguages(words), id, fields, file)
	if err == nil && !found {
		err = &Error{File: LettersFile, Item: item, Problem: "unknown-message", Detail: id}
	}
	return err
}
