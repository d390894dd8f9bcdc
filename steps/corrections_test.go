package steps_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The December content review (../shared/reviews/2026-12/content.md)
// found texts that send some pensioners the wrong way. Each correction is
// held here by what the text must say, or must no longer say, so that the
// old text put back fails; the behaviour behind them (which kind of
// account sees PANIC, to whom a seed step speaks) is tested in
// account_kind_test.go and trace_test.go.

const support = "EU-LOGIN-EXTERNAL-SUPPORT"

var corrections = []struct {
	finding, id, lang string
	has, hasNot       []string
}{
	// 1: the support address and PANIC only in the paragraphs for an external account.
	{"1", "step.lock-start.help", "da", nil, []string{support}},
	{"1", "step.lock-wait.help", "da", nil, []string{support}},
	{"1", "step.add-again.help", "da", nil, []string{support}},
	{"1", "step.pw-sign-in.cannot-then", "da", nil, []string{support}},
	{"1", "step.no-password.still-missing-then", "da", nil, []string{support}},
	{"1", "step.no-password.body", "da", nil, []string{"EU Login-support"}},
	{"1", "step.fa-result.unsure-then", "da", nil, []string{support}},
	{"1", "step.fa-addresses.help", "da", nil, []string{support}},
	{"1", "step.device-email.help", "da", nil, []string{support}},
	{"1", "step.existing-account.help", "da", []string{"Jeg kan ikke komme ind"}, []string{support}},
	{"1", "help.sms-ended.body", "da", nil, []string{"PANIC", support}},
	{"1", "help.have-account.body", "da", nil, []string{support}},
	{"1", "help.locked.body", "da", nil, []string{support}},
	{"1", "help.no-password-option.body", "da", nil, []string{support}},
	{"1", "help.change-email.body", "da", nil, []string{support}},
	{"1", "step.panic.body", "da", []string{"ekstern konto"}, nil},
	{"1", "step.panic.body", "en", []string{"external account"}, nil},
	{"1", "kind.internal-helpdesk", "da", []string{"PMO", "ikke kunnet finde"}, []string{support, "PANIC"}},
	// 2: the ECAS accounts carried over were pensioners' own, with a private address.
	{"2", "step.fa-why.body", "da", []string{"private e-mailadresse"}, []string{"da du var ansat? Så blev den"}},
	{"2", "step.fa-why.body", "en", []string{"private email address"}, []string{"as a member of staff"}},
	{"2", "help.have-account.body", "da", []string{"private e-mailadresse"}, []string{"ECAS-konto som ansat"}},
	{"2", "help.have-account.body", "en", []string{"private email address"}, []string{"as a member of staff"}},
	{"2", "step.one-account.help", "da", []string{"private e-mailadresse"}, nil},
	{"2", "step.one-account.warning", "da", nil, []string{"fra deres tid som ansatte"}},
	// 3: the app PIN by the Portal's current steps, and a way out.
	{"3", "help.app-pin.body", "da", []string{"nederst til højre", "Jeg kan ikke komme ind"}, []string{"tre prikker", "Se emnet om ny telefon"}},
	{"3", "help.app-pin.body", "en", []string{"bottom right"}, []string{"three dots"}},
	// 4: the page after [Next] tells whether there is an account.
	{"4", "step.fa-try.body", "da", []string{"Beder siden om dit password", "[Create an account]"}, []string{"[Lost your password?]"}},
	{"4", "step.fa-try.body", "en", []string{"ask for your password", "[Create an account]"}, []string{"[Lost your password?]"}},
	{"4", "step.pw-forgot.body", "da", []string{"Beder siden om en kode fra et billede"}, []string{"Skriv koden fra billedet"}},
	// 5: the old phone approves while the app still works on it.
	{"5", "help.new-phone.body", "da", []string{"Log på med den gamle telefon, hvis appen stadig virker"}, []string{"noget andet end den gamle telefon"}},
	{"5", "help.new-phone.body", "en", []string{"Log in with the old phone, if the app still works"}, []string{"something other than the old phone"}},
	{"5", "step.new-phone-what.body", "da", []string{"ikke koblet til din konto endnu"}, []string{"mister appen forbindelsen"}},
	// 7: the e-mail change takes [Submit] and the link in the mail.
	{"7", "help.change-email.body", "da", []string{"[Submit]", "[this link]"}, nil},
	{"7", "help.change-email.internal", "da", []string{"EU Login4Life"}, nil},
	// 8: "Switch account" is the button on a request for another account.
	{"8", "step.multi-account.help", "da", []string{"øverst til venstre", "(på engelsk \"Switch account\")"}, []string{"Den hedder \"Switch account\""}},
	{"8", "help.pending-approval.body", "da", []string{"(på engelsk \"Switch account\")"}, []string{"Tryk på \"Switch account\", og vælg"}},
	{"8", "step.login-pc-approve.help", "da", []string{"siger appen det"}, []string{"Du kan skifte med"}},
	// 9: MitID and passkeys with their labels, and what costs money.
	{"9", "help.backup-method.body", "da", []string{"[Manage my eIDs]", "[Link my eID]", "[Manage my Security Keys and Trusted Platforms]", "loginnøgle", "koster penge", "konto nummer to"}, []string{"Guiden ved ikke, om MitID"}},
	{"9", "step.backup-method.body", "da", []string{"[Manage my eIDs]", "loginnøgle", "koster penge"}, []string{"- Et eID."}},
	{"9", "step.backup-method.eid-direct", "da", []string{"konto nummer to"}, nil},
	// 10: the link in the password mail, said one way everywhere.
	{"10", "step.email-link.one-day", "da", []string{"virker kun en tid"}, []string{"kort tid"}},
	{"10", "step.pw-forgot.help", "da", []string{"virker kun en tid"}, []string{"kort tid"}},
	{"10", "step.fa-found.help", "da", []string{"virker kun en tid"}, nil},
	{"10", "reminder.password-email", "da", []string{"virker kun en tid"}, []string{"i én dag"}},
	// 11: claims by post as the 2021 source says it.
	{"11", "step.claims-post.body", "da", []string{"2021", "blanket"}, []string{"Gør det, som du plejer"}},
	{"11", "help.medical-claims.body", "da", []string{"2021"}, []string{"sidste udvej"}},
	{"11", "step.claims-where.help", "da", []string{"2021"}, nil},
	// 12: no date format that no source gives.
	{"12", "step.check-answers.help", "da", []string{"kalenderen"}, []string{"dag/måned/år"}},
	{"12", "step.check-answers.help", "en", []string{"calendar"}, []string{"day/month/year"}},
	// 14: no unconfirmed store address or publisher.
	{"14", "step.app-download.android", "da", []string{"Søg efter EU Login"}, []string{"QR-koden"}},
	{"14", "step.app-download.ios", "da", []string{"Søg efter EU Login"}, []string{"udgiveren er European Commission"}},
	{"14", "step.app-download.help", "da", []string{"ikke kunnet bekræfte"}, []string{"Tjek, at udgiveren er European Commission"}},
	// 15: a security key, passkey or Windows Hello has its own answer.
	{"15", "step.second-factor.key", "da", []string{"sikkerhedsnøgle", "Windows Hello"}, nil},
	{"15", "step.second-factor.help", "da", nil, []string{"det midterste svar"}},
	{"15", "step.approve-key.body", "da", []string{"[Security Key or Trusted Platform]"}, nil},
	// 16: [My Account], as EU Login writes it, with the seed's Danish label.
	{"16", "step.add-device.body", "da", []string{"[My Account]", "»Min konto«"}, []string{"[My account]"}},
	// 17: the app's English words in brackets after Danish ones.
	{"17", "help.app-pin.body", "da", []string{"(på engelsk \"Forgot PIN code\")"}, []string{"\"About the app\""}},
	// 18: the camera permission described, not quoted as a button.
	{"18", "step.app-download.permissions", "da", []string{"mens du bruger den"}, []string{"Mens appen bruges"}},
	// 19: retirement asked for, as AIACE says.
	{"19", "step.fa-why.body", "da", []string{"Bad du om at gå på pension"}, []string{"Gik du på pension fra Kommissionen"}},
	{"19", "help.have-account.body", "da", []string{"Bad du om at gå på pension"}, []string{"Gik du på pension fra Kommissionen"}},
	{"19", "step.one-account.help", "da", []string{"Bad du om at gå på pension"}, []string{"Gik du på pension fra Kommissionen"}},
	// 20: the Portal's "by mid-2025".
	{"20", "step.app-what.help", "da", []string{"senest midt i 2025"}, []string{"i løbet af 2025"}},
	{"20", "step.sms-ended.help", "da", []string{"senest midt i 2025"}, []string{"i løbet af 2025"}},
	// 21 to 24: what the texts say matches what the journeys do.
	{"21", "step.lock-cause.body", "da", []string{"det første svar"}, []string{"det sidste svar"}},
	{"22", "flow.claims.done", "da", []string{"med posten"}, nil},
	{"23", "flow.locked-out.done", "da", nil, []string{"appen er sat op"}},
	{"24", "step.login-start.body", "da", []string{"[Connect]"}, nil},
	// 26 to 30: rules and facts said as the sources say them.
	{"26", "step.email.help", "da", []string{"EU-institution"}, []string{"som ender på europa.eu"}},
	{"27", "help.validation-code.body", "da", []string{"prøv den nyeste først"}, []string{"brug den nyeste"}},
	{"28", "help.language.body", "da", []string{"kan stå på dansk"}, []string{"Appen følger sproget"}},
	{"29", "step.device-email.body", "da", []string{"falsk e-mail kan godt vise en rigtig afsender"}, nil},
	{"29", "step.fa-found.sender", "da", []string{"falsk e-mail kan godt vise en rigtig afsender"}, nil},
	{"29", "help.real-or-fake.body", "da", []string{"falsk e-mail kan godt vise en rigtig afsender"}, nil},
	{"30", "step.approve-other.help", "da", []string{"ikke kunnet bekræfte"}, nil},
	{"30", "step.login-qr.help", "da", []string{"ikke kunnet bekræfte, hvad måden hedder"}, nil},
	// 36, 37: words for a phone, plainer words.
	{"36", "step.next-time.phone", "da", []string{"Tryk på [Sign in]"}, []string{"Klik på [Sign in]"}},
	{"37", "step.app-what.body", "da", []string{"Det stoppede 1. juli 2025"}, []string{"Sms til EU Login findes ikke mere"}},
	{"37", "flow.new-phone.situation", "da", []string{"eller jeg har installeret appen igen"}, []string{"/"}},
	// 38: English without calques.
	{"38", "flow.locked-out.situation", "en", []string{"SMS login ended"}, []string{"was closed"}},
	{"38", "step.multi-account.help", "en", []string{"If in doubt, ask."}, []string{"Better to ask once too often"}},
}

