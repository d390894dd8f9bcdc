package locales_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/steps/check"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// messages reads one locale file into id -> forms (a plain message has the
// single form "other").
func messages(t *testing.T, name string) map[string]text.Forms {
	t.Helper()
	lang := strings.TrimSuffix(strings.TrimPrefix(name, "active."), ".toml")
	m, err := text.Messages(locales.Files, lang)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func localeFiles(t *testing.T) []string {
	names, err := fs.Glob(locales.Files, "active.*.toml")
	if err != nil || len(names) < 2 {
		t.Fatalf("want at least Danish and English locale files, got %v (%v)", names, err)
	}
	return names
}

// flowIDs are the message ids the journeys use.
func flowIDs(f *flow.Flow) []string {
	ids := []string{f.Title, f.Intro, f.Situation, f.Done}
	for _, e := range f.Events {
		ids = append(ids, e.Message)
	}
	for _, r := range f.Reminders {
		ids = append(ids, r.Message, r.Waiting, r.Late, r.Dated, r.DatedBody)
	}
	for _, stage := range f.Stages {
		ids = append(ids, stage.Title, stage.Short, stage.Next, stage.Done)
		for _, st := range stage.Steps {
			ids = append(ids, st.Title, st.Device, st.Sent, st.PracticeQR, st.Practice)
			if st.Link != nil {
				ids = append(ids, st.Link.Scan)
			}
			texts := append(append(append(append([]flow.Text{}, st.Body...), st.Warnings...), st.Help...), st.Helper...)
			for _, c := range st.Choices {
				ids = append(ids, c.Label, c.Words)
				texts = append(texts, c.Then...)
			}
			for _, p := range texts {
				if !p.Optional { // written by a corrections folder, if at all
					ids = append(ids, p.ID)
				}
			}
			if st.Sketch != nil {
				ids = append(ids, st.Sketch.Device)
				for _, c := range st.Sketch.Controls {
					ids = append(ids, c.Text)
				}
			}
			for _, in := range st.Fields {
				ids = append(ids, in.Label, in.Example, in.AgainLabel, in.Rules, in.It, in.Sample)
				if in.Mismatch != "" {
					ids = append(ids, "problem."+in.Mismatch)
				}
			}
		}
	}
	return ids
}

// usedIDs are all message ids the program can show: those of the journeys,
// of the checks' codes and statuses, and the literal ids in the Go code.
func usedIDs(t *testing.T, known map[string]text.Forms) map[string]bool {
	used := map[string]bool{}
	built, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range built.Flows {
		for _, id := range flowIDs(f) {
			if id != "" {
				used[id] = true
			}
		}
	}
	for _, tp := range built.Topics { // the help topics and the sources they name in words
		used[tp.Title], used[tp.Words] = true, true
		for _, b := range tp.Body {
			if !b.Optional { // written by a corrections folder, if at all
				used[b.ID] = true
			}
		}
		for _, src := range tp.Sources {
			if !strings.HasPrefix(src, "https://") {
				used[src] = true
			}
		}
	}
	for _, f := range built.Failures { // the rehearsals of what goes wrong
		used[f.Title] = true
		for _, sc := range f.Screens {
			used[sc.Text] = true
		}
	}
	for _, id := range letterIDs(built.Letters) {
		used[id] = true
	}
	used[built.Letters.Intro] = true
	for _, l := range built.Letters.List { // told in the guide's language
		used[l.Title] = true
		for _, to := range l.To {
			if !to.Optional { // written by a corrections folder, if at all
				used[to.ID] = true
			}
		}
	}
	for _, sh := range []*flow.Sheet{built.Sheet, built.Blank} { // the printed sheets
		for id, optional := range content.SheetMessages(sh) {
			if !optional { // written by a corrections folder, if at all
				used[id] = true
			}
		}
	}
	for prefix, codes := range map[string][]string{"problem.": check.Problems, "note.": check.Notes, "rule.": check.Rules,
		"genuine.verdict-": check.OriginVerdicts, "genuine.reason-": check.OriginReasons} {
		for _, c := range codes {
			used[prefix+c] = true
		}
	}
	for id := range madeByEngine() {
		used[id] = true
	}
	for id := range literalIDs(t, known, "..") {
		used[id] = true
	}
	return used
}

// madeByEngine are the message ids the engine makes of codes and tables
// of its own: the statuses, the reasons a save failed, the problems of a
// content file, the plain mode's command words.
func madeByEngine() map[string]bool {
	ids := map[string]bool{}
	for _, s := range []flow.Status{flow.NotStarted, flow.Blocked, flow.InProgress, flow.Done} {
		ids["status."+string(s)] = true
	}
	for _, reason := range []string{"disk-full", "read-only", "failed", "elsewhere"} { // store.Reason's codes
		ids["save."+reason] = true
	}
	for _, code := range content.Problems {
		ids["content."+code] = true
	}
	for _, code := range core.Problems {
		ids["problem."+code] = true
	}
	for _, reason := range core.Reasons { // a sheet or calendar not written
		ids["takehome.failed-"+reason] = true
	}
	for _, cmd := range core.Commands() { // a phrase's lists, in one string
		for _, id := range append(strings.Fields(cmd.Words), cmd.Say, cmd.Tell) {
			if id != "" && id != core.Number {
				ids[id] = true
			}
		}
	}
	return ids
}

// literalIDs are the known message ids that the Go code under the folders
// names literally, tests left out.
func literalIDs(t *testing.T, known map[string]text.Forms, folders ...string) map[string]bool {
	t.Helper()
	literal := regexp.MustCompile(`"([a-z0-9-]+(?:\.[a-z0-9-]+)+)"`)
	ids := map[string]bool{}
	for _, folder := range folders {
		err := filepath.WalkDir(folder, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			src, err := os.ReadFile(path)
			for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
				if _, ok := known[m[1]]; ok {
					ids[m[1]] = true
				}
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return ids
}

// The engine's words are a part of their own, engine.<lang>.toml: the
// messages the engine's Go code (wizard/ and cmd/) names, or makes of a
// code or table of its own (madeByEngine), and no other; EU Login's words are in the other parts.
func TestTheEnginesWordsAreAPartOfTheirOwn(t *testing.T) {
	all := messages(t, "active.da.toml")
	engine, err := text.File(locales.Files, "engine.da.toml")
	if err != nil {
		t.Fatal(err)
	}
	named := literalIDs(t, all, "../wizard", "../cmd")
	for id := range madeByEngine() {
		named[id] = true
	}
	for id := range named {
		if engine[id] == nil {
			t.Errorf("the engine names %q, which is not in engine.da.toml", id)
		}
	}
	for id := range engine {
		if !named[id] {
			t.Errorf("engine.da.toml holds %q, which the engine never names", id)
		}
	}
}

func TestEveryMessageExistsInEveryLanguage(t *testing.T) {
	da := messages(t, "active.da.toml")
	used := usedIDs(t, da)
	for _, name := range localeFiles(t) {
		msgs := messages(t, name)
		for id := range used {
			if _, ok := msgs[id]; !ok {
				t.Errorf("%s: message %q is missing", name, id)
			}
		}
		for id, forms := range da {
			other, ok := msgs[id]
			if !ok {
				continue
			}
			if len(other) != len(forms) {
				t.Errorf("%s: %q has forms %v, Danish has %v", name, id, keys(other), keys(forms))
			}
			for form, s := range other {
				if strings.TrimSpace(s) == "" {
					t.Errorf("%s: %q (%s) is empty", name, id, form)
				}
				if fields(s) != fields(forms["other"]) {
					t.Errorf("%s: %q uses %s, Danish uses %s", name, id, fields(s), fields(forms["other"]))
				}
			}
		}
		for id := range msgs {
			if _, ok := da[id]; !ok {
				t.Errorf("%s: %q is not in the Danish file", name, id)
			}
		}
	}
}

func TestNoMessageIsUnused(t *testing.T) {
	da := messages(t, "active.da.toml")
	used := usedIDs(t, da)
	for id := range da {
		// The sketches' words are named in steps/sketches.toml, which the
		// loader does not read yet; steps/sketches_test.go checks each is used.
		if !used[id] && !strings.HasPrefix(id, "sketch.") {
			t.Errorf("message %q is in the Danish file but the program never shows it", id)
		}
	}
}

// euLabel is an EU Login button or field name, written [Like this].
var euLabel = regexp.MustCompile(`\[[^\[\]]+\]`)

func TestEULoginLabelsAreTheSameInEveryLanguage(t *testing.T) {
	da := messages(t, "active.da.toml")
	for _, name := range localeFiles(t) {
		msgs := messages(t, name)
		for id, forms := range da {
			if strings.HasPrefix(id, "cli.") || strings.HasPrefix(id, "letter.") {
				continue // command-line usage writes [options] in its own sense, a letter [blanks] to fill in
			}
			want := euLabel.FindAllString(forms["other"], -1)
			got := euLabel.FindAllString(msgs[id]["other"], -1)
			sort.Strings(want)
			sort.Strings(got)
			if strings.Join(want, "") != strings.Join(got, "") {
				t.Errorf("%s: %q names EU Login labels %v, Danish %v", name, id, got, want)
			}
		}
	}
}

var templateField = regexp.MustCompile(`\{\{\s*\.[A-Za-z]+\s*\}\}`)

func fields(s string) string {
	f := templateField.FindAllString(s, -1)
	sort.Strings(f)
	return strings.Join(f, " ")
}

func keys(m text.Forms) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// The question before deleting is asked of a member the volunteer picked
// in the overview as well as of the person at the keys: its words speak of
// the member by name, never to "you" as if the one asked were the member.
func TestTheDeleteQuestionSpeaksOfTheMemberNotToThem(t *testing.T) {
	second := map[string]*regexp.Regexp{
		"da": regexp.MustCompile(`(?i)\b(du|dig|din|dit|dine)\b`),
		"en": regexp.MustCompile(`(?i)\b(you|your)\b`),
	}
	for lang, you := range second {
		m := messages(t, "active."+lang+".toml")
		for _, id := range []string{"settings.delete-body"} { // the title asks the one at the keys: "Vil du slette …"
			words := m[id]["other"]
			if words == "" {
				t.Fatalf("%s: no %s", lang, id)
			}
			if !strings.Contains(words, "{{.Profile}}") || you.MatchString(words) {
				t.Errorf("%s %s speaks to the member, not of them: %q", lang, id, words)
			}
		}
	}
}
