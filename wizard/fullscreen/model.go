// Package fullscreen draws the guide as a full-screen terminal program
// (Bubble Tea). It only draws the core's frames and turns keys into the
// core's actions (keys.go) and the text of fields; every decision is the
// core's (package core).
package fullscreen

import (
	"image/color"
	"slices"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The smallest window the guide draws in; below it, it asks for a bigger one.
const (
	MinWidth  = 50
	MinHeight = 16
)

// LetterWait is how long a letter that is a command waits for the next
// key where nothing is typed: letters that follow quickly are typing meant
// for another window (a user who thinks the browser has the focus), and
// must open neither the browser nor the quit question.
const LetterWait = 600 * time.Millisecond

// HoldFor is how long the command letters are typing too after a letter
// that is no command, on a step that has the person type on a page in the
// browser: a person who types a key a second is still typing there. The
// keys that type nothing (Ctrl+O, Ctrl+K, Ctrl+C, Enter) still work.
const HoldFor = 5 * time.Second

// Model is the Bubble Tea model of the full screen.
type Model struct {
	c              *core.Core
	frame          core.Frame
	keys           []binding
	styles         styles
	inputs         []textinput.Model // one a field of the frame
	scroll         int               // first line of the body shown
	screen         int               // the frame.Screen the scroll belongs to
	inputVisit     int               // the frame.Visit the inputs were made for
	width          int
	height         int
	letterWait     time.Duration
	run            int         // characters typed in a row where the guide asks for none
	pending        *pendingKey // a command letter waiting for LetterWait to pass
	seq            int         // counts letter timers; only the last one counts
	heldUntil      time.Time   // on the guide's clock, the end of the command letters' hold (HoldFor)
	offers         string      // what the offers of the frame come to, as the key of the memos below
	sig            []byte      // offers, as last worked out: kept to work it out again without allocating
	drawn          memo[drawKey, []string]
	lastBody       []drawnBlock // the body drawn last, block by block, for the next key's (drawBody)
	spareBody      []drawnBlock // the one before, whose room the next body takes
	lastLines      int          // how many lines the body drawn last had
	lastStyled     []styledLine // the last few labels styled (styled)
	uppers         memo[upperKey, *upperPart]
	keysMemo       memo[string, []binding]
	crashed        bool        // something went wrong inside the guide: it says so, and quits
	suspend        func()      // stops the guide on Ctrl+Z, as a shell's job; nil where there are no jobs
	background     color.Color // the screen's, nil where not known
	terminalCursor bool        // the view says where the terminal's cursor goes (cursor.go)
	footers        memo[footerKey, []string]
	columns        memo[string, []string]
	framed         memo[framedKey, string] // a sketch's lines in its frame: all but the box typed in are as the last key left them
	blurred        memo[inputKey, string]  // the inputs not focused, as drawn
	first          firstScreen             // the screen the guide started on, where the way to the line mode is told first
	followed       [2]int                  // the frame's Text and Focus last scrolled into sight (followFocus)
}

// Option changes how a Model works.
type Option func(*Model)

// WithSuspend makes Ctrl+Z call suspend, which stops the guide as a job of
// the shell (giving the terminal back until it is continued).
func WithSuspend(suspend func()) Option { return func(m *Model) { m.suspend = suspend } }

// WithBackground tells the colour of the screen's background, as the
// terminal said it or the person set it; without it, or with nil, it is not
// known, and the guide draws no colour of its own (paletteFor).
func WithBackground(bg color.Color) Option { return func(m *Model) { m.background = bg } }

// WithLetterWait sets how long a command letter waits (LetterWait).
func WithLetterWait(d time.Duration) Option { return func(m *Model) { m.letterWait = d } }

// pendingKey is an action waiting to see whether more letters follow.
type pendingKey struct {
	action core.Action
	arg    int
}

// letterDue tells that a letter's wait is over.
type letterDue struct{ seq int }

// New makes the full-screen model of a guide.
func New(c *core.Core, opts ...Option) (m *Model) {
	m = &Model{c: c, width: 80, height: 24, letterWait: LetterWait,
		screen: -1, inputVisit: -1, drawn: newMemo[drawKey, []string](1000),
		uppers: newMemo[upperKey, *upperPart](16), keysMemo: newMemo[string, []binding](32),
		footers: newMemo[footerKey, []string](32), columns: newMemo[string, []string](64),
		framed: newMemo[framedKey, string](256), blurred: newMemo[inputKey, string](64)}
	for _, o := range opts {
		o(m)
	}
	m.styles = newStyles(c.Colour(), m.background, lipgloss.DefaultRenderer())
	defer m.catch(nil)
	m.refresh()
	return m
}

// catch ends the guide quietly after a panic of its own: it says so (see
// Crashed), and quits, with the model kept, since Bubble Tea would draw a
// nil model with a stack dump on the user's screen.
func (m *Model) catch(cmd *tea.Cmd) {
	if recover() != nil {
		m.crashed = true
		if cmd != nil {
			*cmd = tea.Quit
		}
	}
}

// Init starts nothing: the guide waits for keys, with no time-outs.
func (m *Model) Init() tea.Cmd { return nil }

// Quitted reports whether the user chose to quit.
func (m *Model) Quitted() bool { return m.frame.Place == core.Ended }

// Frame is the frame on screen.
func (m *Model) Frame() core.Frame { return m.frame }

// Crashed reports whether the guide met an error of its own and quit.
func (m *Model) Crashed() bool { return m.crashed }

// Update handles one event. A panic inside the guide is caught here, so
// that Bubble Tea gives the terminal back and no stack dump reaches the
// user's screen: the guide quits, and the command says what happened in
// the user's words.
func (m *Model) Update(msg tea.Msg) (next tea.Model, cmd tea.Cmd) {
	next = m
	defer m.catch(&cmd)
	if m.crashed {
		return m, tea.Quit
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case letterDue:
		if msg.seq == m.seq {
			cmd = m.settle()
		}
	case tea.KeyMsg:
		if m.tooSmall() && msg.Type != tea.KeyCtrlC && !m.switchesToLines(msg) {
			break // typed unseen, it would land in a field or choose (P36); Ctrl+C still quits, the line mode still comes
		}
		m.first.left = true // heard with the first screen; after a key its line is room for the step (a large font)
		cmd = m.key(msg)
	}
	m.refresh()
	return m, cmd
}

// key routes a key press: to an action, to the field, or to the count of
// letters typed where none are asked for.
func (m *Model) key(k tea.KeyMsg) tea.Cmd {
	place := m.frame.Place
	if len(k.Runes) > 1 && m.frame.Focus < 0 && m.longList(k) {
		// Two digits read at once (typed fast, or sent by a terminal
		// multiplexer in one go) are two keys: "11" is answer 11.
		var cmds []tea.Cmd
		for _, r := range k.Runes {
			cmds = append(cmds, m.key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}}))
		}
		return tea.Batch(cmds...)
	}
	if m.frame.Focus < 0 && printable(k) && (place == core.HomeScreen || place == core.StepScreen || m.longList(k) || m.secondOfTwo(k)) {
		return m.letter(k)
	}
	// A lone command letter still waiting is carried out first: "2" and
	// Enter typed at once choose answer 2, not the one highlighted before.
	if settled := m.settle(); settled != nil || m.frame.Place == core.Ended {
		return settled
	}
	if k.Type == tea.KeyCtrlZ && m.suspend != nil {
		return func() tea.Msg { m.suspend(); return nil }
	}
	if b, ok := match(m.keys, k); ok {
		return m.do(b.action, b.arg(k.String()))
	}
	if i := m.frame.Focus; i >= 0 && i < len(m.inputs) && typed(m.frame.Fields[i]) {
		cut := false
		k, cut = m.fitPaste(k, i)
		var cmd tea.Cmd
		m.inputs[i], cmd = m.inputs[i].Update(k)
		if typed := m.inputs[i].Value(); typed != m.frame.Fields[i].Value {
			if kept := m.c.Edit(i, typed); kept != typed {
				m.inputs[i].SetValue(kept)
			}
		}
		if cut {
			m.c.PasteCut()
		}
		return cmd
	}
	return nil
}

