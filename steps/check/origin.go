package check

import (
	"slices"
	"strings"
	"unicode"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// The rules of a genuine sender or address, in one place
// (../shared/domain.md, "Phishing" and "most common issues").
const (
	// OfficialDomain is the EU's own: a genuine host is it, or ends in it
	// after a dot (ecas.ec.europa.eu).
	OfficialDomain = "europa.eu"
	// Sender is where EU Login's own e-mails come from.
	Sender = "automated-notifications@nomail.ec.europa.eu"
)

// LookAlikes are hosts known from false mails that pass for the EU's.
var LookAlikes = []string{"ec-europa.eu"}

// The codes Origin returns, so that a locale test can make sure each has
// a message ("genuine.verdict-<code>", "genuine.reason-<code>").
var (
	OriginVerdicts = []string{"sender", "official", "lookalike", "letters", "elsewhere", "unreadable"}
	OriginReasons  = []string{"not-sender", "in-user", "in-path", "subdomain", "similar", "punycode",
		"non-ascii", "empty", "no-host", "several"}
)

// Origin judges a line typed or pasted to tell whether a mail or page is
// the EU's: an e-mail address, a sender line ("Name <address>"), a web
// address with or without its scheme, or a host alone, with spaces, a
// trailing dot, capitals or angle brackets. It reads the host and says
// whether it is official (europa.eu, or a name ending in .europa.eu), the
// sender of EU Login's mails, a known look-alike, a name with letters
// from other alphabets or punycode, or another host, with the tricks that
// make one look official: europa.eu before an @, in the path, or as the
// start of a longer name. It cannot tell a false mail that shows a real
// sender; the place that shows its verdict says so.
func Origin(line string) verdict.Origin {
	token, problem := originToken(line)
	if problem != "" {
		return verdict.Origin{Code: "unreadable", Reasons: []string{problem}}
	}
	a := readAddress(token)
	if !validHost(a.host) {
		return verdict.Origin{Code: "unreadable", Reasons: []string{"no-host"}}
	}
	v := verdict.Origin{Host: a.host}
	switch foreign := foreignLetters(a.host); {
	case len(foreign) > 0:
		v.Code, v.Reasons = "letters", foreign
	case a.host == OfficialDomain || strings.HasSuffix(a.host, "."+OfficialDomain):
		v.Code, v.Official = "official", true
		switch {
		case a.mail && strings.ToLower(a.user)+"@"+a.host == Sender:
			v.Code = "sender"
		case a.mail:
			v.Reasons = []string{"not-sender"}
		}
	default:
		v.Code, v.Reasons = "elsewhere", tricks(a)
		if slices.ContainsFunc(LookAlikes, func(l string) bool { return a.host == l || strings.HasSuffix(a.host, "."+l) }) {
			v.Code, v.Reasons = "lookalike", slices.DeleteFunc(v.Reasons, func(r string) bool { return r == "similar" }) // the verdict says it
		}
	}
	return v
}

// originToken is the one address in a line: inside its last angle
// brackets if it has them, without quotes and the punctuation that ends a
// sentence, and with words that are no address left out ("Fra:"); or why
// there is none to read.
func originToken(line string) (token, problem string) {
	s := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(line, "\uFFFD"))
	if i := strings.LastIndex(s, "<"); i >= 0 {
		s, _, _ = strings.Cut(s[i+1:], ">")
	}
	var found []string
	for _, w := range strings.Fields(s) {
		if w = strings.Trim(w, `"'«»“”‘’()[],;:!?`); strings.ContainsAny(w, ".@。．｡") && nameLike(w) {
			found = append(found, w)
		}
	}
	switch {
	case strings.TrimSpace(s) == "":
		return "", "empty"
	case len(found) == 0:
		return "", "no-host"
	case len(found) > 1:
		return "", "several"
	}
	return found[0], ""
}

