package steps_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain/plaintest"
	"github.com/eulogin-guide/eulogin-guide/wizard/qrcode"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The EU Login journey in the plain mode, as a user types it: what it
// prints, what it refuses, what it saves. (The plain mode's own workings
// are tested on a made-up journey in wizard/plain.)

// commands are the plain mode's command words as its prompts name them:
// the first word of each list in the locale files.
func commands(tr *text.Translator) text.Data {
	first := func(id string) string { return tr.Words(id)[0] }
	return text.Data{"Back": first("plain.word-back"), "Help": first("plain.word-help"), "Quit": first("plain.word-quit"),
		"QR": first("plain.word-qr"), "Invert": first("plain.word-invert"), "Open": first("plain.word-open"),
		"Yes": first("word.yes"), "No": first("word.no"), "QRInvert": first("plain.word-qr") + "\u00a0" + first("plain.word-invert"),
		"Topics": first("plain.word-topics"), "Situation": first("plain.word-situation"), "Over": first("plain.word-journey-over"), "Repeat": first("plain.word-repeat")}
}

// transcript is one run of the plain guide: what it printed, and the
// progress it saved.
type transcript struct {
	t     *testing.T
	tr    *text.Translator
	out   string
	err   error
	saved []flow.Progress
}

// run starts the guide in lang at startAt ("" for the start screen), feeds
// it input, and waits for it to end: a run that does not end within a few
// seconds hangs, and fails the test. Every run is checked for what the
// plain mode never prints: an escape sequence, a middle dot, a [label] in
// brackets.
func run(t *testing.T, lang, startAt, input string, configure ...func(*core.Options)) *transcript {
	t.Helper()
	return runWith(t, lang, startAt, strings.NewReader(input), nil, configure...)
}

func runWith(t *testing.T, lang, startAt string, in io.Reader, secret plain.SecretReader, configure ...func(*core.Options)) *transcript {
	t.Helper()
	tr := translator(t, lang)
	ts := &transcript{t: t, tr: tr}
	opts := core.Options{Flow: steps.NewAccount(), Text: tr, StartAt: startAt, Caption: "plain.caption", Speaking: true,
		Save: func(p flow.Progress) string { ts.saved = append(ts.saved, p); return "" }}
	for _, c := range configure {
		c(&opts)
	}
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	if fd, ok := in.(*feeder); ok {
		fd.c = c
	}
	var out bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- plain.Run(c, in, &out, secret) }()
	select {
	case ts.err = <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("the guide did not end when its input ended; it printed:\n%s", out.String())
	}
	ts.out = out.String()
	if strings.Contains(ts.out, "\x1b") {
		t.Errorf("the plain mode printed an escape sequence:\n%q", ts.out)
	}
	if strings.Contains(ts.out, "·") {
		t.Errorf("the plain mode printed a middle dot:\n%s", ts.out)
	}
	if label := core.Label.FindString(ts.out); label != "" {
		t.Errorf("the plain mode printed a label in brackets, which a screen reader reads aloud: %q\n%s", label, ts.out)
	}
	return ts
}

// msg is the message with id, as the guide prints it: its labels in
// quotes (plain.label).
func (ts *transcript) msg(id string, data ...text.Data) string {
	return flatten(plaintest.Spoken(ts.tr, ts.tr.T(id, data...)))
}

// problem is an error message as printed: "Fejl:" and the message.
func (ts *transcript) problem(id string, data ...text.Data) string {
	return ts.msg("app.error-prefix") + " " + ts.msg(id, data...)
}

// sees fails unless the transcript holds every text given, in this order.
func (ts *transcript) sees(texts ...string) {
	ts.t.Helper()
	out, at := flatten(ts.out), 0
	for _, want := range texts {
		i := strings.Index(out[at:], want)
		if i < 0 {
			ts.t.Fatalf("the transcript does not show %q (after position %d):\n%s", want, at, ts.out)
		}
		at += i + len(want)
	}
}

// count is how many times the transcript holds a text.
func (ts *transcript) count(s string) int { return strings.Count(flatten(ts.out), s) }

// never fails if the transcript holds any of the texts.
func (ts *transcript) never(texts ...string) {
	ts.t.Helper()
	for _, s := range texts {
		if s != "" && strings.Contains(ts.out, s) {
			ts.t.Errorf("the transcript shows %q:\n%s", s, ts.out)
		}
	}
}

func (ts *transcript) lastSaved() flow.Progress {
	ts.t.Helper()
	if len(ts.saved) == 0 {
		ts.t.Fatal("no progress was saved")
	}
	return ts.saved[len(ts.saved)-1]
}

func lines(ls ...string) string { return strings.Join(ls, "\n") + "\n" }

