package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// slip is an accepted address with advice on its provider's name.
func slip(value, meant string) verdict.Verdict {
	v := accepted(value, "email-provider-typo")
	v.Suggest = meant
	return v
}

var emailCases = []testCase{
	{name: "plain", in: "hans@example.dk", want: accepted("hans@example.dk")},
	{name: "a slip in the provider", in: "hans@gmial.com", want: slip("hans@gmial.com", "gmail.com")},
	{name: "domain lower-cased, name kept", in: "Hans.Jensen@Example.DK", want: accepted("Hans.Jensen@example.dk")},
	{name: "spaces and newline around", in: "  hans@example.dk \r\n", want: accepted("hans@example.dk")},
	{name: "tab before", in: "\thans@example.dk", want: accepted("hans@example.dk")},
	{name: "angle brackets", in: "<hans@example.dk>", want: accepted("hans@example.dk")},
	{name: "display name", in: "Hans Jensen <hans@example.dk>", want: accepted("hans@example.dk")},
	{name: "mailto", in: "mailto:hans@example.dk", want: accepted("hans@example.dk")},
	{name: "MAILTO upper case", in: "MAILTO:hans@example.dk", want: accepted("hans@example.dk")},
	{name: "trailing period", in: "hans@example.dk.", want: accepted("hans@example.dk")},
	{name: "all extras", in: " <mailto:hans@example.dk>. ", want: accepted("hans@example.dk")},
	{name: "byte-order mark pasted", in: "\ufeffhans@example.dk", want: accepted("hans@example.dk")},
	{name: "plus and dash", in: "hans+eu-login@mail.example.dk", want: accepted("hans+eu-login@mail.example.dk")},
	{name: "Danish letters", in: "søren@æøå.dk", want: accepted("søren@æøå.dk")},
	{name: "Danish capitals", in: "SØREN@ÆØÅ.DK", want: accepted("SØREN@æøå.dk")},
	{name: "254 characters", in: strings.Repeat("a", 249) + "@x.dk", want: accepted(strings.Repeat("a", 249) + "@x.dk")},
	{name: "look-alike of the EU domain", in: "hans@ec-europa.eu", want: accepted("hans@ec-europa.eu")},
	{name: "ends in europa.eu without a dot", in: "hans@noteuropa.eu", want: accepted("hans@noteuropa.eu")},

	{name: "empty", in: "", want: refused("email-empty", 0)},
	{name: "only blanks", in: " \t\n ", want: refused("email-empty", 0)},
	{name: "only extras", in: "<mailto:>", want: refused("email-empty", 0)},
	{name: "255 characters", in: strings.Repeat("a", 250) + "@x.dk", want: refused("email-too-long", 255)},
	{name: "100k paste", in: strings.Repeat("a", 100_000), want: refused("email-too-long", 100_000)},
	{name: "long in Danish letters", in: strings.Repeat("æ", 300), want: refused("email-too-long", 300)},
	{name: "space inside", in: "hans @example.dk", want: refused("email-spaces", 0)},
	{name: "pasted over two lines", in: "hans@example.dk\nHans Jensen", want: refused("email-spaces", 0)},
	{name: "tab inside", in: "hans\t@example.dk", want: refused("email-spaces", 0)},
	{name: "no at", in: "hans.example.dk", want: refused("email-no-at", 0)},
	{name: "two at", in: "hans@@example.dk", want: refused("email-two-at", 0)},
	{name: "two addresses", in: "hans@example.dk,grete@example.dk", want: refused("email-two-at", 0)},
	{name: "nothing before at", in: "@example.dk", want: refused("email-no-name", 0)},
	{name: "nothing after at", in: "hans@", want: refused("email-no-domain", 0)},
	{name: "no dot in domain", in: "hans@example", want: refused("email-no-domain", 0)},
	{name: "domain starts with dot", in: "hans@.example.dk", want: refused("email-no-domain", 0)},
	{name: "domain ends with dot", in: "<hans@example.dk.>", want: refused("email-no-domain", 0)},
	{name: "domain ends with two dots", in: "hans@example.dk..", want: refused("email-no-domain", 0)},
	{name: "two dots in domain", in: "hans@example..dk", want: refused("email-no-domain", 0)},
	{name: "comma for dot", in: "hans@example,dk", want: refused("email-bad-char", 0)},
	{name: "semicolon", in: "hans;jensen@example.dk", want: refused("email-bad-char", 0)},
	{name: "brackets", in: "hans(jensen)@example.dk", want: refused("email-bad-char", 0)},
	{name: "square bracket in domain", in: "hans@[example].dk", want: refused("email-bad-char", 0)},
	{name: "underscore in domain", in: "hans@my_example.dk", want: refused("email-bad-char", 0)},
	{name: "emoji", in: "hans🙂@example.dk", want: refused("email-bad-char", 0)},
	{name: "control character", in: "hans\x00@example.dk", want: refused("email-bad-char", 0)},
	{name: "invalid UTF-8", in: "hans\xff@example.dk", want: refused("email-bad-char", 0)},
	{name: "EU institution", in: "hans.jensen@ec.europa.eu", want: refused("email-eu-institution", 0)},
	{name: "EU institution upper case", in: "Hans@EC.Europa.EU", want: refused("email-eu-institution", 0)},
	{name: "europa.eu itself", in: "hans@europa.eu", want: refused("email-eu-institution", 0)},
}

func TestEmail(t *testing.T) {
	run(t, emailCases, func(c testCase) verdict.Verdict { return Email(c.in) })
}

// A slip in a common provider's name is pointed out, with the likely
// name; the address is still accepted, in case it is right.
func TestASlipInTheProvidersNameIsPointedOut(t *testing.T) {
	for typed, meant := range map[string]string{
		"anna@gmial.com": "gmail.com", "anna@hotmial.com": "hotmail.com", "anna@gmail.co": "gmail.com",
		"anna@mial.dk": "mail.dk", "anna@outloook.com": "outlook.com", "anna@gmail.com": "", "anna@example.dk": "",
		"anna@jubi.dk": "jubii.dk", "anna@g.com": "",
	} {
		v := Email(typed)
		if !v.OK() || v.Suggest != meant || (meant != "") != slices.Contains(v.Notes, "email-provider-typo") {
			t.Errorf("Email(%q) = %+v, want the suggestion %q", typed, v, meant)
		}
	}
}
