package plain

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Issue 21: in helper mode every place names the member, in the line mode
// too: the helper's rules, the look-away screen and the checklist
// included.
func TestEveryPlaceOfHelperModeNamesTheMember(t *testing.T) {
	for _, p := range fixture.Places {
		t.Run(p.Name, func(t *testing.T) {
			c, out := transcript(t, fixture.Helping(p, "Hanne Holm"), "")
			if badge := c.Text().T("app.profile", text.Data{"Profile": "Hanne Holm"}); !strings.Contains(out, badge) {
				t.Errorf("%q is not said:\n%s", badge, out)
			}
		})
	}
}
