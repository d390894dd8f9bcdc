package steps_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The content items of the December UX review (reviews/2026-12/ux.md).

// builtInFlow is the built-in journey with this id.
func builtInFlow(t *testing.T, id string) *flow.Flow {
	t.Helper()
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	f := content.Flow(id)
	if f == nil {
		t.Fatalf("no journey %q", id)
	}
	return f
}

// openAt is the core of journey f opened at step id, in lang, with
// further options.
func openAt(t *testing.T, lang string, f *flow.Flow, id string, configure ...func(*core.Options)) *core.Core {
	t.Helper()
	opts := core.Options{Flow: f, Text: translator(t, lang), StartAt: id, Save: func(flow.Progress) string { return "" }}
	for _, fn := range configure {
		fn(&opts)
	}
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// helpOf is the text of the help of step id of f.
func helpOf(t *testing.T, lang string, f *flow.Flow, id string) string {
	t.Helper()
	c := openAt(t, lang, f, id)
	c.Do(core.Help, 0)
	return frameText(c.Frame())
}

// P5: the page of the PANIC step deletes every device with one wrong
// click: its help does not say that nothing can break, and the line that
// says so elsewhere speaks of the guide only.
func TestThePANICHelpDoesNotSayNothingCanBreak(t *testing.T) {
	f := builtInFlow(t, "locked-out")
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		noHarm := tr.T("help.no-harm")
		if !strings.Contains(noHarm, map[string]string{"da": "i guiden", "en": "in the guide"}[lang]) {
			t.Errorf("%s: the reassurance %q does not say it is about the guide", lang, noHarm)
		}
		if help := helpOf(t, lang, f, "panic"); strings.Contains(help, noHarm) {
			t.Errorf("%s: the PANIC step's help says %q:\n%s", lang, noHarm, help)
		}
		if help := helpOf(t, lang, f, "lock-cause"); !strings.Contains(help, noHarm) {
			t.Errorf("%s: a step that harms nothing lost %q:\n%s", lang, noHarm, help)
		}
	}
}

// P5: the PANIC step asks how it went; when the page asks for an SMS code
// or the app before deleting, the journey stops with the support address
// and what to write, and does not go on to set up the app.
func TestAPANICThePageRefusesLeadsToSupport(t *testing.T) {
	f := builtInFlow(t, "locked-out")
	answers := flow.Answers{"account-kind": "external", "lock-cause": "second-factor", "still-works": "no", "panic": "blocked"}
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		w := walkKind(t, lang, f, answers)
		if last := w.steps[len(w.steps)-1]; last != "panic" {
			t.Fatalf("%s: after PANIC failed the journey went on to %q (steps %v)", lang, last, w.steps)
		}
		after := w.seen[strings.LastIndex(w.seen, tr.T("step.panic.blocked")):]
		for _, want := range []string{steps.Support, tr.T("kind.support-mail")} {
			if !strings.Contains(after, want) {
				t.Errorf("%s: after PANIC failed the guide does not say %q:\n%s", lang, want, after)
			}
		}
		if w := walkKind(t, lang, f, flow.Answers{"account-kind": "external", "lock-cause": "second-factor", "still-works": "no"}); !slices.Contains(w.steps, "app-download") {
			t.Errorf("%s: after PANIC worked the app is not set up again (steps %v)", lang, w.steps)
		}
	}
}

// P6: locked for 15 minutes, the guide says the time now and the time to
// try again, in each language's way of writing it.
func TestTheLockWaitSaysTheClockTimeToTryAgain(t *testing.T) {
	f := builtInFlow(t, "locked-out")
	now := time.Date(2026, 12, 3, 10, 42, 0, 0, time.Local)
	for lang, want := range map[string][]string{"da": {"10.42", "10.57"}, "en": {"10:42", "10:57"}} {
		c := openAt(t, lang, f, "lock-wait", func(o *core.Options) { o.Now = func() time.Time { return now } })
		shown := frameText(c.Frame())
		for _, clock := range want {
			if !strings.Contains(shown, clock) {
				t.Errorf("%s: the lock's wait does not say %s:\n%s", lang, clock, shown)
			}
		}
	}
}

