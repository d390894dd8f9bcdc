package flow

import "testing"

// testFlow is a small journey: a choice, a step only for one answer, a
// checked answer typed twice, and a second stage.
func testFlow() *Flow {
	digits := func(typed string, _ Answers) Verdict {
		if typed == "" {
			return Verdict{Problem: "empty"}
		}
		if typed == "0000" {
			return Verdict{Notes: []string{"zeros"}}
		}
		return Verdict{Value: typed}
	}
	only := &Condition{Step: "kind", Answer: "b"}
	return &Flow{Stages: []Stage{
		{ID: "one", Steps: []Step{
			{ID: "kind", Kind: Choose, Choices: []Choice{{Value: "a"}, {Value: "b"}}},
			{ID: "b-only", Kind: Read, When: only},
			{ID: "code", Kind: Type, Input: &Input{Twice: true, Mismatch: "differ", Check: digits}},
			{ID: "secret", Kind: Type, Input: &Input{Secret: true, Check: digits}},
		}},
		{ID: "two", Steps: []Step{{ID: "last", Kind: Read}}},
	}}
}

func TestStepsForOtherAnswersAreSkippedAndNotCounted(t *testing.T) {
	s := NewSession(testFlow())
	if n, total := s.Position(); n != 1 || total != 3 {
		t.Fatalf("before the choice: step %d of %d, want 1 of 3", n, total)
	}
	s.Answers["kind"] = "a"
	s.Next()
	if got := s.Current().ID; got != "code" {
		t.Fatalf("after answer a: at %q, want code", got)
	}
	s.Back()
	s.Answers["kind"] = "b"
	s.Next()
	if n, total := s.Position(); s.Current().ID != "b-only" || n != 2 || total != 4 {
		t.Fatalf("after answer b: at %q, step %d of %d", s.Current().ID, n, total)
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

func TestAnswerTypedTwiceMustMatch(t *testing.T) {
	s := NewSession(testFlow())
	if err := s.GoTo("code"); err != nil {
		t.Fatal(err)
	}
	e := NewEntry(s.Current())
	if e.Submit("", s.Answers) || e.Verdict.Problem != "empty" {
		t.Fatalf("empty answer: %+v", e.Verdict)
	}
	if e.Submit("12", s.Answers) || !e.Again() {
		t.Fatal("a good first typing should ask for the second")
	}
	if e.Submit("13", s.Answers) || e.Verdict.Problem != "differ" {
		t.Fatalf("different second typing: %+v", e.Verdict)
	}
	if !e.Submit("12", s.Answers) || s.Answers["code"] != "12" {
		t.Fatalf("same second typing not accepted: %+v, answers %v", e.Verdict, s.Answers)
	}
}

func TestAdviceIsConfirmedByTypingEnterAgain(t *testing.T) {
	s := NewSession(testFlow())
	_ = s.GoTo("secret")
	e := NewEntry(s.Current())
	if e.Submit("0000", s.Answers) || !e.Confirming() {
		t.Fatal("advice should wait for a confirmation")
	}
	if !e.Submit("0000", s.Answers) {
		t.Fatal("the same answer again should be accepted")
	}
	if _, kept := s.Answers["secret"]; kept {
		t.Fatal("a secret answer was kept in the answers")
	}
}

func TestChangedAnswerIsJudgedAgain(t *testing.T) {
	s := NewSession(testFlow())
	_ = s.GoTo("secret")
	e := NewEntry(s.Current())
	e.Submit("0000", s.Answers)
	if e.Submit("", s.Answers) || e.Verdict.Problem != "empty" {
		t.Fatalf("a changed answer skipped its check: %+v", e.Verdict)
	}
}

func TestGoToUnknownStep(t *testing.T) {
	if err := NewSession(testFlow()).GoTo("nope"); err == nil {
		t.Fatal("no error for an unknown step")
	}
}
