package steps_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// smsAsAWayIn is a text that speaks of signing in with a code by SMS.
var smsAsAWayIn = regexp.MustCompile(`(?i)\[Mobile phone \+ SMS\]|sms-kode|kode på sms|sms code|code by (sms|text)`)

// smsEnded is how each language says when SMS ended.
var smsEnded = map[string]string{"da": "juli 2025", "en": "July 2025"}

// stepTexts are every text a step can show: heading, paragraphs,
// warnings, answers and help.
func stepTexts(tr *text.Translator, st *flow.Step) string {
	parts := []string{tr.T(st.Title)}
	texts := append(append(append([]flow.Text{}, st.Body...), st.Warnings...), st.Help...)
	for _, c := range st.Choices {
		parts = append(parts, tr.T(c.Label))
		texts = append(texts, c.Then...)
	}
	for _, p := range texts {
		parts = append(parts, tr.T(p.ID))
	}
	return strings.Join(parts, "\n")
}

// SMS ended on 1 July 2025 (domain.md): a screen that names signing in by
// SMS (seed 000 step 2 shows it) says, on the same screen, that it ended.
func TestNoScreenOffersSMSAsAWayIn(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		named := 0
		for _, f := range content.Flows {
			for _, id := range f.StepIDs() {
				all := stepTexts(tr, f.Step(id))
				if smsAsAWayIn.MatchString(all) {
					named++
					if !strings.Contains(all, smsEnded[lang]) {
						t.Errorf("%s %s/%s speaks of signing in by SMS without saying it ended in %s:\n%s",
							lang, f.ID, id, smsEnded[lang], all)
					}
				}
			}
		}
		for _, tp := range content.Topics {
			all := tr.T(tp.Title)
			for _, b := range tp.Body {
				all += "\n" + tr.T(b.ID)
			}
			if smsAsAWayIn.MatchString(all) && !strings.Contains(all, smsEnded[lang]) {
				t.Errorf("%s: the help topic %q speaks of SMS without saying it ended", lang, tp.ID)
			}
		}
		if named == 0 {
			t.Errorf("%s: no screen shows seed 000's SMS step as the seed has it", lang)
		}
	}
}

// Every address a text shows is an official one (steps/addresses.go), by
// the rule a folder of corrections is held to.
func TestEveryAddressShownIsOfficial(t *testing.T) {
	for _, lang := range text.Languages(locales.Files) {
		msgs, err := text.Messages(locales.Files, lang)
		if err != nil {
			t.Fatal(err)
		}
		for id, forms := range msgs {
			for _, s := range forms {
				if a := steps.Unofficial(s, lang); a != "" {
					t.Errorf("%s %s: the address %s is not on the official list", lang, id, a)
				}
			}
		}
	}
}

// The rule finds the look-alikes of the reviews (a fake domain, an
// official name continued, a look-alike mailbox, a letter of another
// alphabet, dots that are not full stops) and leaves abbreviations,
// numbers and the user's own example address alone.
func TestTheAddressRule(t *testing.T) {
	for _, s := range []string{
		"Log ind på https://ec-europa.eu/cas/login og skriv dit password der",
		"Se http://ecas.ec.europa.eu.evil.example/cas",
		"Skriv til EU-LOGIN-SUPPORT@ec-europa.eu",
		"Skriv til EU-LOGIN-EXTERNAL-SUPPORT@ec.europa.eu.evil.example",
		"Gå til ecas.ec.europa.eu.evil.example",
		"Gå til ec-europa.eu",
		"Gå til ec-europa.site", "Gå til x.com", "Gå til www.borger.dk",
		"Gå til ec.еuropa.eu", // a Cyrillic е
		"Gå til ec-europa。eu",
		"Gå til 192.0.2.7",
		"https://ecas.ec.europa.eu/cas/login?service=https://evil.example",
	} {
		if steps.Unofficial(s, "da") == "" {
			t.Errorf("%q passes", s)
		}
	}
	for _, s := range []string{
		"Åbn " + steps.CreateAccount + ".", "Skriv til " + steps.Support + ".", "Mails fra " + steps.Sender,
		"Fx anna.jensen@mail.dk", "Siden ec-europa.eu er falsk.", "Se mypmo.europa.eu og ec.europa.eu.",
		"Fx f.eks. bl.a. m.fl. e.g. i.e. o.lign.", "Den 23.11.2026 kl. 10.30, version 2.5, 2.etape",
	} {
		if a := steps.Unofficial(s, "da"); a != "" {
			t.Errorf("%q: %q taken as an address", s, a)
		}
	}
	if steps.Unofficial("The page ec-europa.eu is false.", "de") == "" {
		t.Error("ec-europa.eu passes where the language's word for fake is not known")
	}
}
