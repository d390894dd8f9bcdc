package core_test

import (
	"go/build"
	"strings"
	"testing"
)

// The front-ends only draw the core's frames and map input to its
// actions: they import neither each other nor the journey's data types,
// nor any journey's content.
func TestFrontEndsImportNeitherEachOtherNorTheJourney(t *testing.T) {
	const module = "github.com/eulogin-guide/eulogin-guide/"
	frontEnds := []string{"wizard/fullscreen", "wizard/plain"}
	forbidden := append([]string{"wizard/flow", "steps"}, frontEnds...)
	for _, fe := range frontEnds {
		pkg, err := build.ImportDir("../../"+fe, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range pkg.Imports {
			for _, f := range forbidden {
				if imp == module+f || strings.HasPrefix(imp, module+f+"/") {
					t.Errorf("%s imports %s", fe, imp)
				}
			}
		}
		if len(pkg.Imports) == 0 {
			t.Errorf("%s: no imports read", fe)
		}
	}
}