// fitPaste cuts what is typed or pasted at once to the room left in field
// i, before the text input measures it: a paste of a megabyte would cost
// the input far more than its size. It reports whether it cut.
func (m *Model) fitPaste(k tea.KeyMsg, i int) (tea.KeyMsg, bool) {
	most := m.frame.Fields[i].MaxLength
	if most <= 0 || len(k.Runes) <= 1 {
		return k, false
	}
	room := max(1, most-len([]rune(m.inputs[i].Value()))+1) // one more, so the check sees that it was too long
	if len(k.Runes) <= room {
		return k, false
	}
	k.Runes = k.Runes[:room]
	return k, true
}

// letter counts a character typed where the guide asks for none. A lone
// command letter is carried out once no other follows within the wait;
// several in a row are typing, which the guide points out instead. On a
// step that has the person type on a page, a letter that is no command,
// and any letter while the commands are held, is typing at once.
func (m *Model) letter(k tea.KeyMsg) tea.Cmd {
	b, command := match(m.keys, k)
	if m.frame.OnPage && (!command || m.c.Now().Before(m.heldUntil)) {
		m.typedOnPage()
		return nil
	}
	m.seq++
	m.run += max(1, len(k.Runes))
	first := m.pending
	m.pending = nil
	switch {
	case m.run == 1 && command:
		m.pending = &pendingKey{b.action, b.arg(k.String())}
	case m.run == 1:
	case m.run == 2 && first != nil && digits(k) && m.listOf(10):
		if m.pending = m.secondDigit(*first, k); m.pending == nil {
			// Two digits that make no answer: the first was meant, then
			// the second on its own (a key pressed, then another).
			done := m.do(first.action, first.arg)
			m.run = 0
			return tea.Batch(done, m.letter(k))
		}
	default:
		m.c.TypingHere()
	}
	seq := m.seq
	if m.letterWait <= 0 {
		return func() tea.Msg { return letterDue{seq} }
	}
	return tea.Tick(m.letterWait, func(time.Time) tea.Msg { return letterDue{seq} })
}

