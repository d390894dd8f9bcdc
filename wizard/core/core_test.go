package core_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// guide is a core on the tea journey, with what it saved.
type guide struct {
	t     *testing.T
	c     *core.Core
	tr    *text.Translator
	saved []flow.Progress
}

func start(t *testing.T, configure ...func(*core.Options)) *guide {
	t.Helper()
	return startIn(t, "da", configure...)
}

// startIn starts a guide in lang.
func startIn(t *testing.T, lang string, configure ...func(*core.Options)) *guide {
	t.Helper()
	g := &guide{t: t, tr: fixture.Text(t, lang)}
	opts := core.Options{Flow: fixture.Flow(), Text: g.tr,
		Save: func(p flow.Progress) string { g.saved = append(g.saved, p); return "" }}
	for _, c := range configure {
		c(&opts)
	}
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	g.c = c
	return g
}

func at(step string) func(*core.Options) { return func(o *core.Options) { o.StartAt = step } }

// heading is the heading of the frame shown.
func (g *guide) heading() string {
	for _, b := range g.c.Frame().Top {
		if b.Kind == core.Heading {
			return b.Text
		}
	}
	return ""
}

// on fails unless the frame's heading is the message with id.
func (g *guide) on(id string) {
	g.t.Helper()
	if got, want := g.heading(), g.tr.T(id); got != want {
		g.t.Fatalf("on %q, want %q (%s)", got, want, id)
	}
}

// says fails unless some block of the frame holds the message with id.
func (g *guide) says(id string, data ...text.Data) {
	g.t.Helper()
	want := g.tr.T(id, data...)
	if !strings.Contains(g.all(), want) {
		g.t.Fatalf("the frame does not say %q:\n%s", want, g.all())
	}
}

func (g *guide) all() string {
	f := g.c.Frame()
	var parts []string
	blocks := append(append(append([]core.Block{}, f.Top...), f.Body...), append(f.Notice, f.SaveProblem...)...)
	for _, fl := range f.Fields {
		blocks = append(append(blocks, fl.Checklist...), fl.Messages...)
	}
	for _, b := range blocks {
		parts = append(parts, b.Text)
	}
	return strings.Join(parts, "\n")
}

func (g *guide) do(a core.Action, arg ...int) {
	n := 0
	if len(arg) > 0 {
		n = arg[0]
	}
	g.c.Do(a, n)
}

// submit types text into the focused field and presses Enter.
func (g *guide) submit(text string) {
	g.c.Edit(g.c.Frame().Focus, text)
	g.do(core.Continue)
}

func (g *guide) field() core.Field {
	f := g.c.Frame()
	if f.Focus < 0 {
		g.t.Fatalf("no field has the focus on %q", g.heading())
	}
	return f.Fields[f.Focus]
}

func TestAPageOfThreeFieldsIsAnsweredFieldByField(t *testing.T) {
	g := start(t, at("order"))
	if f := g.c.Frame(); len(f.Fields) != 3 || f.Focus != 0 {
		t.Fatalf("want three fields, the first in focus: %d fields, focus %d", len(f.Fields), f.Focus)
	}
	g.submit("Åse")
	if f := g.c.Frame(); f.Focus != 1 || f.Fields[0].State != core.Accepted {
		t.Fatalf("an accepted name should pass the focus to cups: focus %d, %v", f.Focus, f.Fields[0].State)
	}
	g.submit("12")
	g.says("problem.tea-cups")
	if g.c.Frame().Focus != 1 {
		t.Fatal("a refused field must keep the focus")
	}
	g.c.Edit(1, "2")
	if len(g.field().Messages) != 0 {
		t.Fatalf("the error stayed after the answer was changed: %v", g.field().Messages)
	}
	g.do(core.Focus, 1) // Tab to milk without answering cups
	g.submit("lots")
	g.says("note.tea-lots")
	if g.field().State != core.Confirming {
		t.Fatal("advice must wait for a confirmation")
	}
	g.do(core.Continue) // confirms
	if f := g.c.Frame(); f.Focus != 1 {
		t.Fatalf("the focus should go back to the field not yet answered, cups; it is %d", f.Focus)
	}
	g.do(core.Continue) // cups "2"
	g.on("tea.lock")
	for _, p := range g.saved {
		if buf, _ := json.Marshal(p); strings.Contains(string(buf), "Åse") {
			t.Fatalf("a typed answer was saved: %s", buf)
		}
	}
}