// The whole of stage 1, typed as a user types it, with a refusal of each
// kind on the way.
func TestStageOneFromStartToEnd(t *testing.T) {
	const (
		badPassword = "Kx9-abc"      // 7 characters
		password    = "Blåbær-2025x" // accepted, with a note on æ ø å
		pin         = "5831"
		otherPIN    = "5832"
	)
	for _, lang := range []string{"da", "en"} {
		t.Run(lang, func(t *testing.T) {
			ts := run(t, lang, "", lines(
				"",       // start screen: start
				"",       // needs
				"3", "1", // one-account: a wrong number, then "no account"
				"1",            // platform: Android
				"",             // app-download
				"",             // open-login
				"aase.mail.dk", // e-mail without @
				"åse@mail.dk",  // accepted: letters of any alphabet
				"1", "",        // create-account: created; email-link
				badPassword,  // too short
				password, "", // advice on æ ø å, confirmed with Enter
				"", "", // password-done, add-device
				"Åses S24",         // device name
				"1234",             // easy PIN
				pin, otherPIN, pin, // PINs that differ, then the same
				"", "", "", "", // scan-qr, approve, biometrics, logout
			))
			if ts.err != nil {
				t.Fatal(ts.err)
			}
			stage := ts.tr.T("stage.1.short")
			ts.sees(
				ts.msg("flow.new-account.title"), ts.msg("status.not-started"), ts.msg("plain.prompt-start"),
				ts.msg("plain.caption", text.Data{"Stage": stage, "Step": 1, "Total": ts.msg("app.at-most", text.Data{"Total": 18})}), ts.msg("step.needs.title"),
				ts.msg("step.one-account.title"), ts.msg("step.one-account.no"),
				ts.problem("plain.choose-number", text.Data{"Last": 2}),
				ts.msg("step.platform.title"),
				ts.msg("plain.caption", text.Data{"Stage": stage, "Step": 4, "Total": ts.msg("app.at-most", text.Data{"Total": 17})}), ts.msg("step.app-download.android"),
				ts.msg("step.open-login.title"), steps.CreateAccount,
				ts.msg("step.email.title"), ts.msg("step.email.example"), ts.msg("step.email.label")+":",
				ts.problem("problem.email-no-at"),
				ts.msg("step.create-account.title"), ts.msg("step.email-link.title"),
				ts.msg("step.password.title"), ts.msg("app.look-away"),
				ts.msg("step.password.rules"), "- "+ts.msg("rule.password-length"), ts.msg("plain.hidden"),
				ts.problem("problem.password-too-short", text.Data{"Count": 7}),
				ts.msg("app.note-prefix")+" "+ts.msg("note.password-danish-letters"), ts.msg("plain.prompt-confirm", text.Data{"It": ts.tr.T("app.it")}),
				ts.msg("step.password-done.title"), ts.msg("step.add-device.title"),
				ts.msg("step.device-name.title"),
				ts.msg("step.pin.title"), ts.msg("step.pin.label")+":",
				ts.msg("app.note-prefix")+" "+ts.msg("note.pin-easy"),
				ts.msg("step.pin.again")+":",
				ts.problem("problem.pin-mismatch"),
				ts.msg("step.pin.again")+":",
				ts.msg("step.scan-qr.title"), ts.msg("step.approve.title"), ts.msg("step.biometrics.title"),
				ts.msg("step.logout.title"),
				ts.msg("home.stage-done", text.Data{"Stage": stage}), ts.msg("status.done"),
				ts.msg("plain.prompt-start"),
			)
			ts.never(password, badPassword, pin, otherPIN, "█", "▀", "▄", "- - ")
			if n := ts.count(ts.msg("step.pin.again") + ":"); n != 2 {
				t.Errorf("the second PIN was asked %d times, want 2 (once more after the mismatch)", n)
			}
			if p := ts.lastSaved(); p.Step != "logout" || !slices.Contains(p.Done, "stage-1") || p.Choices["platform"] != "android" {
				t.Errorf("saved progress %+v, want stage-1 done at logout, on Android", p)
			}
		})
	}
}

// Content review item 1: most pensioners have an account. Signed in to
// it, they go from the app's download to adding it as a device, with no
// step of making a new account.
func TestAnExistingAccountGoesStraightToAddingTheApp(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		t.Run(lang, func(t *testing.T) {
			ts := run(t, lang, "", lines(
				"", "", // start screen, needs
				"2", // one-account: yes, or not sure
				"1", // existing-account: signed in
				"1", // platform: Android
				"",  // app-download
			))
			ts.sees(ts.msg("step.existing-account.title"), steps.CreateAccount, ts.msg("step.existing-account.signed-in"),
				ts.msg("plain.caption", text.Data{"Stage": ts.tr.T("stage.1.short"), "Step": 6, "Total": 12}),
				ts.msg("step.add-device.title"), ts.msg("step.add-device.body"))
			ts.never(ts.msg("step.open-login.title"), ts.msg("step.email.example"), ts.msg("step.create-account.title"),
				ts.msg("step.password.title"))
			if p := ts.lastSaved(); p.Step != "add-device" || p.Choices["existing-account"] != "signed-in" {
				t.Errorf("saved progress %+v, want add-device after signing in", p)
			}
		})
	}
}

