package steps_test

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/steps/check"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain/plaintest"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// genuineCase is a sender or address typed at "Er denne mail eller side
// ægte?", and what the guide must say of it.
type genuineCase struct {
	in, verdict, host string
	reasons           []string
}

// genuineCases are genuine and false senders and addresses: the genuine
// sender, the official addresses of addresses.go, the known look-alike,
// europa.eu in the path or before an @, a subdomain trick, punycode and
// look-alike letters of another alphabet.
func genuineCases() []genuineCase {
	cases := []genuineCase{
		{in: steps.Sender, verdict: "sender", host: "nomail.ec.europa.eu"},
		{in: "Authentication service <" + strings.ToUpper(steps.Sender) + ">", verdict: "sender", host: "nomail.ec.europa.eu"},
		{in: steps.Support, verdict: "official", host: "ec.europa.eu", reasons: []string{"not-sender"}},
		{in: "ec-europa.eu", verdict: "lookalike", host: "ec-europa.eu"},
		{in: "https://ecas.ec-europa.eu/cas/login", verdict: "lookalike", host: "ecas.ec-europa.eu"},
		{in: "EU Login <automated-notifications@nomail.ec-europa.eu>", verdict: "lookalike", host: "nomail.ec-europa.eu"},
		{in: "https://login-help.example/ec.europa.eu/cas/", verdict: "elsewhere", host: "login-help.example", reasons: []string{"in-path"}},
		{in: "https://ecas.ec.europa.eu@login-help.example", verdict: "elsewhere", host: "login-help.example", reasons: []string{"in-user"}},
		{in: "ecas.ec.europa.eu.login-help.example", verdict: "elsewhere", host: "ecas.ec.europa.eu.login-help.example", reasons: []string{"subdomain"}},
		{in: "https://xn--uropa-ywe.eu/", verdict: "letters", host: "xn--uropa-ywe.eu", reasons: []string{"punycode"}},
		{in: "ecas.ec.еuropa.eu", verdict: "letters", host: "ecas.ec.еuropa.eu", reasons: []string{"non-ascii"}}, // a Cyrillic е
		{in: "Support <support@login-help.example>", verdict: "elsewhere", host: "login-help.example"},
		{in: "Hej, jeg fik en mail i går", verdict: "unreadable", reasons: []string{"no-host"}},
	}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for name := range steps.Addresses {
			if !yield(name) {
				return
			}
		}
	}) {
		u, err := url.Parse(steps.Addresses[name])
		if err != nil {
			panic(err)
		}
		if _, host, mailbox := strings.Cut(u.Opaque, "@"); mailbox { // support's: official, but no sender of EU Login's mails
			cases = append(cases, genuineCase{in: steps.Addresses[name], verdict: "official", host: host, reasons: []string{"not-sender"}})
			continue
		}
		cases = append(cases, genuineCase{in: steps.Addresses[name], verdict: "official", host: u.Hostname()})
	}
	return cases
}

// Issue 22: each sender and address gets its verdict and reasons from the
// checker.
func TestTheMailCheckJudgesGenuineAndFalseSenders(t *testing.T) {
	for _, c := range genuineCases() {
		got := check.Origin(c.in)
		if got.Code != c.verdict || got.Host != c.host || !slices.Equal(got.Reasons, c.reasons) {
			t.Errorf("%q: %+v, want %s %q %v", c.in, got, c.verdict, c.host, c.reasons)
		}
	}
}

