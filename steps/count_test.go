package steps_test

import (
	"fmt"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// P11: on every path through every stage of every journey, the caption's
// "trin N af M" never grows as answers come ("trin 4 af 4", then "trin 5
// af 13"), and never says the last step while steps remain.
func TestTheStepCountNeverGrowsNorEndsEarly(t *testing.T) {
	c, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range c.Flows {
		for i := range f.Stages {
			s := flow.NewSession(f)
			s.StartStage(i)
			walkCounts(t, s, fmt.Sprintf("%s, stage %d", f.ID, i+1), 0, 0)
		}
	}
}

// walkCounts follows every answer from where s is to the stage's end;
// number and total are the last caption's.
func walkCounts(t *testing.T, s *flow.Session, path string, number, total int) {
	n, m := s.Position()
	path += " → " + s.Current().ID
	if total > 0 && (m > total || n != number+1) {
		t.Errorf("%s: trin %d af %d after trin %d af %d", path, n, m, number, total)
	}
	if n > m {
		t.Errorf("%s: trin %d af %d", path, n, m)
	}
	st := s.Current()
	if st.Kind != flow.Choose {
		if s.Next() {
			if n == m {
				t.Errorf("%s: trin %d af %d, and a step comes after it: %s", path, n, m, s.Current().ID)
			}
			walkCounts(t, s, path, n, m)
		}
		return
	}
	for i, ch := range st.Choices {
		branch := clone(t, s)
		if branch.Choose(i) {
			continue // a pause: the journey goes back to its start screen
		}
		if branch.Next() {
			if n == m {
				t.Errorf("%s=%s: trin %d af %d, and a step comes after it", path, ch.Value, n, m)
			}
			walkCounts(t, branch, path+"="+ch.Value, n, m)
		}
	}
}

// clone is a session of its own where s is, to follow one answer.
func clone(t *testing.T, s *flow.Session) *flow.Session {
	c := flow.NewSession(s.Flow)
	if err := c.Restore(s.Progress()); err != nil {
		t.Fatal(err)
	}
	return c
}