// Content review item 9: asked for a password while making an account,
// they have one. Signed in, the e-mail and password steps are skipped and
// no e-mail is awaited; a new password asked for, its e-mail comes next.
func TestAskedForAPasswordWhileMakingAnAccount(t *testing.T) {
	before := []string{"", "", "1", "1", "", "", "åse@mail.dk"} // start, needs, no account, Android, download, open-login, e-mail
	for answer, want := range map[string]struct {
		next       string
		emailDated bool
	}{"2": {"step.add-device.title", false}, "3": {"step.email-link.title", true}} {
		t.Run(answer, func(t *testing.T) {
			ts := run(t, "da", "", lines(append(before, answer)...))
			ts.sees(ts.msg("step.create-account.asked-password"), ts.msg("step.create-account.signed-in"), ts.msg(want.next))
			p := ts.lastSaved()
			if _, dated := p.Dates["password-email"]; dated != want.emailDated {
				t.Errorf("password e-mail dated: %v, want %v (%+v)", dated, want.emailDated, p)
			}
			if answer == "2" {
				ts.never(ts.msg("step.email-link.title"), ts.msg("step.password.title"))
			}
		})
	}
}

// Someone who cannot get into the account they have is told where to write,
// and the guide waits at that question for the next time: Enter closes it,
// as its words say (accessibility review finding 12: it had said to close
// the guide, then "Tryk Enter for at fortsætte." twice).
func TestAnAccountThatCannotBeReachedPauses(t *testing.T) {
	ts := run(t, "da", "", lines("", "", "2", "3", "", "hjælp"))
	ts.sees(ts.msg("step.existing-account.cannot"), ts.msg("step.existing-account.cannot-then"),
		strings.Split(ts.tr.T("home.resume", text.Data{"Stage": ts.tr.T("stage.1.short"), "Step": ts.tr.T("step.existing-account.title")}), "\n")[0],
		ts.msg("plain.prompt-paused", text.Data{"Stage": 1}))
	ts.never(ts.msg("step.platform.title"), ts.msg("help.title", text.Data{"Title": ts.tr.T("app.title")}))
	if n := ts.count(ts.msg("plain.prompt-continue")); n != 1 { // at the first step only
		t.Errorf("%q is said %d times, want once:\n%s", ts.msg("plain.prompt-continue"), n, ts.out)
	}
	if p := ts.lastSaved(); p.Step != "existing-account" {
		t.Errorf("saved at %q, want existing-account", p.Step)
	}
}

// A letter in the PIN is refused for what it is, and the PIN asked again.
func TestALetterInThePINIsNamed(t *testing.T) {
	ts := run(t, "da", "pin", lines("12a4", "5831", "5831"))
	ts.sees(ts.problem("app.digits-only"), ts.msg("step.pin.label")+":", ts.msg("step.pin.again")+":", ts.msg("step.scan-qr.title"))
	ts.never(ts.msg("problem.pin-empty"))
}

// Accessibility review finding 4: where the journey names a safe answer,
// Enter alone takes it, and the prompt says which in its words; where it
// names none (the phone), Enter alone is refused, with the answers again.
func TestEnterAloneTakesTheSafeAnswerItNames(t *testing.T) {
	ts := run(t, "en", "one-account", lines("two", "", "tilbage", "back", "1", "", "1"))
	yes := ts.tr.T("step.one-account.yes")
	ts.sees(ts.msg("plain.enter-default", text.Data{"Default": yes}),
		ts.problem("plain.choose-number", text.Data{"Last": 2}), ts.msg("step.one-account.title"), "2. "+yes,
		ts.msg("step.existing-account.title"), ts.msg("step.one-account.title"),
		ts.msg("step.platform.title"), ts.problem("plain.choose-number", text.Data{"Last": 2}),
		ts.msg("step.platform.title"), ts.msg("step.app-download.title"))
	if p := ts.lastSaved(); p.Choices["platform"] != "android" {
		t.Errorf("saved %v", p.Choices)
	}
}

func TestReadingStepRefusesOtherText(t *testing.T) {
	ts := run(t, "da", "needs", lines("ja tak", ""))
	ts.sees(ts.problem("plain.not-understood"), ts.msg("plain.prompt-continue"), ts.msg("step.one-account.title"))
}

func TestBackGoesToTheStepBefore(t *testing.T) {
	for lang, word := range map[string]string{"da": "  TILBAGE ", "en": "Back"} {
		t.Run(lang, func(t *testing.T) {
			ts := run(t, lang, "email", lines(word))
			ts.sees(ts.msg("step.email.title"), ts.msg("step.open-login.title"))
			if ts.count(ts.msg("app.error-prefix")) > 0 {
				t.Errorf("%q was taken as an answer:\n%s", word, ts.out)
			}
			if p := ts.lastSaved(); p.Step != "open-login" {
				t.Errorf("saved step %q, want open-login", p.Step)
			}
		})
	}
}

