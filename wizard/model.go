// Package wizard runs a flow as a full-screen terminal guide. It knows nothing
// about EU Login: the steps come as data (package flow), the words from the
// locale files (package text).
package wizard

import (
	"time"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The smallest window the guide draws in; below it, it asks for a bigger one.
const (
	MinWidth  = 50
	MinHeight = 16
)

// Options set up a wizard.
type Options struct {
	Flow     *flow.Flow
	Text     *text.Translator
	StartAt  string             // a step id to open at; empty opens the start screen
	OpenURL  func(string) error // opens an address in the user's browser
	Colour   bool               // the terminal shows colours (not NO_COLOR, not dumb)
	Progress *flow.Progress     // progress saved earlier, to continue from; nil for a fresh start
	// Save keeps the progress after every step. It returns "" or a reason
	// code ("disk-full", "read-only", "failed") shown as "save.<code>".
	Save   func(flow.Progress) string
	Notice string           // message id of a notice for the start screen, e.g. a damaged file set aside
	Data   text.Data        // template data of Notice
	Now    func() time.Time // the clock; nil means time.Now
}

// overlay is a screen drawn over the current step.
type overlay int

const (
	noOverlay overlay = iota
	helpOverlay
	quitOverlay
)

// Model is the Bubble Tea model of the wizard.
type Model struct {
	opts    Options
	session *flow.Session
	styles  styles

	home      bool   // the start screen with the task list is shown
	welcome   bool   // the start screen greets a returning user
	stageDone string // message id of the stage just finished, for the start screen
	saveIssue string // reason code of the last failed save; "" when saving works
	overlay   overlay

	input   textinput.Model
	entry   *flow.Entry
	typed   map[string]string // non-secret typed text by step id, kept on Back
	choice  int               // highlighted choice on a Choose step
	showQR  bool
	invert  bool   // QR drawn with swapped glyphs (no colour, light theme)
	notice  string // message id of a one-line notice, e.g. browser opened
	scroll  int    // first line of the step's body shown
	width   int
	height  int
	quitted bool
}

// New makes the model, at the start screen or at opts.StartAt.
func New(opts Options) (*Model, error) {
	m := &Model{opts: opts, session: flow.NewSession(opts.Flow), styles: newStyles(opts.Colour),
		typed: map[string]string{}, home: true, width: 80, height: 24}
	if opts.Now != nil {
		m.session.Now = opts.Now
	}
	if opts.Progress != nil {
		if err := m.session.Restore(*opts.Progress); err != nil {
			return nil, err
		}
		m.welcome = true
	}
	if opts.StartAt != "" {
		if err := m.session.GoTo(opts.StartAt); err != nil {
			return nil, err
		}
		m.home = false
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
		if k.String() == "esc" || k.String() == "?" || k.String() == "f1" || k.String() == "enter" || k.String() == "q" {
			m.overlay = noOverlay
		}
		return nil
	}
	if k.String() == "ctrl+c" {
		m.overlay = quitOverlay
		return nil
	}
	if m.home {
		return m.homeKey(k)
	}
	return m.stepKey(k)
}

func (m *Model) quitKey(k tea.KeyMsg) tea.Cmd {
	switch k.String() {
	case "j", "J", "y", "Y", "ctrl+c":
		m.quitted = true
		return tea.Quit
	case "n", "N", "esc", "enter":
		m.overlay = noOverlay
	}
	return nil
}

func (m *Model) homeKey(k tea.KeyMsg) tea.Cmd {
	switch k.String() {
	case "enter":
		if next := m.session.NextStage(); next >= 0 {
			m.stageDone, m.welcome, m.home = "", false, false
			if m.session.Status(next) == flow.NotStarted || m.session.StageIndex() != next {
				m.session.StartStage(next)
			}
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
		return nil
	case key == "esc":
		m.back()
		return nil
	case key == "f1" || (key == "?" && !(typing && st.Input.TypesFreely)):
		m.overlay = helpOverlay
		return nil
	case key == "pgdown" || (key == "down" && st.Kind != flow.Choose):
		m.scroll++
		return nil
	case key == "pgup" || (key == "up" && st.Kind != flow.Choose):
		m.scroll = max(0, m.scroll-1)
		return nil
	case typing:
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(k)
		return cmd
	case key == "q":
		m.overlay = quitOverlay
	case key == "up" || key == "down":
		m.moveChoice(key)
	case key == "k" && m.link() != "":
		m.showQR = !m.showQR
	case key == "i" && m.showQR && !m.opts.Colour:
		m.invert = !m.invert
	case key == "b" && m.link() != "":
		return m.open(m.link())
	case st.Kind == flow.Choose && numbered(key, len(st.Choices)) >= 0:
		m.choice = numbered(key, len(st.Choices))
	case st.Kind == flow.Review && numbered(key, len(st.Reviews)) >= 0:
		m.leaveStep()
		m.session.Change(numbered(key, len(st.Reviews)))
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

// enter answers the step and moves on when the answer is accepted.
func (m *Model) enter() {
	st := m.session.Current()
	switch st.Kind {
	case flow.Type:
		if !m.entry.Submit(m.input.Value(), m.session.Answers) {
			if m.entry.Again() && m.entry.Verdict.OK() {
				m.input.SetValue("") // ask the second typing in an empty field
			}
			return
		}
		if !st.Input.Secret {
			m.typed[st.ID] = m.input.Value()
		}
	case flow.Choose:
		if m.session.Choose(m.choice) {
			m.leaveStep()
			m.goHome()
			return
		}
	}
	m.leaveStep()
	if !m.session.Next() {
		m.stageDone = m.session.Stage().Short
		m.goHome()
		return
	}
	m.enterStep()
}

// goHome shows the start screen and keeps the progress.
func (m *Model) goHome() {
	m.home = true
	m.save()
}

// save keeps the progress, and remembers why when it cannot.
func (m *Model) save() {
	if m.opts.Save != nil {
		m.saveIssue = m.opts.Save(m.session.Progress())
	}
}

// back goes one step back, or asks the second typing again from the top,
// or returns to the start screen from a stage's first step.
func (m *Model) back() {
	if m.entry != nil && m.entry.Again() {
		m.entry.StartOver()
		m.input.SetValue("")
		return
	}
	m.leaveStep()
	if !m.session.Back() {
		m.goHome()
		return
	}
	m.enterStep()
}

// enterStep prepares the screen of the current step and keeps the progress.
func (m *Model) enterStep() {
	m.save()
	st := m.session.Current()
	m.scroll, m.notice, m.invert = 0, "", false
	m.showQR = st.Kind == flow.QR && m.link() != ""
	m.choice = 0
	for i, c := range st.Choices {
		if m.session.Answers[st.ID] == c.Value {
			m.choice = i
		}
	}
	m.entry = nil
	if st.Input != nil {
		m.entry = flow.NewEntry(st)
		m.input = newField(st.Input, m.fieldWidth())
		m.input.SetValue(m.typed[st.ID])
	}
}

// leaveStep forgets every secret typed on the step.
func (m *Model) leaveStep() {
	if m.entry != nil {
		m.entry.Forget()
		m.entry = nil
	}
	m.input.SetValue("")
	m.input.Reset()
}

// link is the official address of the current step, if it has one.
func (m *Model) link() string { return m.session.Link() }

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
