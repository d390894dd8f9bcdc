package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The hostile folders of corrections of the reliability review (December
// 2026, rows 11-26 of its attack table, findings R-2 ... R-21), each given
// to the compiled guide with --content, in the plain mode with its answers
// from a pipe. For each, the guide starts, says on its start screen what
// is wrong and in which file, goes on with its own texts, and stays small;
// --help tells the same, and --version works.

// hostile is one folder of the review's attacks.
type hostile struct {
	name    string
	files   map[string]string      // written into the folder
	make    func(dir string) error // links, pipes, ... in the folder made
	problem string                 // the content.<problem> told
	file    string                 // named in it
	nobody  bool                   // run as another user than root, who can read anything
	dirName string                 // the folder's own name, if not a plain one
}

// mostMemory is what the guide may take at most, whatever the folder holds.
const mostMemory = 50 << 10 // KB, as Linux counts the maximum resident set size

// builtInJourney is the built-in new-account journey file, to make hostile
// ones of.
func builtInJourney(t *testing.T) string {
	buf, err := os.ReadFile("../../steps/journeys/new-account.toml")
	if err != nil {
		t.Fatal(err)
	}
	return string(buf)
}

// edited is the built-in journey with old replaced by new (it must be there).
func edited(t *testing.T, old, new string) map[string]string {
	j := builtInJourney(t)
	if !strings.Contains(j, old) {
		t.Fatalf("the journey has no %q", old)
	}
	return map[string]string{"journeys/new-account.toml": strings.Replace(j, old, new, 1)}
}

// only is a journey zz of the built-in one's head and the stages given.
func only(t *testing.T, stages string) map[string]string {
	head, _, _ := strings.Cut(builtInJourney(t), "[[stages]]")
	return map[string]string{"journeys/zz.toml": strings.Replace(head, `id = "new-account"`, `id = "zz"`, 1) + stages}
}

const fourthStage = "\n[[stages]]\nid = \"stage-4\"\ntitle = \"stage.3.title\"\nshort = \"stage.3.short\"\n"

func hostileFolders(t *testing.T) []hostile {
	da, en := "locales/active.da.toml", "locales/active.en.toml"
	title := func(s string) map[string]string { return map[string]string{da: "[step.needs]\ntitle = " + s + "\n"} }
	link := func(to, name string) func(string) error {
		return func(dir string) error { return os.Symlink(to, filepath.Join(dir, name)) }
	}
	many := func(n int, prefix string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%s%d = \"x\"\n", prefix, i)
		}
		return b.String()
	}
	return []hostile{
		// 11, R-2
		{name: "a look-alike address", files: title(`"Log ind på https://ec-europa.eu/cas/login og skriv dit password der"`), problem: "text-address", file: da},
		{name: "an official name continued", files: map[string]string{en: "[step.needs]\ntitle = \"http://ecas.ec.europa.eu.evil.example/cas\"\n"},
			problem: "text-address", file: en},
		{name: "a look-alike support mailbox", files: map[string]string{en: "[app]\ntitle = \"Write to EU-LOGIN-SUPPORT@ec-europa.eu\"\n"},
			problem: "text-address", file: en},
		// 12, R-3
		{name: "a hidden link, the clipboard and the window's title", problem: "hidden", file: da, files: title(
			`"Åbn \u001b]8;;https://ec-europa.eu/phish\u001b\\https://ecas.ec.europa.eu/cas/login\u001b]8;;\u001b\\ \u001b]2;HIJACKED\u0007\u001b]52;c;ZWNobyBQV05FRA==\u0007"`)},
		{name: "the screen cleared", files: title(`"\u001b[2J"`), problem: "hidden", file: da},
		{name: "a C1 CSI", files: title(`"\u009b2J"`), problem: "hidden", file: da},
		{name: "an override", files: title(`"\u202eue.aporue-ce"`), problem: "hidden", file: da},
		// 13, R-3
		{name: "a journey id with an escape", problem: "hidden", file: "journeys/x\x1b]2;X\x07.toml",
			files: map[string]string{"journeys/x\x1b]2;X\x07.toml": strings.Replace(builtInJourney(t), `id = "new-account"`, `id = "x\u001b]2;X\u0007"`, 1)}},
		{name: "a journey id with a newline", problem: "hidden", file: "journeys/a\nb.toml",
			files: map[string]string{"journeys/a\nb.toml": strings.Replace(builtInJourney(t), `id = "new-account"`, `id = "a\nb"`, 1)}},
		{name: "a folder named with an escape", dirName: "ret\x1b]2;X\x07telser", files: title("5"), problem: "not-text", file: da},
		// 14, R-4
		{name: "a range that loops", files: title(`"{{range 100000000000}}{{end}}"`), problem: "template", file: da},
		{name: "a range that takes memory", files: title(`"{{range 30000000}}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{{end}}"`),
			problem: "template", file: da},
		{name: "the data itself", files: title(`"{{.}}"`), problem: "template", file: da},
		{name: "a template call", files: title(`"{{template \"nope\"}}"`), problem: "template", file: da},
		{name: "a field of a field", files: title(`"{{.Nope.Deeper}}"`), problem: "template", file: da},
		{name: "a broken template", files: title(`"Brudt {{"`), problem: "template", file: da},
		{name: "a secret in an engine message", files: map[string]string{en: "[app]\ntitle = \"{{.Password}} {{.Email}}\"\n"},
			problem: "template-field", file: en},
		// 15, R-9
		{name: "a number as a title", files: title("5"), problem: "not-text", file: da},
		{name: "a plural form as a number", files: map[string]string{da: "[date.days-ago]\none = 7\nother = \"x\"\n"}, problem: "not-text", file: da},
		{name: "a list as a title", files: title(`["a"]`), problem: "not-text", file: da},
		{name: "custom delimiters", files: map[string]string{da: "[step.needs.title]\nleftDelim = \"<<\"\nother = \"<<range 3>>x<<end>>\"\n"},
			problem: "mixed-forms", file: da},
		{name: "a description beside the text", files: map[string]string{da: "[step.needs.title]\ndescription = \"d\"\nother = \"x\"\n"},
			problem: "mixed-forms", file: da},
		// 16, 17, 20, R-5
		{name: "a stage without steps", files: edited(t, "[[stages]]\nid = \"stage-2\"", fourthStage+"\n[[stages]]\nid = \"stage-2\""),
			problem: "empty-stage", file: "journeys/new-account.toml"},
		{name: "a journey whose only stage is empty", files: only(t, fourthStage), problem: "empty-stage", file: "journeys/zz.toml"},
		{name: "a question without answers", files: edited(t, "id = \"needs\"\nkind = \"read\"", "id = \"needs\"\nkind = \"choose\""),
			problem: "no-choices", file: "journeys/new-account.toml"},
		{name: "a step to type in without fields", files: edited(t, "id = \"needs\"\nkind = \"read\"", "id = \"needs\"\nkind = \"type\""),
			problem: "no-fields", file: "journeys/new-account.toml"},
		{name: "a when loop", files: edited(t, "id = \"needs\"\nkind = \"read\"", "id = \"needs\"\nkind = \"read\"\nwhen = \"one-account=no\""),
			problem: "condition-order", file: "journeys/new-account.toml"},
		{name: "a question hidden by its own answer", problem: "condition-order", file: "journeys/new-account.toml",
			files: edited(t, "id = \"one-account\"\nkind = \"choose\"", "id = \"one-account\"\nkind = \"choose\"\nwhen = \"one-account=yes\"")},
		{name: "every step of a stage hidden", problem: "all-hidden", file: "journeys/new-account.toml", files: edited(t, "[[stages]]\nid = \"stage-2\"",
			fourthStage+"\n[[stages.steps]]\nid = \"extra\"\nkind = \"read\"\nwhen = \"platform=android\"\ntitle = \"step.needs.title\"\n"+
				"help = [{ text = \"step.needs.help\" }]\nbody = [{ text = \"step.needs.body\" }]\n\n[[stages]]\nid = \"stage-2\"")},
		{name: "a review of one field three times", files: edited(t, `reviews = ["pension-number", "name", "birth-date"]`, `reviews = ["name", "name", "name"]`),
			problem: "review-twice", file: "journeys/new-account.toml"},
		{name: "a review of a secret", files: edited(t, `reviews = ["pension-number", "name", "birth-date"]`, `reviews = ["password", "name"]`),
			problem: "review-secret", file: "journeys/new-account.toml"},
		{name: "a field of no length", files: edited(t, "max = 254", "max = 0"), problem: "field-max", file: "journeys/new-account.toml"},
		// 21, R-10
		{name: "a journey linked to /dev/zero", make: link("/dev/zero", "journeys/zero.toml"), problem: "not-file", file: "journeys/zero.toml"},
		{name: "a named pipe", make: func(dir string) error { return syscall.Mkfifo(filepath.Join(dir, "journeys", "f.toml"), 0o644) },
			problem: "not-file", file: "journeys/f.toml"},
		{name: "a locale file linked to /dev/zero", make: link("/dev/zero", da), problem: "not-file", file: da},
		{name: "the help topics linked to /dev/urandom", make: link("/dev/urandom", "help/topics.toml"), problem: "not-file", file: "help/topics.toml"},
		{name: "a link to /etc/passwd", make: link("/etc/passwd", da), problem: "not-file", file: da},
		{name: "a link to /", make: link("/", "journeys/root.toml"), problem: "not-file", file: "journeys/root.toml"},
		{name: "a link in a loop", make: func(dir string) error {
			return errors.Join(link("b.toml", "journeys/a.toml")(dir), link("a.toml", "journeys/b.toml")(dir))
		}, problem: "not-file", file: "journeys/a.toml"},
		// 22, R-10, R-18
		{name: "a journey of 300 MB", make: func(dir string) error { return os.Truncate(filepath.Join(dir, "journeys", "big.toml"), 300<<20) },
			files: map[string]string{"journeys/big.toml": ""}, problem: "too-big", file: "journeys/big.toml"},
		{name: "100,000 nested arrays", files: map[string]string{"journeys/deep.toml": "x = " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000)},
			problem: "syntax", file: "journeys/deep.toml"},
		{name: "50,000 nested inline tables", files: map[string]string{"journeys/deep.toml": "x = " + strings.Repeat("{a=", 50000) + "1" + strings.Repeat("}", 50000)},
			problem: "syntax", file: "journeys/deep.toml"},
		{name: "a key of 100,000 dotted parts", files: map[string]string{da: "[" + strings.Repeat("k.", 100000) + "k]\nx = \"y\"\n"},
			problem: "long-name", file: da},
		// 23, R-10
		{name: "10,000 messages in two part files", files: map[string]string{"locales/a.da.toml": many(5000, "a"), "locales/b.da.toml": many(5000, "b")},
			problem: "missing-message", file: en}, // read and checked, in no time: English lacks them
		{name: "30,000 messages in two part files", files: map[string]string{"locales/a.da.toml": many(15000, "a"), "locales/b.da.toml": many(15000, "b")},
			problem: "too-many-names", file: "locales/a.da.toml"},
		{name: "100,000 messages in one language", files: map[string]string{"locales/a.da.toml": many(100000, "a")},
			problem: "too-big", file: "locales/a.da.toml"},
		// 24
		{name: "3000 journeys", files: func() map[string]string {
			files := map[string]string{}
			for i := range 3000 {
				files[fmt.Sprintf("journeys/j%04d.toml", i)] = ""
			}
			return files
		}(), problem: "too-many-files", file: "journeys/"},
		// 25, R-9, R-21
		{name: "an unknown language", files: map[string]string{"locales/active.xx.toml": "x = \"y\"\n"}, problem: "language", file: "locales/active.xx.toml"},
		{name: "a language without plural rules", files: map[string]string{"locales/active.tlh.toml": "x = \"y\"\n"}, problem: "language",
			file: "locales/active.tlh.toml"},
		{name: "no language", files: map[string]string{"locales/active..toml": "x = \"y\"\n"}, problem: "language", file: "locales/active..toml"},
		{name: "a language of two parts", files: map[string]string{"locales/active.da.x.toml": "x = \"y\"\n"}, problem: "locale-name",
			file: "locales/active.da.x.toml"},
		{name: "a language no tag can be", files: map[string]string{"locales/active.x!y.toml": "x = \"y\"\n"}, problem: "language",
			file: "locales/active.x!y.toml"},
		{name: "a language in capitals", files: map[string]string{"locales/active.DE.toml": "x = \"y\"\n"}, problem: "language",
			file: "locales/active.DE.toml"},
		// 26, R-18
		{name: "an unreadable file", files: map[string]string{da: "[step.needs]\ntitle = \"x\"\n"}, nobody: true,
			make: func(dir string) error { return os.Chmod(filepath.Join(dir, "locales", "active.da.toml"), 0) }, problem: "unreadable", file: da},
		{name: "an unreadable journeys folder", files: map[string]string{"journeys/new-account.toml": builtInJourney(t)}, nobody: true,
			make: func(dir string) error { return os.Chmod(filepath.Join(dir, "journeys"), 0) }, problem: "unreadable-folder", file: "journeys/"},
	}
}

