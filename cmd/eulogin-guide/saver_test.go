package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/store/storetest"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// plainGuide is the guide in plain mode with the environment env, reading
// input; its output, standard and error, goes to the buffer.
func plainGuide(env []string, input string, args ...string) (*exec.Cmd, *bytes.Buffer) {
	cmd := exec.Command(binary, append([]string{"--plain"}, args...)...)
	out := new(bytes.Buffer)
	cmd.Env, cmd.Stdin, cmd.Stdout, cmd.Stderr = env, strings.NewReader(input), out, out
	return cmd, out
}

// runPlainGuide runs the guide in plain mode to its end, and gives what it
// printed, its words joined by single spaces (the plain mode wraps lines).
func runPlainGuide(t *testing.T, home, input string, args ...string) string {
	t.Helper()
	cmd, out := plainGuide(userEnv(t, home), input, args...)
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %v\n%s", args, err, out)
	}
	return words(out.String())
}

func words(s string) string { return strings.Join(strings.Fields(s), " ") }

// danish is the Danish text of message id, as words joined by single spaces.
func danish(t *testing.T, id string, data ...text.Data) string {
	t.Helper()
	tr, err := text.Load(locales.Files, "da", locales.Default)
	if err != nil {
		t.Fatal(err)
	}
	return words(tr.T(id, data...))
}

func configDir(home string) string { return filepath.Join(home, ".config", "eulogin-guide") }

// savedProfile reads the whole default profile under home from the disk.
func savedProfile(t *testing.T, home string) store.Profile {
	t.Helper()
	pr, found, err := store.Store{Dir: configDir(home)}.Open(store.DefaultProfile)
	if err != nil || !found {
		t.Fatalf("no saved profile: %v, %v", found, err)
	}
	return pr
}

// two guides on one profile, each on a journey of its own, saving
// after every one of hundreds of moves at once. Neither says the profile
// is open in another guide (they never touch the same journey), and the
// file ends holding each journey as that guide left it, as it does when
// each runs alone.
func TestTwoGuidesOnDifferentJourneysKeepBoth(t *testing.T) {
	inputs := map[string]string{ // moves to and fro, saving each time
		"log-in": "\n" + strings.Repeat("1\ntilbage\n", 150),
		"claims": "\n" + strings.Repeat("\ntilbage\n", 150),
	}
	want := map[string]flow.Progress{}
	for journey, input := range inputs {
		home := t.TempDir()
		runPlainGuide(t, home, input, "--journey", journey)
		want[journey] = savedProfile(t, home).Journeys[journey]
	}
	elsewhere := danish(t, "save.elsewhere")
	for range 2 {
		home := t.TempDir()
		var cmds []*exec.Cmd
		var outs []*bytes.Buffer
		for journey, input := range inputs {
			cmd, out := plainGuide(userEnv(t, home), input, "--journey", journey)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			cmds, outs = append(cmds, cmd), append(outs, out)
		}
		for i, cmd := range cmds {
			if err := cmd.Wait(); err != nil {
				t.Fatalf("%v\n%s", err, outs[i])
			}
			if strings.Contains(words(outs[i].String()), elsewhere) {
				t.Errorf("a guide said %q, though no other guide was on its journey", elsewhere)
			}
		}
		pr := savedProfile(t, home)
		for journey, p := range want {
			if got := pr.Journeys[journey]; !reflect.DeepEqual(got, p) {
				t.Errorf("%s: the file holds %+v\nwant %+v", journey, got, p)
			}
		}
		if t.Failed() {
			return
		}
	}
}

