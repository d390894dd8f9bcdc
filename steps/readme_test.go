package steps_test

import (
	"os"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/steps"
)

// The README lists every journey and every step id, for --journey and
// --step; a step added to a journey must be added there too.
func TestREADMEListsEveryStepID(t *testing.T) {
	buf, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(buf)
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range content.Flows {
		_, row, ok := strings.Cut(readme, "| `"+f.ID+"` |")
		if !ok {
			t.Errorf("README.md does not list the journey %q", f.ID)
			continue
		}
		row, _, _ = strings.Cut(row, "\n")
		for _, id := range f.StepIDs() {
			if f.ID == "new-account" && !strings.Contains(readme, "| `"+id+"` |") ||
				f.ID != "new-account" && !strings.Contains(row, "`"+id+"`") {
				t.Errorf("README.md does not list the step id %q of %s", id, f.ID)
			}
		}
	}
}
