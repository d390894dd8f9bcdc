package flow

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestProgressRoundTripKeepsPlaceChoicesAndDates(t *testing.T) {
	f := testFlow()
	f.Stages[0].Steps[2].Marks = "code-typed"
	s := NewSession(f)
	s.Now = func() time.Time { return time.Date(2026, 11, 18, 15, 4, 0, 0, time.Local) }
	s.Answers["kind"] = "b"
	s.Next()
	s.Next()
	s.Answers["code"] = "4711"
	s.Next()

	p := s.Progress()
	if p.Step != "secret" || p.Dates["code-typed"] != "2026-11-18" || p.Choices["kind"] != "b" {
		t.Fatalf("progress %+v", p)
	}
	buf, _ := json.Marshal(p)
	if strings.Contains(string(buf), "4711") {
		t.Fatalf("a typed answer is in the progress: %s", buf)
	}

	again := NewSession(f)
	if err := again.Restore(p); err != nil {
		t.Fatal(err)
	}
	if again.Current().ID != "secret" || again.Status(0) != InProgress || again.Answers["kind"] != "b" {
		t.Fatalf("restored at %q, %s, %v", again.Current().ID, again.Status(0), again.Answers)
	}
	if got := again.Dates["code-typed"].Format(DayLayout); got != "2026-11-18" {
		t.Fatalf("restored date %s", got)
	}
}

func TestProgressThatDoesNotFitIsRefused(t *testing.T) {
	good := NewSession(testFlow()).Progress()
	cases := map[string]func(p *Progress){
		"other version": func(p *Progress) { p.Version = 99 },
		"other flow":    func(p *Progress) { p.Flow = "else" },
		"unknown step":  func(p *Progress) { p.Step = "gone" },
		"unknown value": func(p *Progress) { p.Choices = map[string]string{"kind": "z"} },
		"bad date":      func(p *Progress) { p.Dates = map[string]string{"x": "18/11"} },
	}
	for name, spoil := range cases {
		p := good
		spoil(&p)
		s := NewSession(testFlow())
		_ = s.GoTo("code")
		if err := s.Restore(p); err == nil {
			t.Errorf("%s: accepted", name)
		}
		if s.Current().ID != "code" {
			t.Errorf("%s: a refused restore moved the session", name)
		}
	}
}

func TestRemindersFallDueAfterTheirDaysUntilTheWaitEnds(t *testing.T) {
	f := testFlow()
	f.Reminders = []Reminder{{Since: "asked", Until: "came", Days: 8, Message: "late"},
		{Since: "mailed", Until: "chosen", Days: 0, Message: "link"}}
	s := NewSession(f)
	day := time.Date(2026, 11, 1, 9, 0, 0, 0, time.Local)
	s.Dates["asked"], s.Dates["mailed"] = day, day
	for _, c := range []struct {
		now  time.Time
		due  []string
		came bool
	}{
		{day.Add(time.Hour), []string{"link"}, false},           // days 0: from the same day
		{day.AddDate(0, 0, 7), []string{"link"}, false},         // a week: not yet late
		{day.AddDate(0, 0, 8), []string{"late", "link"}, false}, // more than a week
		{day.AddDate(0, 0, 30), []string{"link"}, true},         // the code came
	} {
		s.Now = func() time.Time { return c.now }
		if c.came {
			s.Dates["came"] = c.now
		}
		var got []string
		for _, r := range s.DueReminders() {
			got = append(got, r.Message)
		}
		if strings.Join(got, " ") != strings.Join(c.due, " ") {
			t.Errorf("%s: due %v, want %v", c.now.Format(DayLayout), got, c.due)
		}
	}
}

func TestDaysBetweenCountsCalendarDays(t *testing.T) {
	late := time.Date(2026, 11, 18, 23, 30, 0, 0, time.Local)
	early := time.Date(2026, 11, 22, 0, 15, 0, 0, time.Local)
	if got := DaysBetween(late, early); got != 4 {
		t.Fatalf("18 November late to 22 November early: %d days, want 4", got)
	}
}
