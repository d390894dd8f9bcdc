package locales_test

import (
	"regexp"
	"strings"
	"testing"
)

// The line mode says an EU Login label without its brackets, so a blind
// user hears "Password" and not what it is. Where a source names the
// control's kind, the Danish text says it: a kind word just before the
// label ("listen [Choose your verification method]"), or after it, where
// the label is an item of a named list or menu ("[Password] i listen").
var (
	kindBefore = regexp.MustCompile(`(?i)(knappen|feltet|listen|linket|menuen|fanen|valget|muligheden|siden) $`)
	kindAfter  = regexp.MustCompile(`^ i (listen|menuen)\b`)
)

// kindUnknown are the labels no source found names the kind of (seeds,
// domain.md and its sources, read for issue 19). Their texts lead with a
// verb that is true of any control ("klik på [Next]"); a kind is not made up.
var kindUnknown = map[string]string{
	"[Next]":                     "no source names its kind",
	"[Sign in]":                  "no source names its kind",
	"[Submit]":                   "no source names its kind; seed 001 trin 5 places it in a blue bar",
	"[Proceed]":                  "no source names its kind",
	"[Lost your password?]":      "no source names its kind",
	"[Connect]":                  "RCAM's; domain.md places it in a light-grey box, no kind",
	"[Sign out]":                 "RCAM's; no source names its kind",
	"[Log out]":                  "RCAM's; no source names its kind",
	"[Logout]":                   "chosen after the cogwheel (seed 001 trin 10), no kind",
	"[Initialise]":               "in the app; no source names its kind",
	"[Create an account]":        "sources differ: a button on the EU Login Portal, a link in Reportnet and the EU Login tutorial",
	"[Add a mobile device]":      "no source names its kind",
	"[Manage my mobile devices]": "chosen on My Account (seed 000 trin 2), no kind",
	"[Configure my account]":     "chosen on My Account (EC Advanced Gateway), no kind",
	"[Manage my Security Keys and Trusted Platforms]": "EU Login Portal: a step on My Account, no kind",
	"[Add a Security Key]":                            "EU Login Portal: a step, no kind",
	"[Manage my eIDs]":                                "EU Login Portal: a step on My Account, no kind",
	"[Link my eID]":                                   "EU Login Portal: a step, no kind",
}

func TestEULoginLabelsSayWhatKindOfControlTheyAre(t *testing.T) {
	seen := map[string]bool{}
	for id, forms := range messages(t, "active.da.toml") {
		if strings.HasPrefix(id, "cli.") || strings.HasPrefix(id, "content.") || strings.HasPrefix(id, "letter.") {
			continue // usage and content errors write [options] and [source] in their own sense, a letter [blanks]
		}
		for _, text := range forms {
			for _, at := range euLabel.FindAllStringIndex(text, -1) {
				label := text[at[0]:at[1]]
				seen[label] = true
				if kindUnknown[label] != "" || kindBefore.MatchString(text[:at[0]]) || kindAfter.MatchString(text[at[1]:]) {
					continue
				}
				t.Errorf("%s: %s has no word for its kind before it (knappen, feltet, listen, muligheden, ...) or \"i listen\" after it:\n%s",
					id, label, text)
			}
		}
	}
	for label := range kindUnknown {
		if !seen[label] {
			t.Errorf("%s is allowed without a kind but no Danish text names it: drop it from kindUnknown", label)
		}
	}
}
