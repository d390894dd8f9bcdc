package flow

import "strings"

// PartKind says how a paragraph of a step must be shown.
type PartKind int

const (
	Plain    PartKind = iota // an ordinary paragraph
	Warning                  // must stand out ("Vigtigt:")
	LookAway                 // a helper must look away now ("Vigtigt:"), shown first
)

// Part is one paragraph of the current step's screen: a message id and how
// to show it. Both front-ends draw the same parts in the same order.
type Part struct {
	ID   string
	Kind PartKind
}

// LookAwayMessage is the message id of the line asking a helper to look away.
const LookAwayMessage = "app.look-away"

// Parts are the paragraphs of the current step for the answers so far: the
// look-away line first, so a helper sees it before anything is typed, then
// the body, then the warnings.
func (s *Session) Parts() []Part {
	st := s.Current()
	var parts []Part
	if st.LookAway {
		parts = append(parts, Part{LookAwayMessage, LookAway})
	}
	for _, group := range []struct {
		texts []Text
		kind  PartKind
	}{{st.Body, Plain}, {st.Warnings, Warning}} {
		for _, id := range s.Shown(group.texts) {
			parts = append(parts, Part{id, group.kind})
		}
	}
	return parts
}

// Shown are the message ids of the paragraphs that may hold for the
// answers so far: a text for an answer not given yet is shown too, so
// that one who jumped ahead sees every variant, not none.
func Shown(texts []Text, a Answers) []string {
	var ids []string
	for _, t := range texts {
		if t.When.MayHold(a) {
			ids = append(ids, t.ID)
		}
	}
	return ids
}

// Shown is the package's Shown for the answers so far, leaving out an
// optional paragraph whose message is not written.
func (s *Session) Shown(texts []Text) []string {
	var ids []string
	for _, t := range texts {
		if t.When.MayHold(s.Answers) && (!t.Optional || s.Written == nil || s.Written(t.ID)) {
			ids = append(ids, t.ID)
		}
	}
	return ids
}

// Link is the official address of the current step for the answers so
// far, or "" when it has none.
func (s *Session) Link() string {
	l := s.Current().Link
	if l == nil || !l.When.MayHold(s.Answers) {
		return ""
	}
	return l.URL
}

// Scan is the message id saying which device scans the step's QR code.
func (s *Session) Scan() string {
	if l := s.Current().Link; l != nil && l.Scan != "" {
		return l.Scan
	}
	return "qr.show"
}

// TemplateName is the template field under which a step's texts get a
// date or an answer: "request-sent" is {{.RequestSent}}.
func TemplateName(name string) string {
	field := ""
	for _, part := range strings.Split(name, "-") {
		if part != "" {
			field += strings.ToUpper(part[:1]) + part[1:]
		}
	}
	return field
}
