package steps

// The official addresses the guide may show (../shared/domain.md). Keep every
// address here, in one place, so a change at EU Login is one edit.
const (
	// CreateAccount is where a new EU Login account starts (seed 001, step 2).
	CreateAccount = "https://ecas.ec.europa.eu/cas/login"
	// RCAM is where the access request is made and the validation code typed
	// in (seed 001, stages 2 and 3).
	RCAM = "https://webgate.ec.europa.eu/RCAM/"
	// PlayStoreApp is the EU Login app on Google Play. The package id is seen
	// in third-party listings only: to be confirmed.
	PlayStoreApp = "https://play.google.com/store/apps/details?id=eu.europa.ec.ecas"
)
