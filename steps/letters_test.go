package steps_test

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The letters to support (steps/letters.toml): filled in from what the
// guide keeps, never from what was typed, sent where the kind of account
// says, and shown by the place "Skriv til support" in both front-ends.

// lettersNow is the fixed clock of the letters' tests: eight days after
// the access request of letterProgress, so the reminder is due.
var lettersNow = time.Date(2026, time.November, 28, 10, 42, 0, 0, time.Local)

// withLetters gives the guide every journey, the help topics and the
// letters, in the words of each of their languages, the guide's first.
func withLetters(t *testing.T, tr *text.Translator) func(*core.Options) {
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	words, err := steps.LetterWords(tr, built)
	if err != nil {
		t.Fatal(err)
	}
	return func(o *core.Options) {
		o.Journeys, o.Topics, o.Letters, o.LetterWords = built.Flows, built.Topics, built.Letters, func() []*text.Translator { return words }
		o.Text, o.Now = tr, func() time.Time { return lettersNow }
		if o.Save == nil {
			o.Save = func(flow.Progress) string { return "" }
		}
	}
}

// letterCore is the guide in lang on journey f, with progress p (nil for
// none) and other journeys saved, and the letters.
func letterCore(t *testing.T, lang string, f *flow.Flow, p *flow.Progress, saved map[string]flow.Progress, startAt string) *core.Core {
	t.Helper()
	opts := core.Options{Flow: f, Progress: p, Saved: saved, StartAt: startAt}
	withLetters(t, translator(t, lang))(&opts)
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func journey(t *testing.T, id string) *flow.Flow {
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	return built.Flow(id)
}

// letterProgress is a fixed state: the access request sent on 20 November
// 2026 and the code awaited; and saved of locked-out, an external account
// locked, no app working, and PANIC that did not help.
func letterProgress() (*flow.Progress, map[string]flow.Progress) {
	code := &flow.Progress{Version: flow.ProgressVersion, Flow: "new-account", Step: "code-received",
		Started: []string{"stage-1", "stage-2", "stage-3"}, Done: []string{"stage-1", "stage-2"},
		Dates: map[string]string{"request-sent": "2026-11-20"}}
	locked := flow.Progress{Version: flow.ProgressVersion, Flow: "locked-out", Step: "panic", Started: []string{"locked-out"},
		Choices: map[string]string{"account-kind": "external", "lock-cause": "locked", "still-works": "no", "panic": "blocked"}}
	return code, map[string]flow.Progress{"locked-out": locked}
}

func blocksText(bs []core.Block) string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Text)
	}
	return strings.Join(out, "\n")
}

// Each letter in each of its languages, from a fixed journey state: the
// date of the request in the letter's own way, the answers given (an
// external account, locked, PANIC tried) and none not given, the letter's
// blanks, and where to send it in the guide's words; in both languages of
// the guide.
func TestEachLetterIsFilledInFromAFixedJourneyState(t *testing.T) {
	dates := map[string]string{"da": "20.11.2026", "en": "2026-11-20", "fr": "20/11/2026"}
	for _, guide := range []string{"da", "en"} {
		p, saved := letterProgress()
		c := letterCore(t, guide, journey(t, "new-account"), p, saved, "")
		for _, lang := range []string{"da", "en", "fr"} {
			w := translator(t, lang)
			if lang == "fr" {
				w = frenchWords(t, c)
			}
			letter := func(id string) string { return blocksText(c.LetterBlocks(id, lang)) }
			has := func(where, text string, want bool) {
				t.Helper()
				if strings.Contains(where, text) != want {
					t.Errorf("guide %s, letter in %s: holds %q: %v, want %v:\n%s", guide, lang, text, !want, want, where)
				}
			}
			code := letter("no-code")
			has(code, dates[lang], true)
			has(code, w.T("letter.no-code.no-date"), false)
			has(code, w.T("letter.no-code.subject"), true)
			has(code, c.Text().T("letter.no-code.to"), true)
			has(code, "@", false) // no address of the PMO is confirmed

			locked := letter("locked-out")
			for _, id := range []string{"letter.locked-out.subject", "letter.greeting", "letter.who", "letter.locked-out.locked",
				"letter.locked-out.panic-blocked", "letter.external", "letter.reach", "letter.closing", "letter.name"} {
				has(locked, w.T(id), true)
			}
			for _, id := range []string{"letter.locked-out.expired", "letter.locked-out.forgot", "letter.internal"} {
				has(locked, w.T(id), false)
			}
			has(locked, c.Text().T("letter.to-external"), true)
			has(locked, c.Text().T("letter.to-internal"), false)

			lost := letter("lost-phone")
			has(lost, w.T("letter.lost-phone.nothing-else"), true) // the app works on no device
			has(lost, w.T("letter.external"), true)
		}
	}
}

