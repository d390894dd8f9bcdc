package flow

import (
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// testFlow is a small journey: a choice, a step only for one answer, a
// checked answer typed twice, and a second stage.
func testFlow() *Flow {
	digits := func(in verdict.Input) verdict.Verdict {
		if in.Typed == "" {
			return verdict.Verdict{Problem: "empty"}
		}
		if in.Typed == "0000" {
			return verdict.Verdict{Notes: []string{"zeros"}}
		}
		return verdict.Verdict{Value: in.Typed}
	}
	only := &Condition{Step: "kind", Answer: "b"}
	return &Flow{Stages: []Stage{
		{ID: "one", Steps: []Step{
			{ID: "kind", Kind: Choose, Choices: []Choice{{Value: "a"}, {Value: "b"}}},
			{ID: "b-only", Kind: Read, When: only},
			{ID: "code", Kind: Type, Fields: []Field{{ID: "code", Twice: true, Mismatch: "differ", Check: digits}}},
			{ID: "secret", Kind: Type, Fields: []Field{{ID: "secret", Secret: true, Check: digits}}},
		}},
		{ID: "two", Steps: []Step{{ID: "last", Kind: Read}}},
	}}
}

// Before the choice the longest way is counted, and said to be the most
// (the total only falls as answers come); after it, a step for another
// answer is skipped and not counted.
func TestStepsForOtherAnswersAreSkippedAndNotCounted(t *testing.T) {
	s := NewSession(testFlow())
	if n, total, fewer := s.Position(); n != 1 || total != 4 || !fewer {
		t.Fatalf("before the choice: step %d of %d (at most: %v), want 1 of at most 4", n, total, fewer)
	}
	s.Answers["kind"] = "a"
	s.Next()
	if n, total, fewer := s.Position(); s.Current().ID != "code" || n != 2 || total != 3 || fewer {
		t.Fatalf("after answer a: at %q, step %d of %d, want code, 2 of 3", s.Current().ID, n, total)
	}
	s.Back()
	s.Answers["kind"] = "b"
	s.Next()
	if n, total, _ := s.Position(); s.Current().ID != "b-only" || n != 2 || total != 4 {
		t.Fatalf("after answer b: at %q, step %d of %d", s.Current().ID, n, total)
	}
}

func TestANegatedConditionHoldsForEveryOtherAnswerAndNone(t *testing.T) {
	notB := &Condition{Step: "kind", Answer: "b", Not: true}
	for answer, want := range map[string]bool{"": true, "a": true, "b": false} {
		if got := notB.Holds(Answers{"kind": answer}); got != want {
			t.Errorf("kind!=b with answer %q: holds %v, want %v", answer, got, want)
		}
	}
}

func TestAJoinedConditionHoldsOnlyWhenBothDo(t *testing.T) {
	both := &Condition{Step: "kind", Answer: "b", Not: true, And: &Condition{Step: "size", Answer: "big", Not: true}}
	for answers, want := range map[[2]string]bool{{"a", "small"}: true, {"b", "small"}: false, {"a", "big"}: false, {"", ""}: true} {
		if got := both.Holds(Answers{"kind": answers[0], "size": answers[1]}); got != want {
			t.Errorf("kind!=b and size!=big with %v: holds %v, want %v", answers, got, want)
		}
	}
	if !both.MayHold(Answers{"kind": "a"}) || both.MayHold(Answers{"size": "big"}) {
		t.Error("MayHold should hold while a part is unanswered, and not when one answered part fails")
	}
}

// "a and b or c": and binds closer, as in the journeys' conditions where
// a fallback question stands in for the first one's answer.
func TestAnAlternativeConditionHoldsWhenEitherGroupDoes(t *testing.T) {
	seen := &Condition{Step: "look", Answer: "yes",
		Or: &Condition{Step: "look", Answer: "cannot", And: &Condition{Step: "date", Answer: "before"}}}
	for answers, want := range map[[2]string]bool{
		{"yes", ""}: true, {"cannot", "before"}: true, {"cannot", "after"}: false, {"no", "before"}: false, {"no", ""}: false,
	} {
		if got := seen.Holds(Answers{"look": answers[0], "date": answers[1]}); got != want {
			t.Errorf("look=yes or look=cannot and date=before, with %v: holds %v, want %v", answers, got, want)
		}
	}
	// Unanswered, every variant may hold; once the first question says
	// no, the fallback's missing answer does not make it hold.
	if !seen.MayHold(Answers{}) || !seen.MayHold(Answers{"look": "cannot"}) || seen.MayHold(Answers{"look": "no"}) {
		t.Error("MayHold should hold while unanswered, and not once the first answer rules both groups out")
	}
	if got := len(seen.Atoms()); got != 3 {
		t.Errorf("the condition has %d tests, want 3", got)
	}
}

func TestAnAnswerThatHidesAQuestionForgetsItsAnswer(t *testing.T) {
	f := &Flow{Stages: []Stage{{ID: "one", Steps: []Step{
		{ID: "have", Kind: Choose, Choices: []Choice{{Value: "no"}, {Value: "yes"}}},
		{ID: "signed", Kind: Choose, When: &Condition{Step: "have", Answer: "yes"}, Choices: []Choice{{Value: "in"}, {Value: "out"}}},
		{ID: "make", Kind: Read, When: &Condition{Step: "signed", Answer: "in", Not: true}},
	}}}}
	s := NewSession(f)
	s.Choose(1) // have: yes
	s.Next()
	s.Choose(0) // signed: in, so no "make"
	s.Back()
	s.Choose(0) // have: no after all
	s.Next()
	if got := s.Current().ID; got != "make" {
		t.Fatalf("after changing to no: at %q, want make (answers %v)", got, s.Answers)
	}
}

// F-15: a date in the future (a clock set wrong, a file from elsewhere) is
// told as today, never as a negative number of days.
func TestADateInTheFutureCountsAsToday(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	for _, date := range []time.Time{now.AddDate(0, 0, 1), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)} {
		if n := DaysBetween(date, now); n != 0 {
			t.Errorf("from %s to %s: %d days, want 0", date.Format(time.DateOnly), now.Format(time.DateOnly), n)
		}
	}
	if n := DaysBetween(now.AddDate(0, 0, -3), now); n != 3 {
		t.Errorf("three days ago: %d days, want 3", n)
	}
}

