package steps_test

import (
	"io/fs"
	"slices"
	"testing"

	"github.com/pelletier/go-toml/v2"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
)

// A step two journeys show is written once, in the library, so that a
// change at EU Login (a new page, a sketch of it) is one edit: no step is
// written out in two journey files, and every step of the library is
// used by two journeys or more.
func TestEveryStepTwoJourneysShareIsInTheLibrary(t *testing.T) {
	type stepList struct{ Steps []struct{ ID, Use string } }
	read := func(name string, v any) {
		buf, err := fs.ReadFile(steps.Files, name)
		if err != nil {
			t.Fatal(err)
		}
		if err := toml.Unmarshal(buf, v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	written, used := map[string][]string{}, map[string][]string{}
	names, _ := fs.Glob(steps.Files, "journeys/*.toml")
	for _, name := range names {
		var j struct{ Stages []stepList }
		read(name, &j)
		for _, stage := range j.Stages {
			for _, st := range stage.Steps {
				if st.Use != "" {
					used[st.Use] = append(used[st.Use], name)
				} else {
					written[st.ID] = append(written[st.ID], name)
				}
			}
		}
	}
	for id, in := range written {
		if len(in) > 1 {
			t.Errorf("the step %q is written out in %v: put it in %s and use it", id, in, content.LibraryFile)
		}
	}
	var lib stepList
	read(content.LibraryFile, &lib)
	for _, st := range lib.Steps {
		if len(used[st.ID]) < 2 {
			t.Errorf("the library's step %q is used by %v only: write it in its journey", st.ID, used[st.ID])
		}
		if len(written[st.ID]) > 0 {
			t.Errorf("the library's step %q is written out again in %v", st.ID, written[st.ID])
		}
	}
	if len(lib.Steps) < 15 || !slices.Contains(names, "journeys/new-account.toml") {
		t.Errorf("%d steps in the library, journeys %v", len(lib.Steps), names)
	}
}