// P6: a password forgotten at sign-in leads to a new one, then on.
func TestAForgottenPasswordAtSignInLeadsToANewOne(t *testing.T) {
	f := builtInFlow(t, "locked-out")
	for _, lang := range []string{"da", "en"} {
		w := walkKind(t, lang, f, flow.Answers{"account-kind": "external", "lock-cause": "locked", "pw-sign-in": "forgot"})
		i := slices.Index(w.steps, "pw-sign-in")
		if i < 0 || i+2 >= len(w.steps) || w.steps[i+1] != "pw-reset" || w.steps[i+2] != "still-works" {
			t.Errorf("%s: a forgotten password at sign-in does not lead to a new one and on (steps %v)", lang, w.steps)
		}
	}
}

// inDoubt finds a sentence that speaks to the unsure, with the one after
// it ("Er du i tvivl? Vælg ...").
var inDoubt = regexp.MustCompile(`(?i)[^.?!]*(tvivl|ikke sikker|not sure|in doubt|unsure)[^.?!]*[.?!]?[^.?!]*`)

// ordinals are the answers a text names by place: the first, the second,
// the last (-1).
var ordinals = map[string]int{"første svar": 0, "first answer": 0, "andet svar": 1, "second answer": 1, "sidste svar": -1, "last answer": -1}

// P14: a question whose text tells the unsure to choose an answer (by
// place, or by its words in quotes) offers that answer first, so that
// Enter gives it.
func TestTheAnswerForTheUnsureIsTheDefault(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		named := 0
		for _, f := range content.Flows {
			for _, id := range f.StepIDs() {
				st := f.Step(id)
				if st.Kind != flow.Choose {
					continue
				}
				def := max(slices.IndexFunc(st.Choices, func(ch flow.Choice) bool { return ch.Value == st.Default }), 0)
				for _, p := range append(append([]flow.Text{}, st.Body...), st.Help...) {
					for _, sentence := range inDoubt.FindAllString(tr.T(p.ID), -1) {
						for i, ch := range st.Choices {
							if strings.Contains(sentence, `"`+tr.T(ch.Label)+`"`) {
								named++
								if i != def {
									t.Errorf("%s %s/%s: %q, but answer %d is offered first", lang, f.ID, id, sentence, def+1)
								}
							}
						}
						for words, n := range ordinals {
							if n < 0 {
								n += len(st.Choices)
							}
							if strings.Contains(strings.ToLower(sentence), words) {
								named++
								if n != def {
									t.Errorf("%s %s/%s: %q, but answer %d is offered first", lang, f.ID, id, sentence, def+1)
								}
							}
						}
					}
				}
			}
		}
		if named < 3 {
			t.Errorf("%s: only %d questions tell the unsure what to choose; the test reads them wrongly", lang, named)
		}
	}
}

// P18: the claims journey promises to help with logging in, says where
// the claim itself is sent, and does not praise a claim it did not see.
func TestTheClaimsJourneyEndsWhereTheClaimIsMade(t *testing.T) {
	f := builtInFlow(t, "claims")
	for lang, login := range map[string]string{"da": "logge på", "en": "log in"} {
		tr := translator(t, lang)
		if answer := tr.T(f.Situation); !strings.Contains(answer, login) {
			t.Errorf("%s: the answer %q does not say it is about logging in", lang, answer)
		}
		for _, route := range []string{"mypmo", "rcam", "post"} {
			w := walkKind(t, lang, f, flow.Answers{"claims-where": route})
			praise := tr.T("home.stage-done", text.Data{"Stage": tr.T(f.Stages[0].Short)})
			if strings.Contains(w.seen, praise) {
				t.Errorf("%s %s: the end praises a claim the guide did not see: %q", lang, route, praise)
			}
		}
		if body := stepTexts(tr, f.Step("claims-send")); !strings.Contains(body, "MyPMO") || !strings.Contains(body, "RCAM") {
			t.Errorf("%s: the last step does not say where the claim itself is sent:\n%s", lang, body)
		}
	}
}

// P39: a new phone is tried, by logging in with it, after the old one is
// deleted and before the journey ends (and the old phone is given away);
// the step that deletes the old one says where its button is.
func TestANewPhoneIsTriedBeforeTheEnd(t *testing.T) {
	f := builtInFlow(t, "new-phone")
	for _, lang := range []string{"da", "en"} {
		w := walkKind(t, lang, f, flow.Answers{"account-kind": "external"})
		del, try := slices.Index(w.steps, "delete-old"), slices.Index(w.steps, "lock-test")
		if del < 0 || try < del || try > slices.Index(w.steps, "sign-out") {
			t.Errorf("%s: the new phone is not tried after the old one is deleted and before signing out (steps %v)", lang, w.steps)
		}
		tr := translator(t, lang)
		if body := tr.T("step.delete-old.body"); !strings.Contains(body, map[string]string{"da": "knappen til at slette", "en": "button to delete"}[lang]) {
			t.Errorf("%s: deleting the old phone names no button:\n%s", lang, body)
		}
	}
}

