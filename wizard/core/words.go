package core

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// AnswerWords are the words a line mode takes for each answer of a
// choice, besides its number: the words the content gives it (ids holds a
// message id of a list for each answer, "" or nothing for none), and from
// its label its first word and its words up to the first comma ("nej" and
// "nej, ikke endnu" of "Nej, ikke endnu"), in lower case, without brackets
// and quotes. A word that is a number is left out: the number is the
// answer's own.
func AnswerWords(t *text.Translator, labels, ids []string) [][]string {
	words := make([][]string, len(labels))
	for i, label := range labels {
		if i < len(ids) && ids[i] != "" {
			words[i] = append(words[i], t.Words(ids[i])...)
		}
		head, _, _ := strings.Cut(label, ",")
		all := Said(head)
		if len(all) == 0 {
			continue
		}
		for _, w := range []string{all[0], strings.Join(all, " ")} {
			if _, err := strconv.Atoi(w); err != nil && !slices.Contains(words[i], w) {
				words[i] = append(words[i], w)
			}
		}
	}
	return words
}

// Said are the words of a line as a line mode compares them: in lower
// case, without the brackets, quotes and stops around them.
func Said(line string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(line)) {
		if w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) && r != '-' }); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// Named finds the answer whose words (AnswerWords) a line is: its index,
// and how many answers have those words, so that a word two answers start
// with ("ja" of "Ja, ..." twice) chooses neither.
func Named(words [][]string, line string) (answer, named int) {
	said := strings.Join(Said(line), " ")
	answer = -1
	if said == "" {
		return answer, 0
	}
	for i, ws := range words {
		if slices.Contains(ws, said) {
			answer, named = i, named+1
		}
	}
	return answer, named
}

// exampleWord is a word of the first answer that names it alone, one
// word long, to name in a prompt ("eller et ord som nej"); "" for none.
func exampleWord(words [][]string) string {
	if len(words) == 0 {
		return ""
	}
	for _, w := range words[0] {
		if _, named := Named(words, w); named == 1 && !strings.Contains(w, " ") {
			return w
		}
	}
	return ""
}

// choicePrompt is what a line mode asks at a choice of these answers
// (labels, with the message ids of their own words): the number, or a word
// of the first answer where one names it alone; and, where the place has
// a sensible default (def, from 0; -1 for none), that Enter alone takes
// it, said in its words.
func (c *Core) choicePrompt(labels, ids []string, def int) Prompt {
	pr := Prompt{ID: "plain.prompt-choose", Refuse: "plain.choose-number"}
	if w := exampleWord(AnswerWords(c.t, labels, ids)); w != "" {
		pr.ID, pr.Data = "plain.prompt-choose-words", text.Data{"Word": w}
	}
	if def >= 0 && def < len(labels) {
		pr.Enter, pr.Default = Continue, labels[def]
	}
	return pr
}
