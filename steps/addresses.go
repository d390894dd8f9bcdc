package steps

// The official addresses the guide may show (../shared/domain.md), by the
// names journeys use for them. A journey can name no other: an address in
// a QR code is one a pensioner trusts. Keep every address here, in one
// place, so a change at EU Login is one edit.
const (
	// CreateAccount is where a new EU Login account starts (seed 001, step 2).
	CreateAccount = "https://ecas.ec.europa.eu/cas/login"
	// LogIn is where an existing account logs in (seed 000, step 2).
	LogIn = "https://webgate.ec.europa.eu/cas/"
	// MobileDevices is where the mobile devices are managed (EU Login help).
	MobileDevices = "https://ecas.ec.europa.eu/cas/mobile"
	// RCAM is where the access request is made and the validation code typed
	// in (seed 001, stages 2 and 3).
	RCAM = "https://webgate.ec.europa.eu/RCAM/"
	// MyPMO is the PMO's site for pensioners (seed 000).
	MyPMO = "https://mypmo.europa.eu/"
	// Portal is the EU Login Portal, the official help pages.
	Portal = "https://trusted-digital-identity.europa.eu/"
)

// No app store address is here: neither the Google Play package id nor the
// App Store publisher is confirmed by an official source (domain.md,
// December 2026), so the guide says to search for "EU Login" instead.

// The official e-mail addresses a text may name (../shared/domain.md).
const (
	// Support is EU Login's support for external accounts (EU Login Portal).
	Support = "EU-LOGIN-EXTERNAL-SUPPORT@ec.europa.eu"
	// Sender is where real EU Login e-mails come from: to recognise them,
	// never to write to.
	Sender = "automated-notifications@nomail.ec.europa.eu"
)

// Addresses are the official addresses by the names journeys give them.
var Addresses = map[string]string{
	"create-account": CreateAccount,
	"log-in":         LogIn,
	"mobile-devices": MobileDevices,
	"rcam":           RCAM,
	"mypmo":          MyPMO,
	"portal":         Portal,
}
