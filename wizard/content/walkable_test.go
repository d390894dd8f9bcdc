package content_test

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// practice is a small journey of the made-up words, with stages given in
// TOML: each case of the walkability check changes one thing of it.
func practice(stages string) string {
	return `id = "zz"
title = "coffee.title"
intro = "coffee.intro"
situation = "coffee.situation"
checked = 2026-11-01
sources = ["book"]
` + stages
}

// stage is a stage of practice with steps.
func stage(id string, steps ...string) string {
	return fmt.Sprintf("\n[[stages]]\nid = %q\ntitle = \"tea.brew\"\nshort = \"tea.brew-short\"\n", id) +
		strings.Join(steps, "")
}

// step is a step of practice of a kind, with more lines of TOML.
func step(id, kind string, more ...string) string {
	return fmt.Sprintf("\n[[stages.steps]]\nid = %q\nkind = %q\ntitle = \"tea.kettle\"\nhelp = [{ text = \"tea.kettle-help\" }]\n"+
		"body = [{ text = \"tea.sip\" }]\n", id, kind) + strings.Join(more, "\n") + "\n"
}

// journeyFolder is a folder of corrections on disk holding one journey, zz.
func journeyFolder(t *testing.T, journey string) fs.FS {
	_, files := onDisk(t, map[string]string{"journeys/zz.toml": journey})
	return files
}

const (
	answers = `choices = [{ value = "a", label = "tea.green" }, { value = "b", label = "tea.black" }]`
	email   = `fields = [{ id = "mail", label = "tea.name", max = 254, check = "name" }]`
)

