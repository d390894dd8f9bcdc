package steps_test

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
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

// startGuide opens the real journey with opts, its words filled in and,
// without a Flow, on new-account, in a window of width x height. Without
// a Save, it saves nowhere and says nothing of it.
func startGuide(tb testing.TB, tr *text.Translator, opts core.Options, width, height int) tea.Model {
	tb.Helper()
	if opts.Flow == nil {
		opts.Flow = steps.NewAccount()
	}
	opts.Text = tr
	if opts.Save == nil {
		opts.Save = func(flow.Progress) string { return "" }
	}
	c, err := core.New(opts)
	if err != nil {
		tb.Fatal(err)
	}
	model, _ := fullscreen.New(c, fullscreen.WithLetterWait(0)).Update(tea.WindowSizeMsg{Width: width, Height: height})
	return model
}

// update gives the model a message and then what its commands bring, as
// Bubble Tea does (each of a batch in turn); a command letter is carried
// out at once (no wait).
func update(model tea.Model, msg tea.Msg) tea.Model {
	model, cmd := model.Update(msg)
	return follow(model, cmd)
}

// follow gives the model what a command brings, and what that brings.
func follow(model tea.Model, cmd tea.Cmd) tea.Model {
	for cmd != nil {
		next := cmd()
		if batch, ok := next.(tea.BatchMsg); ok {
			for _, c := range batch {
				model = follow(model, c)
			}
			return model
		}
		if _, quit := next.(tea.QuitMsg); next == nil || quit {
			break
		}
		model, cmd = model.Update(next)
	}
	return model
}

// tooLittle is an answer an optional field refuses, where nothing typed
// would be taken: one digit for a field of digits (a PIN), a letter else.
func tooLittle(f flow.Field) string {
	if f.Digits {
		return "1"
	}
	return "x"
}