func TestTheContentReviewsCorrectionsHold(t *testing.T) {
	for _, c := range corrections {
		msgs, err := text.Messages(locales.Files, c.lang)
		if err != nil {
			t.Fatal(err)
		}
		forms, ok := msgs[c.id]
		if !ok {
			t.Errorf("finding %s: no message %s in %s", c.finding, c.id, c.lang)
			continue
		}
		s := forms["other"]
		for _, want := range c.has {
			if !strings.Contains(s, want) {
				t.Errorf("finding %s: %s %s does not say %q:\n%s", c.finding, c.lang, c.id, want, s)
			}
		}
		for _, not := range c.hasNot {
			if strings.Contains(s, not) {
				t.Errorf("finding %s: %s %s still says %q:\n%s", c.finding, c.lang, c.id, not, s)
			}
		}
	}
}

// The corrections that hold for every text of a language: a term used one
// way (32, 33, 34, 16), no slip (31, 35), the English help topics in the
// journeys' words (38).
func TestTheContentReviewsTermsHoldEverywhere(t *testing.T) {
	for lang, banned := range map[string][]*regexp.Regexp{
		"da": {
			regexp.MustCompile(`\btrinene\b`),                         // 31: "trinnene"
			regexp.MustCompile(`fingeraftryk eller ansigt\b`),         // 32: "ansigtsgenkendelse"
			regexp.MustCompile(`mappen med spam`),                     // 33: "mappen med uønsket post (spam)"
			regexp.MustCompile(`\bpå på\b`),                           // 35
			regexp.MustCompile(`\[My account\]`),                      // 16
			regexp.MustCompile(`(?i)\bdenne guide (hjælper|viser)\b`), // 34: a journey is a "forløb"
		},
		"en": {
			regexp.MustCompile(`SMS was closed|closed on 1 July 2025`), // 38
			regexp.MustCompile(`(?i)\bthis guide (helps|shows)\b`),     // 34
			regexp.MustCompile(`\[My account\]`),                       // 16
		},
	} {
		msgs, err := text.Messages(locales.Files, lang)
		if err != nil {
			t.Fatal(err)
		}
		for id, forms := range msgs {
			for _, s := range forms {
				for _, re := range banned {
					if re.MatchString(s) {
						t.Errorf("%s %s says %q", lang, id, re.FindString(s))
					}
				}
			}
			// 38: the help topics log in and send email, as the journeys do.
			if lang == "en" && strings.HasPrefix(id, "help.") && !strings.HasSuffix(id, ".words") {
				if m := regexp.MustCompile(`\bsign(s|ed|ing)? in\b|\be-mails?\b`).FindString(strings.ReplaceAll(forms["other"], "[Sign in]", "")); m != "" {
					t.Errorf("en %s says %q, where the journeys say log in and email", id, m)
				}
			}
		}
	}
}

