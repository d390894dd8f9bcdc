package content_test

import (
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The made-up content, given as a folder of corrections, passes every
// check a folder must pass, as a service's built-in content must: the
// engine's tests run on content the engine has read.
func TestTheMadeUpContentPassesAsAFolder(t *testing.T) {
	folder := fstest.MapFS{}
	for name, file := range fixture.Words {
		folder["locales/"+name] = file
	}
	journeys, _ := fs.Glob(fixture.Files, "journeys/*.toml")
	for _, name := range append(journeys, content.TopicsFile, content.LibraryFile) {
		buf, err := fixture.Files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		folder[name] = &fstest.MapFile{Data: buf}
	}
	built, err := fixture.Loader.WithFolder(folder)
	if err != nil {
		t.Fatal(err)
	}
	if len(built.Flows) != 2 || len(built.Topics) != 3 || len(built.Languages) != 2 {
		t.Fatalf("%d journeys, %d topics, languages %v", len(built.Flows), len(built.Topics), built.Languages)
	}
	if !fixture.Flow().Checked.Equal(fixture.Checked) || !fixture.Topics()[0].Checked.Equal(fixture.Checked) {
		t.Errorf("checked on %v and %v, not %v", fixture.Flow().Checked, fixture.Topics()[0].Checked, fixture.Checked)
	}
}

// Every mistake in a folder of corrections is refused with what and
// where: the file, the step or message, and what was found.
func TestAFolderOfCorrectionsIsCheckedAsAWhole(t *testing.T) {
	journey := "journeys/tea.toml"
	cases := []folderCase{
		{"unknown message id", map[string]string{journey: changed(t, `{ text = "tea.kettle-help" }`, `{ text = "tea.kettle-hint" }`)},
			"unknown-message", journey, "tea.kettle-hint"},
		{"missing translation", map[string]string{"locales/active.da.toml": "[tea]\nextra = \"Ekstra\"\n"},
			"missing-message", "locales/active.en.toml", "tea.extra"},
		{"wrong template field", map[string]string{"locales/active.en.toml": "[tea]\nordered = \"You ordered {{.Wen}}.\"\n"},
			"template-field", "locales/active.en.toml", "{{.Wen}}"},
		{"address outside the official list", map[string]string{journey: changed(t, `address = "kettle"`, `address = "kettle.example"`)},
			"address", journey, "kettle.example"},
		{"an unknown kind of step", map[string]string{journey: changed(t, `kind = "read"`, `kind = "watch"`)},
			"unknown-kind", journey, "watch"},
		{"an unknown device", map[string]string{journey: changed(t, `device = "kettle"`, `device = "pot"`)},
			"unknown-device", journey, "pot"},
		{"condition on a missing choice", map[string]string{journey: changed(t, `when = "kind=green"`, `when = "kind=white"`)},
			"condition", journey, "kind=white"},
		{"a second, negated condition on a missing answer", map[string]string{journey: changed(t, `when = "kind=green"`, `when = "kind=green and kind!=white"`)},
			"condition", journey, "kind!=white"},
		{"an alternative condition on a missing answer", map[string]string{journey: changed(t, `when = "kind=green"`, `when = "kind=black or kind=white"`)},
			"condition", journey, "kind=white"},
		{"an alternative left empty", map[string]string{journey: changed(t, `when = "kind=green"`, `when = "kind=green or "`)},
			"condition", journey, "="},
		{"a review of a field that does not exist", map[string]string{journey: changed(t, `reviews = ["name", "cups", "milk"]`, `reviews = ["name", "cups", "sugar"]`)},
			"review-field", journey, "sugar"},
		{"a journey without the day it was checked", map[string]string{journey: changed(t, `checked = 2026-11-01`, ``)},
			"date", journey, ""},
		{"a source written out as an address", map[string]string{journey: changed(t, `sources = ["book"]`, `sources = ["https://example.org/"]`)},
			"source", journey, "https://example.org/"},
		{"a source with no words", map[string]string{journey: changed(t, `sources = ["book"]`, `sources = ["cookbook"]`)},
			"unknown-message", journey, "source.cookbook"},
		{"duplicate step id", map[string]string{journey: changed(t, `id = "sip"`, `id = "kettle"`)},
			"duplicate-id", journey, "kettle"},
		{"unknown check", map[string]string{journey: changed(t, `check = "cups"`, `check = "cup"`)},
			"unknown-check", journey, "cup"},
		{"a parameter the check does not take", map[string]string{journey: changed(t, `check = "cups"`, `check = "cups", params = { most = "9" }`)},
			"unknown-param", journey, "most"},
		{"not TOML", map[string]string{journey: tea(t) + "\n[[stages\n"},
			"syntax", journey, " " + strconv.Itoa(strings.Count(tea(t), "\n")+2)}, // the line of "[[stages"
		{"a misspelt key", map[string]string{journey: changed(t, `look-away = true`, `lookaway = true`)},
			"unknown-key", journey, "lookaway"},
		{"a journey in a file of another name", map[string]string{"journeys/teas.toml": tea(t)},
			"file-name", "journeys/teas.toml", "tea"},
	}
	refusesEach(t, cases)
}

// A correction of one message, and a corrected journey, are used.
func TestAFolderOfCorrectionsIsUsed(t *testing.T) {
	dir := fstest.MapFS{
		"locales/active.da.toml": {Data: []byte("[tea]\nkettle = \"Kog vandet nu\"\n")},
		"journeys/tea.toml":      {Data: []byte(changed(t, `max = 40, check = "name"`, `max = 30, check = "name"`))},
	}
	built, err := fixture.Loader.WithFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := text.Load(fixture.Words, "da", locales.Default, built.Overrides...)
	if err != nil {
		t.Fatal(err)
	}
	if got := tr.T("tea.kettle"); got != "Kog vandet nu" {
		t.Errorf("the corrected message is %q", got)
	}
	if got := tr.T("tea.kettle-help"); got == "tea.kettle-help" {
		t.Error("the messages not corrected were lost")
	}
	if f := built.Flow("tea").Field("name"); f.MaxLength != 30 {
		t.Errorf("the corrected journey was not used: %+v", f)
	}
	if built.Flow("coffee") == nil {
		t.Error("the journey not corrected was lost")
	}
}
