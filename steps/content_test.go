package steps_test

import (
	"testing"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
)

// The content built in passes every check the guide makes of a folder of
// corrections, so it need not be checked again at every start.
func TestTheBuiltInContentIsValid(t *testing.T) {
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	if len(built.Languages) < 2 {
		t.Fatalf("languages built in: %v", built.Languages)
	}
	if err := content.Validate(built.Flows, builtInWords(t), locales.Default); err != nil {
		t.Fatal(err)
	}
	if err := content.TopicLinks(built.Flows, built.Topics); err != nil {
		t.Fatal(err)
	}
	if err := content.TopicConditions(built.Topics, built.Flows); err != nil {
		t.Fatal(err)
	}
	if err := content.ValidateFailures(built.Failures, built.Topics, builtInWords(t)); err != nil {
		t.Fatal(err)
	}
}
