package flow

import (
	"slices"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// A Sketch is a small drawing of a page a step works on: its controls in
// the order the page shows them. It names its source as a step does.
type Sketch struct {
	ID       string
	Source   string
	Device   string // message id naming the device whose screen it is; "" for none
	Controls []Control
}

// ControlKind is what a control of a sketch is.
type ControlKind string

const (
	SketchTitle    ControlKind = "title"    // the page's heading
	SketchText     ControlKind = "text"     // words on the page
	SketchField    ControlKind = "field"    // a text box
	SketchSecret   ControlKind = "secret"   // a password or PIN box: never echoed, never kept
	SketchButton   ControlKind = "button"   // a button
	SketchLink     ControlKind = "link"     // a link
	SketchCheckbox ControlKind = "checkbox" // a tick box
	SketchList     ControlKind = "list"     // a drop-down list
	SketchBanner   ControlKind = "banner"   // a phone's notification or message
	SketchQR       ControlKind = "qr"       // the step's QR code
)

// ControlKinds are every kind of control.
var ControlKinds = []ControlKind{SketchTitle, SketchText, SketchField, SketchSecret, SketchButton, SketchLink,
	SketchCheckbox, SketchList, SketchBanner, SketchQR}

// Interactive reports whether a control of the kind takes the focus: it
// is typed into, ticked, chosen or used.
func (k ControlKind) Interactive() bool {
	switch k {
	case SketchField, SketchSecret, SketchButton, SketchLink, SketchCheckbox, SketchList:
		return true
	}
	return false
}

// Interactive reports whether the control takes the focus: one of an
// interactive kind, or one to use of any kind (a banner tapped, a code
// scanned), which is used as a button is.
func (c Control) Interactive() bool { return c.Kind.Interactive() || c.Use }

// Control is one part of a sketch.
type Control struct {
	Kind        ControlKind
	Label       string        // the service's own label, shown as it shows it; "" for none
	Text        string        // message id of words that are no label; "" for none
	Field       int           // the step's field (from 1) this box is; 0 for none
	Check       verdict.Check // a box's own check where it is no field of the step; nil for none
	Use         bool          // the control the step asks for: marked, and used in order to finish
	Unconfirmed bool          // no source confirms it: marked so
	Options     []string      // a list's options, each a label
	Correct     string        // a list's option the step asks for
}

// TypesFields reports whether a box of the sketch is one of the step's own
// fields (field = N), so that what is typed on it is the step's answer.
func (s *Sketch) TypesFields() bool {
	return slices.ContainsFunc(s.Controls, func(c Control) bool { return c.Field > 0 })
}