func TestBackFromTheFirstStepGoesToTheStartScreen(t *testing.T) {
	ts := run(t, "da", "", lines("", "tilbage"))
	ts.sees(ts.msg("step.needs.title"), ts.msg("home.tasks"), ts.msg("plain.prompt-continue"))
}

func TestBackDuringTheSecondTypingStartsOver(t *testing.T) {
	ts := run(t, "en", "pin", lines("2580", "back", "2580", "2580"))
	ts.sees(ts.msg("step.pin.label")+":", ts.msg("plain.say-start-over", text.Data{"Word": "back"}),
		ts.msg("step.pin.again")+":", ts.msg("step.pin.label")+":", ts.msg("step.pin.again")+":", ts.msg("step.scan-qr.title"))
	if n := ts.count(ts.msg("step.pin.title")); n != 1 {
		t.Errorf("the PIN step was printed %d times, want once", n)
	}
	ts.never("2580")
}

// Help is a place of its own: read, then left with Enter or the word for
// back, to the field as it was; its prompt names the word for the topics.
func TestHelpIsTheStepsTroubleshootingWithTheseCommands(t *testing.T) {
	for lang, typed := range map[string][]string{"da": {"Hjælp", "tilbage"}, "en": {"help", ""}} {
		t.Run(lang, func(t *testing.T) {
			ts := run(t, lang, "email", lines(typed[0], typed[1], "?"), allJourneys(t))
			data := commands(ts.tr)
			ts.sees(ts.msg("help.title", text.Data{"Title": ts.tr.T("step.email.title")}), ts.msg("step.email.help"),
				ts.msg("plain.help-commands", data), ts.msg("plain.say-help-index", text.Data{"Word": data["Topics"]}),
				ts.msg("step.email.label")+":", ts.msg("step.email.help"))
			// The step once, its title in help twice, and the question said
			// again on coming back from the first help; its words not again.
			if n := ts.count(ts.msg("step.email.title")); n != 1+2+1 {
				t.Errorf("the step's title is shown %d times, want 4\n%s", n, ts.out)
			}
			if n := ts.count(ts.msg("step.email.body")); n != 1 {
				t.Errorf("the step's words are printed %d times, want once: not again after help\n%s", n, ts.out)
			}
			if ts.count(ts.msg("app.error-prefix")) > 0 {
				t.Errorf("help in the e-mail field was checked as an address:\n%s", ts.out)
			}
			ts.never(ts.tr.T("help.keys")) // it speaks of Esc, which the plain mode has not
		})
	}
}

func TestHelpOnTheStartScreen(t *testing.T) {
	ts := run(t, "da", "", lines("hjælp"))
	ts.sees(ts.msg("help.title", text.Data{"Title": ts.tr.T("app.title")}), ts.msg("plain.help-commands", commands(ts.tr)))
}

func TestQuitAsksFirst(t *testing.T) {
	cases := []struct {
		lang, input string
		quits       bool
	}{
		{"da", lines("afslut", "ja", ""), true},
		{"da", lines("AFSLUT", "j", ""), true},
		{"da", lines("afslut", "nej", ""), false},
		{"da", lines("afslut", "", ""), false}, // Enter alone stays
		{"en", lines("quit", "yes", ""), true},
		{"en", lines("quit", "Y", ""), true},
		{"en", lines("quit", "no", ""), false},
		{"en", lines("quit", "perhaps", "n", ""), false},
	}
	for _, c := range cases {
		t.Run(c.lang+" "+strings.ReplaceAll(c.input, "\n", " "), func(t *testing.T) {
			ts := run(t, c.lang, "needs", c.input)
			if ts.err != nil {
				t.Fatal(ts.err)
			}
			ts.sees(ts.msg("quit.title"), ts.msg("quit.body"), ts.msg("plain.quit-ask", commands(ts.tr)))
			if strings.Contains(c.input, "perhaps") {
				ts.sees(ts.problem("plain.yes-no", commands(ts.tr)))
			}
			next := strings.Contains(ts.out, ts.tr.T("step.one-account.title"))
			if next == c.quits {
				t.Errorf("quits: %v, but the next step shown: %v\n%s", c.quits, next, ts.out)
			}
		})
	}
}

func TestQuitInsideASecretField(t *testing.T) {
	ts := run(t, "da", "password", lines("afslut", "ja", "Blåbær-2025x"))
	ts.sees(ts.msg("quit.title"))
	ts.never(ts.tr.T("app.error-prefix"), "Blåbær-2025x")
	if p := ts.lastSaved(); p.Step != "password" {
		t.Errorf("saved step %q, want password", p.Step)
	}
}

