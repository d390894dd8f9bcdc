package steps_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// trace maps every numbered step and every warning of the two seed guides
// (../shared/seeds) to the screens that carry it, as "journey/step". A
// screen dropped or renamed fails the test until the table says where the
// seed's item went. Where the seed says something to some people only, or
// to everyone, the row says to whom: the text (a message id) is on each
// of its screens for every phone (to ""), or for that answer only (to
// "platform=android").
var trace = []struct {
	seed, item string
	steps      []string
	text, to   string
}{
	{"001", "Du skal bruge", []string{"new-account/needs"}, "", ""},
	{"001", "NB! Kun ÉN konto", []string{"new-account/one-account", "new-account/existing-account", "find-account/fa-why"}, "", ""},
	{"001", "etape 1 trin 1", []string{"new-account/app-download"}, "", ""},
	{"001", "etape 1 trin 2", []string{"new-account/open-login", "new-account/email"}, "", ""},
	{"001", "etape 1 trin 3", []string{"new-account/create-account"}, "", ""},
	{"001", "etape 1 trin 4", []string{"new-account/email-link", "new-account/password"}, "", ""},
	{"001", "trin 4: NB! kun én dag", []string{"new-account/email-link"}, "", ""},
	{"001", "etape 1 trin 5", []string{"new-account/password-done"}, "", ""},
	{"001", "etape 1 trin 6", []string{"new-account/add-device"}, "", ""},
	{"001", "etape 1 trin 7", []string{"new-account/device-name", "new-account/pin"}, "", ""},
	{"001", "etape 1 trin 8", []string{"new-account/scan-qr"}, "", ""},
	{"001", "etape 1 trin 8: Under \"Igangværende anmodninger\" ... \"Fortsæt\" (every phone)",
		[]string{"new-account/scan-qr", "add-app/scan-qr", "locked-out/scan-qr", "new-phone/scan-qr", "more-devices/scan-qr"},
		"step.scan-qr.continue", ""},
	{"001", "etape 1 trin 9", []string{"new-account/biometrics"}, "", ""},
	{"001", "etape 1 trin 10", []string{"new-account/logout"}, "", ""},
	{"001", "2. etape: straks efter 1. etape", []string{"new-account/logout"}, "", ""},
	{"001", "etape 2 trin 11", []string{"new-account/rcam-open"}, "", ""},
	{"001", "etape 2 trin 12", []string{"new-account/rcam-sign-in"}, "", ""},
	{"001", "etape 2 trin 13", []string{"new-account/rcam-method"}, "", ""},
	{"001", "etape 2 trin 14", []string{"new-account/rcam-approve"}, "step.rcam-approve.body", ""},
	{"001", "etape 2 trin 15", []string{"new-account/pension-number", "new-account/name", "new-account/birth-date"}, "", ""},
	{"001", "trin 15: Pensionsnummer (2 gange!!)", []string{"new-account/pension-number"}, "", ""},
	{"001", "trin 15: Dobbelttjek alle oplysninger!", []string{"new-account/check-answers"}, "", ""},
	{"001", "etape 2 trin 16", []string{"new-account/request-sent"}, "", ""},
	{"001", "etape 2 trin 17", []string{"new-account/rcam-sign-out"}, "", ""},
	{"001", "3. etape: kan ikke fortsætte før koden", []string{"new-account/code-received"}, "", ""},
	{"001", "etape 3 trin 1", []string{"new-account/code-open"}, "", ""},
	{"001", "etape 3 trin 2", []string{"new-account/code-sign-in"}, "", ""},
	{"001", "etape 3 trin 3", []string{"new-account/code-approve"}, "step.code-approve.body", ""},
	{"001", "etape 3 trin 4", []string{"new-account/validation-code", "new-account/code-type-in"}, "", ""},
	{"001", "etape 3 trin 5", []string{"new-account/code-done"}, "", ""},

	{"000", "indledning: som MitID-appen, ikke en Sygekasse-app", []string{"add-app/app-what"}, "", ""},
	{"000", "OBS: skærmlås", []string{"add-app/app-needs"}, "", ""},
	{"000", "TO apparater", []string{"add-app/app-needs"}, "", ""},
	{"000", "trin 1", []string{"add-app/app-download"}, "", ""},
	{"000", "trin 2: log på med Password", []string{"add-app/existing-sign-in", "locked-out/pw-sign-in"}, "", ""},
	{"000", "trin 2: My account, Manage my mobile devices", []string{"add-app/my-account-devices"}, "", ""},
	{"000", "trin 2: Mobile phone + SMS (lukket 1. juli 2025)", []string{"add-app/sms-ended", "add-app/second-factor"}, "", ""},
	{"000", "trin 2: Add a mobile device", []string{"add-app/add-mobile-device"}, "", ""},
	{"000", "trin 3", []string{"add-app/device-name", "add-app/pin"}, "", ""},
	{"000", "trin 4", []string{"add-app/scan-qr"}, "", ""},
	{"000", "trin 5", []string{"add-app/approve", "add-app/biometrics", "add-app/device-email"}, "", ""},
	{"000", "trin 5: hvid besked i 5 sekunder (Android, ikke Apple!)",
		[]string{"new-account/scan-qr", "add-app/scan-qr", "locked-out/scan-qr", "new-phone/scan-qr", "more-devices/scan-qr"},
		"step.scan-qr.two-minutes", "platform=android"},
	{"000", "trin 5: tryk på den hvide besked (Android, ikke Apple!)",
		[]string{"new-account/approve", "add-app/approve", "locked-out/approve", "new-phone/approve", "more-devices/approve"},
		"step.approve.body", "platform=android"},
	{"000", "flere mobile apparater, ét ad gangen", []string{"more-devices/more-what", "more-devices/device-list"}, "", ""},
	{"000", "apparat uden simkort", []string{"more-devices/more-what"}, "", ""},
	{"000", "NB! lægeregninger ikke via appen", []string{"claims/claims-not-app", "claims/claims-where"}, "", ""},
	{"000", "Log på fra en computer", []string{"log-in/login-pc", "log-in/login-pc-approve"}, "", ""},
	{"000", "Log på med en iPad/tablet/mobiltelefon", []string{"log-in/login-mobile", "log-in/login-mobile-approve"}, "", ""},
	{"000", "pilen i det sorte felt; efter første gang", []string{"log-in/login-pc", "log-in/login-done"}, "", ""},
}