func builtIn(t testing.TB) content.Content {
	t.Helper()
	c, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// genuineOptions are the real guide's first question with the mail check,
// as the program sets them.
func genuineOptions(t testing.TB) func(*core.Options) {
	journeys := allJourneys(t)
	return func(o *core.Options) {
		journeys(o)
		o.Genuine, o.GenuineTopic = steps.Genuine, steps.GenuineTopic
	}
}

// verdictWords are the words a case's verdict and reasons are said in,
// and those of every other verdict on its host, which must not be said.
func verdictWords(tr *text.Translator, c genuineCase) (said, unsaid []string) {
	data := text.Data{"Host": c.host}
	said = []string{tr.T("genuine.verdict-"+c.verdict, data)}
	for _, r := range c.reasons {
		said = append(said, tr.T("genuine.reason-"+r, data))
	}
	for _, v := range check.OriginVerdicts {
		if v != c.verdict {
			unsaid = append(unsaid, tr.T("genuine.verdict-"+v, data))
		}
	}
	return said, unsaid
}

// Issue 22: in the line mode, each line typed at the place chosen on the
// first question is said back with its verdict and reasons, then what the
// guide cannot tell; in both languages.
func TestTheMailCheckSaysItsVerdictInTheLineMode(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		for _, c := range genuineCases() {
			answer := strconv.Itoa(len(builtIn(t).Flows) + 1) // the last answer
			ts := run(t, lang, "", answer+"\n"+c.in+"\n", genuineOptions(t))
			said, unsaid := verdictWords(ts.tr, c)
			// In this order: the verdict, then what the guide cannot tell.
			ts.sees(append(append([]string{ts.msg("genuine.title"), ts.msg("genuine.typed", text.Data{"Typed": c.in})}, said...), ts.msg("genuine.cannot"))...)
			ts.never(unsaid...)
		}
	}
}

// Issue 22: the same in the full screen, where the place is the last
// answer (↑ from the first) and the line is pasted into its field.
func TestTheMailCheckSaysItsVerdictInTheFullScreen(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		for _, c := range genuineCases() {
			opts := core.Options{}
			genuineOptions(t)(&opts)
			g := guideWith(t, lang, opts, 60)
			g.press(tea.KeyUp, tea.KeyEnter)
			g.sees("genuine.title")
			g.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(c.in), Paste: true})
			g.press(tea.KeyEnter)
			said, unsaid := verdictWords(g.tr, c)
			screen := flatten(stripANSI(g.model.View()))
			for _, s := range said {
				if words := strings.Fields(s); !strings.Contains(screen, strings.Join(words[:min(5, len(words))], " ")) {
					t.Errorf("%s %q: the screen does not say %q:\n%s", lang, c.in, s, g.model.View())
				}
			}
			for _, s := range unsaid {
				if words := strings.Fields(s); strings.Contains(screen, strings.Join(words[:min(5, len(words))], " ")) {
					t.Errorf("%s %q: the screen says %q:\n%s", lang, c.in, s, g.model.View())
				}
			}
			if cannot := strings.Join(strings.Fields(g.tr.T("genuine.cannot"))[:5], " "); strings.Index(screen, cannot) < strings.Index(screen, strings.Fields(said[0])[0]) {
				t.Errorf("%s %q: the verdict is not shown before what the guide cannot tell:\n%s", lang, c.in, g.model.View())
			}
			g.press(tea.KeyEsc)
			g.sees("situation.title")
		}
	}
}

// Every plain command word typed at the real place, before and after a
// line is judged, does what its offer does, or is the field's answer.
func TestEveryCommandWordAtTheMailCheck(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		for _, judged := range []bool{false, true} {
			plaintest.EveryWord(t, func(opened *[]string) *core.Core {
				opts := core.Options{Flow: steps.NewAccount(), Text: translator(t, lang), Save: func(flow.Progress) string { return "" },
					OpenURL: func(u string) error { *opened = append(*opened, u); return nil }}
				genuineOptions(t)(&opts)
				c, err := core.New(opts)
				if err != nil {
					t.Fatal(err)
				}
				c.Do(core.Choose, len(opts.Journeys))
				if judged {
					c.Answer(0, "ec-europa.eu")
				}
				if c.Frame().Place != core.GenuineScreen {
					t.Fatalf("at %v, not the mail check", c.Frame().Place)
				}
				return c
			})
		}
	}
}
