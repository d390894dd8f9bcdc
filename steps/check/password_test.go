package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// unmet returns the whole password checklist with the given rules not met.
func unmet(codes ...string) []verdict.Rule {
	var rules []verdict.Rule
	for _, code := range Rules {
		rules = append(rules, verdict.Rule{Code: code, Met: !slices.Contains(codes, code)})
	}
	return rules
}

// unknownEmail marks the e-mail rule of a checklist as not checkable.
func unknownEmail(rules []verdict.Rule) []verdict.Rule {
	rules[len(rules)-1].Unknown = true
	return rules
}

func password(problem string, count int, rules []verdict.Rule, notes ...string) verdict.Verdict {
	return verdict.Verdict{Problem: problem, Count: count, Rules: rules, Notes: notes}
}

const hans = "hans.jensen@example.dk"

var passwordCases = []testCase{
	{name: "seed example", in: "25-09Ukraine", email: hans, want: password("", 0, unmet())},
	{name: "exactly 10", in: "Abcdefg1-x", email: hans, want: password("", 0, unmet())},
	{name: "three groups", in: "25-09ukraine", email: hans, want: password("", 0, unmet("password-upper"), "password-all-groups")},
	{name: "spaces count as characters", in: "Sol og 25 år", email: hans,
		want: password("", 0, unmet("password-special"), "password-all-groups", "password-danish-letters")},
	{name: "Danish letters", in: "Rødgrød-med-fløde1", email: hans, want: password("", 0, unmet(), "password-danish-letters")},
	{name: "Danish capitals", in: "ÆBLEGRØD-2025", email: hans, want: password("", 0, unmet("password-lower"), "password-all-groups", "password-danish-letters")},
	{name: "space at start", in: " Sommer-2025x", email: hans, want: password("", 0, unmet(), "password-spaces-at-ends")},
	{name: "pasted with newline", in: "Sommer-2025x\n", email: hans, want: password("", 0, unmet(), "password-spaces-at-ends")},
	{name: "emoji is special", in: "🙂Sommer2025", email: hans, want: password("", 0, unmet())},
	{name: "100k paste", in: strings.Repeat("Aa1!", 25_000), email: hans, want: password("", 0, unmet())},
	{name: "no e-mail known", in: "Hans.Jensen-2025", email: "", want: password("", 0, unknownEmail(unmet()))},
	{name: "short name part not held against it", in: "Jo-Jo-2025ab", email: "jo@x.dk", want: password("", 0, unmet())},

	{name: "empty", in: "", email: hans,
		want: password("password-empty", 0, unmet("password-length", "password-upper", "password-lower", "password-digit", "password-special"))},
	{name: "short", in: "Ab1!", email: hans, want: password("password-too-short", 4, unmet("password-length"))},
	{name: "short counts letters not bytes", in: "ÆøÅæ-1234", email: hans, want: password("password-too-short", 9, unmet("password-length"))},
	{name: "short emoji", in: "🙂🙂🙂", email: hans,
		want: password("password-too-short", 3, unmet("password-length", "password-upper", "password-lower", "password-digit"))},
	{name: "only spaces", in: strings.Repeat(" ", 12), email: hans,
		want: password("password-few-groups", 0, unmet("password-upper", "password-lower", "password-digit", "password-special"))},
	{name: "one group", in: "abcdefghijk", email: hans,
		want: password("password-few-groups", 1, unmet("password-upper", "password-digit", "password-special"))},
	{name: "two groups", in: "abcdefghi1", email: hans,
		want: password("password-few-groups", 2, unmet("password-upper", "password-special"))},
	{name: "holds the name part", in: "Hans.Jensen-2025", email: hans, want: password("password-contains-email", 0, unmet("password-no-email"))},
	{name: "holds the name part, pasted address", in: "xHANS.JENSEN1!", email: " <" + hans + "> ",
		want: password("password-contains-email", 0, unmet("password-no-email"))},
	{name: "holds the whole short address", in: "Jo@x.dk-2025", email: "jo@x.dk", want: password("password-contains-email", 0, unmet("password-no-email"))},
}

func TestPassword(t *testing.T) {
	run(t, passwordCases, func(c testCase) verdict.Verdict { return Password(c.in, c.email) })
}
