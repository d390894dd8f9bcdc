package text

import (
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/locales"
)

// A message and a date in words as a screen asks for them on every key
// press: remembered (T, When), and worked out by go-i18n each time
// (localize, when), the way T and When did before they remembered.
//
//	go test -run '^$' -bench 'Words' ./wizard/text/

func BenchmarkWords(b *testing.B) {
	tr, err := Load(locales.Files, "da", locales.Default)
	if err != nil {
		b.Fatal(err)
	}
	day := time.Date(2026, 11, 18, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		f    func() string
	}{
		{"T/remembered", func() string { return tr.T("action.continue") }},
		{"T/go-i18n", func() string { return tr.localize("action.continue", nil) }},
		{"T-with-data/go-i18n", func() string { return tr.T("app.caption", Data{"Stage": "1. etape", "Step": 4, "Total": 16}) }},
		{"When/remembered", func() string { return tr.When(day, 4) }},
		{"When/go-i18n", func() string { return tr.when(day, 4) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				_ = c.f()
			}
		})
	}
}
