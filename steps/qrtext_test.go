package steps_test

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// P30: a step whose address is not shown as a QR code from the start (only
// when asked for) never speaks of "the QR code here" as if it were on
// screen: where it mentions a QR code, it says the guide can show one.
func TestAQRCodeNotOnScreenIsNotSpokenOfAsThere(t *testing.T) {
	c, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	can := map[string]string{"da": "kan guiden vise", "en": "the guide can show"}
	for _, lang := range []string{"da", "en"} {
		tr := translator(t, lang)
		for _, f := range c.Flows {
			for _, stage := range f.Stages {
				for _, st := range stage.Steps {
					if st.Link == nil || st.Kind == flow.QR {
						continue
					}
					for _, p := range st.Body {
						body := strings.ToLower(tr.T(p.ID))
						if strings.Contains(body, "qr") && !strings.Contains(flatten(body), can[lang]) {
							t.Errorf("%s %s/%s: %q speaks of a QR code the screen does not show yet", lang, f.ID, st.ID, flatten(tr.T(p.ID)))
						}
					}
				}
			}
		}
	}
}