func TestASecretTypedTwice(t *testing.T) {
	g := start(t, at("lock"))
	g.submit("abc")
	g.says("problem.tea-lock")
	if _, ok := g.c.Frame().Offer(core.ClearField); !ok {
		t.Fatal("a hidden field with text offers to clear it")
	}
	g.do(core.ClearField)
	if v := g.field().Value; v != "" {
		t.Fatalf("the field was not cleared: %q", v)
	}
	if _, ok := g.c.Frame().Offer(core.Back); !ok {
		t.Fatal("an empty hidden field offers to go back")
	}
	g.submit("abcd")
	if g.field().State != core.Again || g.field().Value != "" {
		t.Fatalf("a good first typing asks for the second, in an empty field: %+v", g.field())
	}
	if _, ok := g.c.Frame().Offer(core.StartOver); !ok {
		t.Fatal("the second typing offers to start over")
	}
	g.submit("abce")
	g.says("problem.tea-lock-mismatch")
	g.do(core.StartOver)
	if g.field().State != core.Typing || g.field().Value != "" {
		t.Fatalf("start over goes back to the first typing, the secret not shown: %+v", g.field())
	}
	g.submit("wxyz")
	g.submit("wxyz")
	g.on("tea.shop")
}

func TestTheChecklistBeforeAndWhileTyping(t *testing.T) {
	g := start(t, at("lock"))
	lines := func() []string {
		var out []string
		for _, b := range g.field().Checklist {
			out = append(out, b.Text)
		}
		return out
	}
	rule := g.tr.T("rule.tea-four")
	for _, c := range []struct {
		typed string
		want  []string
	}{
		{"", []string{g.tr.T("tea.lock-rules"), "- " + rule}}, // the rules alone, before anything is typed
		{"ab", []string{g.tr.T("tea.lock-rules"), "[ ] " + rule + ": " + g.tr.T("app.rule-unmet")}},
		{"abcd", []string{g.tr.T("tea.lock-rules"), "[x] " + rule + ": " + g.tr.T("app.rule-met")}},
	} {
		g.c.Edit(0, c.typed)
		if got := lines(); !slices.Equal(got, c.want) {
			t.Errorf("typed %q: the checklist says %q, want %q", c.typed, got, c.want)
		}
	}
}

func TestARehearsalSavesNothingAndSaysSo(t *testing.T) {
	g := start(t, func(o *core.Options) { o.Mode = core.Rehearsal })
	for range 3 {
		g.do(core.Continue)
	}
	if len(g.saved) != 0 {
		t.Fatalf("a rehearsal saved %d times", len(g.saved))
	}
	g.says("app.rehearsal")
	g.do(core.Quit)
	g.says("quit.body-rehearsal")
	g.says("app.rehearsal")
}

func TestWithNowhereToSaveTheUserIsTold(t *testing.T) {
	g := start(t, at("kettle"), func(o *core.Options) { o.Save = nil })
	g.says("save.failed")
	g.do(core.Quit)
	g.says("quit.body-unsaved", text.Data{"Step": "kettle"})
}

func TestHelperModeAsksTheHelperToLookAwayFirst(t *testing.T) {
	g := start(t, at("order"), func(o *core.Options) { o.Helper = true })
	g.on("helper.rules-title") // the helper's rules come first
	g.do(core.Continue)
	for _, s := range []string{"Åse", "2", "none"} {
		g.submit(s)
	}
	if f := g.c.Frame(); f.Place != core.LookAwayScreen || f.Focus >= 0 {
		t.Fatalf("before a secret a helper is asked to look away: place %v, focus %d", f.Place, f.Focus)
	}
	g.on("look-away.title")
	g.do(core.Continue)
	g.on("tea.lock")
	g.do(core.Back)
	g.on("tea.order")
}

func TestTheProfileIsOnEveryScreen(t *testing.T) {
	g := start(t, func(o *core.Options) { o.Profile = "Åse Jensen"; o.Helper = true })
	badge := text.Data{"Profile": "Åse Jensen"}
	g.says("app.profile", badge)
	for _, a := range []core.Action{core.Help, core.CloseHelp, core.Continue, core.Quit} {
		g.do(a)
		g.says("app.profile", badge)
	}
}

func TestAReviewWithoutItsAnswersAsksForThemAgain(t *testing.T) {
	g := start(t, at("check"))
	g.says("app.review-missing")
	if strings.Contains(g.all(), g.tr.T("tea.check-warning")) {
		t.Fatal("the review tells the user to order with answers it does not have")
	}
	if _, ok := g.c.Frame().Offer(core.ChangeAnswer); ok {
		t.Fatal("answers that are not there are offered to change")
	}
	g.do(core.Continue)
	g.on("tea.order")
	for _, s := range []string{"Åse", "2", "none"} {
		g.submit(s)
	}
	g.submit("wxyz")
	g.submit("wxyz")
	g.submit("Irma")
	g.on("tea.check")
	g.says("app.review-line", text.Data{"Number": 1, "Label": g.tr.T("tea.name"), "Answer": "Åse"})
	g.says("tea.check-warning")
}

