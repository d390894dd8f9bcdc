package fullscreen

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
)

// keySpec is how the full screen reaches an action: its keys, the first
// `named` of which the hint names, and the argument each key gives. A key
// that types a character works in an empty field too where `empty` says
// so: nothing is typed yet that it could belong to.
type keySpec struct {
	keys  []string
	named int
	args  map[string]int
	empty bool
}

// keymap binds every action of the core to keys. A key that types a
// character is left out while a field has the focus, so that it types
// there: every action that matters in a field has a key that types nothing
// too (F1, Ctrl+C). Help alone keeps its `?` in an empty field, so that it
// is `?` on every screen until something is typed (a password may hold a
// `?`). The yes and no of the quit question come from the
// locale files (word.yes, word.no), and numbered actions take the digits.
var keymap = map[core.Action]keySpec{
	core.Continue:     {keys: []string{"enter"}},
	core.Back:         {keys: []string{"esc"}},
	core.StartOver:    {keys: []string{"esc"}},
	core.ClearField:   {keys: []string{"esc"}},
	core.Focus:        {keys: []string{"tab", "shift+tab"}, args: map[string]int{"tab": 1, "shift+tab": -1}},
	core.Move:         {keys: []string{"up", "down"}, named: 2, args: map[string]int{"up": -1, "down": 1}},
	core.Help:         {keys: []string{"?", "f1"}, named: 2, empty: true},
	core.CloseHelp:    {keys: []string{"esc", "enter", "?", "f1", "q"}, named: 2},
	core.Quit:         {keys: []string{"q", "ctrl+c"}},
	core.QuitYes:      {keys: []string{"ctrl+c"}},
	core.QuitNo:       {keys: []string{"esc", "enter"}},
	core.ShowQR:       {keys: []string{"k", "ctrl+k"}},
	core.HideQR:       {keys: []string{"k", "ctrl+k"}},
	core.InvertQR:     {keys: []string{"i"}},
	core.OpenBrowser:  {keys: []string{"b", "ctrl+o"}},
	core.Scroll:       {keys: []string{"down", "pgdown", "up", "pgup"}, args: map[string]int{"down": lineDown, "pgdown": pageDown, "up": lineUp, "pgup": pageUp}},
	core.Select:       {},
	core.ChangeAnswer: {},
	core.OpenStage:    {},
	// "h" for "Hvor står du?", "s" for "søg" and "search".
	core.ChangeSituation: {keys: []string{"h"}},
	core.HelpIndex:       {keys: []string{"s"}},
	core.Toggle:          {keys: []string{"x", " "}},
	// "g" for "gå til" and "go to"; Ctrl+G and Ctrl+Home where a field takes the others.
	core.Handover: {keys: []string{"g", "ctrl+g"}},
	core.GoHome:   {keys: []string{"home", "ctrl+home"}},
	// "i" for "indstillinger"; F2 as many programs have it.
	core.OpenSettings: {keys: []string{"i", "f2"}},
	// "r" for "restart": the journey from its beginning, after asking.
	core.StartJourneyOver: {keys: []string{"r"}},
	// F3 beside F1 (help) and F2 (settings), and "l" for "linje for linje"
	// and "lines"; F3 alone in a field, where "l" types.
	core.SwitchToLines: {keys: []string{"f3", "l"}, named: 2},
	// "v" for "vis siden" and "view"; F4 in a field, where "v" types.
	core.ShowPage: {keys: []string{"v", "f4"}, named: 2},
	// "w" for "write"; F5 in a field (the help index's search), where "w" types.
	core.WriteLetter: {keys: []string{"w", "f5"}, named: 2},
	// "p" for "print" and "papir": the sheet to print, and the calendar.
	core.TakeHome: {keys: []string{"p"}},
}

// binding is a key.Binding that carries the action it stands for, and
// whether the footer leaves it out (a way to what another place offers).
type binding struct {
	key.Binding
	action core.Action
	args   map[string]int
	hidden bool
}

// arg is the argument the pressed key gives the action.
func (b binding) arg(pressed string) int {
	if n, ok := b.args[pressed]; ok {
		return n
	}
	return 0
}

// keysFor are the bindings of the frame's offers, made once for each set
// of offers.
func (m *Model) keysFor(f core.Frame) []binding {
	sig := strconv.AppendInt(m.sig[:0], int64(typing(f)), 10)
	for _, o := range f.Offers {
		sig = append(append(append(sig, '|'), o.Action.String()...), ' ')
		sig = append(strconv.AppendInt(append(append(sig, o.Desc...), ' '), int64(o.Count), 10), ' ')
		sig = strconv.AppendBool(sig, o.Hidden)
		if o.Data != nil {
			sig = fmt.Append(append(sig, ' '), o.Data)
		}
	}
	m.sig = sig
	if string(sig) != m.offers { // the same offers at the next key, as a rule: no new string
		m.offers = string(sig)
	}
	return m.keysMemo.get(m.offers, func() []binding { return m.bindings(f) })
}

// What typing finds of the field in focus.
const (
	noTyping = iota
	emptyField
	textInField
)