// longList reports whether k is digits where a list has more answers
// than digits: two or more read at once, or one that can begin a longer
// number ("1" of 11 answers), which waits, as a letter does, for a second
// one; the others pick at once.
func (m *Model) longList(k tea.KeyMsg) bool {
	least := 10 // the fewest answers a list needs for k to be more than one digit
	if len(k.Runes) == 1 {
		least = max(10, int(k.Runes[0]-'0')*10)
	}
	return digits(k) && m.listOf(least)
}

// secondOfTwo reports whether k is a digit typed while one waits for it
// on a long list: "2" after "1" of 15 answers is answer 12.
func (m *Model) secondOfTwo(k tea.KeyMsg) bool {
	return m.pending != nil && m.run == 1 && digits(k) && m.listOf(10)
}

// digits reports whether k is digits typed, and nothing else.
func digits(k tea.KeyMsg) bool {
	return k.Type == tea.KeyRunes && !k.Alt && len(k.Runes) > 0 && !slices.ContainsFunc(k.Runes, func(r rune) bool { return r < '0' || r > '9' })
}

// listOf reports whether the place lists at least n answers.
func (m *Model) listOf(n int) bool {
	return slices.ContainsFunc(m.frame.Offers, func(o core.Offer) bool { return o.Count >= n })
}