// A review that may have been sent, its answers gone: an answer says so
// and goes on, marking the review's date; the other, offered first,
// types them again.
func TestAReviewWithoutItsAnswersAsksWhetherItsPageWasSent(t *testing.T) {
	sent := func(o *core.Options) { o.StartAt = "check"; o.Flow.Step("check").Sent = "tea.check-sent" }
	g := start(t, sent)
	g.says("app.review-missing-sent")
	g.says("tea.check-sent")
	g.says("app.review-again")
	if f := g.c.Frame(); f.Selected != 1 {
		t.Fatalf("the answer offered first is %d, not typing the answers again", f.Selected+1)
	}
	g.do(core.Continue)
	g.on("tea.order")

	g = start(t, sent)
	g.do(core.Choose, 0)
	g.on("tea.title") // the stage is done: the start screen
	if p := g.saved[len(g.saved)-1]; p.Dates["ordered"] == "" {
		t.Fatalf("the page said sent, its date is not marked: %+v", p.Dates)
	}
}

// An action neither offered nor the line mode's Enter alone does nothing.
func TestAnActionNotOfferedDoesNothing(t *testing.T) {
	for _, p := range fixture.Places {
		var opened []string
		c := p.Open(t, "da", &opened)
		before, openedBefore := c.Frame(), len(opened) // a place may be one that opened something (a sheet written)
		for a := core.Continue; a <= core.HelpIndex; a++ {
			offer, offered := before.Offer(a)
			args := []int{0, 1, -1, 99}
			switch {
			case offered && (a == core.Select || a == core.ChangeAnswer || a == core.OpenStage):
				args = []int{-1, offer.Count} // out of range
			case offered && (a == core.Move || a == core.Focus):
				args = []int{0, 5} // neither the next nor the one before
			case offered || a == before.Prompt.Enter: // a line mode's Enter alone may be one no key has
				continue
			}
			for _, arg := range args {
				c.Do(a, arg)
				if after := c.Frame(); !reflect.DeepEqual(after, before) || len(opened) > openedBefore {
					t.Fatalf("%s: %s(%d), not offered, changed the frame:\nbefore %+v\nafter  %+v", p.Name, a, arg, before, after)
				}
			}
		}
	}
}

func TestAFinishedStageOpensAgain(t *testing.T) {
	g := start(t, at("sip"))
	g.do(core.Continue)
	g.do(core.Continue)
	if f := g.c.Frame(); f.Place != core.HomeScreen {
		t.Fatalf("after the last stage: place %v", f.Place)
	}
	g.says("home.all-done")
	g.do(core.OpenStage, 0)
	g.on("tea.kettle")
}

func TestABlockedStageSaysWhy(t *testing.T) {
	g := start(t)
	g.do(core.OpenStage, 1)
	g.says("home.blocked")
	if g.c.Frame().Place != core.HomeScreen {
		t.Fatal("a blocked stage was opened")
	}
}

func TestTheIntroductionOnlyOnAFreshStart(t *testing.T) {
	g := start(t)
	g.says("tea.intro")
	g.do(core.Continue)
	g.do(core.Back)
	if strings.Contains(g.all(), g.tr.T("tea.intro")) {
		t.Fatal("the introduction came again after the stage was started")
	}
}

func TestTheQRCodeAndTheBrowser(t *testing.T) {
	var opened []string
	g := start(t, at("kettle"), func(o *core.Options) {
		o.OpenURL = func(u string) error { opened = append(opened, u); return nil }
	})
	if _, shown := g.c.Frame().Panel(core.QRCode); shown || !strings.Contains(g.all(), fixture.KettleURL) {
		t.Fatalf("the address is not told, or its code is shown before it is asked for:\n%s", g.all())
	}
	g.do(core.ShowQR)
	if qr, ok := g.c.Frame().Panel(core.QRCode); !ok || qr.Text != fixture.KettleURL || qr.Invert {
		t.Fatalf("the code shown is %+v", qr)
	}
	if o, ok := g.c.Frame().Offer(core.InvertQR); !ok || o.Hidden {
		t.Fatal("without colours a QR code shown can be turned round")
	}
	g.do(core.InvertQR)
	if qr, _ := g.c.Frame().Panel(core.QRCode); !qr.Invert {
		t.Fatal("the code was not turned round")
	}
	g.do(core.HideQR)
	if _, shown := g.c.Frame().Panel(core.QRCode); shown {
		t.Fatal("the code was not hidden")
	}
	g.do(core.OpenBrowser)
	g.says("qr.opened")
	if !slices.Equal(opened, []string{fixture.KettleURL}) {
		t.Fatalf("opened %v", opened)
	}
}

