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
// nothing. A number, or the first word of an answer that has words, does
// the numbered offer, and Enter alone what the prompt says. A command
// offered and told at the prompt is named there.
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
	for _, o := range f.Offers {
		for i, id := range o.Words {
			if id != "" {
				chooseByWord(t, open, o, i, strings.ToUpper(tr.Words(id)[0]))
			}
		}
	}
}

// chooseByWord types a word of answer i of a numbered offer: it does what
// the offer does with i.
func chooseByWord(t testing.TB, open Open, o core.Offer, i int, word string) {
	t.Helper()
	var none []string
	c := open(&none)
	var out strings.Builder
	if err := plain.Run(c, strings.NewReader(word+"\n"), &out, nil); err != nil {
		t.Fatal(err)
	}
	expected := open(&none)
	expected.Do(o.Action, i)
	if got, want := c.Frame(), expected.Frame(); !reflect.DeepEqual(got, want) {
		t.Errorf("%q did not choose answer %d:\ngot  %+v\nwant %+v\n%s", word, i+1, got, want, out.String())
	}
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
		if command != "" && o.Line.Words == command {
			offer, offered = o, true
			break
		}
	}
	numbered := slices.IndexFunc(f.Offers, func(o core.Offer) bool { return o.Line.Words == core.Number })
	n, err := strconv.Atoi(line)
	isReply := slices.ContainsFunc(core.Commands(), func(cmd core.Command) bool { return cmd.Words == command && cmd.Reply })
	printed := Flat(out.String())
	answer := -1 // the answer the line is a word of
	if numbered >= 0 {
		answer = slices.IndexFunc(f.Offers[numbered].Words, func(id string) bool { return id != "" && slices.Contains(tr.Words(id), line) })
	}
	switch {
	case offered:
		expected.Do(offer.Action, 0)
		if word := strings.Fields(line)[0]; (offer.Line.Say != "" || offer.Line.Tell != "") && !offer.Hidden && !strings.Contains(printed, word) {
			t.Errorf("%q: the word for %s is never named:\n%s", line, offer.Action, out.String())
		}
	case answer >= 0:
		expected.Do(f.Offers[numbered].Action, answer)
	case err == nil && numbered >= 0:
		expected.Do(f.Offers[numbered].Action, n-1)
	case line == "" && f.Prompt.Enter != 0:
		expected.Do(f.Prompt.Enter, 0)
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
	switch {
	case offered && offer.Action == core.Help && !strings.Contains(printed, Flat(heading(expected.Frame()))):
		t.Errorf("%q printed no help:\n%s", line, out.String())
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