func TestQuitSaysWhenTheProgressIsNotSaved(t *testing.T) {
	ts := run(t, "da", "needs", lines("afslut", "ja"), func(o *core.Options) { o.Save = nil })
	ts.sees(ts.msg("quit.body-unsaved", text.Data{"Step": "needs"}))
}

func TestQRCodeOnlyWhenAsked(t *testing.T) {
	cases := []struct {
		lang, input string
		style       qrcode.Style
	}{
		{"da", "qr", qrcode.Style{}},
		{"da", "KODE", qrcode.Style{}},
		{"da", "qr vend", qrcode.Style{Invert: true}},
		{"en", "QR", qrcode.Style{}},
		{"en", "qr  invert", qrcode.Style{Invert: true}},
	}
	for _, c := range cases {
		t.Run(c.lang+" "+c.input, func(t *testing.T) {
			ts := run(t, c.lang, "open-login", lines(c.input, ""))
			code := qrcode.Render(steps.CreateAccount, c.style)
			// Finding 16: one line before the code says how long it is and
			// that the address comes under it.
			size := ts.tr.T("plain.qr-size", text.Data{"Count": strings.Count(code, "\n") + 1})
			if code == "" || !strings.Contains(ts.out, "\n"+size+"\n"+code+"\n") {
				t.Fatalf("%q does not print the QR code of %s after its size:\n%s", c.input, steps.CreateAccount, ts.out)
			}
			other := qrcode.Render(steps.CreateAccount, qrcode.Style{Invert: !c.style.Invert})
			if strings.Contains(ts.out, other) {
				t.Errorf("%q printed the code the other way round", c.input)
			}
			ts.sees(ts.msg("qr.address"), steps.CreateAccount, ts.msg("qr.scan-on-device-2"), ts.msg("qr.address"), steps.CreateAccount,
				ts.msg("step.email.title"))
		})
	}
}

// Where a step has no address, a QR word is told to be of no use; in a
// field it is the answer, checked as any other.
func TestAQRWordWhereThereIsNoAddress(t *testing.T) {
	ts := run(t, "da", "needs", lines("qr"))
	ts.sees(ts.problem("plain.not-here", text.Data{"Word": "qr"}))
	ts.never("█")
	ts = run(t, "da", "email", lines("qr"))
	ts.sees(ts.msg("step.email.label")+":", ts.problem("problem.email-no-at"))
	ts.never("█")
}

func TestOpenInTheBrowser(t *testing.T) {
	var opened []string
	ok := func(o *core.Options) {
		o.OpenURL = func(url string) error { opened = append(opened, url); return nil }
	}
	ts := run(t, "da", "open-login", lines("åbn"), ok)
	ts.sees(ts.msg("plain.open-offer", commands(ts.tr)), ts.msg("qr.opened"))
	if !slices.Equal(opened, []string{steps.CreateAccount}) {
		t.Errorf("opened %v, want %s", opened, steps.CreateAccount)
	}

	failing := func(o *core.Options) { o.OpenURL = func(string) error { return errors.New("no browser") } }
	ts = run(t, "en", "open-login", lines("open"), failing)
	ts.sees(ts.msg("qr.open-failed"))

	ts = run(t, "en", "open-login", lines("open")) // no way to open: the command is of no use
	ts.never(ts.tr.T("plain.open-offer", commands(ts.tr)))
	ts.sees(ts.problem("plain.not-here", text.Data{"Word": "open"}))
}

func TestEndOfInputEndsTheGuide(t *testing.T) {
	cases := map[string]struct{ startAt, input string }{
		"nothing at all":          {"", ""},
		"on the start screen":     {"", "\n\n\n"},
		"in a text field":         {"email", ""},
		"in a half-typed line":    {"email", "aase@mail"},
		"after advice":            {"password", "Blåbær-2025x\n"},
		"at the second PIN":       {"pin", "5831\n"},
		"at the quit question":    {"needs", "afslut\n"},
		"at a choice":             {"one-account", "9\n"},
		"at a review":             {"check-answers", ""},
		"after help":              {"scan-qr", "hjælp\n"},
		"after a lone carriage":   {"needs", "\r"},
		"with no line end at all": {"needs", "tilbage"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			ts := run(t, "da", c.startAt, c.input)
			if ts.err != nil {
				t.Fatalf("Run returned %v at the end of the input", ts.err)
			}
			if !strings.HasSuffix(ts.out, "\n") {
				t.Errorf("the last line is left open:\n%q", ts.out)
			}
			ts.never("Blåbær-2025x", "5831")
		})
	}
}

// brokenReader fails after its text, as a closed terminal can.
type brokenReader struct{ r io.Reader }

var errBroken = errors.New("input broken")

func (b *brokenReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if err == io.EOF {
		return n, errBroken
	}
	return n, err
}