// The corrections that are data, not words: no store address nobody
// confirmed (14), the first question's safe answer first (25), the
// password link's reminder from the same day (10), the PIN topic's own
// source (39), the answer lock-cause's text calls the safe one (21).
func TestTheContentReviewsDataCorrectionsHold(t *testing.T) {
	for name, u := range steps.Addresses {
		if strings.Contains(u, "play.google.com") || strings.Contains(u, "apps.apple.com") {
			t.Errorf("14: the unconfirmed store address %s (%s) is on the official list", u, name)
		}
	}
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	order := []string{}
	for _, f := range content.Flows {
		order = append(order, f.ID)
	}
	if slices.Index(order, "find-account") > slices.Index(order, "new-account") {
		t.Errorf("25: \"Jeg ved ikke, om jeg har en konto\" comes after \"Jeg har ingen EU Login-konto\": %v", order)
	}
	for _, r := range content.Flow("new-account").Reminders {
		if r.Message == "reminder.password-email" && r.Days != 0 {
			t.Errorf("10: the password link's reminder waits %d days; it is told from the same day", r.Days)
		}
	}
	for _, tp := range content.Topics {
		if tp.ID == "app-pin" && !slices.Equal(tp.Sources, []string{"source.portal-pin"}) {
			t.Errorf("39: the PIN topic names %v; only the Portal's PIN page gives its steps", tp.Sources)
		}
	}
	if st := content.Flow("locked-out").Step("lock-cause"); st.Default != st.Choices[0].Value {
		t.Errorf("21: lock-cause's text says to choose the first answer when in doubt, its safe answer is %q", st.Default)
	}
}