// a browser opener that does not return (a text browser in the
// same terminal) never holds the guide: it says the browser is on its way,
// every other action works meanwhile, and another press starts no second
// opener.
func TestOpeningTheBrowserNeverBlocks(t *testing.T) {
	release, calls := make(chan struct{}), make(chan string, 4)
	g := start(t, at("kettle"), func(o *core.Options) {
		o.OpenURL = func(u string) error { calls <- u; <-release; return nil }
	})
	pressed := make(chan struct{})
	go func() { g.c.Do(core.OpenBrowser, 0); close(pressed) }()
	select {
	case <-pressed:
	case <-time.After(10 * time.Second):
		t.Fatal("the guide waited for the browser opener")
	}
	g.says("qr.opening")
	g.do(core.OpenBrowser)
	g.says("qr.opening")
	g.do(core.Help)
	if got := g.c.Frame().Place; got != core.HelpScreen {
		t.Fatalf("while the browser opens, help does not open: at %v", got)
	}
	close(release)
	if got := len(calls); got != 1 {
		t.Fatalf("the opener was started %d times while the first still ran", got)
	}
}

func TestTypingHereIsPointedOut(t *testing.T) {
	g := start(t, at("kettle"))
	g.c.TypingHere()
	g.says("app.typing-here")
}

// A text longer than the field takes is cut, and the user is told: the
// check would never see it whole.
func TestATextTooLongForTheFieldIsCutAndTold(t *testing.T) {
	g := start(t, at("order"))
	long := strings.Repeat("å", 45) // the name takes 40
	if kept := g.c.Edit(0, long); kept != long[:len("å")*40] {
		t.Fatalf("kept %d characters, want 40", len([]rune(kept)))
	}
	g.says("app.paste-cut")
	g.c.Edit(0, "Åse")
	if strings.Contains(g.all(), g.tr.T("app.paste-cut")) {
		t.Fatal("the notice stayed after a text that fits")
	}
}

// Quitting is offered on every place but the quit question itself, help
// and the help index included, and saying no comes back to that place as
// it was, but on a helper's checklist, where quitting ends (the front-ends'
// tests press every offer's key and word).
func TestQuitIsOfferedEverywhere(t *testing.T) {
	for _, p := range fixture.Places {
		var opened []string
		c := p.Open(t, "da", &opened)
		before := c.Frame()
		if before.Place == core.QuitScreen {
			continue
		}
		if _, ok := before.Offer(core.Quit); !ok {
			t.Errorf("%s: quitting is not offered", p.Name)
			continue
		}
		if before.Place == core.ChecklistScreen { // the last place: quitting there ends (helper_test.go)
			continue
		}
		c.Do(core.Quit, 0)
		c.Do(core.QuitNo, 0)
		if after := c.Frame(); after.Place != before.Place || !reflect.DeepEqual(after.Top, before.Top) || after.Selected != before.Selected {
			t.Errorf("%s: after quitting and staying, the guide shows %v %v, not %v %v", p.Name, after.Place, after.Top, before.Place, before.Top)
		}
		if _, ok := c.Frame().Offer(core.CloseHelp); ok { // and help still closes onto what it was opened over
			c.Do(core.CloseHelp, 0)
			if got := c.Frame().Place; got == core.HelpScreen || got == core.QuitScreen {
				t.Errorf("%s: after staying, closing help shows %v", p.Name, got)
			}
		}
	}
}

// what is typed is shown again (in the field, on the plain mode's
// "keep this?" prompt) without marks that turn text round and without
// invalid UTF-8, as it is without escape sequences.
func TestTypedTextIsShownWithoutMarksThatTurnItRound(t *testing.T) {
	g := start(t, at("order"))
	kept := g.c.Edit(0, "Åse\u202eesnepO\u2066x\u2069 \xffnavn\x1b[2J")
	if want := "ÅseesnepOx \uFFFDnavn[2J"; kept != want || g.field().Value != want {
		t.Fatalf("the field keeps %q (shown %q), want %q", kept, g.field().Value, want)
	}
}