// said is the longest piece of words of the Danish message content.<problem>
// between its fields: what the user must read, wherever the plain mode
// breaks its lines.
func said(t *testing.T, problem string) string {
	msgs, err := text.Messages(locales.Files, "da")
	if err != nil {
		t.Fatal(err)
	}
	longest := ""
	for _, piece := range regexp.MustCompile(`\{\{[^}]*\}\}`).Split(msgs["content."+problem]["other"], -1) {
		if piece = strings.Trim(piece, ` ."`); len(piece) > len(longest) {
			longest = piece
		}
	}
	if longest == "" {
		t.Fatalf("no message content.%s", problem)
	}
	return longest
}

// flat is text as one line of single spaces.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// guide runs the compiled guide with args and input, within a generous
// deadline, and gives what it printed, its exit code and the most memory
// it took (KB).
func guide(t *testing.T, h hostile, home, input string, args ...string) (string, int, int64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Stdin, cmd.Env = strings.NewReader(input), userEnv(t, home)
	if h.nobody && os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("%v: the guide did not end within a minute:\n%s", args, out)
	}
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	return string(out), cmd.ProcessState.ExitCode(), cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss
}

// reachable makes dir and the folders above it up to the root of the test's
// temporary folders open to everyone, for a guide run as another user.
func reachable(t *testing.T, dirs ...string) {
	for _, dir := range dirs {
		for d := dir; d != filepath.Dir(d) && strings.HasPrefix(d, os.TempDir()) && d != os.TempDir(); d = filepath.Dir(d) {
			if err := os.Chmod(d, 0o777); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func TestHostileFoldersOfCorrections(t *testing.T) {
	for _, h := range hostileFolders(t) {
		t.Run(h.name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(t.TempDir(), "rettelser")
			if h.dirName != "" {
				dir = filepath.Join(filepath.Dir(dir), h.dirName)
			}
			for _, sub := range []string{"locales", "journeys", "help"} {
				if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			for name, body := range h.files {
				if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if h.make != nil {
				if err := h.make(dir); err != nil {
					t.Fatal(err)
				}
			}
			t.Cleanup(func() { // give back what a case took away, so that the folder can be removed
				os.Chmod(filepath.Join(dir, "journeys"), 0o755)
			})
			home := t.TempDir()
			if h.nobody && os.Geteuid() == 0 {
				reachable(t, dir, home, filepath.Dir(binary))
			}
			out, code, memory := guide(t, h, home, "2\n\nafslut\nja\n", "--plain", "--content", dir)
			told := flat(out)
			for _, want := range []string{"Guiden kunne ikke bruge rettelserne i mappen " + text.Shown(dir), said(t, h.problem),
				text.Shown(h.file), "Hvor står du?", "Det skal du bruge", // the refusal, then the built-in texts
				"Guiden har gemt, hvor du er nået til"} { // and it quits as usual
				if !strings.Contains(told, flat(want)) {
					t.Errorf("the guide does not say %q:\n%s", want, out)
				}
			}
			if code != 0 {
				t.Errorf("exit %d:\n%s", code, out)
			}
			if i := strings.IndexFunc(out, text.Hides); i >= 0 {
				t.Errorf("the guide printed %q:\n%q", out[i:min(len(out), i+20)], out)
			}
			if memory > mostMemory {
				t.Errorf("the guide took %d KB", memory)
			}
			t.Logf("%d KB", memory)
			help, code, _ := guide(t, h, home, "", "--content", dir, "--help")
			if code != 0 || !strings.Contains(help, "Brug: eulogin-guide") || !strings.Contains(flat(help), flat(said(t, h.problem))) {
				t.Errorf("--help (exit %d) does not tell it:\n%s", code, help)
			}
			if version, code, _ := guide(t, h, home, "", "--content", dir, "--version"); code != 0 || !strings.Contains(version, "version") {
				t.Errorf("--version (exit %d):\n%s", code, version)
			}
		})
	}
}

// A folder as big as the bounds allow, with a new language, is used: the
// correction is shown, the new language can be chosen, and the guide
// stays as small.
func TestAFolderAtItsBoundsIsUsed(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"locales/active.da.toml": "[step.needs]\ntitle = \"Find det her frem\"\n"}
	for _, part := range []string{"a", "b"} { // near the most names a folder may hold, in the costliest form
		for _, lang := range []string{"da", "en", "de"} { // every language has every message
			var b strings.Builder
			for i := range 2500 {
				fmt.Fprintf(&b, "%s%d = \"Tekst %d\"\n", part, i, i)
			}
			files["locales/"+part+"."+lang+".toml"] = b.String()
		}
	}
	names, err := fs.Glob(locales.Files, "*.en.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names { // German, for now in English words, without the fake domain it cannot name
		buf, err := locales.Files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		files["locales/"+strings.Replace(name, ".en.", ".de.", 1)] = strings.ReplaceAll(string(buf), "ec-europa.eu", "ec-europa-eu")
	}
	for name, body := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := errors.Join(os.MkdirAll(filepath.Dir(path), 0o755), os.WriteFile(path, []byte(body), 0o644)); err != nil {
			t.Fatal(err)
		}
	}
	home := t.TempDir()
	for lang, want := range map[string]string{"da": "Find det her frem", "de": "What you need"} {
		out, code, memory := guide(t, hostile{}, home, "2\n\n", "--plain", "--lang", lang, "--content", dir)
		if !strings.Contains(out, want) || strings.Contains(out, "rettelserne") || code != 0 {
			t.Errorf("%s (exit %d):\n%s", lang, code, out)
		}
		if memory > mostMemory {
			t.Errorf("%s: the guide took %d KB", lang, memory)
		}
		t.Logf("%s: %d KB", lang, memory)
	}
}

// R-3 in the full screen: a folder whose heading sets the window's title,
// writes the clipboard and hides a link is refused on the start screen,
// and none of its sequences reaches the terminal.
func TestAFolderWithEscapesInTheFullScreen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ret\x1b]2;PWNED\x07")
	if err := os.MkdirAll(filepath.Join(dir, "locales"), 0o755); err != nil {
		t.Fatal(err)
	}
	heading := "[step.needs]\ntitle = \"\\u001b]2;HIJACKED\\u0007\\u001b]52;c;ZWNobyBQV05FRA==\\u0007\\u001b]8;;https://ec-europa.eu/\\u001b\\\\Se her\\u001b]8;;\\u001b\\\\\"\n"
	if err := os.WriteFile(filepath.Join(dir, "locales", "active.da.toml"), []byte(heading), 0o644); err != nil {
		t.Fatal(err)
	}
	tm := termtest.Start(t, binary, []string{"--content", dir, "--journey", "new-account"}, userEnv(t, t.TempDir()), 100, 30)
	tm.WaitForT("Guiden kunne ikke bruge rettelserne", wait)
	tm.WaitForT("ret]2;PWNED", wait)
	tm.Press("enter")
	tm.WaitForT("Det skal du bruge", wait)
	for _, sequence := range []string{"HIJACKED", "PWNED\x07", "]52;", "ec-europa.eu"} {
		if strings.Contains(string(tm.Raw()), sequence) {
			t.Errorf("the terminal was sent %q", sequence)
		}
	}
	quitAtOnce(tm)
}

