package steps_test

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The line mode, which a screen reader reads, spells the validation code
// in its groups, in the example and where the code is said back, with
// the written form before it for a helper who reads along: "ABC" heard as
// a word cannot be compared with the e-mail.
func TestTheLineModeSpellsTheCode(t *testing.T) {
	spelled := map[string]string{"da": "stavet", "en": "spelled"}
	for _, lang := range []string{"da", "en"} {
		t.Run(lang, func(t *testing.T) {
			ts := run(t, lang, "validation-code", lines("ABCDEF GHIJK1"))
			if ts.err != nil {
				t.Fatal(ts.err)
			}
			ts.sees(
				ts.msg("step.validation-code.example", text.Data{"Sample": ts.msg("app.spoken",
					text.Data{"Typed": "ABC DEF GHI JKL", "Spoken": "A B C, D E F, G H I, J K L"})}),
				ts.msg("step.code-type-in.title"),
				"ABC DEF GHI JK1 ("+spelled[lang]+": A B C, D E F, G H I, J K 1)",
			)
		})
	}
}

// The full screen, which is looked at, shows the code, the number and the
// date as written only, in the example and where they are said back.
func TestTheFullScreenShowsAnswersAsWritten(t *testing.T) {
	g := newGuide(t, "da", "validation-code")
	g.sees("step.validation-code.example", text.Data{"Sample": "ABC DEF GHI JKL"})
	g.typeText("ABCDEF GHIJK1")
	g.press(tea.KeyEnter)
	g.sees("step.code-type-in.body", text.Data{"ValidationCode": "ABC DEF GHI JK1"})

	g = newGuide(t, "da", "pension-number")
	for _, answer := range []string{"0012345678", "0012345678", "Åse Jensen", "24. december 1948"} {
		if answer == "24. december 1948" {
			g.sees("step.birth-date.example", text.Data{"Sample": "24-12-1948"})
		}
		g.typeText(answer)
		g.press(tea.KeyEnter)
	}
	g.sees("step.check-answers.title")
	if screen := flatten(stripANSI(g.model.View())); !strings.Contains(screen, ": 0012345678 ") || !strings.Contains(screen, "24/12/1948") ||
		strings.Contains(screen, "stavet") {
		t.Errorf("the review does not show the number and the date as kept (24/12/1948), with nothing spelled:\n%s", screen)
	}
}

// After a refused password the line mode says only the rules still unmet:
// not the heading and every rule again, the met ones too, which one who
// listens must sit through once more.
func TestARefusedPasswordTellsOnlyTheRulesUnmet(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		t.Run(lang, func(t *testing.T) {
			ts := run(t, lang, "password", lines("abc"))
			if ts.err != nil {
				t.Fatal(ts.err)
			}
			unmet := func(code string) string {
				return ts.msg("rule."+code) + ": " + ts.msg("app.rule-unmet")
			}
			ts.sees(ts.msg("step.password.rules"), ts.problem("problem.password-too-short", text.Data{"Count": 3}),
				unmet("password-length"), unmet("password-upper"), unmet("password-digit"), unmet("password-special"))
			after := ts.out[strings.Index(ts.out, ts.tr.T("app.error-prefix")):]
			for _, said := range []string{ts.tr.T("step.password.rules"), ts.tr.T("rule.password-lower"), ": " + ts.tr.T("app.rule-met"),
				ts.tr.T("rule.password-no-email")} {
				if strings.Contains(after, said) {
					t.Errorf("after the refusal the line mode says %q again:\n%s", said, after)
				}
			}
		})
	}
}
