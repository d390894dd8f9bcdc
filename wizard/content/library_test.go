package content_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// library is the made-up library file.
func library(t *testing.T) string { return fixtureFile(t, content.LibraryFile) }

// A journey uses a step of the library by its id: the library's step,
// with what the journey gives in place of the library's.
func TestAJourneyUsesAStepOfTheLibrary(t *testing.T) {
	cup := fixture.Coffee().Step("cup")
	if cup == nil || cup.Kind != flow.Read || cup.Title != "coffee.cup" || len(cup.Help) != 1 || cup.Help[0].ID != "coffee.cup-help" {
		t.Fatalf("the library's step is not used: %+v", cup)
	}
	if cup.Source != "coffee, last step" {
		t.Errorf("the journey's own source is not used: %q", cup.Source)
	}
	// A step of the library's own words: step.<id>.<name>, as in a journey.
	dir := fstest.MapFS{
		content.LibraryFile:      {Data: []byte(library(t) + "\n[[steps]]\nid = \"pour\"\nkind = \"read\"\n")},
		"journeys/zz.toml":       {Data: []byte(practice(stage("s1", "\n[[stages.steps]]\nuse = \"pour\"\nhelp = [{ text = \"tea.sip-help\" }]\n")))},
		"locales/active.da.toml": {Data: []byte("[step.pour]\ntitle = \"Hæld op\"\nbody = \"Hæld kaffen i koppen.\"\n")},
		"locales/active.en.toml": {Data: []byte("[step.pour]\ntitle = \"Pour\"\nbody = \"Pour the coffee into the cup.\"\n")},
	}
	built, err := fixture.Loader.WithFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	pour := built.Flow("zz").Step("pour")
	if pour.Title != "step.pour.title" || pour.Body[0].ID != "step.pour.body" || pour.Help[0].ID != "tea.sip-help" {
		t.Errorf("the used step's words: %+v", pour)
	}
}

// A folder's library.toml corrects the steps of the library: a step of
// its id replaces the library's in every journey that uses it, built-in
// ones included, and passes the same checks as a journey's.
func TestAFolderOfCorrectionsMayCorrectTheLibrary(t *testing.T) {
	corrected := strings.Replace(library(t), `help = [{ text = "coffee.cup-help" }]`, `help = [{ text = "coffee.grind-help" }]`, 1)
	built, err := fixture.Loader.WithFolder(fstest.MapFS{content.LibraryFile: {Data: []byte(corrected)}})
	if err != nil {
		t.Fatal(err)
	}
	if cup := built.Flow("coffee").Step("cup"); cup.Help[0].ID != "coffee.grind-help" || cup.Source != "coffee, last step" {
		t.Errorf("the built-in journey does not use the corrected step: %+v", cup)
	}
	coffee := "journeys/coffee.toml"
	refusesEach(t, []folderCase{
		{"a step of the library with a mistake", map[string]string{content.LibraryFile: strings.Replace(library(t), `kind = "read"`, `kind = "watch"`, 1)},
			"unknown-kind", content.LibraryFile, "watch"},
		{"a step of the library with a message no language has", map[string]string{content.LibraryFile: corrected + "\n[[steps]]\nid = \"pour\"\nkind = \"read\"\n",
			coffee: strings.Replace(fixtureFile(t, coffee), `use = "cup"`, `use = "pour"`, 1)}, "unknown-message", coffee, "step.pour.title"},
		{"a key the library does not know", map[string]string{content.LibraryFile: strings.Replace(library(t), `id = "cup"`, `use = "cup"`, 1)},
			"unknown-key", content.LibraryFile, "use"},
		{"a step of the library twice", map[string]string{content.LibraryFile: library(t) + library(t)},
			"duplicate-id", content.LibraryFile, "cup"},
		{"a step the library does not have", map[string]string{coffee: strings.Replace(fixtureFile(t, coffee), `use = "cup"`, `use = "mug"`, 1)},
			"unknown-step", coffee, "mug"},
		{"a used step given an id", map[string]string{coffee: strings.Replace(fixtureFile(t, coffee), `use = "cup"`, "use = \"cup\"\nid = \"mug\"", 1)},
			"use-id", coffee, "cup"},
		{"a used step shown by a choice its journey does not have", map[string]string{
			content.LibraryFile: strings.Replace(library(t), `kind = "read"`, "kind = \"read\"\nwhen = \"kind=green\"", 1)},
			"condition", coffee, "kind=green"},
	})
}

// A step may have notes for a helper beside the person (helper), in the
// library too: paragraphs as its body's, named from the step's words and
// checked as they are, sending nobody on.
func TestAStepHasNotesForAHelper(t *testing.T) {
	noted := strings.Replace(library(t), `help = [{ text = "coffee.cup-help" }]`, "help = [{ text = \"coffee.cup-help\" }]\nhelper = [{ text = \"coffee.cup-help\" }]", 1)
	built, err := fixture.Loader.WithFolder(fstest.MapFS{content.LibraryFile: {Data: []byte(noted)}})
	if err != nil {
		t.Fatal(err)
	}
	if cup := built.Flow("coffee").Step("cup"); len(cup.Helper) != 1 || cup.Helper[0].ID != "coffee.cup-help" {
		t.Errorf("the helper's note is not read: %+v", cup.Helper)
	}
	refusesEach(t, []folderCase{
		{"a helper's note no language has", map[string]string{content.LibraryFile: strings.Replace(noted, `helper = [{ text = "coffee.cup-help" }]`, `helper = [{ text = "coffee.cup-helper" }]`, 1)},
			"unknown-message", "journeys/coffee.toml", "coffee.cup-helper"},
		{"a helper's note sending on", map[string]string{content.LibraryFile: strings.Replace(noted, `helper = [{ text = "coffee.cup-help" }]`, `helper = [{ text = "coffee.cup-help", handover = "tea" }]`, 1)},
			"helper-handover", content.LibraryFile, "tea"},
	})
}