func TestAFailingInputIsReported(t *testing.T) {
	ts := runWith(t, "da", "needs", &brokenReader{strings.NewReader("\n")}, nil)
	if !errors.Is(ts.err, errBroken) {
		t.Fatalf("Run returned %v, want %v", ts.err, errBroken)
	}
	ts.sees(ts.msg("step.one-account.title"))
}

// failingWriter takes n writes, then fails.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n == 0 {
		return 0, io.ErrClosedPipe
	}
	w.n--
	return len(p), nil
}

func TestAFailingOutputEndsTheGuide(t *testing.T) {
	c, err := core.New(core.Options{Flow: steps.NewAccount(), Text: translator(t, "da")})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		done <- plain.Run(c, strings.NewReader(strings.Repeat("\n", 100)), &failingWriter{n: 2}, nil)
	}()
	select {
	case err := <-done:
		if !errors.Is(err, io.ErrClosedPipe) {
			t.Fatalf("Run returned %v, want %v", err, io.ErrClosedPipe)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the guide went on writing to a closed output")
	}
}

// secrets is a SecretReader that answers from a list, and records that it
// was asked; at the end of the list the input ends.
type secrets struct{ lines []string }

func (s *secrets) read() (string, error) {
	if len(s.lines) == 0 {
		return "", io.EOF
	}
	line := s.lines[0]
	s.lines = s.lines[1:]
	return line, nil
}

func TestSecretsAreReadWithTheSecretReader(t *testing.T) {
	const password = "Blåbær-2025x"
	s := &secrets{lines: []string{"hjælp", password + "\r\n", "", "4826", "4826"}}
	// in holds only what is not secret: back from help, password-done,
	// add-device, a device name.
	ts := runWith(t, "da", "password", strings.NewReader(lines("", "", "", "S24")), s.read)
	if ts.err != nil {
		t.Fatal(ts.err)
	}
	ts.sees(ts.msg("step.password.help"), ts.msg("note.password-danish-letters"),
		ts.msg("step.password-done.title"), ts.msg("step.add-device.title"), ts.msg("step.device-name.title"),
		ts.msg("step.pin.title"), ts.msg("step.pin.again"), ts.msg("step.scan-qr.title"))
	ts.never(password, "4826")
	if len(s.lines) != 0 {
		t.Errorf("secrets left unread: %q", s.lines)
	}
	// With a SecretReader the terminal echoes ordinary lines but not a
	// secret's line end: the guide ends that line itself.
	if !strings.Contains(ts.out, ts.tr.T("step.password.label")+": \n") {
		t.Errorf("the line of a secret answer is left open:\n%s", ts.out)
	}
}

func TestEndOfInputInASecretField(t *testing.T) {
	ts := runWith(t, "en", "pin", strings.NewReader(""), (&secrets{}).read)
	if ts.err != nil {
		t.Fatal(ts.err)
	}
	ts.sees(ts.msg("step.pin.label") + ":")
}

func TestProgressIsSavedAsTheUserMoves(t *testing.T) {
	ts := run(t, "da", "", lines("", "", "2", "2", "1", "", ""))
	p := ts.lastSaved()
	if p.Step != "email" {
		t.Fatalf("saved step %q, want email", p.Step)
	}
	want := []string{"needs", "one-account", "existing-account", "platform", "app-download", "open-login"}
	if !slices.Equal(p.Steps, want) {
		t.Errorf("saved steps done %v, want %v", p.Steps, want)
	}
	if p.Choices["one-account"] != "yes" || p.Choices["existing-account"] != "new-account" || p.Choices["platform"] != "android" {
		t.Errorf("saved choices %v", p.Choices)
	}
}

func TestASaveProblemIsToldOnce(t *testing.T) {
	failing := func(o *core.Options) { o.Save = func(flow.Progress) string { return "disk-full" } }
	ts := run(t, "da", "", lines("", "", "1", "1", "afslut", "ja"), failing)
	note := ts.msg("app.note-prefix") + " " + ts.msg("save.disk-full")
	ts.sees(ts.msg("step.needs.title"), note, ts.msg("step.one-account.title"), ts.msg("quit.body-unsaved", text.Data{"Step": "app-download"}))
	if n := ts.count(note); n != 1 {
		t.Errorf("the save problem was told %d times, want once", n)
	}
}

func TestWelcomeBackContinuesWhereTheUserLeft(t *testing.T) {
	p := flow.Progress{Version: flow.ProgressVersion, Flow: "new-account", Step: "email",
		Steps: []string{"needs"}, Started: []string{"stage-1"}, Choices: map[string]string{"platform": "ios"}}
	ts := run(t, "en", "", lines(""), func(o *core.Options) { o.Progress = &p })
	ts.sees(ts.msg("home.welcome"), ts.msg("status.in-progress"), ts.msg("plain.prompt-continue"), ts.msg("step.email.title"))
}

