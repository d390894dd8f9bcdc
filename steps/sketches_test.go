package steps_test

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps/check"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// sketches.toml in the format issue 20 fixes; a key outside it fails the
// read, so a misspelt key (lable, usse) is not silently dropped.
type (
	sketchFile struct {
		Labels   []string
		Sketches []sketch
	}
	sketch struct {
		ID, Source, Device string
		Controls           []sketchControl
	}
	sketchControl struct {
		Kind, Label, Text, Check, Correct string
		Field                             int
		Use, Unconfirmed                  bool
		Options                           []string
	}
)

// sketchKinds are the kinds of control a sketch may have (issue 20).
var sketchKinds = []string{"title", "text", "field", "secret", "button", "link", "checkbox", "list", "banner", "qr"}

// labelSources says where domain.md or a seed quotes each label a sketch
// may show. A label that is in sketches.toml but not here has no source.
var labelSources = map[string]string{
	"Next":                         "domain.md: Labels on the EU Login screens; 001 etape 1 trin 2",
	"Create an account":            "domain.md: Labels on the EU Login screens; 001 etape 1 trin 3",
	"Lost your password?":          "domain.md: Labels on the EU Login screens",
	"Submit":                       "domain.md: Labels on the EU Login screens; 001 etape 1 trin 7, etape 2 trin 15, etape 3 trin 4",
	"Proceed":                      "domain.md: Labels on the EU Login screens; 001 etape 1 trin 5",
	"Sign in":                      "domain.md: Labels on the EU Login screens; 000 trin 2",
	"My Account":                   "domain.md: Additions, December 2026 ([My Account] → [Configure my account]); 001 etape 1 trin 6 (My account)",
	"Manage my mobile devices":     "domain.md: Labels on the EU Login screens; 001 etape 1 trin 6",
	"Add a mobile device":          "domain.md: Labels on the EU Login screens; 000 trin 2",
	"Your device name":             "domain.md: Labels on the EU Login screens",
	"Your 4 digit PIN code":        "domain.md: Labels on the EU Login screens",
	"Confirm your PIN code":        "domain.md: Labels on the EU Login screens",
	"Initialise":                   "domain.md: Labels on the EU Login screens (in the app); 001 etape 1 trin 8",
	"Logout":                       "domain.md: Labels on the EU Login screens; 001 etape 1 trin 10",
	"Sign out":                     "domain.md: Labels on the EU Login screens; 001 etape 2 trin 17",
	"Log out":                      "001 etape 2 trin 17",
	"Connect":                      "domain.md: Labels on the EU Login screens (RCAM, light-grey box at the bottom); 001 etape 2 trin 11",
	"Password":                     "domain.md: Labels on the EU Login screens (verification method dropdown); 000 trin 2",
	"EU Login Mobile App PIN Code": "domain.md: Labels on the EU Login screens (verification method dropdown); 001 etape 2 trin 13",
	"EU Login Mobile App QR Code":  "domain.md: Labels on the EU Login screens (verification method dropdown; not confirmed, December 2026)",
	"On Mobile Authentication":     "domain.md: Labels on the EU Login screens (verification method dropdown); 000 Log på med en iPad/tablet/mobiltelefon",
	"this link":                    "001 etape 1 trin 4; domain.md: Additions, December 2026 (changing the e-mail)",
	"E-mail language":              "domain.md: Additions, December 2026 (the account form)",
	"Configure my account":         "domain.md: Additions, December 2026",
	"Manage my Security Keys and Trusted Platforms": "domain.md: Additions, December 2026 (Passkey)",
	"Manage my eIDs":              "domain.md: Additions, December 2026 (eID)",
	"Igangværende anmodninger":    "001 etape 1 trin 8; 000 Log på fra en computer (the app, in Danish)",
	"Fortsæt":                     "001 etape 1 trin 8, etape 2 trin 14, etape 3 trin 3; 000 Log på fra en computer (the app, in Danish)",
	"Switch account":              "domain.md: Additions, December 2026 (a pending request for another account)",
	"You have a pending approval": "000 trin 5; domain.md: Timing and pitfalls (Android)",
	"Opret en konto":              "domain.md: Corrections and additions (Europass FAQ (da): Danish for Create an account)",
}

// Bounds of a small sketch: it fits at 80x24 with the guide's own lines,
// and each text is read at a glance.
const (
	maxSketchControls = 12
	maxSketchWords    = 20
)

func readSketches(t *testing.T) sketchFile {
	t.Helper()
	buf, err := os.ReadFile("sketches.toml")
	if err != nil {
		t.Fatal(err)
	}
	var f sketchFile
	dec := toml.NewDecoder(bytes.NewReader(buf))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		if missing := (*toml.StrictMissingError)(nil); errors.As(err, &missing) {
			t.Fatalf("sketches.toml: a key outside the format:\n%s", missing.String())
		}
		t.Fatalf("sketches.toml: %v", err)
	}
	if len(f.Sketches) == 0 || len(f.Labels) == 0 {
		t.Fatal("sketches.toml has no sketches or no labels")
	}
	return f
}