// when one journey's saved progress no longer fits the guide (its step
// was renamed by an update), that journey is set aside and told, and the
// others are saved as before, with no word of another guide.
func TestTheOtherJourneysAreSavedAfterOneIsSetAside(t *testing.T) {
	home := t.TempDir()
	if err := os.MkdirAll(configDir(home), 0o700); err != nil {
		t.Fatal(err)
	}
	file := `{"version":2,"current":"new-account","journeys":{
	 "new-account":{"version":1,"flow":"new-account","step":"a-step-renamed","stages_started":["stage-1"]},
	 "log-in":{"version":1,"flow":"log-in","step":"login-where","stages_started":["log-in"]}}}`
	if err := os.WriteFile(filepath.Join(configDir(home), "standard.json"), []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	// To the log-in journey, its first question answered, one step on, and quit.
	out := runPlainGuide(t, home, "forløb\n7\n\n1\n\nafslut\nja\n")
	if !strings.Contains(out, "Guiden kunne ikke læse filen, der husker, hvor du var nået til.") {
		t.Errorf("the journey set aside was not told:\n%s", out)
	}
	if strings.Contains(out, danish(t, "save.elsewhere")) {
		t.Errorf("the guide says another guide saved, though there is none:\n%s", out)
	}
	p := savedProfile(t, home).Journeys["log-in"]
	if p.Step == "login-where" || p.Choices["login-where"] != "computer" {
		t.Fatalf("the log-in journey was not saved: %+v", p)
	}
}

// A file set aside and a folder of corrections refused at one start are
// both told on the first screen: the folder first, then the file.
func TestASavedFileSetAsideAndARefusedFolderAreBothTold(t *testing.T) {
	home, folder := t.TempDir(), t.TempDir()
	for path, body := range map[string]string{
		filepath.Join(configDir(home), "standard.json"):    `{"version": 1, "flow": "new-acc`,
		filepath.Join(folder, "locales", "active.da.toml"): "[step.needs]\nextra = \"Kun på dansk\"\n",
	} {
		if err := errors.Join(os.MkdirAll(filepath.Dir(path), 0o700), os.WriteFile(path, []byte(body), 0o600)); err != nil {
			t.Fatal(err)
		}
	}
	out := runPlainGuide(t, home, "", "--content", folder)
	refused, damaged := strings.Index(out, "Guiden kunne ikke bruge rettelserne"), strings.Index(out, "Guiden kunne ikke læse filen")
	if refused < 0 || damaged < refused {
		t.Fatalf("the refused folder (at %d) and then the file set aside (at %d) are not both told:\n%s", refused, damaged, out)
	}
}

// a large profile (here 8,000 journeys, hand-made) is saved as
// compact as it came: the guide never writes a file it would refuse to
// read, and so never sets it aside in the middle of a session.
func TestALargeProfileIsKeptWhole(t *testing.T) {
	home := t.TempDir()
	pr := store.Profile{Version: store.ProfileVersion, Current: "new-account", Journeys: map[string]flow.Progress{
		"new-account": {Version: flow.ProgressVersion, Flow: "new-account", Step: "needs", Started: []string{"stage-1"}}}}
	for i := range 8000 {
		id := fmt.Sprint("j", i)
		pr.Journeys[id] = flow.Progress{Version: flow.ProgressVersion, Flow: id, Step: "s"}
	}
	data, err := json.Marshal(pr)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(configDir(home), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(configDir(home), "standard.json"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	out := runPlainGuide(t, home, "\n\n\nafslut\nja\n")
	if strings.Contains(out, "Bemærk") {
		t.Errorf("the guide had something to tell:\n%s", out)
	}
	if kept, _ := filepath.Glob(filepath.Join(configDir(home), "*.damaged-*")); len(kept) > 0 {
		t.Errorf("the file was set aside: %v", kept)
	}
	if got := savedProfile(t, home); len(got.Journeys) != len(pr.Journeys) || got.Journeys["new-account"].Step == "needs" {
		t.Fatalf("after two steps the file holds %d journeys, new-account at %q", len(got.Journeys), got.Journeys["new-account"].Step)
	}
}

// folderState is every file in dir with its mode, time and content, as
// far as a change to any of them would show.
func folderState(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	state := map[string]string{}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		state[e.Name()] = fmt.Sprintf("%v %v %q", info.Mode(), info.ModTime().UnixNano(), data)
	}
	return state
}

// a rehearsal with --reset deletes nothing, and says so; answering
// "nej" to --reset's question changes nothing either. Neither converts a
// file of the first release, sets a damaged one aside, or writes the list
// of profiles: the folder is as it was, to the nanosecond.
func TestARehearsalAndANoToResetChangeNothing(t *testing.T) {
	first, err := os.ReadFile("../../wizard/store/testdata/release-1.json")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"version 1": first,
		"version 2": []byte(`{"version":2,"current":"log-in","journeys":{"log-in":{"version":1,"flow":"log-in","step":"login-where"}}}`),
		"damaged":   []byte(`{"version": 1, "flow": "new-acc`),
	}
	data := text.Data{"Profile": "standard"}
	runs := map[string]struct {
		args        []string
		input, told string
	}{
		"--rehearse --reset, ja": {[]string{"--rehearse", "--reset"}, "ja\n", danish(t, "save.rehearsal-reset", data)},
		"--reset, nej":           {[]string{"--reset"}, "nej\n", danish(t, "cli.reset-kept", data)},
	}
	for name, file := range files {
		for how, run := range runs {
			t.Run(name+", "+how, func(t *testing.T) {
				home := t.TempDir()
				dir := configDir(home)
				if err := os.MkdirAll(dir, 0o700); err != nil {
					t.Fatal(err)
				}
				long := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
				for name, data := range map[string][]byte{"standard.json": file, "profiles.index": []byte("standard\n")} {
					path := filepath.Join(dir, name)
					if err := os.WriteFile(path, data, 0o600); err != nil {
						t.Fatal(err)
					}
					if err := os.Chtimes(path, long, long); err != nil {
						t.Fatal(err)
					}
				}
				before := folderState(t, dir)
				out := runPlainGuide(t, home, run.input, run.args...)
				if !strings.Contains(out, run.told) {
					t.Errorf("not told %q:\n%s", run.told, out)
				}
				if after := folderState(t, dir); !reflect.DeepEqual(after, before) {
					t.Errorf("the folder changed:\n%v\nwas\n%v", after, before)
				}
			})
		}
	}
}

// a new profile names the saved profiles closest to it, and only
// those that are saved: not a name the list of profiles holds without a
// file, nor one with a character no name can have (here a zero-width
// space), which the list is made again without.
func TestOnlySavedProfilesAreNamed(t *testing.T) {
	for name, index := range map[string]string{
		"no file":    "Asea\nÅse\n",
		"zero-width": "Ase\u200b\nÅse\n",
	} {
		t.Run(name, func(t *testing.T) {
			home := t.TempDir()
			st := store.Store{Dir: configDir(home)}
			if err := st.Save("Åse", flow.Progress{Version: flow.ProgressVersion, Flow: "log-in", Step: "login-where"}); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(st.Dir, "profiles.index"), []byte(index), 0o600); err != nil {
				t.Fatal(err)
			}
			out := runPlainGuide(t, home, "", "--profile", "Ase")
			if want := danish(t, "save.other-profiles", text.Data{"Profile": "Ase", "Profiles": "Åse"}); !strings.Contains(out, want) {
				t.Fatalf("want %q:\n%s", want, out)
			}
		})
	}
}

