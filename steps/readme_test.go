package steps_test

import (
	"os"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/steps"
)

// The README lists every step id, for --step; a step added to the journey
// must be added there too.
func TestREADMEListsEveryStepID(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range steps.NewAccount().StepIDs() {
		if !strings.Contains(string(readme), "| `"+id+"` |") {
			t.Errorf("README.md does not list the step id %q", id)
		}
	}
}
