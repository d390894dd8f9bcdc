package check

import (
	"strings"
	"unicode"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// maxEmailLength is the longest address the mail standards allow (RFC 5321).
const maxEmailLength = 254

// mailto is the prefix of an address copied from a link.
const mailto = "mailto:"

// Email judges the e-mail address for a new EU Login account. It takes what
// comes along when an address is copied, and catches the usual slips (a
// space, a comma for a dot, a missing @) before EU Login sends its e-mail
// nowhere. An address of an EU institution is refused: EU Login does not
// take one for an external account. Value has the domain in lower case.
func Email(typed string) verdict.Verdict {
	address := cleanEmail(typed)
	name, domain, _ := strings.Cut(address, "@")
	domain = strings.ToLower(domain)
	n := characters(address)
	if v := firstProblem([]finding{
		{"email-empty", address == "", 0},
		{"email-too-long", n > maxEmailLength, n},
		{"email-spaces", strings.ContainsFunc(address, unicode.IsSpace), 0},
		{"email-no-at", !strings.Contains(address, "@"), 0},
		{"email-two-at", strings.Count(address, "@") > 1, 0},
		{"email-no-name", name == "", 0},
		{"email-no-domain", domain == "", 0},
		{"email-bad-char", !only(name, inEmailName) || !only(domain, inDomain), 0},
		{"email-no-domain", !dotted(domain), 0},
		{"email-eu-institution", euInstitution(domain), 0},
	}); !v.OK() {
		return v
	}
	v := verdict.Verdict{Value: name + "@" + domain}
	if meant := likelyProvider(domain); meant != "" {
		// A slip in the provider's name sends EU Login's e-mail nowhere:
		// advice, since the name may be right after all.
		v.Notes, v.Suggest = []string{"email-provider-typo"}, meant
	}
	return v
}

// providers are the mail providers most people use, in Denmark and at
// large: a domain one slip away from one of them is likely meant as it.
var providers = []string{"gmail.com", "hotmail.com", "hotmail.dk", "outlook.com", "outlook.dk", "live.com",
	"live.dk", "yahoo.com", "yahoo.dk", "icloud.com", "mail.dk", "jubii.dk", "stofanet.dk", "youmail.dk",
	"post.tele.dk"}

// likelyProvider is the provider a domain is one slip away from, or "".
func likelyProvider(domain string) string {
	for _, p := range providers {
		if domain != p && oneSlip(domain, p) {
			return p
		}
	}
	return ""
}

// oneSlip reports whether a differs from b by one slip of the fingers: a
// letter left out, added or changed, or two letters swapped.
func oneSlip(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	switch len(a) - len(b) {
	case 0:
		if i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] {
			return true // swapped
		}
		return a[i+1:] == b[i+1:] // changed
	case 1:
		return a[i+1:] == b[i:] // added or left out
	}
	return false
}

// cleanEmail removes what comes along when an address is copied from an
// e-mail or a web page: blanks around it, the period that ends a sentence,
// "<...>" (with a display name before it, as in `Hans Jensen
// <hans@example.dk>`) and a "mailto:" prefix. Only one period is removed, so
// that "example.dk.." is still seen as a slip in the domain.
func cleanEmail(s string) string {
	s = trim(strings.TrimSuffix(trim(s), "."))
	if strings.HasSuffix(s, ">") {
		if i := strings.LastIndex(s, "<"); i >= 0 {
			s = trim(s[i+1 : len(s)-1])
		}
	}
	if len(s) >= len(mailto) && strings.EqualFold(s[:len(mailto)], mailto) {
		s = trim(s[len(mailto):])
	}
	return s
}

// inEmailName accepts the characters an address may have before @: letters
// of any alphabet, digits, and the symbols the standard allows unquoted,
// except braces and '|', which are far more likely slips than meant.
func inEmailName(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) ||
		strings.ContainsRune(".!#$%&'*+-/=?^_`~", r)
}

// inDomain accepts the characters of a domain name, Danish æ ø å included
// (such domains exist).
func inDomain(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '-' || r == '.'
}

// dotted reports whether domain has the shape name.name: at least one dot,
// and no empty part between dots.
func dotted(domain string) bool {
	return strings.Contains(domain, ".") && !strings.HasPrefix(domain, ".") &&
		!strings.HasSuffix(domain, ".") && !strings.Contains(domain, "..")
}

// euInstitution reports whether a (lower-case) domain belongs to an EU
// institution: all of them end in europa.eu. Look-alikes such as
// ec-europa.eu do not.
func euInstitution(domain string) bool {
	return domain == "europa.eu" || strings.HasSuffix(domain, ".europa.eu")
}
