package steps_test

import (
	"fmt"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// P11: on every path through every stage of every journey, the caption's
// "trin N af M" never grows as answers come ("trin 4 af 4", then "trin 5
// af 13"), and never says the last step while steps remain. M is the
// longest way left, no more (the union of every way's steps said "af 10"
// where 5 would come), and "af højst M" is said just where a way with
// fewer steps remains.
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
// number and total are the last caption's. It gives the numbers of the
// last steps of the longest and the shortest way from s.
func walkCounts(t *testing.T, s *flow.Session, path string, number, total int) (longest, shortest int) {
	n, m, fewer := s.Position()
	path += " → " + s.Current().ID
	if total > 0 && (m > total || n != number+1) {
		t.Errorf("%s: trin %d af %d after trin %d af %d", path, n, m, number, total)
	}
	if n > m {
		t.Errorf("%s: trin %d af %d", path, n, m)
	}
	defer func() {
		if longest != m || fewer != (shortest < longest) {
			t.Errorf("%s: trin %d af %d (at most: %v), and the ways from here end at trin %d to %d", path, n, m, fewer, shortest, longest)
		}
	}()
	st := s.Current()
	if st.Kind != flow.Choose {
		if !s.Next() {
			return n, n
		}
		if n == m {
			t.Errorf("%s: trin %d af %d, and a step comes after it: %s", path, n, m, s.Current().ID)
		}
		return walkCounts(t, s, path, n, m)
	}
	for i, ch := range st.Choices {
		branch := clone(t, s)
		if branch.Choose(i) {
			continue // a pause: the stage waits at this step, to go on from it later
		}
		long, short := n, n
		if branch.Next() {
			if n == m {
				t.Errorf("%s=%s: trin %d af %d, and a step comes after it", path, ch.Value, n, m)
			}
			long, short = walkCounts(t, branch, path+"="+ch.Value, n, m)
		}
		longest = max(longest, long)
		if shortest == 0 || short < shortest {
			shortest = short
		}
	}
	if longest == 0 { // every answer pauses: the way ends here
		return n, n
	}
	return longest, shortest
}

// clone is a session of its own where s is, to follow one answer.
func clone(t *testing.T, s *flow.Session) *flow.Session {
	c := flow.NewSession(s.Flow)
	if err := c.Restore(s.Progress()); err != nil {
		t.Fatal(err)
	}
	return c
}