func TestStagesUnlockInOrder(t *testing.T) {
	s := NewSession(testFlow())
	if s.Status(0) != NotStarted || s.Status(1) != Blocked {
		t.Fatalf("at start: %s, %s", s.Status(0), s.Status(1))
	}
	s.Answers["kind"] = "a"
	s.Next()
	if s.Status(0) != InProgress {
		t.Fatalf("after one step: %s", s.Status(0))
	}
	for s.Next() {
	}
	if s.Status(0) != Done || s.Status(1) != NotStarted || s.NextStage() != 1 {
		t.Fatalf("after the stage: %s, %s, next %d", s.Status(0), s.Status(1), s.NextStage())
	}
}

func TestAPauseUndoesTheStepsDate(t *testing.T) {
	f := testFlow()
	f.Stages[0].Steps[0].Marks = "kind-chosen"
	f.Stages[0].Steps[0].Choices[1].Pause = true
	s := NewSession(f)
	s.Choose(0)
	s.Next()
	s.Back()
	if _, ok := s.Dates["kind-chosen"]; !ok {
		t.Fatal("the first answer did not mark its date")
	}
	if !s.Choose(1) {
		t.Fatal("the pausing answer did not pause")
	}
	if _, ok := s.Dates["kind-chosen"]; ok {
		t.Fatal("the pausing answer kept the date of the answer before")
	}
}

func TestFieldsAreFoundByID(t *testing.T) {
	f := testFlow()
	if f.Field("code") == nil || f.StepOfField("code").ID != "code" || f.Field("nope") != nil || f.StepOfField("nope") != nil {
		t.Fatal("fields are not found by their id")
	}
}

func TestGoToUnknownStep(t *testing.T) {
	if err := NewSession(testFlow()).GoTo("nope"); err == nil {
		t.Fatal("no error for an unknown step")
	}
}

// Dates far apart, or the wrong way round, are counted without overflow.
func TestDaysBetweenFarDates(t *testing.T) {
	today := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		from time.Time
		want int
	}{
		{time.Date(2026, 11, 22, 23, 0, 0, 0, time.UTC), 1},
		{time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC), 0},
		{time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), 739942},
	} {
		if got := DaysBetween(c.from, today); got != c.want {
			t.Errorf("from %s: %d, want %d", c.from.Format(time.DateOnly), got, c.want)
		}
	}
}

// A date is kept while the person goes back to the step that set it, and
// forgotten once they go back past it: the thing is to be done again.
func TestGoingBackPastAStepForgetsItsDate(t *testing.T) {
	f := testFlow()
	f.Stages[0].Steps[1].Marks = "sent" // b-only
	s := NewSession(f)
	s.Answers["kind"] = "b"
	s.Next() // at b-only
	s.Next() // b-only done: at code
	if _, ok := s.Dates["sent"]; !ok {
		t.Fatal("b-only done did not mark its date")
	}
	s.Back() // at b-only again
	if _, ok := s.Dates["sent"]; !ok {
		t.Fatal("back at the step that set it, its date is gone")
	}
	s.Back() // at kind: past b-only
	if d, ok := s.Dates["sent"]; ok {
		t.Fatalf("gone back past the step that set it, the date %v is still kept", d)
	}
}

// A step shown only on the day of a date is shown that day and not the
// next; resumed there the next day, the session settles on the step
// before it.
func TestAStepOfTheDayOfADateIsShownThatDayOnly(t *testing.T) {
	f := testFlow()
	f.Stages[0].Steps[1].When, f.Stages[0].Steps[1].SameDay = nil, "sent"
	day := time.Date(2026, 12, 3, 23, 0, 0, 0, time.Local)
	s := NewSession(f)
	s.Dates["sent"] = day.Add(-time.Hour)
	s.Now = func() time.Time { return day }
	s.Answers["kind"] = "a"
	s.Next()
	if got := s.Current().ID; got != "b-only" {
		t.Fatalf("on the day of the date: at %q, want b-only", got)
	}
	s.Now = func() time.Time { return day.Add(2 * time.Hour) }
	s.Settle()
	if got := s.Current().ID; got != "kind" {
		t.Fatalf("the next day, resumed at b-only: at %q, want the step before it", got)
	}
	s.Next()
	if got := s.Current().ID; got != "code" {
		t.Fatalf("the next day: at %q, want b-only skipped", got)
	}
}
