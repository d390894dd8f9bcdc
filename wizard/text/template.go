package text

import (
	"strings"
	"text/template/parse"
)

// TemplateError says that a message text holds more than words and
// {{.Field}}: go-i18n runs it as a Go template, where a range, a call or a
// template of its own could loop, take any memory or show anything.
type TemplateError struct {
	Excerpt string // the start of the part that is not allowed, as it is written
}

func (e *TemplateError) Error() string { return "not only words and {{.Field}}: " + e.Excerpt }

// excerptRunes is how much of a text a TemplateError shows.
const excerptRunes = 40

// Fields are the names of the template fields of a message text, in
// order: Name for {{.Name}}. Anything else between {{ and }} (an action,
// a variable, a call, a pipe, a template of its own) or a text that is no
// template at all is a *TemplateError.
func Fields(s string) ([]string, error) {
	if !strings.Contains(s, "{{") {
		return nil, nil // go-i18n shows such a text as it is
	}
	tree := parse.New("message")
	tree.Mode = parse.SkipFuncCheck // a call is refused below, naming it
	defined := map[string]*parse.Tree{}
	if _, err := tree.Parse(s, "{{", "}}", defined); err != nil || len(defined) > 1 {
		return nil, excerpt(s[strings.Index(s, "{{"):])
	}
	var fields []string
	for _, n := range tree.Root.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
		case *parse.ActionNode:
			name, ok := field(n.Pipe)
			if !ok {
				return nil, excerpt(n.String())
			}
			fields = append(fields, name)
		default:
			return nil, excerpt(n.String())
		}
	}
	return fields, nil
}

// field is the name of a pipe that is one field and nothing else.
func field(p *parse.PipeNode) (string, bool) {
	if len(p.Decl) > 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return "", false
	}
	f, ok := p.Cmds[0].Args[0].(*parse.FieldNode)
	if !ok || len(f.Ident) != 1 {
		return "", false
	}
	return f.Ident[0], true
}

func excerpt(s string) *TemplateError {
	if r := []rune(s); len(r) > excerptRunes {
		s = string(r[:excerptRunes]) + "…"
	}
	return &TemplateError{Excerpt: s}
}
