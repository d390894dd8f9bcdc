package steps_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// builtInWords are the built-in messages of every language.
func builtInWords(t *testing.T) content.Words {
	t.Helper()
	words, err := content.ReadWords(locales.Files, text.Languages(locales.Files))
	if err != nil || len(words) < 2 {
		t.Fatalf("the built-in words of %v: %v", text.Languages(locales.Files), err)
	}
	return words
}

// builtInTopics are the help topics built in, loaded.
func builtInTopics(t *testing.T) []flow.Topic {
	t.Helper()
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	return built.Topics
}

// The built-in help topics load, each dated and sourced, and every word
// they name is there in every language.
func TestTheBuiltInHelpTopicsLoadAndHaveTheirWords(t *testing.T) {
	topics := builtInTopics(t)
	if err := content.ValidateTopics(topics, builtInWords(t)); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, tp := range topics {
		ids = append(ids, tp.ID)
		if tp.Checked.IsZero() || len(tp.Sources) == 0 {
			t.Errorf("%s: checked %v, sources %v", tp.ID, tp.Checked, tp.Sources)
		}
		if tp.Title != "help."+tp.ID+".title" || len(tp.Body) == 0 || tp.Body[0].ID != "help."+tp.ID+".body" || tp.Words != "help."+tp.ID+".words" {
			t.Errorf("%s: message ids %q %v %q", tp.ID, tp.Title, tp.Body, tp.Words)
		}
	}
	// The troubles pensioners meet most (reviews/anchors.md, section 2).
	for _, want := range []string{"sms-ended", "new-phone", "have-account", "password", "locked", "app-pin",
		"no-password-option", "backup-method", "pending-approval", "qr-camera", "validation-code", "change-email",
		"medical-claims", "real-or-fake", "language"} {
		if !slices.Contains(ids, want) {
			t.Errorf("no help topic %q among %v", want, ids)
		}
	}
}

// The built-in content carries the topics, for the help index.
func TestTheBuiltInContentHasTheHelpTopics(t *testing.T) {
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	if len(built.Topics) != len(builtInTopics(t)) {
		t.Fatalf("the built-in content has %d topics", len(built.Topics))
	}
}

// officialAddress reports whether url is, or lies under, one of the
// official addresses.
func officialAddress(url string) bool {
	for _, a := range steps.Addresses {
		if strings.HasPrefix(url, a) {
			return true
		}
	}
	return false
}

// A topic's sources are official addresses, or named in words without an
// address (every text's addresses: TestEveryAddressShownIsOfficial).
func TestHelpTopicsShowOnlyOfficialAddresses(t *testing.T) {
	words := builtInWords(t)
	for _, tp := range builtInTopics(t) {
		for _, src := range tp.Sources {
			if strings.HasPrefix(src, "https://") {
				if !officialAddress(src) {
					t.Errorf("%s: source %s is not an official address", tp.ID, src)
				}
				continue
			}
			for lang := range words {
				if s := words[lang][src]["other"]; strings.Contains(s, "://") || strings.Contains(s, "www.") {
					t.Errorf("%s: %s (%s) gives an address: %q", tp.ID, src, lang, s)
				}
			}
		}
	}
}
