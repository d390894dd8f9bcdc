package wizard

import tea "github.com/charmbracelet/bubbletea"

// openedMsg tells how opening an address in the browser went.
type openedMsg struct{ notice string }

// open asks the browser to show the address, off the update loop.
func (m *Model) open(url string) tea.Cmd {
	opener := m.g.Opts.OpenURL
	return func() tea.Msg {
		if opener == nil || opener(url) != nil {
			return openedMsg{notice: "qr.open-failed"}
		}
		return openedMsg{notice: "qr.opened"}
	}
}
