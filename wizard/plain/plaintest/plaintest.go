// Package plaintest checks the plain mode's command words on any place of
// any journey, for the tests of the plain mode and of the journeys.
package plaintest

import (
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Open starts a fresh guide at the place under test, recording the
// addresses it opens in the browser.
type Open func(opened *[]string) *core.Core

// EveryWord types each command word of the core's table (the first word
// of each of its lists), a number and Enter alone, each into a fresh guide
// at the place, and checks what became of it: the line does what the
// first offer of that command does in the core (the guide ends up where
// the action leads, and opens what it opens), or is the answer of the
// field typed into, or is told in words to be of no use here and changes
// nothing. A number, or a word of an answer (core.AnswerWords) that names
// it alone, does the numbered offer; a word two answers have is refused,
// the question said again; Enter alone does what the prompt says, and
// says in words the answer it takes. A command offered and told at the
// prompt is named there; gentag says the place again.
func EveryWord(t testing.TB, open Open) {
	t.Helper()
	var none []string
	c := open(&none)
	f, tr := c.Frame(), c.Text()
	lines := map[string]string{"": "", "1": ""} // each line, and the command it is, by its lists
	for _, cmd := range core.Commands() {
		if cmd.Words == core.Number {
			continue
		}
		var first []string
		for _, id := range strings.Fields(cmd.Words) {
			first = append(first, tr.Words(id)[0])
		}
		lines[strings.Join(first, " ")] = cmd.Words
	}
	for _, line := range slices.Sorted(maps.Keys(lines)) {
		typeOnce(t, open, f, tr, line, lines[line])
	}
	if o, words := AnswerWords(f, tr); words != nil {
		for i, ws := range words {
			for _, w := range ws {
				chooseByWord(t, open, f, o, words, i, strings.ToUpper(w))
			}
		}
	}
}

// AnswerWords are the words of each answer of the frame's numbered offer,
// as the plain mode takes them, with the offer; nil where words choose
// nothing (no numbered offer, or a field that takes what is typed).
func AnswerWords(f core.Frame, tr *text.Translator) (core.Offer, [][]string) {
	i := slices.IndexFunc(f.Offers, func(o core.Offer) bool { return o.Line().Words == core.Number })
	if i < 0 || f.Focus >= 0 && (f.Fields[f.Focus].Kind == core.TextField || f.Fields[f.Focus].Kind == core.SecretField) {
		return core.Offer{}, nil // a line typed in a box is its answer
	}
	o := f.Offers[i]
	labels := make([]string, o.Count)
	for _, b := range f.Body {
		if b.Kind == core.Choice && b.Number >= 1 && b.Number <= o.Count {
			labels[b.Number-1] = b.Text
		}
	}
	return o, core.AnswerWords(tr, labels, o.Words)
}

// chooseByWord types a word of answer i of a numbered offer: it does what
// the offer does with i, or where another answer has the word too, it is
// refused and the question said again, and nothing changes.
func chooseByWord(t testing.TB, open Open, f core.Frame, o core.Offer, words [][]string, i int, word string) {
	t.Helper()
	var none []string
	c := open(&none)
	var out strings.Builder
	if err := plain.Run(c, strings.NewReader(word+"\n"), &out, nil); err != nil {
		t.Fatal(err)
	}
	expected := open(&none)
	if _, named := core.Named(words, word); named > 1 {
		if h := Flat(Spoken(c.Text(), heading(f))); !strings.Contains(Flat(out.String()), c.Text().T("app.error-prefix")) || strings.Count(Flat(out.String()), h) < 2 {
			t.Errorf("%q, a word of %d answers, is not refused with the question again:\n%s", word, named, out.String())
		}
	} else {
		expected.Do(o.Action, i)
	}
	if got, want := c.Frame(), expected.Frame(); !reflect.DeepEqual(got, want) {
		t.Errorf("%q did not choose answer %d:\ngot  %+v\nwant %+v\n%s", word, i+1, got, want, out.String())
	}
}

// Spoken is a text as the plain mode says it: its [labels] in quotes, as
// plain.label puts them.
func Spoken(tr *text.Translator, s string) string {
	return core.Label.ReplaceAllStringFunc(s, func(l string) string { return tr.T("plain.label", text.Data{"Label": l[1 : len(l)-1]}) })
}

func typeOnce(t testing.TB, open Open, f core.Frame, tr *text.Translator, line, command string) {
	t.Helper()
	var gotOpened, wantOpened []string
	c := open(&gotOpened)
	var out strings.Builder
	if err := plain.Run(c, strings.NewReader(line+"\n"), &out, nil); err != nil {
		t.Fatal(err)
	}
	expected := open(&wantOpened)
	offer, offered := core.Offer{}, false
	for _, o := range f.Offers {
		if command != "" && o.Line().Words == command {
			offer, offered = o, true
			break
		}
	}
	numbered := slices.IndexFunc(f.Offers, func(o core.Offer) bool { return o.Line().Words == core.Number })
	n, err := strconv.Atoi(line)
	isReply := slices.ContainsFunc(core.Commands(), func(cmd core.Command) bool { return cmd.Words == command && cmd.Reply })
	printed := Flat(out.String())
	answer, named := -1, 0 // the answer the line is a word of, and of how many
	if _, words := AnswerWords(f, tr); words != nil {
		answer, named = core.Named(words, line)
	}
	switch {
	case offered:
		expected.Do(offer.Action, 0)
		if word := strings.Fields(line)[0]; (offer.Line().Say != "" || offer.Line().Tell != "") && !offer.Hidden && !strings.Contains(printed, word) {
			t.Errorf("%q: the word for %s is never named:\n%s", line, offer.Action, out.String())
		}
	case named > 1: // refused, as the test of the answers' words checks
	case answer >= 0:
		expected.Do(f.Offers[numbered].Action, answer)
	case err == nil && numbered >= 0:
		expected.Do(f.Offers[numbered].Action, n-1)
	case line == "" && f.Prompt.Enter != 0:
		expected.Do(f.Prompt.Enter, 0)
		if d := f.Prompt.Default; d != "" && !strings.Contains(printed, Flat(tr.T("plain.enter-default", text.Data{"Default": Spoken(tr, d)}))) {
			t.Errorf("Enter alone takes %q, which the prompt does not say:\n%s", d, out.String())
		}
	case f.Focus >= 0:
		expected.Answer(f.Focus, line)
	case command != "" && !isReply:
		if want := tr.T("plain.not-here", text.Data{"Word": line}); !strings.Contains(printed, Flat(want)) {
			t.Errorf("%q, of no use here, is not refused in words:\n%s", line, out.String())
		}
	default:
		if !strings.Contains(printed, tr.T("app.error-prefix")) {
			t.Errorf("%q, nothing here, is not refused:\n%s", line, out.String())
		}
	}
	if got, want := c.Frame(), expected.Frame(); !reflect.DeepEqual(got, want) {
		t.Errorf("%q did not come to what its action does:\ngot  %+v\nwant %+v\n%s", line, got, want, out.String())
	}
	if !reflect.DeepEqual(gotOpened, wantOpened) {
		t.Errorf("%q opened %v, the action %v", line, gotOpened, wantOpened)
	}
	switch h := Flat(Spoken(tr, heading(expected.Frame()))); {
	case offered && offer.Action == core.Help && !strings.Contains(printed, h):
		t.Errorf("%q printed no help:\n%s", line, out.String())
	case offered && offer.Action == core.SayAgain && h != "" && strings.Count(printed, h) < 2:
		t.Errorf("%q did not say the place again:\n%s", line, out.String())
	case offered && (offer.Action == core.ShowQR || offer.Action == core.InvertQR) && !strings.Contains(out.String(), "▀▀▀▀"):
		t.Errorf("%q printed no QR code:\n%s", line, out.String())
	}
}

// heading is the heading of the frame.
func heading(f core.Frame) string {
	for _, b := range f.Top {
		if b.Kind == core.Heading {
			return b.Text
		}
	}
	return ""
}

// Flat joins wrapped lines, so that a message is found across line breaks.
func Flat(s string) string { return strings.Join(strings.Fields(s), " ") }
