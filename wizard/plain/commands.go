package plain

import (
	"slices"
	"strconv"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// noBreakSpace joins the words of a two-word command so that a line is
// not broken between them.
const noBreakSpace = "\u00a0"

// commands are the core's commands (core.Commands) in the user's words.
type commands struct {
	lists map[string][]string // the words of each list, by message id
	names text.Data           // each command's first words, by its name, for the messages that name them ({{.Back}})
	known []core.Command      // every command that is not a reply to a question
}

func loadCommands(t *text.Translator) commands {
	cs := commands{lists: map[string][]string{}, names: text.Data{}}
	for _, cmd := range core.Commands() {
		if cmd.Words == core.Number {
			continue
		}
		var first []string
		for _, id := range strings.Fields(cmd.Words) {
			if _, ok := cs.lists[id]; !ok {
				cs.lists[id] = t.Words(id)
			}
			if l := cs.lists[id]; len(l) > 0 {
				first = append(first, l[0])
			}
		}
		cs.names[cmd.Name] = strings.Join(first, noBreakSpace)
		if !cmd.Reply {
			cs.known = append(cs.known, cmd)
		}
	}
	return cs
}

// says reports whether the words of a line (in lower case) are the
// command's: a word of each of its lists, in turn.
func (cs commands) says(cmd core.Command, words []string) bool {
	lists := strings.Fields(cmd.Words)
	if cmd.Words == "" || cmd.Words == core.Number || len(words) != len(lists) {
		return false
	}
	for i, id := range lists {
		if !slices.Contains(cs.lists[id], words[i]) {
			return false
		}
	}
	return true
}

// isKnown reports whether the words of a line are a command, offered or not.
func (cs commands) isKnown(words []string) bool {
	return slices.ContainsFunc(cs.known, func(cmd core.Command) bool { return cs.says(cmd, words) })
}

// number reads "2" (or "2.") as 2.
func number(line string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(line), "."))
	return n, err == nil
}

// numbered is the offer that takes a number typed, if any.
func numbered(f core.Frame) (core.Offer, bool) {
	for _, o := range f.Offers {
		if o.Line().Words == core.Number {
			return o, true
		}
	}
	return core.Offer{}, false
}
