package desk

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
)

// withReminder is the tea journey with a reminder three days after the
// tea was ordered, until it is drunk, and the coffee journey.
func withReminder() []*flow.Flow {
	tea := fixture.Flow()
	tea.Reminders = []flow.Reminder{{Since: "ordered", Until: "drunk", Days: 3, Message: "tea.ordered"}}
	return []*flow.Flow{tea, fixture.Coffee()}
}

// The summaries say, for every member, the journey they are on, each
// journey begun with its stages, the next date that matters, and the day
// of the last change; a journey chosen but not begun is not one.
func TestTheSummariesSayWhereEachMemberStands(t *testing.T) {
	dir := t.TempDir()
	d := New(dir, withReminder())
	defer d.Close()
	ordered := time.Date(2026, 12, 1, 10, 0, 0, 0, time.Local)
	opts := start(t)
	opts.Flow, opts.StartAt, opts.Now = d.journeys[0], "order", func() time.Time { return ordered }
	for _, name := range []string{"Åse", "Dorte"} {
		c := open(t, d, name, opts)
		fixture.TypeInto(c, "Åse", "2", "no", "abcd", "abcd", "Irma")
		c.Do(core.Continue, 0) // the order checked: the first stage is done
		if name == "Dorte" {
			c.Do(core.Continue, 0)
			c.Do(core.Continue, 0) // and the tea drunk: nothing to wait for
		}
	}
	onCoffee(t, d, "Bent")
	carl := open(t, d, "Carl", start(t))
	carl.Do(core.Select, 1)
	carl.Do(core.Continue, 0) // coffee chosen, not begun
	today := time.Now().Format(flow.DayLayout)
	want := []store.Summary{
		{Profile: "Bent", Current: "coffee", Updated: today,
			Journeys: []store.JourneySummary{{Journey: "coffee", Stages: []flow.Status{flow.InProgress}}}},
		{Profile: "Carl", Current: "coffee", Updated: today},
		{Profile: "Dorte", Current: "tea", Updated: today,
			Journeys: []store.JourneySummary{{Journey: "tea", Stages: []flow.Status{flow.Done, flow.InProgress}}}},
		{Profile: "Åse", Current: "tea", Updated: today,
			Journeys: []store.JourneySummary{{Journey: "tea", Stages: []flow.Status{flow.Done, flow.NotStarted}, Due: "2026-12-04", Wait: "ordered"}}},
	}
	got, err := d.Summaries()
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("summaries (%v)\n%+v\nwant\n%+v", err, got, want)
	}
}

// A new version of the guide sums up every member again, as it would
// from their files alone: a stage renamed or added, a step or a choice
// gone, a reminder later. Progress that no longer fits a journey is left
// out of the summary, and its file left as it is.
func TestANewVersionSumsUpAgain(t *testing.T) {
	for name, change := range map[string]func(tea, coffee *flow.Flow){
		"a stage renamed": func(_, coffee *flow.Flow) { coffee.Stages[0].ID = "brew" },
		"a stage added": func(_, coffee *flow.Flow) {
			coffee.Stages = append(coffee.Stages, flow.Stage{ID: "drink", Steps: []flow.Step{{ID: "sip", Kind: flow.Read}}})
		},
		"a step gone":      func(_, coffee *flow.Flow) { coffee.Stages[0].Steps = coffee.Stages[0].Steps[:1] },
		"a choice gone":    func(tea, _ *flow.Flow) { tea.Stages[0].Steps[1].Choices = tea.Stages[0].Steps[1].Choices[:1] },
		"a reminder later": func(tea, _ *flow.Flow) { tea.Reminders[0].Days = 5 },
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			d := New(dir, withReminder())
			opts := start(t)
			opts.Flow, opts.StartAt = d.journeys[0], "kind"
			aase := open(t, d, "Åse", opts)
			aase.Do(core.Select, 1)
			aase.Do(core.Continue, 0)
			fixture.TypeInto(aase, "Åse", "2", "no", "abcd", "abcd", "Irma")
			aase.Do(core.Continue, 0) // black tea ordered: a reminder to come
			bent := onCoffee(t, d, "Bent")
			bent.Do(core.Continue, 0)
			bent.Do(core.Continue, 0) // coffee done
			d.Close()
			before, err := d.Summaries()
			if err != nil {
				t.Fatal(err)
			}
			files := map[string]store.Profile{}
			for _, name := range []string{"Åse", "Bent"} {
				files[name], _ = kept(t, dir, name)
			}

			after := withReminder()
			change(after[0], after[1])
			got, err := New(dir, after).Summaries()
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Remove(filepath.Join(dir, "profiles.summary")); err != nil {
				t.Fatal(err)
			}
			fromFiles, err := New(dir, after).Summaries()
			if err != nil || !reflect.DeepEqual(got, fromFiles) || reflect.DeepEqual(got, before) {
				t.Fatalf("summaries\n%+v\nfrom the files alone (%v)\n%+v\nbefore\n%+v", got, err, fromFiles, before)
			}
			for name, was := range files {
				if now, _ := kept(t, dir, name); !reflect.DeepEqual(now, was) {
					t.Errorf("summing up changed %s's file: %+v", name, now)
				}
			}
		})
	}
}
