package content_test

import (
	"testing"
	"testing/fstest"

	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// A failure's screen shows a sketch there is, and is used only where the
// sketch marks something to use; else the loader says which failure, and
// which sketch, in both languages.
func TestAFailureScreenShowsASketchThereIs(t *testing.T) {
	const sketches = `labels = ["Pour"]
[[sketches]]
id = "kettle"
source = "the tea seed"
controls = [{ kind = "button", label = "Pour", use = true }, { kind = "text", text = "hot" }]
[[sketches]]
id = "cup"
source = "the tea seed"
controls = [{ kind = "text", text = "full" }]
`
	failure := func(screen string) fstest.MapFS {
		return fstest.MapFS{
			content.SketchesFile: {Data: []byte(sketches)},
			content.FailuresFile: {Data: []byte(`[[failures]]
id = "spilt"
source = "the tea seed"
topic = "tea"
screens = [` + screen + `]
`)},
		}
	}
	got, err := fixture.Loader.Failures(failure(`{ text = "pour", sketch = "kettle", use = true }, { text = "look", sketch = "cup" }`))
	if err != nil {
		t.Fatal(err)
	}
	if sc := got[0].Screens; sc[0].Sketch == nil || sc[0].Sketch.ID != "kettle" || !sc[0].Use || sc[1].Sketch == nil || sc[1].Use {
		t.Fatalf("the screens' sketches were not read: %+v", sc)
	}
	_, err = fixture.Loader.Failures(failure(`{ text = "pour", sketch = "teapot" }`))
	refused(t, err, "failure-sketch", content.FailuresFile, "teapot")
	_, err = fixture.Loader.Failures(failure(`{ text = "look", sketch = "cup", use = true }`))
	refused(t, err, "failure-use", content.FailuresFile, "cup")
	_, err = fixture.Loader.Failures(failure(`{ text = "pour", use = true }`))
	refused(t, err, "failure-use", content.FailuresFile, "spilt")
}