// A sketch shows EU Login's, RCAM's and the app's labels only as domain.md
// or a seed quotes them: every label and list option is in the file's
// labels, and every one of those has a source.
func TestEverySketchLabelIsOneTheSourcesQuote(t *testing.T) {
	f := readSketches(t)
	for i, label := range f.Labels {
		if labelSources[label] == "" {
			t.Errorf("label %q has no source in domain.md or the seeds (labelSources)", label)
		}
		if slices.Index(f.Labels, label) != i {
			t.Errorf("label %q is listed twice", label)
		}
	}
	for _, s := range f.Sketches {
		for _, c := range s.Controls {
			for _, label := range append([]string{c.Label}, c.Options...) {
				if label != "" && !slices.Contains(f.Labels, label) {
					t.Errorf("%s: %q is not one of the labels", s.ID, label)
				}
			}
			if c.Kind == "list" && !slices.Contains(c.Options, c.Correct) {
				t.Errorf("%s: the list's correct option %q is not one of its options %v", s.ID, c.Correct, c.Options)
			}
		}
	}
}

// Every sketch names where it comes from and whose screen it is, as a
// step does.
func TestEverySketchHasASourceAndADevice(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range readSketches(t).Sketches {
		if s.ID == "" || seen[s.ID] {
			t.Errorf("sketch id %q is empty or given twice", s.ID)
		}
		seen[s.ID] = true
		if strings.TrimSpace(s.Source) == "" {
			t.Errorf("%s: no source", s.ID)
		}
		if s.Device != "computer" && s.Device != "phone" {
			t.Errorf("%s: device %q is neither computer nor phone", s.ID, s.Device)
		}
	}
}

// Each control is of a kind the front-ends draw, says what it is (a label
// or a text, or both: a label with a note of what it does), is marked where
// the user acts, and a
// box's check is one the real journey has.
func TestEverySketchControlIsOfAKnownKindAndMarksWhatToUse(t *testing.T) {
	for _, s := range readSketches(t).Sketches {
		if len(s.Controls) > maxSketchControls {
			t.Errorf("%s: %d controls, more than %d", s.ID, len(s.Controls), maxSketchControls)
		}
		if !slices.ContainsFunc(s.Controls, func(c sketchControl) bool { return c.Use }) {
			t.Errorf("%s: no control has use = true: the user cannot tell what to click", s.ID)
		}
		for i, c := range s.Controls {
			box := c.Kind == "field" || c.Kind == "secret"
			switch {
			case !slices.Contains(sketchKinds, c.Kind):
				t.Errorf("%s control %d: kind %q is not one of %v", s.ID, i+1, c.Kind, sketchKinds)
			case c.Kind != "qr" && c.Label == "" && c.Text == "":
				t.Errorf("%s control %d: neither label nor text", s.ID, i+1)
			case (c.Field != 0 || c.Check != "") && !box:
				t.Errorf("%s control %d: a %s has no field or check", s.ID, i+1, c.Kind)
			case c.Field != 0 && c.Check != "":
				t.Errorf("%s control %d: field = %d and check = %q: the field has its own check", s.ID, i+1, c.Field, c.Check)
			case c.Field < 0:
				t.Errorf("%s control %d: field = %d; fields count from 1", s.ID, i+1, c.Field)
			case (len(c.Options) > 0 || c.Correct != "") != (c.Kind == "list"):
				t.Errorf("%s control %d: options and correct belong to a list, and a list has them", s.ID, i+1)
			}
			if _, ok := check.Registry[c.Check]; c.Check != "" && !ok {
				t.Errorf("%s control %d: check %q is not in steps/check", s.ID, i+1, c.Check)
			}
		}
	}
}

// Every text of a sketch is written in Danish and English, short, and
// holds no EU Login label (those are label =, shown as EU Login shows
// them); every sketch message is one a sketch shows.
func TestEverySketchTextIsWrittenShortInBothLanguages(t *testing.T) {
	named := map[string]bool{}
	for _, s := range readSketches(t).Sketches {
		for _, c := range s.Controls {
			if c.Text != "" {
				named["sketch."+s.ID+"."+c.Text] = true
			}
		}
	}
	for _, lang := range []string{"da", "en"} {
		msgs, err := text.Messages(locales.Files, lang)
		if err != nil {
			t.Fatal(err)
		}
		for id := range named {
			s := msgs[id]["other"]
			switch {
			case strings.TrimSpace(s) == "":
				t.Errorf("%s: no message %q", lang, id)
			case len(strings.Fields(s)) > maxSketchWords:
				t.Errorf("%s: %q has %d words, more than %d: %s", lang, id, len(strings.Fields(s)), maxSketchWords, s)
			case strings.ContainsAny(s, "[]"):
				t.Errorf("%s: %q writes a [label]; give it as label = on the control: %s", lang, id, s)
			}
		}
		for id := range msgs {
			// sketch.<id>.<text> is a sketch's; sketch.<word> the engine's own words for any sketch
			if strings.HasPrefix(id, "sketch.") && strings.Count(id, ".") == 2 && !named[id] {
				t.Errorf("%s: message %q is named by no sketch", lang, id)
			}
		}
	}
}