// P40: the step that opens the page to log in to gives the official
// addresses of MyPMO and RCAM.
func TestLoggingInGivesTheAddressesOfMyPMOAndRCAM(t *testing.T) {
	f := builtInFlow(t, "log-in")
	for _, lang := range []string{"da", "en"} {
		shown := frameText(openAt(t, lang, f, "login-start").Frame())
		for _, address := range []string{steps.MyPMO, steps.RCAM} {
			if !strings.Contains(shown, address) {
				t.Errorf("%s: login-start does not give %s:\n%s", lang, address, shown)
			}
		}
	}
}

// P33: a stage has one name: on the start screen, in "Næste: …" and in
// the caption (its short name is its title, or the title's start before
// a colon: "1. etape" of "1. etape: konto og app").
func TestEachStageHasOneName(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		for _, f := range content.Flows {
			for _, stage := range f.Stages {
				title, short := tr.T(stage.Title), tr.T(stage.Short)
				if title != short && !strings.HasPrefix(title, short+":") {
					t.Errorf("%s %s: the stage is called %q and %q", lang, f.ID, title, short)
				}
			}
		}
	}
}

// P10: back at "Tjek dine svar" after a restart, the answers gone, the
// person may say the request was sent on RCAM: the guide goes on to
// "Anmodningen er sendt" and marks the request sent; or checks the
// answers again, typing them anew (what Enter does, as before).
func TestBackAtTheReviewTheRequestMayBeSentAlready(t *testing.T) {
	f := builtInFlow(t, "new-account")
	for lang, sent := range map[string]string{"da": "Jeg har klikket på [Submit] på RCAM", "en": "I have clicked [Submit] on RCAM"} {
		tr := translator(t, lang)
		var saved []flow.Progress
		c := openAt(t, lang, f, "check-answers", func(o *core.Options) {
			o.Save = func(p flow.Progress) string { saved = append(saved, p); return "" }
		})
		fr := c.Frame()
		shown := frameText(fr)
		for _, want := range []string{sent, tr.T("app.review-again")} {
			if !strings.Contains(shown, want) {
				t.Errorf("%s: the review without its answers does not offer %q:\n%s", lang, want, shown)
			}
		}
		if strings.Contains(shown, tr.T("step.check-answers.body")) {
			t.Errorf("%s: the review tells to check answers it does not have:\n%s", lang, shown)
		}
		if c.Do(core.Continue, 0); c.Frame().Step != "pension-number" {
			t.Errorf("%s: Enter does not type the answers again: on %q", lang, c.Frame().Step)
		}
		c = openAt(t, lang, f, "check-answers", func(o *core.Options) {
			o.Save = func(p flow.Progress) string { saved = append(saved, p); return "" }
		})
		c.Do(core.Choose, 0)
		if step := c.Frame().Step; step != "request-sent" {
			t.Errorf("%s: %q leads to %q, not to the request sent", lang, sent, step)
		}
		if p := saved[len(saved)-1]; p.Dates["request-sent"] == "" {
			t.Errorf("%s: %q does not mark the request sent: %+v", lang, sent, p.Dates)
		}
	}
}

// contactAssociation is the message an association writes in its
// corrections folder: how to reach it.
const contactAssociation = "contact.association"

// P12: wherever a text says to ask the association, its own contact
// follows, for the same answers, where its corrections folder writes it.
func TestEveryAskYourAssociationIsFollowedByItsContact(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	tr := translator(t, "da")
	asks := regexp.MustCompile(`(?i)din forening`)
	followed := func(where string, texts []flow.Text) {
		for i, p := range texts {
			if !asks.MatchString(tr.T(p.ID)) {
				continue
			}
			if !slices.ContainsFunc(texts[i+1:], func(c flow.Text) bool {
				return c.ID == contactAssociation && c.Optional && (c.When == nil || p.When != nil && atomsOf(c.When) == atomsOf(p.When))
			}) {
				t.Errorf("%s: %s asks the association, and its contact does not follow", where, p.ID)
			}
		}
	}
	n := 0
	for _, f := range content.Flows {
		for _, r := range f.Reminders {
			followed(f.ID+" reminder", append([]flow.Text{{ID: r.Message}}, r.Then...))
		}
		for _, id := range f.StepIDs() {
			st := f.Step(id)
			for _, texts := range [][]flow.Text{st.Body, st.Warnings, st.Help} {
				followed(f.ID+"/"+id, texts)
				n += len(texts)
			}
			for _, ch := range st.Choices {
				followed(f.ID+"/"+id+" "+ch.Value, ch.Then)
			}
		}
	}
	for _, tp := range content.Topics {
		followed("topic "+tp.ID, tp.Body)
	}
	if n < 100 {
		t.Fatalf("only %d paragraphs read", n)
	}
}