// I-6: a temporary file that a killed save left is swept at the next start
// once it is a minute old; a fresh one (another guide's save under way)
// stays, and a rehearsal, which changes nothing, leaves them all.
func TestTemporaryFilesOfAKilledSaveAreSweptAtTheNextStart(t *testing.T) {
	home := t.TempDir()
	if err := os.MkdirAll(configDir(home), 0o700); err != nil {
		t.Fatal(err)
	}
	old, fresh := filepath.Join(configDir(home), "standard.json.tmp-1"), filepath.Join(configDir(home), "standard.json.tmp-2")
	for _, path := range []string{old, fresh} {
		if err := os.WriteFile(path, []byte(`{"version":2,"cur`), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	twoMinutesAgo := time.Now().Add(-2 * time.Minute)
	if err := os.Chtimes(old, twoMinutesAgo, twoMinutesAgo); err != nil {
		t.Fatal(err)
	}
	exists := func(path string) bool { _, err := os.Lstat(path); return err == nil }
	runPlainGuide(t, home, "", "--rehearse")
	if !exists(old) || !exists(fresh) {
		t.Fatal("a rehearsal removed a file")
	}
	runPlainGuide(t, home, "")
	if exists(old) || !exists(fresh) {
		t.Fatalf("after a start: the old one is there %v, the fresh one %v; want false, true", exists(old), exists(fresh))
	}
}

// R-20: --reset on a read-only disk says what happened (nothing deleted,
// and why) and ends with a failure; it does not say "you can go on" as it
// ends.
func TestResetOnAReadOnlyDiskSaysWhatHappened(t *testing.T) {
	home := t.TempDir()
	dir := configDir(home)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if !storetest.MountTmpfs(t, dir, "64k") {
		t.Skip("a read-only disk needs a tmpfs mounted read-only, which only root on Linux can do")
	}
	runPlainGuide(t, home, "\n", "--journey", "log-in") // saves the place
	if err := storetest.RemountReadOnly(dir); err != nil {
		t.Fatal(err)
	}
	cmd, out := plainGuide(userEnv(t, home), "ja\n", "--reset")
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Errorf("exit %v, want 1", err)
	}
	said := words(out.String())
	if want := danish(t, "cli.reset-read-only", text.Data{"Profile": "standard", "Dir": dir}); !strings.Contains(said, want) {
		t.Errorf("want %q:\n%s", want, said)
	}
	if strings.Contains(said, "Du kan fortsætte") {
		t.Errorf("the guide says the user can go on, and ends:\n%s", said)
	}
	savedProfile(t, home)
}

// Without a folder to keep progress in (no home), --reset cannot delete,
// and says so, with a failure.
func TestResetWithNoFolderSaysWhatHappened(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("a home that is not there is told by HOME and XDG_CONFIG_HOME on Linux")
	}
	cmd, out := plainGuide([]string{"PATH=" + os.Getenv("PATH"), "LANG=da_DK.UTF-8"}, "ja\n", "--reset")
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Errorf("exit %v, want 1", err)
	}
	if want := danish(t, "cli.reset-failed", text.Data{"Profile": "standard"}); !strings.Contains(words(out.String()), want) {
		t.Errorf("want %q:\n%s", want, out)
	}
}

// I-1: the README's account of what the file holds names every date it
// can hold: each step's marks, in every built-in journey.
func TestTheReadmeNamesEveryDateTheFileHolds(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(readme), "## What the guide stores, and where")
	section, _, _ = strings.Cut(section, "\n## ")
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	named := 0
	for _, f := range content.Flows {
		for _, stage := range f.Stages {
			for _, st := range stage.Steps {
				if st.Marks == "" {
					continue
				}
				named++
				if !strings.Contains(section, "(`"+st.Marks+"`)") {
					t.Errorf("the README does not name the date %q (%s, step %s)", st.Marks, f.ID, st.ID)
				}
			}
		}
	}
	if named == 0 {
		t.Fatal("no journey marks a date: the test looks in the wrong place")
	}
}
