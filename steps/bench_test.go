package steps_test

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The work of one key press on the heaviest screens, at 120x40 in colour:
// Update and View. The floor is 200 µs a key press.

func benchKey(b *testing.B, step string, key tea.KeyMsg) {
	model := startGuide(b, translator(b, "da"), core.Options{StartAt: step, Colour: true}, 120, 40)
	_ = model.View()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		model, _ = model.Update(key)
		_ = model.View()
	}
}

// The QR code of the Play Store beside the longest text of stage 1.
func BenchmarkKeyPressQRScreen(b *testing.B) {
	benchKey(b, "app-download", tea.KeyMsg{Type: tea.KeyDown})
}

// Typing into the password field re-checks the rules on every key.
func BenchmarkKeyPressPasswordField(b *testing.B) {
	benchKey(b, "password", tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'å'}})
}

// Start-up work, measured apart: the message bundle, the journey, the saved
// progress. The floor is 5 ms for all three.

func BenchmarkStartupMessages(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		if _, err := text.Load(locales.Files, "da", locales.Default); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStartupJourney(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		_ = steps.NewAccount()
	}
}

func BenchmarkStartupProgress(b *testing.B) {
	st := store.Store{Dir: b.TempDir()}
	s := flow.NewSession(steps.NewAccount())
	_ = s.GoTo("check-answers")
	if err := st.Save(store.DefaultProfile, s.Progress()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		p, found, err := st.Load(store.DefaultProfile)
		if err != nil || !found {
			b.Fatal(found, err)
		}
		if err := flow.NewSession(steps.NewAccount()).Restore(p); err != nil {
			b.Fatal(err)
		}
	}
}