// frenchWords are the French words the guide writes its letters in.
func frenchWords(t *testing.T, c *core.Core) *text.Translator {
	t.Helper()
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	words, err := steps.LetterWords(c.Text(), built)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(words, func(w *text.Translator) bool { return w.Lang() == "fr" })
	if i < 0 || words[i].T("letter.closing") == translator(t, "da").T("letter.closing") {
		t.Fatalf("no French words for the letters")
	}
	return words[i]
}

// The address follows the kind of account: EU Login's support for an
// external account, no invented one for EU Login4Life, and both, each
// naming its kind, while the kind is not known.
func TestALetterIsSentWhereTheKindOfAccountSays(t *testing.T) {
	for _, tc := range []struct {
		name               string
		choices            map[string]string
		external, internal bool
	}{
		{"not asked", nil, true, true},
		{"external", map[string]string{"account-kind": "external"}, true, false},
		{"EU Login4Life", map[string]string{"account-kind": "internal"}, false, true},
		{"retired before 20 December 2020", map[string]string{"account-kind": "cannot-see", "account-retired": "before"}, true, false},
		{"retired after", map[string]string{"account-kind": "cannot-see", "account-retired": "after"}, false, true},
		{"unsure", map[string]string{"account-kind": "cannot-see", "account-retired": "unsure"}, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &flow.Progress{Version: flow.ProgressVersion, Flow: "locked-out", Step: "lock-start", Choices: tc.choices}
			c := letterCore(t, "da", journey(t, "locked-out"), p, nil, "")
			tr := c.Text()
			for _, id := range []string{"lost-phone", "locked-out"} {
				letter := blocksText(c.LetterBlocks(id, "da"))
				if got := strings.Contains(letter, steps.Support); got != tc.external {
					t.Errorf("%s: names %s: %v, want %v:\n%s", id, steps.Support, got, tc.external, letter)
				}
				if got := strings.Contains(letter, tr.T("letter.to-internal")); got != tc.internal {
					t.Errorf("%s: tells an EU Login4Life account that no address is known: %v, want %v:\n%s", id, got, tc.internal, letter)
				}
				if got := strings.Contains(letter, tr.T("letter.external")); got != (tc.external && !tc.internal) {
					t.Errorf("%s: the letter says the account is external: %v:\n%s", id, got, letter)
				}
			}
		})
	}
}