// nameLike reports whether a word of a pasted sentence may be an address:
// a word that ends a sentence ("Login.") or a date ("3.12.2026") is not,
// so a sender pasted with the words around it is still read.
func nameLike(w string) bool {
	host := readAddress(strings.TrimRight(w, ".。．｡")).host
	labels := strings.Split(host, ".")
	return strings.Contains(host, ".") && !onlyDigits(labels[len(labels)-1])
}

// address is a line read as an address: the part before an @ (the user
// part of a web address, or the name of a mailbox), the host, what follows
// the host (path, query, fragment), and whether it is an e-mail address.
type address struct {
	user, host, rest string
	mail             bool
}

// readAddress splits a token as a browser or mail program reads it: after
// a scheme (https://, mailto:), the host runs to the first /, ?, # or \
// (which browsers take as /), after the last @ before it, and without a
// port and trailing dots. Dots of other scripts are dots, as browsers read
// them.
func readAddress(token string) address {
	var a address
	t := strings.NewReplacer("。", ".", "．", ".", "｡", ".").Replace(token)
	lower := strings.ToLower(t)
	switch k := strings.Index(t, "://"); {
	case k > 0 && isScheme(t[:k]):
		t = t[k+len("://"):]
	case strings.HasPrefix(lower, mailto):
		t, a.mail = t[len(mailto):], true
	default:
		t = strings.TrimPrefix(t, "//")
		a.mail = !strings.ContainsAny(t, "/?#\\") && strings.Contains(t, "@")
	}
	authority := t
	if i := strings.IndexAny(t, "/?#\\"); i >= 0 {
		authority, a.rest = t[:i], t[i:]
	}
	a.host = authority
	if at := strings.LastIndex(authority, "@"); at >= 0 {
		a.user, a.host = authority[:at], authority[at+1:]
	}
	if colon := strings.LastIndex(a.host, ":"); colon >= 0 && onlyDigits(a.host[colon+1:]) {
		a.host = a.host[:colon]
	}
	a.host = strings.ToLower(strings.TrimRight(a.host, "."))
	return a
}

// isScheme reports whether s is a scheme such as https: a letter, then
// letters, digits, +, - or dots.
func isScheme(s string) bool {
	for i, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && (r >= '0' && r <= '9' || strings.ContainsRune("+-.", r))) {
			return false
		}
	}
	return true
}

func onlyDigits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// validHost reports whether host is names joined by dots, each of letters
// (of any alphabet), digits and hyphens.
func validHost(host string) bool {
	labels := strings.Split(host, ".")
	return len(labels) > 1 && !slices.ContainsFunc(labels, func(l string) bool {
		return l == "" || strings.ContainsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
	})
}

// foreignLetters are the reasons a host's letters are not the plain
// ones the EU's names use: punycode (xn--), which a browser may show as
// letters of another alphabet, and such letters themselves (a Cyrillic
// "е" looks like an "e").
func foreignLetters(host string) []string {
	var reasons []string
	if slices.ContainsFunc(strings.Split(host, "."), func(l string) bool { return strings.HasPrefix(l, "xn--") }) {
		reasons = append(reasons, "punycode")
	}
	if strings.ContainsFunc(host, func(r rune) bool { return r > unicode.MaxASCII }) {
		reasons = append(reasons, "non-ascii")
	}
	return reasons
}

// tricks are the ways an address that is not official makes itself look
// so: europa.eu before an @, after the host, or as the start of a longer
// name (ec.europa.eu.example.com), or "europa" in another name.
func tricks(a address) []string {
	var reasons []string
	subdomain := strings.Contains("."+a.host+".", "."+OfficialDomain+".")
	for _, t := range []struct {
		reason string
		found  bool
	}{
		{"in-user", strings.Contains(strings.ToLower(a.user), OfficialDomain)},
		{"in-path", strings.Contains(strings.ToLower(a.rest), OfficialDomain)},
		{"subdomain", subdomain},
		{"similar", !subdomain && strings.Contains(a.host, "europa")},
	} {
		if t.found {
			reasons = append(reasons, t.reason)
		}
	}
	return reasons
}