// typing is whether a field to type into has the focus, and holds text.
func typing(f core.Frame) int {
	switch {
	case f.Focus < 0 || !typed(f.Fields[f.Focus]):
		return noTyping
	case f.Fields[f.Focus].Value == "":
		return emptyField
	}
	return textInField
}

// bindings are the keys of the actions offered, for the frame as it is:
// with a field to type into in focus, no key that types a character is
// bound (but where the spec allows it in an empty one); a key two offers
// share goes to the first, and the second's hint does not name it.
func (m *Model) bindings(f core.Frame) []binding {
	var out []binding
	taken := map[string]bool{}
	field := typing(f)
	for _, o := range f.Offers {
		spec := m.spec(o)
		var keys []string
		for _, k := range spec.keys {
			free := field == noTyping || !types(k) && !edits(k) || field == emptyField && spec.empty
			if !taken[k] && free {
				keys = append(keys, k)
				taken[k] = true
			}
		}
		if len(keys) == 0 {
			continue
		}
		label := hintKeys(keys, max(1, spec.named))
		if o.Count > 0 {
			label = "1-" + strconv.Itoa(o.Count)
			if o.Count == 1 {
				label = "1"
			}
		}
		desc := m.t(o.Desc)
		if o.Data != nil {
			desc = m.t(o.Desc, o.Data)
		}
		b := key.NewBinding(key.WithKeys(keys...), key.WithHelp(label+":", desc))
		out = append(out, binding{Binding: b, action: o.Action, args: spec.args, hidden: o.Hidden})
	}
	return append(out, m.scrollBinding(f))
}

// scrollBinding scrolls a screen too long for the window; where the arrows
// move between choices, the page keys scroll. Its hint is the line that
// says more text follows.
func (m *Model) scrollBinding(f core.Frame) binding {
	spec := keymap[core.Scroll]
	keys := spec.keys
	if _, ok := f.Offer(core.Move); ok {
		keys = []string{"pgdown", "pgup"}
	}
	b := key.NewBinding(key.WithKeys(keys...), key.WithHelp(keyName(keys[0])+":", m.t("app.more-below")))
	return binding{Binding: b, action: core.Scroll, args: spec.args}
}

// hintKeys names the first n keys, a letter once whatever its case.
func hintKeys(keys []string, n int) string {
	var names []string
	for _, k := range keys {
		if len(names) == n {
			break
		}
		name := keyName(k)
		if !slices.ContainsFunc(names, func(s string) bool { return strings.EqualFold(s, name) }) {
			names = append(names, name)
		}
	}
	return strings.Join(names, "/")
}

// spec is the keys of an offer: numbered actions take the digits 1 to
// Count, the quit question its words of one letter.
func (m *Model) spec(o core.Offer) keySpec {
	spec := keymap[o.Action]
	switch {
	case o.Count > 0:
		spec = keySpec{args: map[string]int{}}
		for i := range min(o.Count, 9) {
			k := strconv.Itoa(i + 1)
			spec.keys = append(spec.keys, k)
			spec.args[k] = i
		}
	case o.Action == core.QuitYes:
		spec = keySpec{keys: append(letters(m.c.Text().Words("word.yes")), spec.keys...)}
	case o.Action == core.QuitNo:
		spec = keySpec{keys: append(letters(m.c.Text().Words("word.no")), spec.keys...), named: 2}
	}
	return spec
}

// letters are the words of one letter among words, as keys, in either case.
func letters(words []string) []string {
	var out []string
	for _, w := range words {
		if len([]rune(w)) == 1 {
			out = append(out, w, strings.ToUpper(w))
		}
	}
	return out
}

// typed reports whether a field is typed into (with a text input), not
// ticked, chosen or pressed.
func typed(f core.Field) bool { return f.Kind == core.TextField || f.Kind == core.SecretField }

// types reports whether a key types a character into a field.
func types(k string) bool { return len([]rune(k)) == 1 || k == "space" }

// edits reports whether a key moves within the text of a field.
func edits(k string) bool { return k == "home" || k == "end" }

// printable reports whether a key press is a character (or a paste), as
// opposed to Enter, Esc, an arrow or a control key.
func printable(k tea.KeyMsg) bool {
	return (k.Type == tea.KeyRunes || k.Type == tea.KeySpace) && !k.Alt
}

// keyName is how a hint names a key: "Enter", "Esc", "F1", "Ctrl+C", "↑".
func keyName(k string) string {
	if name, ok := map[string]string{"up": "↑", "down": "↓", "pgdown": "PgDn", "pgup": "PgUp"}[k]; ok {
		return name
	}
	if types(k) {
		return k
	}
	parts := strings.Split(k, "+")
	for i, p := range parts {
		parts[i] = strings.ToUpper(p[:1]) + p[1:]
	}
	return strings.Join(parts, "+")
}

// match finds the binding of a key press, as key.Matches would, naming
// the key once rather than once a binding: a screen has many.
func match(bs []binding, k tea.KeyMsg) (binding, bool) {
	pressed := k.String()
	for _, b := range bs {
		if b.Enabled() && slices.Contains(b.Keys(), pressed) {
			return b, true
		}
	}
	return binding{}, false
}