// atomsOf is a condition as a journey writes it, to compare two.
func atomsOf(c *flow.Condition) string {
	var parts []string
	for _, a := range c.Atoms() {
		parts = append(parts, fmt.Sprintf("%s %v %s", a.Step, a.Not, a.Answer))
	}
	return strings.Join(parts, ",")
}

// P12: the contact a corrections folder writes is shown where the guide
// says to ask the association: a step's help, the words told after a
// pause, the reminder that the code is late; without it, nothing of it.
func TestTheAssociationsContactFromItsFolderIsShown(t *testing.T) {
	const contact = "Ring til Karen i foreningen på 12 34 56 78, tirsdag kl. 10-12."
	folder := map[string]string{}
	for _, lang := range []string{"da", "en"} {
		folder["locales/active."+lang+".toml"] = "[contact]\nassociation = \"" + contact + "\"\n"
	}
	built, err := steps.WithFolder(asFolder(folder))
	if err != nil {
		t.Fatal(err)
	}
	late := flow.Progress{Version: flow.ProgressVersion, Flow: "new-account", Step: "code-received",
		Started: []string{"stage-1", "stage-2", "stage-3"}, Done: []string{"stage-1", "stage-2"},
		Dates: map[string]string{"password-email": "2026-11-09", "password-chosen": "2026-11-09", "request-sent": "2026-11-10"}}
	for _, lang := range []string{"da", "en"} {
		withFolder, err := text.Load(locales.Files, lang, locales.Default, built.Overrides...)
		if err != nil {
			t.Fatal(err)
		}
		for words, want := range map[*text.Translator]string{withFolder: contact, translator(t, lang): contactAssociation} {
			places := map[string]string{}
			use := func(o *core.Options) { o.Text = words }
			c := openAt(t, lang, built.Flow("new-account"), "code-received", use)
			c.Do(core.Help, 0)
			places["code-received's help"] = frameText(c.Frame())
			c = openAt(t, lang, built.Flow("new-account"), "", use, func(o *core.Options) {
				o.Progress, o.Now = &late, func() time.Time { return time.Date(2026, 11, 19, 10, 0, 0, 0, time.Local) }
			})
			places["the late code's reminder"] = frameText(c.Frame())
			c = openAt(t, lang, built.Flow("find-account"), "fa-result", use)
			c.Do(core.Choose, slices.IndexFunc(built.Flow("find-account").Step("fa-result").Choices, func(ch flow.Choice) bool { return ch.Value == "unsure" }))
			places["find-account's unsure answer"] = frameText(c.Frame())
			for where, shown := range places {
				if got := strings.Contains(shown, want); got != (want == contact) {
					t.Errorf("%s, folder %v: %s shows %q: %v\n%s", lang, want == contact, where, want, got, shown)
				}
			}
		}
	}
}

// P13: a topic for one with no smartphone: a tablet, the computer's
// Windows Hello, a security key, the risk of a relative's phone, and
// what no source confirms said so.
func TestATopicForOneWithNoSmartphone(t *testing.T) {
	want := map[string][]string{
		"da": {"tablet", "Windows Hello", "sikkerhedsnøgle", "pårørendes telefon", "anden konto", "siger kilderne ikke"},
		"en": {"tablet", "Windows Hello", "security key", "relative's phone", "another account", "sources do not say"},
	}
	for lang, words := range want {
		body := translator(t, lang).T("help.no-smartphone.body")
		for _, w := range words {
			if !strings.Contains(body, w) {
				t.Errorf("%s: the topic for no smartphone does not say %q:\n%s", lang, w, body)
			}
		}
	}
}

