package content

import (
	"slices"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// Handovers makes sure that every journey a text sends the person on to
// (handover, done-handover) and every journey a journey completes is one
// the guide has, and that each list of paragraphs (a step's body and
// warnings, its help, the words told after an answer, a topic's body)
// sends on to one journey at most: the place that shows it offers one way
// there.
func Handovers(flows []*flow.Flow, topics []flow.Topic) error {
	ids := make([]string, len(flows))
	for i, f := range flows {
		ids[i] = f.ID
	}
	for _, f := range flows {
		file := "journeys/" + f.ID + ".toml"
		for _, id := range f.Completes {
			if !slices.Contains(ids, id) {
				return &Error{File: file, Item: f.ID, Problem: "completes", Detail: id}
			}
		}
		if d := f.DoneHandover; d != "" && !slices.Contains(ids, d) {
			return &Error{File: file, Item: f.ID, Problem: "handover", Detail: d}
		}
		for _, id := range f.StepIDs() {
			st := f.Step(id)
			lists := [][]flow.Text{append(slices.Clone(st.Body), st.Warnings...), st.Help}
			for _, c := range st.Choices {
				lists = append(lists, c.Then)
			}
			for _, texts := range lists {
				if err := handsOverOnce(texts, ids, file, id); err != nil {
					return err
				}
			}
		}
	}
	for _, t := range topics {
		if err := handsOverOnce(t.Body, ids, TopicsFile, t.ID); err != nil {
			return err
		}
	}
	return nil
}

// handsOverOnce makes sure that the paragraphs of item send on to one
// journey of ids at most.
func handsOverOnce(texts []flow.Text, ids []string, file, item string) error {
	to := ""
	for _, t := range texts {
		switch {
		case t.Handover == "":
		case !slices.Contains(ids, t.Handover):
			return &Error{File: file, Item: item, Problem: "handover", Detail: t.Handover}
		case to != "" && to != t.Handover:
			return &Error{File: file, Item: item, Problem: "handovers", Detail: to + ", " + t.Handover}
		default:
			to = t.Handover
		}
	}
	return nil
}