// secondDigit is the answer of a two-digit number, its second digit typed
// within the wait after the first: answer 10 and on of a long list (the
// first question), which the digit keys alone stop short of. Nil where
// the list is shorter.
func (m *Model) secondDigit(first pendingKey, k tea.KeyMsg) *pendingKey {
	digit := k.String()
	if len(digit) != 1 || digit[0] < '0' || digit[0] > '9' {
		return nil
	}
	n := (first.arg+1)*10 + int(digit[0]-'0')
	if o, ok := m.frame.Offer(first.action); ok && o.Count >= n && o.Count > 9 {
		return &pendingKey{first.action, n - 1}
	}
	return nil
}

// typedOnPage takes a letter as typing meant for the page: the letter
// waiting, if any, is typing too, and the command letters are held.
func (m *Model) typedOnPage() {
	m.seq++
	m.run, m.pending = 0, nil
	m.heldUntil = m.c.Now().Add(HoldFor)
	m.c.TypingHere()
}

// settle ends a run of letters, and carries out a lone command letter.
func (m *Model) settle() tea.Cmd {
	p := m.pending
	m.run, m.pending = 0, nil
	if p == nil {
		return nil
	}
	return m.do(p.action, p.arg)
}

// do carries out an action; scrolling, and what is in sight, are the
// full screen's own (scroll.go).
func (m *Model) do(a core.Action, arg int) tea.Cmd {
	if a == core.Scroll {
		m.scrollBy(arg)
		return nil
	}
	if m.sightFirst(a, arg) {
		return nil
	}
	screen, selected := m.frame.Screen, m.frame.Selected
	m.c.Do(a, arg)
	m.refresh()
	// The highlight moved is followed into sight, also where the list
	// moved on with it (a new screen, drawn from its top).
	if a == core.Move || m.frame.Screen == screen && m.frame.Selected != selected {
		m.follow()
	}
	if m.frame.Place == core.Ended {
		return tea.Quit
	}
	return nil
}

// refresh takes the core's frame, and fits the fields and keys to it.
func (m *Model) refresh() {
	m.frame = m.c.Frame()
	m.first.see(m.frame)
	if m.frame.Screen != m.screen {
		m.screen, m.scroll, m.followed = m.frame.Screen, 0, [2]int{-1, -1}
		clear(m.uppers.kept) // drawn for another screen
	}
	m.syncInputs()
	m.keys = m.keysFor(m.frame)
}

// syncInputs keeps a text input for each field, holding the core's text.
func (m *Model) syncInputs() {
	fields := m.frame.Fields
	if len(m.inputs) != len(fields) || m.frame.Visit != m.inputVisit {
		m.inputVisit = m.frame.Visit
		m.inputs = make([]textinput.Model, len(fields))
		for i, f := range fields {
			m.inputs[i] = newInput(f, m.fieldWidth())
			if m.terminalCursor { // the insertion point is found by its reverse video (focusIn)
				m.inputs[i].Cursor.Style = insertionStyle
			}
		}
	}
	for i, f := range fields {
		in := &m.inputs[i]
		in.Width = m.fieldWidth()
		if in.Value() != f.Value {
			in.SetValue(f.Value)
		}
		if i == m.frame.Focus {
			in.Prompt = "> "
			in.Focus()
		} else {
			in.Prompt = "  "
			in.Blur()
		}
	}
}

func newInput(f core.Field, width int) textinput.Model {
	in := textinput.New()
	in.CharLimit = f.MaxLength
	if f.MaxLength > 0 {
		in.CharLimit++ // one more: the core cuts the text, and says so
	}
	in.Width = width
	in.Cursor.SetMode(cursor.CursorStatic)
	if f.Kind == core.SecretField {
		in.EchoMode = textinput.EchoPassword
		in.EchoCharacter = '*'
	}
	return in
}

func (m *Model) fieldWidth() int { return max(10, min(m.width, maxTextWidth)-6) }

// t gives a message in the user's language.
func (m *Model) t(id string, data ...text.Data) string { return m.c.Text().T(id, data...) }
