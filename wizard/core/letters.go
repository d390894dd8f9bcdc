package core

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Letters to support (Options.Letters): a list of them, from the help
// index, and one letter with where to send it, its subject and its
// paragraphs, in the language the person picks. A letter is filled in with
// the answers and dates the guide keeps, never with anything typed: what
// it must not know is a blank the person fills in.

// lettersAt are the letters offered at place p: every one in the help
// index; on a step and on the start screen, those the journey on needs
// now, as the member's sheet carries them.
func (c *Core) lettersAt(p Controller) []int {
	if c.opts.LetterWords == nil {
		return nil
	}
	_, index := p.(*indexPlace)
	_, step := p.(*stepPlace)
	_, home := p.(*homePlace)
	var out []int
	for i, l := range c.opts.Letters.List {
		if index || (step || home) && needsLetter(c.s, l) {
			out = append(out, i)
		}
	}
	return out
}

// needsLetter reports whether the journey of s needs letter l now, on
// the screen and on the member's sheet alike: a letter with reminders once
// one of them is due, wherever the journey is (the code is looked for a
// week before the PMO is asked, not the day after); else while the
// journey is at one of its steps.
func needsLetter(s *flow.Session, l flow.Letter) bool {
	if len(l.Reminders) > 0 {
		return slices.ContainsFunc(s.DueReminders(), func(r flow.Reminder) bool { return slices.Contains(l.Reminders, r.Message) })
	}
	return slices.Contains(l.At, s.Current().ID)
}

// letterWords are the words of the letters' languages, read the first
// time a letter is shown (Options.LetterWords): reading two more
// languages would hold up the first screen.
func (c *Core) letterWords() []*text.Translator {
	if c.opts.LetterWords == nil {
		return nil
	}
	return c.lettersRead()
}

// letterOffer is the way to the letters of place p, where it has some.
func (c *Core) letterOffer(p Controller) []Offer {
	if len(c.lettersAt(p)) == 0 {
		return nil
	}
	return []Offer{{Action: WriteLetter, Desc: "action.write-letter"}}
}

// openLetters shows the one letter of a place, or a list of its letters
// to choose one of.
func (c *Core) openLetters(letters []int) {
	if len(c.letterWords()) == 0 {
		return // the words could not be read: the built-in ones are tested, so a folder of corrections broke them
	}
	if len(letters) == 1 {
		c.Open(&letterPlace{letter: letters[0]})
		return
	}
	l := &listPlace{place: LetterScreen, title: "letters.title", body: "letters.choose", help: "letters.help"}
	for _, i := range letters {
		l.items = append(l.items, listItem{text: c.t.T(c.opts.Letters.List[i].Title), do: func(c *Core) { c.Open(&letterPlace{letter: i}) }})
	}
	c.Open(l)
}

// letterPlace is one letter: how to use it, the languages it is written
// in (the guide's first), where to send it, its subject and paragraphs.
type letterPlace struct {
	letter int // of Options.Letters.List
	lang   int // of Options.LetterWords
}

func (l *letterPlace) Place() Place     { return LetterScreen }
func (l *letterPlace) Highlighted() int { return l.lang }
func (l *letterPlace) Help(c *Core) (string, []string, bool) {
	return c.t.T(c.opts.Letters.List[l.letter].Title), []string{"letters.help"}, false
}

func (l *letterPlace) Screen(c *Core) Screen {
	lt := c.opts.Letters.List[l.letter]
	top := c.Badges(Block{Kind: Caption, Text: c.t.T("letters.title")}, Block{Kind: Heading, Text: c.t.T(lt.Title)})
	words := c.letterWords()[l.lang]
	body := []Block{{Kind: Text, Text: c.t.T(c.opts.Letters.Intro)},
		{Kind: Text, Text: c.t.T("letters.language", text.Data{"Language": words.T(c.opts.Letters.Language)})}} // a line mode marks no answer chosen
	for n, w := range c.letterWords() {
		body = append(body, Block{Kind: Choice, Text: w.T(c.opts.Letters.Language), Number: n + 1})
	}
	return Screen{Top: top, Body: append(body, c.LetterBlocks(lt.ID, words.Lang())...)}
}

// Offers: a language by its number; the letter opened in the mail
// program, where it has an address; Enter and Esc go back.
func (l *letterPlace) Offers(c *Core) []Offer {
	n := len(c.letterWords())
	offers := []Offer{{Action: Select, Desc: "action.letter-language", Count: n}, {Action: Choose, Desc: "action.letter-language", Count: n}}
	if c.opts.OpenURL != nil && l.mailTo(c) != "" {
		offers = append(offers, Offer{Action: OpenBrowser, Desc: "action.open-mail", Tell: "plain.mail-offer"})
	}
	return append(offers, Offer{Action: Back, Desc: "action.back"})
}

// mailTo is the letter shown as a mailto: address, in its language now.
func (l *letterPlace) mailTo(c *Core) string {
	return c.mailTo(c.opts.Letters.List[l.letter], c.letterWords()[l.lang])
}

// mailNotices say what became of opening the mail program, by what
// openBrowser says of a browser.
var mailNotices = map[string]string{"qr.opened": "letters.mail-opened", "qr.open-failed": "letters.mail-failed", "qr.opening": "letters.mail-opening"}

