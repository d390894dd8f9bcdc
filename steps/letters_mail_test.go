package steps_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// mailGuide is a core at the lost phone's first step of locked-out, with
// the kind of account answered, whose browser opener writes down what it
// is asked to open.
func mailGuide(t *testing.T, kind string) (*core.Core, *[]string) {
	t.Helper()
	opened := &[]string{}
	p := &flow.Progress{Version: flow.ProgressVersion, Flow: "locked-out", Step: "still-works", Started: []string{"locked-out"},
		Choices: map[string]string{"account-kind": kind, "lock-cause": "locked", "still-works": "no"}}
	opts := core.Options{Flow: journey(t, "locked-out"), Progress: p, StartAt: "still-works",
		OpenURL: func(u string) error { *opened = append(*opened, u); return nil }}
	withLetters(t, translator(t, "da"))(&opts)
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	c.Do(core.WriteLetter, 0)
	return c, opened
}

// A letter to support for an external account opens in the mail program
// written: addressed to support, with its subject and every paragraph of
// the letter shown, in the language chosen; the guide says it is open. An
// EU Login4Life account, which has no address, is offered none.
func TestALetterOpensInTheMailProgramAddressed(t *testing.T) {
	c, opened := mailGuide(t, "external")
	if _, ok := c.Frame().Offer(core.OpenBrowser); !ok {
		t.Fatalf("the letter for an external account cannot be opened in the mail program; offers %v", c.Frame().Offers)
	}
	for _, lang := range []int{0, 2} { // the guide's Danish, then French
		c.Do(core.Choose, lang)
		c.Do(core.OpenBrowser, 0)
		if len(*opened) == 0 {
			t.Fatalf("nothing was opened")
		}
		u, err := url.Parse((*opened)[len(*opened)-1])
		if err != nil || u.Scheme != "mailto" || u.Opaque != steps.Support {
			t.Fatalf("opened %q (%v), want a mail to %s", (*opened)[len(*opened)-1], err, steps.Support)
		}
		f := c.Frame()
		var subject string
		var paragraphs []string
		for _, b := range f.Body {
			if b.Kind != core.Verbatim {
				continue
			}
			if subject == "" {
				subject = strings.TrimPrefix(b.Text, strings.TrimSuffix(c.Text().T("letters.subject", map[string]any{"Subject": ""}), " "))
				continue
			}
			paragraphs = append(paragraphs, b.Text)
		}
		q := u.Query()
		if got := q.Get("subject"); strings.TrimSpace(got) != strings.TrimSpace(subject) {
			t.Errorf("answer %d: the mail's subject is %q, the letter's %q", lang+1, got, subject)
		}
		if got, want := q.Get("body"), strings.Join(paragraphs, "\r\n\r\n"); got != want {
			t.Errorf("answer %d: the mail's body is\n%q\nthe letter's\n%q", lang+1, got, want)
		}
		if len(f.Notice) == 0 || f.Notice[0].Text != c.Text().T("letters.mail-opened") {
			t.Errorf("the guide does not say the letter is open: %v", f.Notice)
		}
	}
	if c, _ := mailGuide(t, "internal"); func() bool { _, ok := c.Frame().Offer(core.OpenBrowser); return ok }() {
		t.Errorf("a letter for an EU Login4Life account, which has no address, can be opened in the mail program")
	}
}
