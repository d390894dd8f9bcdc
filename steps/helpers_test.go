package steps_test

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// translator gives the real words in lang.
func translator(tb testing.TB, lang string) *text.Translator {
	tb.Helper()
	tr, err := text.Load(locales.Files, lang, locales.Default)
	if err != nil {
		tb.Fatal(err)
	}
	return tr
}

// startGuide opens the real journey with opts, its flow and words filled
// in, in a window of width x height.
func startGuide(tb testing.TB, tr *text.Translator, opts wizard.Options, width, height int) tea.Model {
	tb.Helper()
	opts.Flow, opts.Text = steps.NewAccount(), tr
	m, err := wizard.New(opts)
	if err != nil {
		tb.Fatal(err)
	}
	model, _ := m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	return model
}