func (l *letterPlace) Do(c *Core, a Action, arg int) {
	switch a {
	case Select, Choose:
		l.lang = arg
		c.Changed(l)
	case OpenBrowser:
		c.notice = mailNotices[c.openBrowser(l.mailTo(c))]
	case Back:
		c.Close()
	}
}

func (l *letterPlace) Prompt(*Core) Prompt { return Prompt{ID: "plain.prompt-letter", Enter: Back} }

// LetterBlocks are the letter with the id in the language lang (the
// guide's where the letter has no such language): where to send it, in
// the guide's words, then its subject and paragraphs, filled in with the
// answers and dates of every journey met. Nil for a letter there is not.
// A printed sheet shows the same blocks as the screen.
func (c *Core) LetterBlocks(id, lang string) []Block {
	i := slices.IndexFunc(c.opts.Letters.List, func(l flow.Letter) bool { return l.ID == id })
	if i < 0 {
		return nil
	}
	answers, dates := c.keptAnswers()
	return c.letterBlocks(c.opts.Letters.List[i], lang, answers, dates)
}

// letterBlocks are letter lt in the language lang, filled in with these
// answers and dates (LetterBlocks).
func (c *Core) letterBlocks(lt flow.Letter, lang string, answers flow.Answers, dates map[string]time.Time) []Block {
	words := c.letterWords()
	if len(words) == 0 {
		return nil
	}
	w := words[max(0, slices.IndexFunc(words, func(w *text.Translator) bool { return w.Lang() == lang }))]
	var out []Block
	for _, id := range holding(lt.To, answers, c.t.Has) {
		out = append(out, Block{Kind: Text, Text: c.t.T(id)})
	}
	subject, paragraphs := c.letterText(lt, w, answers, dates)
	out = append(out, Block{Kind: Verbatim, Text: c.t.T("letters.subject", text.Data{"Subject": subject})})
	for _, p := range paragraphs {
		out = append(out, Block{Kind: Verbatim, Text: p})
	}
	return out
}

// letterText is letter lt in the words w, filled in with these answers and
// dates: its subject and its paragraphs.
func (c *Core) letterText(lt flow.Letter, w *text.Translator, answers flow.Answers, dates map[string]time.Time) (subject string, paragraphs []string) {
	data := text.Data{}
	for _, d := range lt.Dates {
		data[d.Field] = w.T(d.Blank)
		if day, ok := dates[d.Mark]; ok {
			data[d.Field] = letterDate(w, c.opts.Letters.Date, day)
		}
	}
	for _, id := range holding(lt.Body, answers, w.Has) {
		paragraphs = append(paragraphs, w.T(id, data))
	}
	return w.T(lt.Subject), paragraphs
}

// mailTo is letter lt in the words w as a mailto: address that a mail
// program opens written, to the first of its mailboxes the answers allow;
// "" where none does (RFC 6068: spaces and line ends percent-encoded).
func (c *Core) mailTo(lt flow.Letter, w *text.Translator) string {
	answers, dates := c.keptAnswers()
	i := slices.IndexFunc(lt.Mail, func(m flow.Mailbox) bool { return m.When.Holds(answers) })
	if i < 0 {
		return ""
	}
	subject, paragraphs := c.letterText(lt, w, answers, dates)
	escape := func(s string) string { return strings.ReplaceAll(url.QueryEscape(s), "+", "%20") }
	return lt.Mail[i].Address + "?subject=" + escape(subject) + "&body=" + escape(strings.Join(paragraphs, "\r\n\r\n"))
}

// letterDate is a day as a letter in the words w writes it: "20.11.2026".
func letterDate(w *text.Translator, id string, day time.Time) string {
	return w.T(id, text.Data{"Day": fmt.Sprintf("%02d", day.Day()), "Month": fmt.Sprintf("%02d", int(day.Month())), "Year": day.Year()})
}

// keptAnswers are the answers and dates of every journey saved or met,
// those of this run over those saved and the journey on's over all: the
// kind of account is asked in several.
func (c *Core) keptAnswers() (flow.Answers, map[string]time.Time) {
	answers, dates := flow.Answers{}, map[string]time.Time{}
	for _, id := range slices.Sorted(maps.Keys(c.opts.Saved)) {
		p := c.opts.Saved[id]
		maps.Copy(answers, p.Choices)
		for name, day := range p.Dates {
			if t, err := time.ParseInLocation(flow.DayLayout, day, time.Local); err == nil {
				dates[name] = t
			}
		}
	}
	for _, id := range slices.Sorted(maps.Keys(c.sessions)) {
		maps.Copy(answers, c.sessions[id].Answers)
		maps.Copy(dates, c.sessions[id].Dates)
	}
	maps.Copy(answers, c.s.Answers)
	maps.Copy(dates, c.s.Dates)
	return answers, dates
}

// holding are the message ids of the texts whose conditions hold for the
// answers given, and are written where they are optional: a letter says
// only what the person has answered.
func holding(texts []flow.Text, a flow.Answers, written func(string) bool) []string {
	var ids []string
	for _, t := range texts {
		if t.When.Holds(a) && (!t.Optional || written(t.ID)) {
			ids = append(ids, t.ID)
		}
	}
	return ids
}
