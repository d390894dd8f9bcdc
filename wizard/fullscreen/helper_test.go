package fullscreen

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Issue 21: in helper mode every place names the member at the top, the
// helper's rules, the look-away screen and the checklist included, so
// nobody goes on with the wrong member.
func TestEveryPlaceOfHelperModeNamesTheMember(t *testing.T) {
	for _, p := range fixture.Places {
		t.Run(p.Name, func(t *testing.T) {
			var opened []string
			c, m := open(t, fixture.Helping(p, "Hanne Holm"), &opened)
			badge := c.Text().T("app.profile", text.Data{"Profile": "Hanne Holm"})
			if view := m.View(); !strings.Contains(view, badge) {
				t.Errorf("%q is not on the screen:\n%s", badge, view)
			}
		})
	}
}