// a journey that passes every other check but that the guide could
// not walk (a crash, a loop, a question without answers, "trin 0 af 0")
// is refused, naming the stage or step; the review's table, case by case.
func TestAJourneyThatCannotBeWalkedIsRefused(t *testing.T) {
	if _, err := fixture.Loader.WithFolder(journeyFolder(t, practice(stage("s1", step("t1", "read"))))); err != nil {
		t.Fatalf("the practice journey itself is refused: %v", err)
	}
	cases := []struct {
		name, stages, problem, what string
	}{
		{"a stage without steps, after one with", stage("s1", step("t1", "read")) + stage("s2"), "empty-stage", "s2"},
		{"a journey whose only stage is empty", stage("s1"), "empty-stage", "s1"},
		{"a question without answers", stage("s1", step("t1", "choose")), "no-choices", "t1"},
		{"a step to type in without fields", stage("s1", step("t1", "type")), "no-fields", "t1"},
		{"a review of a secret field", stage("s1", step("t1", "type",
			`fields = [{ id = "pw", label = "tea.lock-label", secret = true, max = 200, check = "lock" }]`),
			step("t2", "type", email), step("t3", "review", `reviews = ["mail", "pw"]`)), "review-secret", "pw"},
		{"a review of one field three times", stage("s1", step("t1", "type", email), step("t2", "review", `reviews = ["mail", "mail", "mail"]`)),
			"review-twice", "mail"},
		{"a review of a field no step asks", stage("s1", step("t1", "type", email), step("t2", "review", `reviews = ["name"]`)),
			"review-field", "name"},
		{"every step of a stage hidden by one answer", stage("s1", step("c", "choose", answers)) +
			stage("s2", step("t1", "read", `when = "c!=a"`), step("t2", "read", `when = "c!=a or c=b"`)), "all-hidden", "s2"},
		{"every step of a stage hidden while unanswered (--step)", stage("s1", step("c", "choose", answers)) +
			stage("s2", step("t1", "read", `when = "c=a"`), step("t2", "read", `when = "c=b"`)), "all-hidden", "s2"},
		{"a question shown by its own answer", stage("s1", step("t0", "read"), step("c", "choose", answers, `when = "c=a"`)),
			"condition-order", "c=a"},
		{"two questions shown by each other (a loop)", stage("s1", step("t0", "read"), step("c", "choose", answers, `when = "d=a"`),
			step("d", "choose", answers, `when = "c=b"`)), "condition-order", "d=a"},
		{"a field of no length", stage("s1", step("t1", "type", strings.Replace(email, "max = 254", "max = 0", 1))), "field-max", "mail"},
		{"a field of a negative length", stage("s1", step("t1", "type", strings.Replace(email, "max = 254", "max = -5", 1))), "field-max", "mail"},
		{"a field without a length", stage("s1", step("t1", "type", strings.Replace(email, "max = 254, ", "", 1))), "field-max", "mail"},
		{"a field longer than any answer", stage("s1", step("t1", "type", strings.Replace(email, "max = 254", "max = 100000000", 1))),
			"field-max", "mail"},
		{"a field of a kind the guide does not know", stage("s1", step("t1", "type", `fields = [{ id = "x", kind = "slider", label = "tea.name" }]`)),
			"field-kind", "x"},
		{"a tick box with a check", stage("s1", step("t1", "type", `fields = [{ id = "x", kind = "tick", label = "tea.name", check = "name" }]`)),
			"field-kind", "x"},
		{"a secret button", stage("s1", step("t1", "type", `fields = [{ id = "x", kind = "button", label = "tea.name", secret = true }]`)),
			"field-kind", "x"},
		{"a list of one answer", stage("s1", step("t1", "type",
			`fields = [{ id = "x", kind = "list", label = "tea.name", options = [{ value = "a", label = "tea.green" }] }]`)), "field-kind", "x"},
		{"answers of a field that is no list", stage("s1", step("t1", "type",
			`fields = [{ id = "x", kind = "tick", label = "tea.name", options = [{ value = "a", label = "tea.green" }, { value = "b", label = "tea.black" }] }]`)),
			"field-kind", "x"},
		{"an answer of a list with no words", stage("s1", step("t1", "type",
			`fields = [{ id = "x", kind = "list", label = "tea.name", options = [{ value = "a", label = "tea.green" }, { value = "b", label = "tea.nope" }] }]`)),
			"unknown-message", "tea.nope"},
		{"an answer that the page was sent, on a step that is no review", stage("s1", step("t1", "read", `sent = "tea.green"`)),
			"sent-review", "tea.green"},
		{"a review of a tick box", stage("s1", step("t1", "type", `fields = [{ id = "x", kind = "tick", label = "tea.name" }]`),
			step("t2", "review", `reviews = ["x"]`)), "review-field", "x"},
		{"a step shown on the day of a date that no step before it sets", stage("s1", step("t1", "read", `same-day = "sent"`),
			step("t2", "read", `marks = "sent"`)), "same-day", "sent"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := fixture.Loader.WithFolder(journeyFolder(t, practice(c.stages)))
			refused(t, err, c.problem, "journeys/zz.toml", c.what)
		})
	}
	// What the review found to work stays accepted: many answers, a pause
	// with a date, a stage of steps for each answer and one for none.
	var many []string
	for i := range 500 {
		many = append(many, fmt.Sprintf(`{ value = "a%d", label = "tea.green" }`, i))
	}
	for name, stages := range map[string]string{
		"500 answers": stage("s1", step("c", "choose", "choices = ["+strings.Join(many, ", ")+"]")),
		"a pause with a date": stage("s1", step("c", "choose", `marks = "request-sent"`,
			`choices = [{ value = "a", label = "tea.green", pause = true }, { value = "b", label = "tea.black" }]`)),
		"every answer has its step": stage("s1", step("c", "choose", answers)) +
			stage("s2", step("t1", "read", `when = "c=a"`), step("t2", "read", `when = "c!=a"`)),
	} {
		if _, err := fixture.Loader.WithFolder(journeyFolder(t, practice(stages))); err != nil {
			t.Errorf("%s: refused: %v", name, err)
		}
	}
}