func TestNothingLeftToDo(t *testing.T) {
	p := flow.Progress{Version: flow.ProgressVersion, Flow: "new-account", Step: "code-done",
		Started: []string{"stage-1", "stage-2", "stage-3"}, Done: []string{"stage-1", "stage-2", "stage-3"}}
	ts := run(t, "da", "", lines("hjælp", "", "", "hjælp"), func(o *core.Options) { o.Progress = &p })
	words := commands(ts.tr)
	over := ts.tr.T("plain.say-journey-over", text.Data{"Word": words["Over"]}) // all done, the journey may be started over
	list := ts.msg("plain.commands", text.Data{"List": fmt.Sprintf("%s, %s %s %s", over, words["Help"], ts.tr.T("plain.or"), words["Quit"])})
	help := ts.msg("help.title", text.Data{"Title": ts.tr.T("app.title")})
	// Accessibility review finding 12: Enter ends the guide, as the prompt
	// says; it had been refused.
	ts.sees(ts.msg("home.all-done"), ts.msg("plain.prompt-end")+" "+list, help, ts.msg("plain.prompt-end"))
	if n := ts.count(help); n != 1 {
		t.Errorf("help was shown %d times, want once: Enter did not end the guide\n%s", n, ts.out)
	}
}

func TestReviewChangesAnAnswer(t *testing.T) {
	ts := run(t, "en", "pension-number", lines(
		"0012 3456", "0012-3456", // typed twice, with the separators people use
		"Åse Jensen",
		"24-12-1948",
		"4", // no such answer
		"2", // change the name
		"Åse Marie Jensen",
		"", // the review again: continue
	))
	ts.sees(ts.msg("step.check-answers.title"),
		ts.msg("app.review-line", text.Data{"Number": 2, "Label": ts.tr.T("step.name.label"), "Answer": "Åse Jensen"}),
		ts.problem("plain.choose-number", text.Data{"Last": 3}),
		ts.msg("step.name.title"), ts.msg("plain.prompt-keep", text.Data{"Answer": "Åse Jensen"}),
		ts.msg("step.check-answers.title"),
		ts.msg("app.review-line", text.Data{"Number": 2, "Label": ts.tr.T("step.name.label"), "Answer": "Åse Marie Jensen"}),
		ts.msg("step.request-sent.title"))
}

func TestEnterKeepsAnEarlierAnswer(t *testing.T) {
	ts := run(t, "da", "email", lines("åse@mail.dk", "tilbage", ""))
	ts.sees(ts.msg("step.create-account.title"), ts.msg("step.email.title"),
		ts.msg("plain.prompt-keep", text.Data{"Answer": "åse@mail.dk"}), ts.msg("step.create-account.title"))
	ts.never(ts.tr.T("problem.email-empty"))
}

func TestAdviceOnAPensionNumberIsConfirmedWithEnter(t *testing.T) {
	ts := run(t, "da", "pension-number", lines("12O45678", "", "12O45678"))
	ts.sees(ts.msg("app.note-prefix")+" "+ts.msg("note.pension-letter-o"), ts.msg("plain.prompt-confirm", text.Data{"It": ts.tr.T("app.it")}),
		ts.msg("step.pension-number.again"))
	ts.never(ts.tr.T("app.confirm-notes", text.Data{"It": ts.tr.T("app.it")})) // it speaks of changing the text in a field
}

