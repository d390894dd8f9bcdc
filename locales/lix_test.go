package locales_test

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The LIX measure of readability, counted as ../shared/tools/danish-report
// counts it: words per sentence plus the percentage of words over six
// letters, with web and e-mail addresses and template fields left out.
var (
	lixNoise    = regexp.MustCompile(`https?://\S+|\S+@\S+|\S+\.europa\.eu\S*|\{\{[^}]*\}\}`)
	lixWord     = regexp.MustCompile(`[A-Za-zÆØÅæøåÉé0-9]+(?:[-'][A-Za-zÆØÅæøå0-9]+)*`)
	lixSentence = regexp.MustCompile(`[.!?:]+(\s|$)`)
)

func lix(s string) (score float64, words int) {
	s = lixNoise.ReplaceAllString(s, " ")
	ws := lixWord.FindAllString(s, -1)
	sentences := max(1, len(lixSentence.FindAllString(strings.TrimSpace(s)+" ", -1)))
	long := 0
	for _, w := range ws {
		if utf8.RuneCountInString(w) > 6 {
			long++
		}
	}
	return float64(len(ws))/float64(sentences) + 100*float64(long)/float64(max(1, len(ws))), len(ws)
}

func TestLIXOfTheDanishStepTexts(t *testing.T) {
	// 11 words in 2 sentences, 1 of them long: 5.5 + 9.1.
	if got, words := lix("Skriv din pinkode med 4 tal. Den skal have 4 tal ({{.Count}}) https://x.europa.eu/a ."); words != 11 || got < 14.5 || got > 14.7 {
		t.Fatalf("lix measures wrongly: %.1f over %d words", got, words)
	}
	const most = 40
	var sum float64
	var scored []string
	for id, forms := range messages(t, "active.da.toml") {
		if !strings.HasPrefix(id, "step.") {
			continue
		}
		score, words := lix(forms["other"])
		if words < 10 {
			continue // too short to measure, as danish-report does
		}
		sum += score
		scored = append(scored, id)
		if score > most {
			t.Errorf("%s: LIX %.1f, more than %d; use shorter sentences and words", id, score, most)
		}
	}
	sort.Strings(scored)
	mean := fmt.Sprintf("%.1f", sum/float64(len(scored)))
	t.Logf("LIX: mean %s over %d Danish step texts", mean, len(scored))

	// The README states the figure; keep it true.
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	stated := regexp.MustCompile(`mean over the (\d+) step texts of ten\s+words or more is (\d+\.\d)`).FindStringSubmatch(string(readme))
	if stated == nil || stated[1] != strconv.Itoa(len(scored)) || stated[2] != mean {
		t.Errorf("README.md states the LIX as %v; it is %s over %d texts", stated, mean, len(scored))
	}
}

// The texts outside the steps a user reads too (the first question, the
// journeys' introductions and endings, the help topics, the console's
// advice, the sketches of the pages) are held to the same bound; search
// words and source names are lists, not sentences.
func TestLIXOfTheOtherDanishTexts(t *testing.T) {
	const most = 40
	read := 0
	for id, forms := range messages(t, "active.da.toml") {
		prose := strings.HasPrefix(id, "flow.") || strings.HasPrefix(id, "situation.") || strings.HasPrefix(id, "topics.") ||
			strings.HasPrefix(id, "console.") || strings.HasPrefix(id, "sketch.") || strings.HasPrefix(id, "help.") && strings.HasSuffix(id, ".body")
		score, words := lix(forms["other"])
		if !prose || words < 10 {
			continue
		}
		read++
		if score > most {
			t.Errorf("%s: LIX %.1f, more than %d; use shorter sentences and words", id, score, most)
		}
	}
	if read < 30 {
		t.Errorf("only %d texts measured: the prefixes no longer find the help and journey texts", read)
	}
}

// Every Danish text a user reads, of 20 words or more, is at LIX 35 or
// below (the seeds score 31-34): shorter sentences and common words, not
// fewer facts. Search words, command words, month names and the names of
// sources are lists, not prose, and are left out, as danish-report does.
func TestLIXOfEveryLongerDanishText(t *testing.T) {
	const most, long = 35, 20
	read := 0
	for id, forms := range messages(t, "active.da.toml") {
		list := strings.HasSuffix(id, ".words") || strings.Contains(id, ".word-") || id == "date.months" ||
			strings.HasPrefix(id, "source.")
		for _, text := range forms {
			score, words := lix(text)
			if list || words < long {
				continue
			}
			read++
			if score > most {
				t.Errorf("%s: LIX %.1f over %d words, more than %d; use shorter sentences and words", id, score, words, most)
			}
		}
	}
	if read < 150 {
		t.Errorf("only %d texts of %d words or more measured: the test no longer finds them", read, long)
	}
}