// Issue 20: a folder of corrections may correct a sketch (sketches.toml
// beside the journeys, its words in locales/sketches.<lang>.toml): the
// corrected sketch is shown in a rehearsal. A sketch with a label that is
// not in its labels is refused with what and where, and the guide goes on
// with its own sketches, as with any refused folder.
func TestACorrectedSketch(t *testing.T) {
	sketch := func(label string) string {
		return `labels = ["Next", "Create an account"]

[[sketches]]
id = "eulogin-email"
source = "001 etape 1 trin 2"
device = "computer"
controls = [
  { kind = "title", text = "title" },
  { kind = "text", text = "corrected" },
  { kind = "field", text = "email", field = 1 },
  { kind = "button", label = "` + label + `", use = true },
]
`
	}
	words := map[string]string{"locales/sketches.da.toml": "[sketch.eulogin-email]\ncorrected = \"Siden har fået en ny knap\"\n",
		"locales/sketches.en.toml": "[sketch.eulogin-email]\ncorrected = \"The page has a new button\"\n"}
	for name, c := range map[string]struct {
		label string
		want  []string
	}{
		"corrected": {"Next", []string{"Siden har fået en ny knap", "Log på EU Login"}},
		"refused": {"Nexxt", []string{"Guiden kunne ikke bruge rettelserne i mappen", said(t, "sketch-label"), content.SketchesFile, "Nexxt",
			"Log på EU Login", `Knappen "Next"`}},
	} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "rettelser")
			files := maps.Clone(words)
			files[content.SketchesFile] = sketch(c.label)
			for name, body := range files {
				path := filepath.Join(dir, filepath.FromSlash(name))
				if err := errors.Join(os.MkdirAll(filepath.Dir(path), 0o755), os.WriteFile(path, []byte(body), 0o644)); err != nil {
					t.Fatal(err)
				}
			}
			// the journey's start screen (which tells a refusal), what you need, no account, Android,
			// the app, the page, then the e-mail step's sketch
			out, code, _ := guide(t, hostile{}, t.TempDir(), "\n\n1\n1\n\n\n\n", "--plain", "--rehearse", "--journey", "new-account", "--content", dir)
			for _, want := range c.want {
				if !strings.Contains(flat(out), flat(want)) {
					t.Errorf("%q is not said (exit %d):\n%s", want, code, out)
				}
			}
			if name == "refused" && strings.Contains(out, "Siden har fået en ny knap") {
				t.Errorf("the refused folder's words are shown:\n%s", out)
			}
		})
	}
}
