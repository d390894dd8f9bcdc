package fullscreen

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// Issue 20: in a rehearsal every place says so at the top, in words.
func TestEveryPlaceOfARehearsalSaysSo(t *testing.T) {
	for _, p := range fixture.Places {
		p.Opts = fixture.Rehearsing(p.Opts)
		t.Run(p.Name, func(t *testing.T) {
			var opened []string
			c, m := open(t, p, &opened)
			badge := c.Text().T("app.rehearsal")
			if view := m.View(); !strings.Contains(view, badge) {
				t.Errorf("%q is not on the screen:\n%s", badge, view)
			}
		})
	}
}
