// Command bare is the floor BenchmarkFirstScreen compares the guide with: a
// minimal full-screen Bubble Tea program (alternate screen, default frame
// rate) with a Lip Gloss heading, about 20 lines of text, a bubbles text
// input and a line of keys. It quits on q or Ctrl+C. BARE_FPS=120 sets the
// frame rate the guide uses, for a like-for-like comparison.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

var (
	heading = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.AdaptiveColor{Light: "#00338F", Dark: "#8AB4FF"})
	dim     = lipgloss.NewStyle().Foreground(lipgloss.AdaptiveColor{Light: "#555555", Dark: "#AAAAAA"})
	keyName = lipgloss.NewStyle().Bold(true)
)

type model struct {
	input textinput.Model
	width int
}

func (m model) Init() tea.Cmd { return textinput.Blink }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width = msg.Width
	case tea.KeyMsg:
		if s := msg.String(); s == "q" || s == "ctrl+c" {
			return m, tea.Quit
		}
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

func (m model) View() string {
	var b strings.Builder
	b.WriteString(dim.Render("Bare program · line 1 of 20") + "\n")
	b.WriteString(heading.Render("A heading in Lip Gloss") + "\n\n")
	for i := 3; i <= 18; i++ {
		fmt.Fprintf(&b, "Line %d of the text, long enough to look like a sentence of a step.\n", i)
	}
	b.WriteString("\n" + m.input.View() + "\n\n")
	b.WriteString(keyName.Render("Enter:") + " start  " + keyName.Render("q:") + " quit")
	return b.String()
}

func main() {
	in := textinput.New()
	in.Placeholder = "type here"
	in.Focus()
	opts := []tea.ProgramOption{tea.WithAltScreen()}
	if fps, err := strconv.Atoi(os.Getenv("BARE_FPS")); err == nil {
		opts = append(opts, tea.WithFPS(fps))
	}
	if _, err := tea.NewProgram(model{input: in}, opts...).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
