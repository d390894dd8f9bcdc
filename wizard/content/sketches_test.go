package content_test

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// kettlePage is a sketch of a kettle's page, as a folder of corrections
// gives it, with its controls.
func kettlePage(controls ...string) string {
	return `labels = ["Kettle", "Boil"]

[[sketches]]
id = "kettle-page"
source = "book"
device = "kettle"
controls = [
  ` + strings.Join(controls, ",\n  ") + `,
]
`
}

var (
	kettleTitle = `{ kind = "title", label = "Kettle" }`
	kettleBoil  = `{ kind = "button", label = "Boil", use = true }`
)

// namedBy is the tea journey whose step of three fields (order) names the
// sketch id.
func namedBy(t *testing.T, id string) string {
	return changed(t, `id = "order"`, `id = "order"`+"\nsketch = \""+id+"\"")
}

// Issue 20: a sketch in a folder of corrections is checked as the rest:
// each mistake refused with its message in the user's words, naming the
// file and what was found.
func TestASketchOfAFolderIsCheckedWhenLoaded(t *testing.T) {
	journey := "journeys/tea.toml"
	cases := []folderCase{
		{"an unknown kind of control", map[string]string{content.SketchesFile: kettlePage(kettleTitle, `{ kind = "knob", label = "Boil" }`)},
			"sketch-kind", content.SketchesFile, "knob"},
		{"a label not in labels", map[string]string{content.SketchesFile: kettlePage(kettleTitle, `{ kind = "button", label = "Brew", use = true }`)},
			"sketch-label", content.SketchesFile, "Brew"},
		{"a list option not in labels", map[string]string{content.SketchesFile: kettlePage(`{ kind = "list", label = "Kettle", options = ["Boil", "Steep"] }`, kettleBoil)},
			"sketch-label", content.SketchesFile, "Steep"},
		{"a control with no words", map[string]string{content.SketchesFile: kettlePage(kettleTitle, `{ kind = "button", use = true }`)},
			"sketch-words", content.SketchesFile, "kettle-page 2"},
		{"an unknown check", map[string]string{content.SketchesFile: kettlePage(`{ kind = "field", label = "Kettle", check = "cup" }`, kettleBoil)},
			"sketch-check", content.SketchesFile, "cup"},
		{"no source", map[string]string{content.SketchesFile: strings.Replace(kettlePage(kettleTitle, kettleBoil), `source = "book"`, "", 1)},
			"sketch-source", content.SketchesFile, "kettle-page"},
		{"a field the step does not have", map[string]string{content.SketchesFile: kettlePage(`{ kind = "field", label = "Kettle", field = 9 }`, kettleBoil),
			journey: namedBy(t, "kettle-page")}, "sketch-field", journey, "field = 9"},
		{"an unknown sketch", map[string]string{journey: namedBy(t, "kettle-pot")}, "unknown-sketch", journey, "kettle-pot"},
		{"nothing to use", map[string]string{content.SketchesFile: kettlePage(kettleTitle, `{ kind = "button", label = "Boil" }`),
			journey: namedBy(t, "kettle-page")}, "sketch-use", journey, "kettle-page"},
		{"a text with no words", map[string]string{content.SketchesFile: kettlePage(`{ kind = "text", text = "hint" }`, kettleBoil),
			journey: namedBy(t, "kettle-page")}, "sketch-text", "locales/sketches.da.toml", "sketch.kettle-page.hint"},
	}
	refusesEach(t, cases)
}

// A sketch that passes is used by the step that names it.
func TestASketchOfAFolderIsUsed(t *testing.T) {
	_, files := onDisk(t, map[string]string{content.SketchesFile: kettlePage(kettleTitle, kettleBoil), "journeys/tea.toml": namedBy(t, "kettle-page")})
	built, err := fixture.Loader.WithFolder(files)
	if err != nil {
		t.Fatal(err)
	}
	sk := built.Flow("tea").Step("order").Sketch
	if sk == nil || sk.ID != "kettle-page" || len(sk.Controls) != 2 || sk.Controls[1].Label != "Boil" || !sk.Controls[1].Use {
		t.Fatalf("the step's sketch is %+v", sk)
	}
}
