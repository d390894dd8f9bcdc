package core_test

import (
	"errors"
	"go/build"
	"io/fs"
	"path/filepath"
	"slices"
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

// The engine knows no service: no package under wizard/, its tests
// included, imports EU Login's content (steps and what is under it). Its
// tests run on the made-up journeys of wizard/fixture.
func TestTheEngineImportsNoServiceContent(t *testing.T) {
	const steps = "github.com/eulogin-guide/eulogin-guide/steps"
	read := 0
	err := filepath.WalkDir("..", func(dir string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		pkg, err := build.ImportDir(dir, 0)
		if errors.As(err, new(*build.NoGoError)) {
			return nil // a folder of data files
		}
		if err != nil {
			return err
		}
		read++
		for _, imp := range slices.Concat(pkg.Imports, pkg.TestImports, pkg.XTestImports) {
			if imp == steps || strings.HasPrefix(imp, steps+"/") {
				t.Errorf("wizard/%s imports %s", strings.TrimPrefix(filepath.ToSlash(dir), "../"), imp)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if read < 10 {
		t.Errorf("only %d packages read under wizard/", read)
	}
}
