package steps

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/eulogin-guide/eulogin-guide/steps/check"
)

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
	// never to write to. The mail check's rules hold it (check.Origin).
	Sender = check.Sender
)

// Addresses are the official addresses by the names journeys give them.
var Addresses = map[string]string{
	"create-account": CreateAccount,
	"log-in":         LogIn,
	"mobile-devices": MobileDevices,
	"rcam":           RCAM,
	"mypmo":          MyPMO,
	"portal":         Portal,
	// A letter to support can be opened in the mail program, addressed.
	"support": "mailto:" + Support,
}

var (
	officialURLs = slices.Collect(maps.Values(Addresses))
	webAddress   = regexp.MustCompile(`https?://[^\s"»”)]+`)
	mailbox      = regexp.MustCompile(`[\p{L}\p{N}_.+-]+@[\p{L}\p{N}_-]+(?:[.。．｡][\p{L}\p{N}_-]+)+`)
	// dotted is a name that may be a host: words joined by dots, the
	// ideographic and full-width ones included, which browsers read as dots.
	dotted = regexp.MustCompile(`[\p{L}\p{N}_-]+(?:[.。．｡][\p{L}\p{N}_-]+)+`)
	dots   = strings.NewReplacer("。", ".", "．", ".", "｡", ".")
	ipv4   = regexp.MustCompile(`^\d{1,3}(\.\d{1,3}){3}$`)
	// topLevel are the endings that make a host of a name with a
	// one-letter part (x.com); without them, f.eks. and e.g. are no hosts.
	topLevel = []string{"eu", "dk", "com", "org", "net"}
	// fake is how each language says that an address is false: a known
	// look-alike (check.LookAlikes, ec-europa.eu) may be named only to warn of it.
	fake = map[string]string{"da": "falsk", "en": "fake"}
)

// Unofficial is the first address in a text of lang that is not an
// official one, or "". Official are the web addresses of Addresses, hosts
// of europa.eu, the mailboxes Support and Sender, and the user's own
// address given as an example at mail.dk; a known look-alike
// (check.LookAlikes) only where the text says it is fake. A name of words joined by dots is taken as a host
// unless it is a number or an abbreviation (a one-letter part, as in
// f.eks.), so that a look-alike on any ending is found.
func Unofficial(s, lang string) string {
	for _, u := range webAddress.FindAllString(s, -1) {
		if u = strings.TrimRight(u, ".,;:!?"); !slices.Contains(officialURLs, u) {
			return u
		}
	}
	for _, m := range mailbox.FindAllString(s, -1) {
		m = strings.ToLower(dots.Replace(strings.TrimRight(m, ".")))
		if m != strings.ToLower(Support) && m != Sender && !strings.HasSuffix(m, "@mail.dk") {
			return m
		}
	}
	rest := mailbox.ReplaceAllString(webAddress.ReplaceAllString(s, " "), " ")
	for _, name := range dotted.FindAllString(rest, -1) {
		host := strings.ToLower(dots.Replace(name))
		switch {
		case !isHost(host), host == check.OfficialDomain, strings.HasSuffix(host, "."+check.OfficialDomain), host == "mail.dk":
		case slices.Contains(check.LookAlikes, host) && fake[lang] != "" && strings.Contains(strings.ToLower(s), fake[lang]):
		default:
			return name
		}
	}
	return ""
}

// isHost tells a host from a number (2.5, 23.11.2026, 2.etape) or an
// abbreviation (f.eks, bl.a, e.g).
func isHost(name string) bool {
	if ipv4.MatchString(name) {
		return true
	}
	labels := strings.Split(name, ".")
	last := labels[len(labels)-1]
	if last == "toml" {
		return false // the name of a file of corrections
	}
	if len([]rune(last)) < 2 || strings.ContainsFunc(last, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return false
	}
	if slices.Contains(topLevel, last) {
		return true
	}
	return !slices.ContainsFunc(labels, func(l string) bool {
		return len([]rune(l)) == 1 || strings.IndexFunc(l, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
	})
}
