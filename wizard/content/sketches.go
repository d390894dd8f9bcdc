package content

import (
	"errors"
	"io/fs"
	"maps"
	"slices"
	"strconv"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// SketchesFile is where the sketches of pages are kept, beside the
// journeys, in the built-in files and in a folder of corrections: the
// labels the pages show, and each sketch, which a step names by its id.
const SketchesFile = "sketches.toml"

// sketches are the sketches of pages, by id.
type sketches map[string]*flow.Sketch

type sketchesFile struct {
	Labels   []string
	Sketches []struct {
		ID, Source, Device string
		Controls           []struct {
			Kind, Label, Text, Check, Correct string
			Field                             int
			Use, Unconfirmed                  bool
			Options                           []string
			Params                            map[string]string
		}
	}
}

// sketches reads the sketches of files, if it has them, over those of
// under: a sketch of an id under has replaces it. Each is checked on its
// own: its kinds, its labels (each one the file lists), its words and
// checks, its source; a step that names it checks the rest (sketchOf).
func (l Loader) sketches(files fs.FS, under sketches) (sketches, error) {
	buf, err := fs.ReadFile(files, SketchesFile)
	if errors.Is(err, fs.ErrNotExist) {
		return under, nil
	}
	if err != nil {
		return nil, &Error{File: SketchesFile, Item: SketchesFile, Problem: "unreadable", Detail: err.Error()}
	}
	var sf sketchesFile
	if _, err := decode(SketchesFile, buf, &sf); err != nil {
		return nil, err
	}
	out := maps.Clone(under)
	if out == nil {
		out = sketches{}
	}
	fail := func(item, problem, detail string) error {
		return &Error{File: SketchesFile, Item: item, Problem: problem, Detail: detail}
	}
	for _, s := range sf.Sketches {
		device, ok := l.Devices[s.Device]
		switch {
		case s.ID == "":
			return nil, fail(SketchesFile, "empty", "id")
		case s.Source == "":
			return nil, fail(s.ID, "sketch-source", "")
		case !ok && s.Device != "":
			return nil, fail(s.ID, "unknown-device", s.Device)
		}
		sk := &flow.Sketch{ID: s.ID, Source: s.Source, Device: device}
		for i, c := range s.Controls {
			where := s.ID + " " + strconv.Itoa(i+1)
			kind := flow.ControlKind(c.Kind)
			ctl := flow.Control{Kind: kind, Label: c.Label, Field: c.Field, Use: c.Use, Unconfirmed: c.Unconfirmed,
				Options: c.Options, Correct: c.Correct}
			if c.Text != "" {
				ctl.Text = "sketch." + s.ID + "." + c.Text
			}
			switch {
			case !slices.Contains(flow.ControlKinds, kind):
				return nil, fail(where, "sketch-kind", c.Kind)
			case c.Label == "" && c.Text == "" && kind != flow.SketchQR:
				return nil, fail(where, "sketch-words", c.Kind)
			case c.Field < 0:
				return nil, fail(where, "sketch-field", strconv.Itoa(c.Field))
			}
			for _, label := range append([]string{c.Label}, c.Options...) {
				if label != "" && !slices.Contains(sf.Labels, label) {
					return nil, fail(where, "sketch-label", label)
				}
			}
			if c.Correct != "" && !slices.Contains(c.Options, c.Correct) {
				return nil, fail(where, "sketch-label", c.Correct)
			}
			if c.Check != "" {
				fn, err := l.Checks.Lookup(c.Check, c.Params)
				if lerr := (*verdict.LookupError)(nil); errors.As(err, &lerr) {
					return nil, fail(where, "sketch-check", lerr.Name)
				}
				ctl.Check = fn
			}
			sk.Controls = append(sk.Controls, ctl)
		}
		out[s.ID] = sk
	}
	return out, nil
}

// sketchOf is the sketch a step names, checked against the step: one
// there is, whose boxes are the step's fields, with a control to use.
func (p *parser) sketchOf(item, id string, st flow.Step) (*flow.Sketch, error) {
	if id == "" {
		return nil, nil
	}
	sk, ok := p.sketches[id]
	if !ok {
		return nil, p.fail(item, "unknown-sketch", id)
	}
	used := false
	for _, c := range sk.Controls {
		if c.Field > len(st.Fields) {
			return nil, p.fail(item, "sketch-field", id+" field = "+strconv.Itoa(c.Field))
		}
		used = used || c.Use
	}
	if !used {
		return nil, p.fail(item, "sketch-use", id)
	}
	return sk, nil
}
