package plain

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// Issue 20: in a rehearsal every place says so, in words, in the line
// mode too.
func TestEveryPlaceOfARehearsalSaysSo(t *testing.T) {
	for _, p := range fixture.Places {
		p.Opts = fixture.Rehearsing(p.Opts)
		t.Run(p.Name, func(t *testing.T) {
			c, out := transcript(t, p, "")
			if badge := c.Text().T("app.rehearsal"); !strings.Contains(out, badge) {
				t.Errorf("%q is not said:\n%s", badge, out)
			}
		})
	}
}
