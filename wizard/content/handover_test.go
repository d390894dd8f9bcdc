package content_test

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// withHelp is a step of the practice journey to read, with its help.
func withHelp(help string) string {
	return "\n[[stages.steps]]\nid = \"t1\"\nkind = \"read\"\ntitle = \"tea.kettle\"\nbody = [{ text = \"tea.sip\" }]\nhelp = " + help + "\n"
}

// A journey that sends the person on, or completes another, names a
// journey the guide has (a built-in one too), and each list of paragraphs
// sends on to one journey at most: else the folder is refused, naming the
// journey it does not have.
func TestAHandOverToAJourneyThereIsNot(t *testing.T) {
	topics := strings.Replace(fixtureFile(t, content.TopicsFile), `body = [{ text = "topic.cold-body" }]`,
		`body = [{ text = "topic.cold-body", handover = "cocoa" }]`, 1)
	sendOn := func(to string) string { return withHelp(`[{ text = "tea.kettle-help", handover = "` + to + `" }]`) }
	header := func(lines string) string {
		return strings.Replace(practice(stage("s1", sendOn("tea"))), "checked = ", lines+"\nchecked = ", 1)
	}
	refusesEach(t, []folderCase{
		{"a step's help", map[string]string{"journeys/zz.toml": practice(stage("s1", sendOn("cocoa")))},
			"handover", "journeys/zz.toml", "cocoa"},
		{"the words after an answer", map[string]string{"journeys/zz.toml": practice(stage("s1",
			step("t1", "choose", `choices = [{ value = "a", label = "tea.green", pause = true, then = [{ text = "tea.sip", handover = "cocoa" }] }]`)))},
			"handover", "journeys/zz.toml", "cocoa"},
		{"the journey done", map[string]string{"journeys/zz.toml": header(`done-handover = "cocoa"`)},
			"handover", "journeys/zz.toml", "cocoa"},
		{"a help topic", map[string]string{content.TopicsFile: topics}, "handover", content.TopicsFile, "cocoa"},
		{"two journeys from one help", map[string]string{"journeys/zz.toml": practice(stage("s1",
			withHelp(`[{ text = "tea.kettle-help", handover = "tea" }, { text = "tea.sip", handover = "coffee" }]`)))},
			"handovers", "journeys/zz.toml", "tea, coffee"},
		{"a journey it completes", map[string]string{"journeys/zz.toml": header(`completes = ["coffee", "cocoa"]`)},
			"completes", "journeys/zz.toml", "cocoa"},
	})
	c, err := fixture.Loader.WithFolder(journeyFolder(t, header(`completes = ["coffee"]`+"\n"+`done-handover = "coffee"`)))
	if err != nil {
		t.Fatalf("a journey that sends on to the built-in ones is refused: %v", err)
	}
	zz := c.Flow("zz")
	if got := zz.Stages[0].Steps[0].Help[0].Handover; got != "tea" || zz.DoneHandover != "coffee" || len(zz.Completes) != 1 {
		t.Errorf("read as help to %q, done to %q, completing %v", got, zz.DoneHandover, zz.Completes)
	}
}