// A real journey walked with an e-mail address, a password, a device
// name, a PIN, a pension number, a name, a birth date and a validation
// code typed: no letter, in any language, names any of them, in any of
// the ways the guide writes them.
func TestALetterNamesNoSecretTypedInTheJourney(t *testing.T) {
	tr := translator(t, "da")
	f := journey(t, "new-account")
	w := walkJourney(t, "da", f, "android", core.Real)
	opts := core.Options{Flow: steps.NewAccount()}
	withLetters(t, tr)(&opts)
	opts.Ask = true
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	typed := 0
	for _, m := range w.moves {
		if m.text != "" {
			typed++
		}
		doMove(c, m)
	}
	if typed < len(samples)-1 { // the name may be filled in already
		t.Fatalf("the walk typed %d answers, want each of %v", typed, samples)
	}
	var secrets []string
	for _, s := range samples {
		secrets = append(secrets, s, strings.ToUpper(s), strings.ReplaceAll(strings.ToUpper(s), " ", ""))
	}
	secrets = append(secrets, "12345678", "1948", "24. december", "aase.jensen", "Blåbær")
	built, _ := steps.BuiltIn()
	for _, lang := range built.Letters.Languages {
		for _, l := range built.Letters.List {
			letter := blocksText(c.LetterBlocks(l.ID, lang))
			if letter == "" {
				t.Fatalf("no letter %q in %s", l.ID, lang)
			}
			for _, s := range secrets {
				if strings.Contains(strings.ToLower(letter), strings.ToLower(s)) {
					t.Errorf("the letter %q in %s names %q, typed in the journey:\n%s", l.ID, lang, s, letter)
				}
			}
		}
	}
}

// The place in the full screen, in both languages of the guide and in a
// window of 80x24 and of 60x18: reached from the step where the code is
// awaited ("w"), the letter shown with its address, subject and text; a
// number changes its language; the arrows and PgDn scroll to its end; Esc
// goes back. From the help index (F5) the three letters are listed.
func TestTheLetterPlaceInTheFullScreen(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		for _, size := range [][2]int{{80, 24}, {60, 18}} {
			p, saved := letterProgress()
			c := letterCore(t, lang, journey(t, "new-account"), p, saved, "code-received")
			tr, fr := c.Text(), frenchWords(t, c)
			m, _ := fullscreen.New(c, fullscreen.WithLetterWait(0)).Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			view := func() string { return flatten(ansi.Strip(m.View())) }
			if !strings.Contains(view(), "w/F5: "+tr.T("action.write-letter")) {
				t.Fatalf("%s %v: the step does not hint the letter:\n%s", lang, size, m.View())
			}
			m = update(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("w")})
			if f := m.(*fullscreen.Model).Frame(); f.Place != core.LetterScreen || headingOf(f) != tr.T("letter.no-code.title") {
				t.Fatalf("%s %v: w opens %v %q, not the letter", lang, size, f.Place, headingOf(f))
			}
			if !strings.Contains(view(), tr.T("letters.title")) {
				t.Errorf("%s %v: the letter does not say it is for support:\n%s", lang, size, m.View())
			}
			m = update(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("3")}) // Français
			end := fr.T("letter.name")
			if strings.Contains(view(), end) {
				t.Errorf("%s %v: the whole letter fits the window: the test of scrolling scrolls nothing", lang, size)
			}
			for range 40 {
				if strings.Contains(view(), end) {
					break
				}
				m = update(m, tea.KeyMsg{Type: tea.KeyPgDown})
			}
			if !strings.Contains(view(), end) {
				t.Fatalf("%s %v: PgDn does not reach the end of the French letter, %q:\n%s", lang, size, end, m.View())
			}
			whole := strings.Join(strings.Fields(blocksText(c.LetterBlocks("no-code", "fr"))), " ")
			if !strings.Contains(whole, "20/11/2026") || !strings.Contains(whole, fr.T("letter.no-code.subject")) {
				t.Errorf("%s %v: the French letter is not filled in:\n%s", lang, size, whole)
			}
			m = update(m, tea.KeyMsg{Type: tea.KeyEsc})
			if f := m.(*fullscreen.Model).Frame(); f.Place != core.StepScreen || f.Step != "code-received" {
				t.Errorf("%s %v: Esc goes to %v %q, not back to the step", lang, size, f.Place, f.Step)
			}
			m = update(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("s")})
			m = update(m, tea.KeyMsg{Type: tea.KeyF5})
			f := m.(*fullscreen.Model).Frame()
			for _, id := range []string{"letter.lost-phone.title", "letter.no-code.title", "letter.locked-out.title"} {
				if f.Place != core.LetterScreen || !blocksHold(f.Body, tr.T(id)) {
					t.Errorf("%s %v: F5 in the help index does not list %q: %v\n%s", lang, size, tr.T(id), f.Place, m.View())
				}
			}
		}
	}
}