// P8: the first step that opens EU Login says the page may be in Danish,
// with the one Danish label a source confirms beside its English one, and
// that where to switch is not known; no text gives a Danish label no
// source confirms.
func TestTheFirstEULoginPageMayBeInDanish(t *testing.T) {
	f := builtInFlow(t, "new-account")
	for lang, unsure := range map[string]string{"da": "ved ikke sikkert", "en": "does not know for sure"} {
		shown := frameText(openAt(t, lang, f, "open-login").Frame())
		for _, want := range []string{"»Opret en konto« for [Create an account]", unsure} {
			if !strings.Contains(flatten(shown), want) {
				t.Errorf("%s: open-login does not say %q:\n%s", lang, want, shown)
			}
		}
	}
	// Each Danish label given, by the source that confirms it: seed 001
	// trin 6 ("Min konto"/"My account"), the Europass FAQ (da).
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	tr := translator(t, "da")
	for label, source := range map[string]string{"»Min konto«": "seed-001", "»Opret en konto«": "europass-faq"} {
		for _, f := range content.Flows {
			for _, id := range f.StepIDs() {
				if st := f.Step(id); strings.Contains(stepTexts(tr, st), label) && !slices.Contains(f.Sources, "source."+source) {
					t.Errorf("%s/%s gives %s, and the journey does not name %s among its sources", f.ID, id, label, source)
				}
			}
		}
	}
}

// P41: a paragraph shown only once the person said they have Android
// says what to do on Android; it does not ask whether they have one.
func TestWhatIsSaidToAndroidUsersIsNotAskedOfThem(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	asks := regexp.MustCompile(`(?i)android\?`)
	n := 0
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		for _, f := range content.Flows {
			for _, id := range f.StepIDs() {
				st := f.Step(id)
				for _, p := range slices.Concat(st.Body, st.Warnings, st.Help) {
					if p.When == nil || p.When.Holds(flow.Answers{}) || !p.When.Holds(flow.Answers{"platform": "android"}) {
						continue
					}
					n++
					if said := tr.T(p.ID); asks.MatchString(said) {
						t.Errorf("%s: %s/%s asks Android users whether they have Android: %q", lang, f.ID, id, said)
					}
				}
			}
		}
	}
	if n < 10 {
		t.Fatalf("only %d paragraphs for Android users read", n)
	}
}

// P41: the e-mail about the device just added is told once: on its own
// step where the journey has one, else with the fingerprint.
func TestTheEmailAboutANewDeviceIsToldOnce(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	phrase := map[string]string{"da": "tilføjet et mobilt apparat", "en": "added a mobile device"}
	for _, f := range content.Flows {
		if f.Step("biometrics") == nil {
			continue
		}
		for _, lang := range []string{"da", "en"} {
			var told []string
			for _, id := range []string{"biometrics", "device-email"} {
				if f.Step(id) != nil && strings.Contains(frameText(openAt(t, lang, f, id).Frame()), phrase[lang]) {
					told = append(told, id)
				}
			}
			if len(told) != 1 {
				t.Errorf("%s: %s tells of the e-mail on %v, not on one step", lang, f.ID, told)
			}
		}
	}
}

// P32: the advice that Enter again takes an answer anyway calls it by the
// word that fits it: "den" for the PIN ("pinkoden"), "det" for the
// pension number, in both front-ends.
func TestTheAdviceToConfirmCallsTheAnswerByItsWord(t *testing.T) {
	for _, tc := range []struct{ lang, step, typed, full, plain string }{
		{"da", "pin", "1234", "Tryk Enter igen for at bruge den alligevel, eller ret den.", "Tryk Enter for at bruge den alligevel,"},
		{"da", "pension-number", "12O45678", "Tryk Enter igen for at bruge det alligevel, eller ret det.", "Tryk Enter for at bruge det alligevel,"},
		{"en", "pin", "1234", "Press Enter again to use it anyway, or change it.", "Press Enter to use it anyway,"},
	} {
		g := newGuide(t, tc.lang, tc.step)
		g.typeText(tc.typed)
		g.press(tea.KeyEnter)
		if shown := flatten(stripANSI(g.model.View())); !strings.Contains(shown, tc.full) {
			t.Errorf("%s %s: the full screen does not say %q:\n%s", tc.lang, tc.step, tc.full, g.model.View())
		}
		ts := run(t, tc.lang, tc.step, lines(tc.typed))
		ts.sees(tc.plain)
	}
}

