// Package wizard runs a flow as a full-screen terminal guide. It knows nothing
// about EU Login: the steps come as data (package flow), the words from the
// locale files (package text), and what each screen says from package screen.
package wizard

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/screen"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The smallest window the guide draws in; below it, it asks for a bigger one.
const (
	MinWidth  = 50
	MinHeight = 16
)

// Options set up a wizard; the plain mode takes the same.
type Options = screen.Options

// overlay is a screen drawn over the current step.
type overlay int

const (
	noOverlay overlay = iota
	helpOverlay
	quitOverlay
)

// Model is the Bubble Tea model of the wizard: the shared guide, and what
// only a full screen has (the field, the highlighted choice, the QR code,
// scrolling).
type Model struct {
	g       *screen.Guide
	session *flow.Session
	styles  styles
	overlay overlay
	input   textinput.Model
	choice  int    // highlighted choice on a Choose step
	showQR  bool   // the step's address is shown as a QR code
	invert  bool   // QR drawn with swapped glyphs (no colour, light theme)
	notice  string // message id of a one-line notice, e.g. browser opened
	scroll  int    // first line of the step's body shown
	width   int
	height  int
	quitted bool
	drawn   map[drawKey][]string // styled lines of blocks already drawn
}

// New makes the model, at the start screen or at opts.StartAt.
func New(opts Options) (*Model, error) {
	g, err := screen.NewGuide(opts)
	if err != nil {
		return nil, err
	}
	m := &Model{g: g, session: g.Session, styles: newStyles(opts.Colour), width: 80, height: 24,
		drawn: map[drawKey][]string{}}
	if !g.AtHome {
		m.enterStep()
	}
	return m, nil
}

// Init starts nothing: the wizard waits for keys, with no time-outs.
func (m *Model) Init() tea.Cmd { return nil }

// Quitted reports whether the user chose to quit.
func (m *Model) Quitted() bool { return m.quitted }

// Update handles one event.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.input.Width = m.fieldWidth()
		return m, nil
	case openedMsg:
		m.notice = msg.notice
		return m, nil
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

// key routes a key press to the screen that has the focus.
func (m *Model) key(k tea.KeyMsg) tea.Cmd {
	switch m.overlay {
	case quitOverlay:
		return m.quitKey(k)
	case helpOverlay:
		switch k.String() {
		case "esc", "?", "f1", "enter", "q":
			m.overlay = noOverlay
		}
		return nil
	}
	if k.String() == "ctrl+c" {
		m.overlay = quitOverlay
		return nil
	}
	if m.g.AtHome {
		return m.homeKey(k)
	}
	return m.stepKey(k)
}

func (m *Model) quitKey(k tea.KeyMsg) tea.Cmd {
	key := strings.ToLower(k.String())
	switch {
	case key == "ctrl+c" || slices.Contains(m.g.Opts.Text.Words("word.yes"), key):
		m.quitted = true
		return tea.Quit
	case key == "esc" || key == "enter" || slices.Contains(m.g.Opts.Text.Words("word.no"), key):
		m.overlay = noOverlay
	}
	return nil
}

func (m *Model) homeKey(k tea.KeyMsg) tea.Cmd {
	switch k.String() {
	case "enter":
		if m.g.Start() {
			m.enterStep()
		}
	case "?", "f1":
		m.overlay = helpOverlay
	case "q":
		m.overlay = quitOverlay
	}
	return nil
}

// stepKey handles a key on a step. In a text field most keys are typing.
func (m *Model) stepKey(k tea.KeyMsg) tea.Cmd {
	st := m.session.Current()
	typing := st.Kind == flow.Type
	key := k.String()
	switch {
	case key == "enter":
		m.enter()
	case key == "esc":
		m.g.Back()
		m.afterMove()
	case key == "f1" || (key == "?" && !(typing && st.Input.TypesFreely)):
		m.overlay = helpOverlay
	case key == "pgdown" || (key == "down" && st.Kind != flow.Choose):
		m.scroll++
	case key == "pgup" || (key == "up" && st.Kind != flow.Choose):
		m.scroll = max(0, m.scroll-1)
	case typing:
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(k)
		return cmd
	case key == "q":
		m.overlay = quitOverlay
	case key == "up" || key == "down":
		m.moveChoice(key)
	case key == "k" && m.session.Link() != "":
		m.showQR = !m.showQR
	case key == "i" && m.showQR && !m.g.Opts.Colour:
		m.invert = !m.invert
	case key == "b" && m.session.Link() != "":
		return m.open(m.session.Link())
	case st.Kind == flow.Choose && numbered(key, len(st.Choices)) >= 0:
		m.choice = numbered(key, len(st.Choices))
	case st.Kind == flow.Review && numbered(key, len(st.Reviews)) >= 0:
		m.g.Change(numbered(key, len(st.Reviews)))
		m.enterStep()
	}
	return nil
}

// numbered gives the index a digit key picks among n numbered lines, or -1.
func numbered(key string, n int) int {
	if len(key) == 1 && key[0] >= '1' && int(key[0]-'0') <= n {
		return int(key[0] - '1')
	}
	return -1
}

func (m *Model) moveChoice(key string) {
	n := len(m.session.Current().Choices)
	if key == "up" {
		m.choice = (m.choice + n - 1) % n
	} else {
		m.choice = (m.choice + 1) % n
	}
}

// enter answers the step; a good first typing of an answer asked twice
// empties the field for the second.
func (m *Model) enter() {
	if m.g.Enter(m.input.Value(), m.choice) {
		m.afterMove()
		return
	}
	if e := m.g.Entry; e != nil && e.Again() && e.Verdict.OK() && !e.Confirming() {
		m.input.SetValue("")
	}
}

// afterMove prepares the screen after the guide moved: a step, the second
// typing asked from the top, or the start screen.
func (m *Model) afterMove() {
	if m.g.AtHome {
		m.input.Reset()
		return
	}
	m.enterStep()
}

// enterStep prepares the screen of the current step.
func (m *Model) enterStep() {
	st := m.session.Current()
	m.scroll, m.notice, m.invert = 0, "", false
	m.showQR = st.Kind == flow.QR && m.session.Link() != ""
	m.choice = m.g.Chosen()
	m.input = textinput.Model{}
	if st.Input != nil {
		m.input = newField(st.Input, m.fieldWidth())
		if m.g.Entry != nil && !m.g.Entry.Again() {
			m.input.SetValue(m.g.Typed[st.ID])
		}
	}
}

func newField(in *flow.Input, width int) textinput.Model {
	f := textinput.New()
	f.Prompt = "> "
	f.CharLimit = in.MaxLength
	f.Width = width
	if in.Secret {
		f.EchoMode = textinput.EchoPassword
		f.EchoCharacter = '*'
	}
	f.Focus()
	return f
}

func (m *Model) fieldWidth() int { return max(10, min(m.width, maxTextWidth)-6) }

// t gives a message in the user's language.
func (m *Model) t(id string, data ...text.Data) string { return m.g.Opts.Text.T(id, data...) }