// The place in the line mode, in both languages of the guide: `brev` on
// the step prints the letter whole, a paragraph a line, its blanks in
// their brackets to fill in; a number prints it in that language; Enter
// goes back to the step. From the help index, `brev` lists the letters.
func TestTheLetterPlaceInTheLineMode(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		p, saved := letterProgress()
		c := letterCore(t, lang, journey(t, "new-account"), p, saved, "code-received")
		tr, fr := c.Text(), frenchWords(t, c)
		word := tr.Words("plain.word-letter")[0]
		var out bytes.Buffer
		if err := plain.Run(c, strings.NewReader(word+"\n3\n\n"+tr.Words("plain.word-topics")[0]+"\n"+word+"\n"), &out, nil); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(out.String(), "\n")
		at := 0
		for _, want := range []string{tr.T("letter.no-code.to"), tr.T("letters.subject", text.Data{"Subject": tr.T("letter.no-code.subject")}),
			tr.T("letter.who"), tr.T("letter.name"), // in the guide's language first
			tr.T("letters.language", text.Data{"Language": "Français"}), fr.T("letter.no-code.sent", text.Data{"Sent": "20/11/2026"}), fr.T("letter.name"),
			tr.T("step.code-received.title"), tr.T("letters.choose"), tr.T("letter.locked-out.title")} {
			i := slices.IndexFunc(lines[at:], func(l string) bool { return strings.TrimSpace(l) == want || strings.Contains(l, want) })
			if i < 0 {
				t.Fatalf("%s: the line mode does not print %q, on a line of its own, after line %d:\n%s", lang, want, at, out.String())
			}
			at += i + 1
		}
		if !strings.Contains(out.String(), "["+strings.Trim(tr.T("letter.name"), "[]")+"]") {
			t.Errorf("%s: the blank for the name is not in brackets", lang)
		}
	}
}

// The letter is offered where a member is stuck, and not elsewhere: the
// code letter once its reminder is due (on the start screen and on the
// step where the code is awaited, not the day after the request), the
// others on their steps, and none on a step of setting up the account.
func TestALetterIsOfferedWhereAMemberIsStuck(t *testing.T) {
	offered := func(c *core.Core) bool { _, ok := c.Frame().Offer(core.WriteLetter); return ok }
	p, saved := letterProgress()
	p.Step = "rcam-sign-out" // not a step of a letter: the reminder alone offers it
	if c := letterCore(t, "da", journey(t, "new-account"), p, saved, ""); !offered(c) || c.Frame().Place != core.HomeScreen {
		t.Errorf("the start screen, 8 days after the request, offers no letter (at %v)", c.Frame().Place)
	}
	p.Dates["request-sent"] = "2026-11-27"
	if c := letterCore(t, "da", journey(t, "new-account"), p, saved, ""); offered(c) {
		t.Errorf("the start screen offers a letter the day after the request")
	}
	p.Step = "code-received"
	if c := letterCore(t, "da", journey(t, "new-account"), nil, nil, "needs"); offered(c) {
		t.Errorf("the first step of a new account offers a letter")
	}
	// yesterday: the journey waits at the code, but a week has not gone by
	if c := letterCore(t, "da", journey(t, "new-account"), p, saved, "code-received"); offered(c) {
		t.Errorf("the step where the code is awaited offers a letter to the PMO the day after the request")
	}
	p.Dates["request-sent"] = "2026-11-20"
	if c := letterCore(t, "da", journey(t, "new-account"), p, saved, "code-received"); !offered(c) {
		t.Errorf("the step where the code is awaited offers no letter a week after the request")
	}
	for _, step := range []string{"old-device", "still-works"} {
		f := journey(t, "new-phone")
		if f.Step(step) == nil {
			f = journey(t, "locked-out")
		}
		c := letterCore(t, "da", f, nil, nil, step)
		if !offered(c) {
			t.Errorf("the step %q offers no letter", step)
			continue
		}
		c.Do(core.WriteLetter, 0)
		if got := headingOf(c.Frame()); got != c.Text().T("letter.lost-phone.title") {
			t.Errorf("the letter of %q is %q", step, got)
		}
	}
	// Locked for 15 minutes, the account opens by itself: no letter yet.
	if c := letterCore(t, "da", journey(t, "locked-out"), nil, nil, "lock-wait"); offered(c) {
		t.Errorf("the 15 minutes' wait offers a letter")
	}
}

