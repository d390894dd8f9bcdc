package desk

import (
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"sync"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
)

// Summaries sums up every member kept, sorted by name, for an overview:
// where each stands in each journey begun, and the next date that
// matters (see store.Summaries).
func (d *Desk) Summaries() ([]store.Summary, error) {
	if d.nowhere {
		return nil, errNowhere
	}
	return d.store.Summaries()
}

// summariser sums up the members' journeys for the store's summary rows.
type summariser struct {
	journeys []*flow.Flow
	key      func() string
}

// newSummariser sums up the journeys; their key is made when first
// needed (a save, an overview), not before the first screen.
func newSummariser(journeys []*flow.Flow) summariser {
	return summariser{journeys: journeys, key: sync.OnceValue(func() string { return keyOf(journeys) })}
}

// Key names the journeys as far as a summary reads them.
func (s summariser) Key() string { return s.key() }

// keyOf is a digest of all that restoring progress and summing it up
// read of the journeys: their ids, stages, steps, choices and reminders.
func keyOf(journeys []*flow.Flow) string {
	h := fnv.New64a()
	for _, f := range journeys {
		fmt.Fprintf(h, "%q\n", f.ID)
		for _, stage := range f.Stages {
			fmt.Fprintf(h, "%q:", stage.ID)
			for _, st := range stage.Steps {
				fmt.Fprintf(h, " %q", st.ID)
				for _, c := range st.Choices {
					fmt.Fprintf(h, " =%q", c.Value)
				}
			}
			fmt.Fprintln(h)
		}
		for _, r := range f.Reminders {
			fmt.Fprintf(h, "%q %q %d\n", r.Since, r.Until, r.Days)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Journey sums up the progress of a journey the guide has and the member
// has begun; progress that does not fit the journey (opening it sets it
// aside) is left out.
func (s summariser) Journey(p flow.Progress) (store.JourneySummary, bool) {
	f := find(s.journeys, p.Flow)
	if f == nil {
		return store.JourneySummary{}, false
	}
	session := flow.NewSession(f)
	if session.Restore(p) != nil || !session.Begun() {
		return store.JourneySummary{}, false
	}
	sum := store.JourneySummary{Journey: f.ID}
	sum.Due, sum.Wait = due(session)
	for i := range f.Stages {
		sum.Stages = append(sum.Stages, session.Status(i))
	}
	return sum, true
}

// due is the first day a reminder of the session falls due (a code or an
// answer that has not come): the next day that matters, and the date its
// wait began with (the reminder's Since). "" for none.
func due(s *flow.Session) (day, wait string) {
	var first time.Time
	for _, r := range s.Flow.Reminders {
		since, waiting := s.Dates[r.Since]
		if _, ended := s.Dates[r.Until]; !waiting || ended {
			continue
		}
		if d := since.AddDate(0, 0, r.Days); first.IsZero() || d.Before(first) {
			first, wait = d, r.Since
		}
	}
	if first.IsZero() {
		return "", ""
	}
	return first.Format(flow.DayLayout), wait
}