// officialSource names where a step's facts come from when not a seed.
var officialSource = regexp.MustCompile(`EU Login|Portal|domain\.md|AIACE|Advanced Gateway|Ombudsman|Europass|ecas\.ec\.europa\.eu`)

func TestEverySeedItemHasAScreen(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range trace {
		for _, at := range row.steps {
			journey, id, _ := strings.Cut(at, "/")
			f := content.Flow(journey)
			if f == nil || f.Step(id) == nil {
				t.Errorf("seed %s, %q: the screen %s is gone", row.seed, row.item, at)
				continue
			}
			if !strings.Contains(f.Step(id).Source, row.seed) {
				t.Errorf("seed %s, %q: the screen %s names another source: %q", row.seed, row.item, at, f.Step(id).Source)
			}
		}
	}
}

// TestEachSeedItemIsSaidToWhomTheSeedSaysIt: a seed step meant for every
// phone (001 trin 8 "Fortsæt") fails when a screen shows it to Android
// only, and one meant for Android only (000 trin 5) when it is shown to an
// iPhone.
func TestEachSeedItemIsSaidToWhomTheSeedSaysIt(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	told := 0
	for _, row := range trace {
		if row.text == "" {
			continue
		}
		for _, at := range row.steps {
			journey, id, _ := strings.Cut(at, "/")
			st := content.Flow(journey).Step(id)
			if st == nil {
				t.Errorf("seed %s, %q: the screen %s is gone", row.seed, row.item, at)
				continue
			}
			shown := func(platform string) bool {
				answers := flow.Answers{"platform": platform}
				if !st.When.MayHold(answers) {
					return false
				}
				return slices.Contains(flow.Shown(append(append([]flow.Text{}, st.Body...), st.Warnings...), answers), row.text)
			}
			told++
			android, ios := shown("android"), shown("ios")
			switch {
			case row.to == "" && !(android && ios):
				t.Errorf("seed %s, %q: %s shows %s on Android: %v, on iPhone: %v; the seed says it to every phone",
					row.seed, row.item, at, row.text, android, ios)
			case row.to == "platform=android" && !(android && !ios):
				t.Errorf("seed %s, %q: %s shows %s on Android: %v, on iPhone: %v; the seed says it to Android only",
					row.seed, row.item, at, row.text, android, ios)
			}
		}
	}
	if told == 0 {
		t.Error("no row of the trace says to whom")
	}
}

func TestEveryScreenNamesItsSource(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	seed := regexp.MustCompile(`\b(000|001)\b`)
	for _, f := range content.Flows {
		for _, id := range f.StepIDs() {
			if src := f.Step(id).Source; !seed.MatchString(src) && !officialSource.MatchString(src) {
				t.Errorf("%s/%s names neither a seed step nor an official source: %q", f.ID, id, src)
			}
		}
	}
}

// Some journeys are right only in one order (domain.md): a back-up method
// before the old phone is deleted, the old device deleted before the new
// one is added; every device deleted (PANIC) before the app is added again;
// the SMS step shown as out of date before what works instead.
func TestStepsComeInTheOrderTheSourcesGive(t *testing.T) {
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for journey, order := range map[string][]string{
		"new-phone":  {"backup-method", "delete-old", "add-mobile-device"},
		"locked-out": {"panic", "add-again", "scan-qr"},
		"add-app":    {"sms-ended", "second-factor", "add-mobile-device"},
	} {
		ids := content.Flow(journey).StepIDs()
		at := -1
		for _, id := range order {
			i := slices.Index(ids, id)
			if i <= at {
				t.Errorf("%s: %q comes before %v, or is missing: %v", journey, id, order, ids)
			}
			at = i
		}
	}
}
