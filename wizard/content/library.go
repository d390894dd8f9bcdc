package content

import (
	"errors"
	"io/fs"
	"maps"
	"reflect"
)

// LibraryFile is where the steps that journeys share are kept, in the
// built-in files and in a folder of corrections: steps written once, as
// a journey's are, that a journey uses by id (use = "pin"), giving only
// what differs there.
const LibraryFile = "library.toml"

// journeyStep is a step of a journey file: its own, or the library's
// step Use with the keys it gives in place of the library's.
type journeyStep struct {
	Use string
	stepFile
}

// library are the shared steps, by id.
type library map[string]stepFile

// library reads the library of files, if it has one, over the steps of
// under: a step of an id under has replaces it. Each step is checked as
// a journey's is, but for its conditions: they name the choices of the
// journey that uses it, and are checked there.
func (l Loader) library(files fs.FS, under library, sk sketches) (library, error) {
	buf, err := fs.ReadFile(files, LibraryFile)
	if errors.Is(err, fs.ErrNotExist) {
		return under, nil
	}
	if err != nil {
		return nil, &Error{File: LibraryFile, Item: LibraryFile, Problem: "unreadable", Detail: err.Error()}
	}
	var lf struct{ Steps []stepFile }
	if _, err := decode(LibraryFile, buf, &lf); err != nil {
		return nil, err
	}
	lib, p := maps.Clone(under), l.parser(LibraryFile, sk)
	if lib == nil {
		lib = library{}
	}
	for _, sf := range lf.Steps {
		if _, err := p.step(sf); err != nil {
			return nil, err
		}
		lib[sf.ID] = sf
	}
	return lib, nil
}

// use is the step a journey writes: its own, or the library's step it
// uses with each key the journey gives in place of the library's (a list
// as a whole; a key left out, "", false or 0 keeps the library's). A
// used step has the library's id, so its words are the library step's.
func (p *parser) use(st journeyStep, lib library) (stepFile, error) {
	if st.Use == "" {
		return st.stepFile, nil
	}
	shared, ok := lib[st.Use]
	switch {
	case st.ID != "":
		return stepFile{}, p.fail(st.ID, "use-id", st.Use)
	case !ok:
		return stepFile{}, p.fail(st.Use, "unknown-step", st.Use)
	}
	own, out := reflect.ValueOf(st.stepFile), reflect.ValueOf(&shared).Elem()
	for i := range own.NumField() {
		if !own.Field(i).IsZero() {
			out.Field(i).Set(own.Field(i))
		}
	}
	return shared, nil
}
