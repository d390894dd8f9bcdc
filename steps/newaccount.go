// Package steps holds the EU Login journeys as data: which screens come in
// which order, what each asks, and where each comes from in the seed guides.
// Every word is a message id in the locale files.
package steps

import (
	"github.com/eulogin-guide/eulogin-guide/steps/check"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// Answers to the platform question, and the conditions that follow from them.
const (
	platformStep = "platform"
	android      = "android"
	apple        = "ios"
)

var (
	onAndroid       = &flow.Condition{Step: platformStep, Answer: android}
	onApple         = &flow.Condition{Step: platformStep, Answer: apple}
	hasAccountMaybe = &flow.Condition{Step: "one-account", Answer: "yes"}
)

// Devices, named the same way on every screen.
const (
	phone    = "device.phone"    // apparat 1: the phone or tablet with the app
	computer = "device.computer" // apparat 2: the computer used for the setup
)

// screen fills in the message ids every step has, from its id.
func screen(id string, kind flow.Kind, source, device string) flow.Step {
	return flow.Step{
		ID: id, Kind: kind, Source: source, Device: device,
		Title: "step." + id + ".title",
		Help:  "step." + id + ".help",
		Body:  texts(id, "body"),
	}
}

// texts gives message ids "step.<id>.<name>" for paragraphs shown to everyone.
func texts(id string, names ...string) []flow.Text {
	out := make([]flow.Text, len(names))
	for i, n := range names {
		out[i] = flow.Text{ID: "step." + id + "." + n}
	}
	return out
}

// only gives a paragraph shown when the condition holds.
func only(id, name string, when *flow.Condition) flow.Text {
	return flow.Text{ID: "step." + id + "." + name, When: when}
}

// withWarnings adds paragraphs that must stand out.
func withWarnings(st flow.Step, w ...flow.Text) flow.Step {
	st.Warnings = append(st.Warnings, w...)
	return st
}

// Dates the journey remembers (Step.Marks), for the start screen.
const (
	passwordEmailSent = "password-email"
	passwordChosen    = "password-chosen"
	requestSent       = "request-sent"
	codeReceived      = "code-received"
)

// NewAccount is seed 001: a new EU Login account with the EU Login app, then
// access to RCAM, and days later the validation code.
func NewAccount() *flow.Flow {
	return &flow.Flow{
		ID:    "new-account",
		Title: "flow.new-account.title",
		Intro: "flow.new-account.intro",
		Stages: []flow.Stage{
			{ID: "stage-1", Title: "stage.1.title", Short: "stage.1.short", Steps: stageOne()},
			{ID: "stage-2", Title: "stage.2.title", Short: "stage.2.short", Next: "stage.2.next", Steps: stageTwo()},
			{ID: "stage-3", Title: "stage.3.title", Short: "stage.3.short", Next: "stage.3.next", Steps: stageThree()},
		},
		Events: []flow.Event{
			// Each date is told while it matters: the e-mail until the password is chosen,
			// the request until the code has come.
			{Date: passwordEmailSent, Until: passwordChosen, Message: "event.password-email"},
			{Date: requestSent, Until: codeReceived, Message: "event.request-sent"},
			{Date: codeReceived, Message: "event.code-received"},
		},
		Reminders: []flow.Reminder{
			// The link in the e-mail works for one day (seed 001 step 4).
			{Since: passwordEmailSent, Until: passwordChosen, Days: 1, Message: "reminder.password-email"},
			// The code comes "within the next few days" (seed 001 step 16).
			{Since: requestSent, Until: codeReceived, Days: 7, Message: "reminder.no-code"},
		},
	}
}

// stageOne is seed 001, 1. etape: account, password, app as a device.
func stageOne() []flow.Step {
	needs := screen("needs", flow.Read, "001 etape 1 (Du skal bruge)", "")

	oneAccount := withWarnings(screen("one-account", flow.Choose, "001 etape 1 (NB! Kun ÉN konto)", ""),
		texts("one-account", "warning")...)
	oneAccount.Choices = []flow.Choice{
		{Value: "no", Label: "step.one-account.no"},
		{Value: "yes", Label: "step.one-account.yes"},
	}

	existing := screen("existing-account", flow.Read, "001 etape 1 (NB!) og trin 3", computer)
	existing.When = hasAccountMaybe
	existing.Link = &flow.Link{URL: CreateAccount}

	platform := screen(platformStep, flow.Choose, "000 trin 5 (Android, ikke Apple)", phone)
	platform.Choices = []flow.Choice{
		{Value: android, Label: "step.platform.android"},
		{Value: apple, Label: "step.platform.ios"},
	}

	download := screen("app-download", flow.QR, "001 etape 1 trin 1", phone)
	download.Body = []flow.Text{
		only("app-download", "android", onAndroid),
		only("app-download", "ios", onApple),
		{ID: "step.app-download.permissions"},
	}
	download.Warnings = texts("app-download", "wait")
	download.Link = &flow.Link{URL: PlayStoreApp, When: onAndroid}

	openLogin := screen("open-login", flow.Read, "001 etape 1 trin 2", computer)
	openLogin.Link = &flow.Link{URL: CreateAccount}

	email := screen("email", flow.Type, "001 etape 1 trin 2", computer)
	email.Fields = []flow.Field{{ID: email.ID,
		Label: "step.email.label", Example: "step.email.example", MaxLength: 254,
		Check: func(typed string, _ flow.Answers) flow.Verdict { return check.Email(typed) }}}

	createAccount := withWarnings(screen("create-account", flow.Read, "001 etape 1 trin 3", computer),
		texts("create-account", "asked-password")...)
	createAccount.Marks = passwordEmailSent

	emailLink := withWarnings(screen("email-link", flow.Wait, "001 etape 1 trin 4", computer),
		texts("email-link", "one-day")...)

	password := screen("password", flow.Type, "001 etape 1 trin 4", computer)
	password.LookAway = true
	password.Fields = []flow.Field{{ID: password.ID,
		Label: "step.password.label", Secret: true, Rules: "step.password.rules", MaxLength: 200,
		Check: func(typed string, a flow.Answers) flow.Verdict { return check.Password(typed, a["email"]) }}}
	password.Warnings = texts("password", "never-stored")
	password.Marks = passwordChosen

	passwordDone := screen("password-done", flow.Read, "001 etape 1 trin 5", computer)
	addDevice := screen("add-device", flow.Read, "001 etape 1 trin 6", computer)

	deviceName := screen("device-name", flow.Type, "001 etape 1 trin 7", computer)
	deviceName.Fields = []flow.Field{{ID: deviceName.ID,
		Label: "step.device-name.label", Example: "step.device-name.example", MaxLength: 40,
		Check: func(typed string, _ flow.Answers) flow.Verdict { return check.DeviceName(typed) }}}

	pin := withWarnings(screen("pin", flow.Type, "001 etape 1 trin 7", computer),
		texts("pin", "remember", "never-stored")...)
	pin.LookAway = true
	pin.Fields = []flow.Field{{ID: pin.ID,
		Label: "step.pin.label", AgainLabel: "step.pin.again", Secret: true, Twice: true,
		Mismatch: "pin-mismatch", MaxLength: 12, Digits: true,
		Check: func(typed string, _ flow.Answers) flow.Verdict { return check.PIN(typed) }}}

	scan := screen("scan-qr", flow.Read, "001 etape 1 trin 8", phone)
	scan.Body = []flow.Text{
		{ID: "step.scan-qr.body"},
		only("scan-qr", "android", onAndroid),
		{ID: "step.scan-qr.scan"},
	}
	scan.Warnings = []flow.Text{only("scan-qr", "two-minutes", onAndroid)}

	approve := screen("approve", flow.Read, "000 trin 5", phone)
	approve.When = onAndroid

	biometrics := withWarnings(screen("biometrics", flow.Read, "001 etape 1 trin 9", phone),
		texts("biometrics", "one-at-a-time")...)

	logout := screen("logout", flow.Read, "001 etape 1 trin 10", computer)

	return []flow.Step{needs, oneAccount, existing, platform, download, openLogin, email,
		createAccount, emailLink, password, passwordDone, addDevice, deviceName, pin,
		scan, approve, biometrics, logout}
}
