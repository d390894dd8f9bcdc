package plain_test

import (
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain/plaintest"
)

// Every command word of the plain mode, typed on every place of the test
// journey in both languages, does what its offer does, is the answer of
// the field typed into, or is refused in words (plaintest.EveryWord).
func TestEveryCommandWordDoesItsActionOrIsRefused(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		for _, p := range fixture.Places {
			t.Run(lang+" "+p.Name, func(t *testing.T) {
				plaintest.EveryWord(t, func(opened *[]string) *core.Core { return p.Open(t, lang, opened) })
			})
		}
	}
}