// BenchmarkPlainStep is the work of printing one step's screen: the
// password step, with its look-away line, warnings and checklist.
// Stages 2 and 3 as a user types them, days apart: the access request with
// a refusal of each kind, the pause while the code is on its way, the code.
func TestStagesTwoAndThree(t *testing.T) {
	const pension = "0012345678"
	born := map[string]string{"da": "24. december 1948", "en": "24 December 1948"}
	for lang, back := range map[string]string{"da": "tilbage", "en": "back"} {
		t.Run(lang, func(t *testing.T) {
			ts := run(t, lang, "rcam-open", lines(
				"", "", "", "", // rcam-open, rcam-sign-in, rcam-method, rcam-approve
				"0O12345678", "", // a letter O among the digits: a note, confirmed with Enter
				pension,          // the second typing differs
				back,             // start the number over
				pension, pension, // the same twice
				"Åse 2",      // a digit in a name
				"Åse Jensen", // accepted
				"31-02-1948", // no 31 February
				"24 december 1948",
				"3", "1948-12-24", // review: change the date, typed the ISO way
				"",     // review: continue
				"", "", // request-sent, rcam-sign-out: stage 2 done
				"",       // start screen: stage 3
				"2",      // code-received: not yet
				"3", "1", // the stage again; the code has come
				"1",        // code-today: on the day of the request, asked again
				"", "", "", // code-open, code-sign-in, code-approve
				"abc-def-ghi", // 9 characters
				"abc def ghi jkl",
				"", "", // code-type-in, code-done
			))
			if ts.err != nil {
				t.Fatal(ts.err)
			}
			ts.sees(
				ts.msg("step.rcam-open.title"), steps.RCAM,
				ts.msg("step.pension-number.title"),
				ts.msg("app.note-prefix")+" "+ts.msg("note.pension-letter-o"),
				ts.problem("problem.pension-mismatch"),
				ts.msg("step.name.title"), ts.problem("problem.name-bad-char"),
				ts.msg("step.birth-date.title"), ts.msg("step.birth-date.example", text.Data{"Sample": born[lang]}),
				ts.problem("problem.date-day", text.Data{"Count": 29}),
				// Said to be compared: the number digit by digit, the date in words.
				ts.msg("step.check-answers.title"), "1. "+ts.msg("step.pension-number.label")+": "+
					ts.msg("app.spoken", text.Data{"Typed": pension, "Spoken": "0 0 1 2 3 4 5 6 7 8"}),
				"3. "+ts.msg("step.birth-date.label")+": "+born[lang],
				ts.msg("step.birth-date.title"),
				ts.msg("step.check-answers.title"),
				ts.msg("step.request-sent.title"), ts.msg("step.rcam-sign-out.title"),
				ts.msg("home.stage-done", text.Data{"Stage": ts.tr.T("stage.2.short")}),
				ts.msg("step.code-received.title"),
				ts.msg("plain.prompt-paused", text.Data{"Stage": 3}),
				ts.msg("step.code-today.title"), ts.msg("step.code-open.title"), ts.msg("step.validation-code.title"),
				ts.problem("problem.code-length", text.Data{"Count": 9, "Want": 12}),
				ts.msg("step.code-type-in.title"),
				ts.msg("app.spoken", text.Data{"Typed": "abc def ghi jkl", "Spoken": "a b c, d e f, g h i, j k l"}),
				ts.msg("step.code-done.title"),
				ts.msg("home.stage-done", text.Data{"Stage": ts.tr.T("stage.3.short")}),
			)
			if strings.Contains(ts.out, "24/12/1948") {
				t.Error("the line mode says the birth date as 24/12/1948, not in words")
			}
			p := ts.lastSaved()
			if !slices.Contains(p.Done, "stage-3") || p.Dates["request-sent"] == "" || p.Dates["code-received"] == "" {
				t.Errorf("saved progress %+v, want stage 3 done with the request and code dates", p)
			}
			for _, kept := range ts.saved {
				buf, _ := json.Marshal(kept)
				for _, personal := range []string{pension, "Jensen", "1948", "ABC"} {
					if strings.Contains(string(buf), personal) {
						t.Errorf("%q is in the saved progress: %s", personal, buf)
					}
				}
			}
		})
	}
}

// A line longer than the field takes is cut and told, and the start kept
// to be used or typed again.
func TestALineTooLongIsCutAndTold(t *testing.T) {
	line := strings.Repeat("Åses telefon ", 5) // 65 characters; the name takes 40
	ts := run(t, "da", "device-name", line+"\n")
	kept := string([]rune(line)[:40])
	ts.sees(ts.problem("app.paste-cut"), ts.msg("plain.prompt-keep", text.Data{"Answer": kept}))
}

// Accessibility review finding 4: a word two answers start with chooses
// neither, and the question and its answers are said again; a word of one
// answer chooses it.
func TestAWordOfTwoAnswersChoosesNeither(t *testing.T) {
	ts := run(t, "da", "create-account", lines("jeg", "Siden"))
	ts.sees(ts.msg("step.create-account.title"), ts.problem("plain.ambiguous", text.Data{"Word": "jeg"}),
		ts.msg("step.create-account.title"), "1. "+ts.msg("step.create-account.created"), ts.msg("step.add-device.title"))
	if p := ts.lastSaved(); p.Choices["create-account"] != "signed-in" {
		t.Errorf("saved %v, want signed-in chosen by its word", p.Choices)
	}
}

// Finding 5: the commands are named at the first prompt that offers them,
// not at every prompt after; help names them again, and so does the
// prompt after it.
func TestHelpNamesTheCommandsAgain(t *testing.T) {
	ts := run(t, "da", "needs", lines("", "hjælp", ""))
	words := commands(ts.tr)
	home := ts.tr.T("plain.say-home", text.Data{"Word": ts.tr.Words("plain.word-home")[0]})
	list := ts.msg("plain.commands", text.Data{"List": fmt.Sprintf("%s, %s, %s %s %s", words["Back"], home, words["Help"], ts.tr.T("plain.or"), words["Quit"])})
	ts.sees(ts.msg("step.needs.title"), list, ts.msg("step.one-account.title"), ts.msg("plain.prompt-choose-words", text.Data{"Word": "nej"}),
		ts.msg("help.title", text.Data{"Title": ts.tr.T("step.one-account.title")}), ts.msg("plain.help-commands", words), list)
	if n := ts.count(list); n != 2 {
		t.Errorf("the commands are named %d times, want at the first prompt and after help:\n%s", n, ts.out)
	}
}