// P37: on the day the request was sent, "Ja, jeg har koden" is asked
// again (the code comes within a few days, seed 001 trin 16); "Nej" there
// pauses, and another day the first question is asked again; on a later
// day "Ja" goes on to RCAM.
func TestAYesToTheCodeOnTheDayOfTheRequestIsAskedAgain(t *testing.T) {
	f := builtInFlow(t, "new-account")
	now := time.Date(2026, 12, 3, 15, 0, 0, 0, time.Local)
	at := func(sent time.Time, clock time.Time, step string, save func(flow.Progress)) *core.Core {
		p := flow.Progress{Version: flow.ProgressVersion, Flow: "new-account", Step: step,
			Started: []string{"stage-1", "stage-2", "stage-3"}, Done: []string{"stage-1", "stage-2"},
			Dates: map[string]string{"request-sent": sent.Format(flow.DayLayout)}}
		if step == "code-today" {
			p.Choices = map[string]string{"code-received": "yes"}
		}
		c := openAt(t, "da", f, "", func(o *core.Options) {
			o.Progress, o.Now = &p, func() time.Time { return clock }
			o.Save = func(p flow.Progress) string { save(p); return "" }
		})
		c.Do(core.Continue, 0) // from the start screen, where the person was
		return c
	}
	yes := slices.IndexFunc(f.Step("code-received").Choices, func(ch flow.Choice) bool { return ch.Value == "yes" })
	var saved flow.Progress
	keep := func(p flow.Progress) { saved = p }

	c := at(now, now, "code-received", keep)
	c.Do(core.Choose, yes)
	if step := c.Frame().Step; step != "code-today" {
		t.Fatalf("a yes on the day the request was sent goes on to %q without a question", step)
	}
	if shown := frameText(c.Frame()); !strings.Contains(shown, "Kom koden allerede i dag?") || !strings.Contains(shown, "inden for et par dage") {
		t.Errorf("the question does not ask whether the code came today:\n%s", shown)
	}
	if c.Frame().Selected != slices.IndexFunc(f.Step("code-today").Choices, func(ch flow.Choice) bool { return ch.Value == "no" }) {
		t.Errorf("the question does not offer 'not yet' first")
	}
	c.Do(core.Continue, 0) // "Nej, ikke endnu": paused
	if saved.Step != "code-today" || saved.Dates["code-received"] != "" {
		t.Fatalf("'not yet' today kept the code's date or moved on: %+v", saved)
	}
	if c = at(now, now.AddDate(0, 0, 1), "code-today", keep); c.Frame().Step != "code-received" {
		t.Errorf("back the next day, the guide opens %q, not the question whether the code came", c.Frame().Step)
	}

	c = at(now.AddDate(0, 0, -3), now, "code-received", keep)
	if c.Do(core.Choose, yes); c.Frame().Step != "code-open" {
		t.Errorf("a yes three days after the request goes to %q, not on to RCAM", c.Frame().Step)
	}
}

// P37: going back past the review that marked the request sent forgets
// that it was: the start screen no longer says it was sent today.
func TestGoingBackPastTheReviewForgetsTheRequestSent(t *testing.T) {
	f := builtInFlow(t, "new-account")
	var saved flow.Progress
	c := openAt(t, "da", f, "check-answers", func(o *core.Options) {
		o.Save = func(p flow.Progress) string { saved = p; return "" }
	})
	c.Do(core.Choose, 0) // "Jeg har klikket på [Submit] på RCAM"
	if saved.Dates["request-sent"] == "" {
		t.Fatal("the review did not mark the request sent")
	}
	c.Do(core.Back, 0) // back at the review
	if saved.Dates["request-sent"] == "" {
		t.Error("back at the review itself, the request is no longer marked sent")
	}
	c.Do(core.Back, 0) // past it
	if c.Frame().Step == "check-answers" || saved.Dates["request-sent"] != "" {
		t.Errorf("gone back past the review (to %q), the request is still marked sent: %+v", c.Frame().Step, saved.Dates)
	}
}

// P35: one word at "Fornavn og efternavn" is advice, not a refusal: the
// note says both names are asked for, and Enter again takes it.
func TestOneWordAsTheNameIsAdviceToConfirm(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		g := newGuide(t, lang, "name")
		g.typeText("J")
		g.press(tea.KeyEnter)
		g.sees("note.name-one-word")
		g.sees("step.name.title")
		g.press(tea.KeyEnter)
		g.sees("step.birth-date.title")

		ts := run(t, lang, "name", lines("John", ""))
		ts.sees(ts.msg("app.note-prefix")+" "+ts.msg("note.name-one-word"), ts.msg("step.birth-date.title"))
	}
}