// A folder of corrections may correct a letter's French words, checked as
// every text is: the correction is used; an address that is not official,
// a template field the letter is not given, or a language the letters are
// not written in is refused.
func TestAFolderCorrectsTheFrenchLetters(t *testing.T) {
	folder := func(body string) fstest.MapFS {
		return asFolder(map[string]string{"locales/letters.fr.toml": "[letter]\n" + body + "\n"})
	}
	c, err := steps.WithFolder(folder(`name = "[votre nom et prénom]"`))
	if err != nil {
		t.Fatal(err)
	}
	words, err := steps.LetterWords(translator(t, "da"), c)
	if err != nil {
		t.Fatal(err)
	}
	if got := words[2].T("letter.name"); words[2].Lang() != "fr" || got != "[votre nom et prénom]" {
		t.Errorf("the corrected French blank reads %q (%s)", got, words[2].Lang())
	}
	for _, tc := range []struct{ name, files, problem string }{
		{"an unofficial address", `screenshot = "Écrivez à aide@exemple.fr."`, "text-address"},
		{"a field not given", `name = "{{.Email}}"`, "template-field"},
	} {
		_, err := steps.WithFolder(folder(tc.files))
		if refused := (*content.Error)(nil); !errors.As(err, &refused) || refused.Problem != tc.problem {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.problem)
		}
	}
	_, err = steps.WithFolder(asFolder(map[string]string{"locales/letters.de.toml": "[letter]\nname = \"[Ihr Name]\"\n"}))
	if refused := (*content.Error)(nil); !errors.As(err, &refused) || refused.Problem != "part-language" {
		t.Errorf("a German letter: %v, want part-language", err)
	}
}

// The letters' other languages are read when a letter is first shown, not
// before the first screen (reading two more languages held the first
// screen up: BenchmarkFirstScreen), and once only.
func TestTheLettersLanguagesAreReadWhenALetterIsShown(t *testing.T) {
	tr := translator(t, "da")
	reads := 0
	opts := core.Options{Flow: journey(t, "new-phone"), StartAt: "old-device"}
	withLetters(t, tr)(&opts)
	words := opts.LetterWords
	opts.LetterWords = func() []*text.Translator { reads++; return words() }
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Frame().Offer(core.WriteLetter); !ok || reads != 0 {
		t.Fatalf("before any letter is shown: offered %v, the languages read %d times", ok, reads)
	}
	c.Do(core.WriteLetter, 0)
	c.Do(core.Choose, 2) // in French
	_ = c.Frame()
	if reads != 1 || !strings.Contains(headingOf(c.Frame())+flatBody(c.Frame()), "[votre nom]") {
		t.Fatalf("a letter shown in French: the languages read %d times\n%s", reads, flatBody(c.Frame()))
	}
}

// flatBody is the words of a frame's body.
func flatBody(f core.Frame) string {
	var words []string
	for _, b := range f.Body {
		words = append(words, b.Text)
	}
	return strings.Join(words, "\n")
}
