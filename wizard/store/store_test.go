package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

func fullProgress() flow.Progress {
	return flow.Progress{
		Version: flow.ProgressVersion,
		Flow:    "eulogin",
		Step:    "mobile-pin",
		Steps:   []string{"language", "email", "password", "mobile-app"},
		Started: []string{"account", "mobile"},
		Done:    []string{"account"},
		Choices: map[string]string{"device": "android", "language": "da"},
		Dates:   map[string]string{"code-sent": "2026-11-18", "account-made": "2026-11-17"},
	}
}

func mustSave(t testing.TB, s Store, profile string, p flow.Progress) {
	t.Helper()
	if err := s.Save(profile, p); err != nil {
		t.Fatalf("Save(%q): %v", profile, err)
	}
}

func mustLoad(t testing.TB, s Store, profile string) flow.Progress {
	t.Helper()
	p, found, err := s.Load(profile)
	if err != nil || !found {
		t.Fatalf("Load(%q) = found %v, %v", profile, found, err)
	}
	return p
}

func TestRoundTrip(t *testing.T) {
	s := Store{Dir: filepath.Join(t.TempDir(), "not", "yet")}
	if _, found, err := s.Load(DefaultProfile); found || err != nil {
		t.Fatalf("Load before any save = found %v, %v", found, err)
	}
	want := fullProgress()
	mustSave(t, s, DefaultProfile, want)
	if got := mustLoad(t, s, DefaultProfile); !reflect.DeepEqual(got, want) {
		t.Fatalf("loaded %+v\nwant   %+v", got, want)
	}
	data, err := os.ReadFile(filepath.Join(s.Dir, "standard.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"flow":"eulogin",`)) || bytes.Count(data, []byte("\n")) != 1 || len(data) > 1024 {
		t.Errorf("file is not small compact JSON:\n%s", data)
	}

	want.Step, want.Done = "done", append(want.Done, "mobile")
	mustSave(t, s, DefaultProfile, want)
	if got := mustLoad(t, s, DefaultProfile); !reflect.DeepEqual(got, want) {
		t.Fatalf("after a second save loaded %+v\nwant %+v", got, want)
	}
	assertFiles(t, s.Dir, "standard.json")
}

// assertFiles checks that dir holds exactly the files named.
func assertFiles(t *testing.T, dir string, want ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		if e.Name() != indexFile && !strings.HasSuffix(e.Name(), lockMark) { // the store's list of profiles, and its locks
			got = append(got, e.Name())
		}
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("files in dir %q, want %q", got, want)
	}
}

func TestProfilesKeptApart(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	if names, err := s.Profiles(); err != nil || len(names) != 0 {
		t.Fatalf("Profiles of an empty dir = %q, %v", names, err)
	}
	if names, err := (Store{Dir: filepath.Join(s.Dir, "missing")}).Profiles(); err != nil || len(names) != 0 {
		t.Fatalf("Profiles of a missing dir = %q, %v", names, err)
	}
	profiles := []string{DefaultProfile, "Åse Jensen", "åse jensen", "ÅSE JENSEN", "Ase Jensen",
		"Åse_Jensen", "Åse-Jensen", "con", "Мария", "सीमा", "Standard"}
	for i, name := range profiles {
		p := fullProgress()
		p.Step = fmt.Sprintf("step-%d", i)
		mustSave(t, s, name, p)
	}
	for i, name := range profiles {
		if got := mustLoad(t, s, name).Step; got != fmt.Sprintf("step-%d", i) {
			t.Errorf("profile %q holds %q, want step-%d", name, got, i)
		}
	}
	// Precomposed or not, and spaces around, it is the same person.
	if got := mustLoad(t, s, " A\u030Ase  Jensen ").Step; got != "step-1" {
		t.Errorf("decomposed Åse Jensen holds %q, want step-1", got)
	}

	names, err := s.Profiles()
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Sorted(slices.Values(profiles))
	if !slices.Equal(names, want) {
		t.Fatalf("Profiles() = %q\nwant %q", names, want)
	}
	// The file names must not collide on a case-insensitive file system.
	seen := map[string]string{}
	entries, _ := os.ReadDir(s.Dir)
	entries = slices.DeleteFunc(entries, func(e os.DirEntry) bool {
		return e.Name() == indexFile || strings.HasSuffix(e.Name(), lockMark)
	})
	for _, e := range entries {
		folded := strings.ToLower(e.Name())
		if other, ok := seen[folded]; ok {
			t.Errorf("%q and %q collide without case", e.Name(), other)
		}
		seen[folded] = e.Name()
		if !validFile.MatchString(e.Name()) {
			t.Errorf("file name %q is not plain lower-case ASCII", e.Name())
		}
	}
	if len(entries) != len(profiles) {
		t.Errorf("%d files for %d profiles", len(entries), len(profiles))
	}

	if err := s.Delete("åse jensen"); err != nil {
		t.Fatal(err)
	}
	if _, found, err := s.Load("åse jensen"); found || err != nil {
		t.Fatalf("Load after Delete = found %v, %v", found, err)
	}
	if got := mustLoad(t, s, "Åse Jensen").Step; got != "step-1" {
		t.Errorf("Delete of åse jensen touched Åse Jensen: %q", got)
	}
	if err := s.Delete("åse jensen"); err != nil {
		t.Fatalf("Delete of a missing profile: %v", err)
	}
	names, _ = s.Profiles()
	if slices.Contains(names, "åse jensen") || len(names) != len(profiles)-1 {
		t.Fatalf("Profiles() after Delete = %q", names)
	}
}

func TestOtherFilesAreNotProfiles(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	mustSave(t, s, "anna", fullProgress())
	for _, name := range []string{"anna.json.tmp-123", "anna.json.damaged-20250101-120000", "notes.txt",
		"Anna.json", ".json", "x_zz.json"} {
		if err := os.WriteFile(filepath.Join(s.Dir, name), []byte("{}"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(s.Dir, "dir.json"), 0o700); err != nil {
		t.Fatal(err)
	}
	names, err := s.Profiles()
	if err != nil || !slices.Equal(names, []string{"anna"}) {
		t.Fatalf("Profiles() = %q, %v, want [anna]", names, err)
	}
	if got := mustLoad(t, s, "anna"); !reflect.DeepEqual(got, fullProgress()) {
		t.Fatalf("Load(anna) = %+v", got)
	}
}

// I-6: the temporary files that saves cut short left behind, of any
// profile, damaged copy or the index, are swept once a minute old; a fresh
// one (another guide's save under way) and files not the store's stay.
// Deleting a profile takes its own at once.
func TestSweepRemovesTheTemporaryFilesOfSavesCutShort(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	mustSave(t, s, "anna", fullProgress())
	fresh, kept, foreign := "anna.json.tmp-2", "anna.json.damaged-20250101-120000", "notes.txt.tmp-6"
	old := []string{"anna.json.tmp-1", "bo.json.tmp-3", "anna.json.damaged-20250101-120000.tmp-4", "profiles.index.tmp-5"}
	for _, name := range append([]string{fresh, kept, foreign}, old...) {
		path := filepath.Join(s.Dir, name)
		if err := os.WriteFile(path, []byte(`{"version":1,"fl`), 0o600); err != nil {
			t.Fatal(err)
		}
		if name != fresh {
			past := time.Now().Add(-staleTemp - time.Second)
			if err := os.Chtimes(path, past, past); err != nil {
				t.Fatal(err)
			}
		}
	}
	s.Sweep()
	assertFiles(t, s.Dir, "anna.json", fresh, kept, foreign)
	if err := s.Delete("anna"); err != nil {
		t.Fatal(err)
	}
	assertFiles(t, s.Dir, kept, foreign)
}

func TestModes(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("permission bits are not meaningful on Windows")
	}
	check := func(t *testing.T, s Store) {
		t.Helper()
		mustSave(t, s, DefaultProfile, fullProgress())
		if got := perm(t, s.Dir); got != 0o700 {
			t.Errorf("dir mode %o, want 700", got)
		}
		if got := perm(t, filepath.Join(s.Dir, "standard.json")); got != 0o600 {
			t.Errorf("file mode %o, want 600", got)
		}
	}
	t.Run("new dir", func(t *testing.T) {
		s := Store{Dir: filepath.Join(t.TempDir(), "config", "eulogin-guide")}
		check(t, s)
		if got := perm(t, filepath.Dir(s.Dir)); got != 0o700 {
			t.Errorf("new parent dir mode %o, want 700", got)
		}
	})
	t.Run("dir was 0755, file was 0644", func(t *testing.T) {
		s := Store{Dir: filepath.Join(t.TempDir(), "eulogin-guide")}
		if err := os.Mkdir(s.Dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(s.Dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(s.Dir, "standard.json"), version1(t, fullProgress()), 0o644); err != nil {
			t.Fatal(err)
		}
		check(t, s)
	})
	t.Run("dir was 0700", func(t *testing.T) {
		s := Store{Dir: t.TempDir()}
		if err := os.Chmod(s.Dir, 0o700); err != nil {
			t.Fatal(err)
		}
		check(t, s)
		check(t, s) // and on overwriting
	})
}

func perm(t *testing.T, path string) fs.FileMode {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.Mode().Perm()
}

var damagedName = regexp.MustCompile(`^standard\.json\.damaged-\d{8}-\d{6}(-\d+)?$`)

func TestDamagedFiles(t *testing.T) {
	good := fullProgress()
	full := version1(t, good) // as the first release wrote it; the present version is nested
	current, _ := os.ReadFile(savedFile(t, good))
	without := func(field string) []byte {
		return regexp.MustCompile(`(?m)^ "`+field+`": .*\n`).ReplaceAll(full, nil)
	}
	cases := map[string][]byte{
		"garbage":       []byte("\x00\x13garbage\xff"),
		"empty":         {},
		"spaces":        []byte(" \n"),
		"null":          []byte("null"),
		"array":         []byte("[1,2]"),
		"truncated":     full[:len(full)/2],
		"cut at end":    full[:len(full)-3],
		"trailing":      append(slices.Clone(full), "}x"...),
		"version 99":    bytes.Replace(full, []byte(`"version": 1`), []byte(`"version": 99`), 1),
		"no version":    without("version"),
		"missing step":  without("step"),
		"missing flow":  without("flow"),
		"empty step":    bytes.Replace(full, []byte(`"step": "mobile-pin"`), []byte(`"step": ""`), 1),
		"wrong type":    bytes.Replace(full, []byte(`"step": "mobile-pin"`), []byte(`"step": 7`), 1),
		"too large":     append(slices.Clone(full), bytes.Repeat([]byte(" "), maxFile)...),
		"v2 no current": bytes.Replace(current, []byte(`"current":"eulogin"`), []byte(`"current":""`), 1),
		"v2 other flow": bytes.Replace(current, []byte(`"eulogin":{`), []byte(`"other":{`), 1),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			if bytes.Equal(data, full) {
				t.Fatal("the case did not spoil the file")
			}
			s := Store{Dir: t.TempDir()}
			path := filepath.Join(s.Dir, "standard.json")
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			_, found, err := s.Load(DefaultProfile)
			var de *DamagedError
			if !errors.As(err, &de) || found {
				t.Fatalf("Load = found %v, %v; want a *DamagedError", found, err)
			}
			if Reason(err) != ReasonDamaged {
				t.Errorf("Reason = %q", Reason(err))
			}
			checkKept(t, s, de.KeptAs, data)
			if _, found, err := s.Load(DefaultProfile); found || err != nil {
				t.Fatalf("second Load = found %v, %v; want a fresh start", found, err)
			}
			mustSave(t, s, DefaultProfile, good)
			if got := mustLoad(t, s, DefaultProfile); !reflect.DeepEqual(got, good) {
				t.Fatalf("after a damaged file, loaded %+v", got)
			}
		})
	}
}

// checkKept checks that the damaged file was moved, whole, to kept.
func checkKept(t *testing.T, s Store, kept string, data []byte) {
	t.Helper()
	if filepath.Dir(kept) != s.Dir || !damagedName.MatchString(filepath.Base(kept)) {
		t.Errorf("kept as %q", kept)
	}
	if got, err := os.ReadFile(kept); err != nil || !bytes.Equal(got, data) {
		t.Errorf("kept file holds %q, %v; want the original %q", got, err, data)
	}
	if _, err := os.Lstat(filepath.Join(s.Dir, "standard.json")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the profile file is still there: %v", err)
	}
	if names, err := s.Profiles(); err != nil || len(names) != 0 {
		t.Errorf("Profiles() = %q, %v; a damaged file is not a profile", names, err)
	}
}

// version1 is a progress as the first release wrote it: one journey.
func version1(t *testing.T, p flow.Progress) []byte {
	data, err := json.MarshalIndent(p, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return append(data, '\n')
}

// A file written by the first release is read as the present version,
// with the same step, answers and dates, and saved so: never set aside.
func TestAFileOfTheFirstReleaseIsConverted(t *testing.T) {
	old, err := os.ReadFile("testdata/release-1.json")
	if err != nil {
		t.Fatal(err)
	}
	s := Store{Dir: t.TempDir()}
	if err := os.WriteFile(filepath.Join(s.Dir, "standard.json"), old, 0o600); err != nil {
		t.Fatal(err)
	}
	var want flow.Progress
	if err := json.Unmarshal(old, &want); err != nil {
		t.Fatal(err)
	}
	if got := mustLoad(t, s, DefaultProfile); !reflect.DeepEqual(got, want) {
		t.Fatalf("converted %+v\nwant %+v", got, want)
	}
	assertFiles(t, s.Dir, "standard.json")
	data, _ := os.ReadFile(filepath.Join(s.Dir, "standard.json"))
	if !bytes.Contains(data, []byte(`"version":2`)) {
		t.Fatalf("the file was not saved in the present version:\n%s", data)
	}
	if got := mustLoad(t, s, DefaultProfile); !reflect.DeepEqual(got, want) {
		t.Fatalf("read again: %+v", got)
	}
}

// A profile keeps every journey it has started: saving one leaves the
// others as they were, and the profile is on the one saved last.
func TestAProfileKeepsEveryJourney(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	first, second := fullProgress(), fullProgress()
	second.Flow, second.Step = "tea", "boil"
	mustSave(t, s, DefaultProfile, first)
	mustSave(t, s, DefaultProfile, second)
	pr, found, err := s.Open(DefaultProfile)
	if err != nil || !found || pr.Current != "tea" || !reflect.DeepEqual(pr.Journeys["eulogin"], first) ||
		!reflect.DeepEqual(pr.Journeys["tea"], second) {
		t.Fatalf("profile %+v, %v, %v", pr, found, err)
	}
	mustSave(t, s, DefaultProfile, first) // back to the first journey
	if got := mustLoad(t, s, DefaultProfile); !reflect.DeepEqual(got, first) {
		t.Fatalf("switched back: %+v", got)
	}
	if pr, _, _ := s.Open(DefaultProfile); !reflect.DeepEqual(pr.Journeys["tea"], second) {
		t.Fatal("switching lost the other journey")
	}
}

func savedFile(t *testing.T, p flow.Progress) string {
	s := Store{Dir: t.TempDir()}
	mustSave(t, s, DefaultProfile, p)
	return filepath.Join(s.Dir, "standard.json")
}

func TestSetAside(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	if _, err := s.SetAside(DefaultProfile, "eulogin"); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("SetAside without a file = %v, want fs.ErrNotExist", err)
	}
	var kept []string
	for i := range 3 { // within the same second: the names must not clash
		p := fullProgress()
		p.Step = fmt.Sprint("unknown-", i)
		mustSave(t, s, DefaultProfile, p)
		data, _ := os.ReadFile(filepath.Join(s.Dir, "standard.json"))
		k, err := s.SetAside(DefaultProfile, "eulogin")
		if err != nil {
			t.Fatal(err)
		}
		checkKept(t, s, k, data)
		kept = append(kept, k)
	}
	if distinct := slices.Compact(slices.Sorted(slices.Values(kept))); len(distinct) != 3 {
		t.Fatalf("kept as %q", kept)
	}
	if _, err := s.SetAside("a/b", "eulogin"); Reason(err) != ReasonProfileBadChar {
		t.Fatalf("SetAside(a/b) = %v", err)
	}
}

// A journey whose progress does not fit is set aside alone: the file is
// kept whole beside, and the profile goes on with its other journeys.
func TestSetAsideOneJourneyKeepsTheOthers(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	first, second := fullProgress(), fullProgress()
	second.Flow, second.Step = "tea", "boil"
	mustSave(t, s, DefaultProfile, first)
	mustSave(t, s, DefaultProfile, second)
	data, _ := os.ReadFile(filepath.Join(s.Dir, "standard.json"))
	kept, err := s.SetAside(DefaultProfile, "tea")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(kept); !bytes.Equal(got, data) || !damagedName.MatchString(filepath.Base(kept)) {
		t.Fatalf("kept as %s: %q", kept, got)
	}
	pr, found, err := s.Open(DefaultProfile)
	if !found || err != nil || pr.Current != "eulogin" || len(pr.Journeys) != 1 || !reflect.DeepEqual(pr.Journeys["eulogin"], first) {
		t.Fatalf("after setting tea aside: %+v, %v, %v", pr, found, err)
	}
}

func TestBadProfileNames(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	for name, reason := range map[string]string{"": ReasonProfileEmpty, "../x": ReasonProfileBadChar,
		strings.Repeat("x", 41): ReasonProfileTooLong} {
		var se *SaveError
		if err := s.Save(name, fullProgress()); !errors.As(err, &se) || se.Reason != reason || Reason(err) != reason {
			t.Errorf("Save(%q) = %v, want a *SaveError %s", name, err, reason)
		}
		var pe *ProfileError
		if _, _, err := s.Load(name); !errors.As(err, &pe) || Reason(err) != reason {
			t.Errorf("Load(%q) = %v, want %s", name, err, reason)
		}
		if err := s.Delete(name); Reason(err) != reason {
			t.Errorf("Delete(%q) = %v, want %s", name, err, reason)
		}
	}
	assertFiles(t, s.Dir)
	if err := (Store{}).Save(DefaultProfile, fullProgress()); Reason(err) != ReasonFailed {
		t.Errorf("Save without a Dir = %v", err)
	}
}

func TestLoadOfUnreadablePathIsNotDamage(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	if err := os.Mkdir(filepath.Join(s.Dir, "standard.json"), 0o700); err != nil {
		t.Fatal(err)
	}
	_, found, err := s.Load(DefaultProfile)
	var de *DamagedError
	if err == nil || found || errors.As(err, &de) {
		t.Fatalf("Load of a directory = found %v, %v; want a plain error", found, err)
	}
	if _, err := os.Stat(filepath.Join(s.Dir, "standard.json")); err != nil {
		t.Fatalf("the directory was moved: %v", err)
	}
}

func TestReason(t *testing.T) {
	cases := map[string]error{
		"":                   nil,
		ReasonDiskFull:       &SaveError{Reason: ReasonDiskFull, Err: errors.New("x")},
		ReasonReadOnly:       fmt.Errorf("wrapped: %w", &SaveError{Reason: ReasonReadOnly}),
		ReasonDamaged:        fmt.Errorf("wrapped: %w", &DamagedError{KeptAs: "x", Err: errors.New("y")}),
		ReasonProfileTooLong: &ProfileError{Name: "x", Reason: ReasonProfileTooLong},
		ReasonFailed:         errors.New("something else"),
	}
	for want, err := range cases {
		if got := Reason(err); got != want {
			t.Errorf("Reason(%v) = %q, want %q", err, got, want)
		}
	}
}

func TestDefault(t *testing.T) {
	switch runtime.GOOS {
	case "windows":
		t.Setenv("AppData", t.TempDir())
	case "darwin", "ios", "plan9":
		t.Setenv("home", t.TempDir())
		t.Setenv("HOME", t.TempDir())
	default:
		t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	}
	base, err := os.UserConfigDir()
	if err != nil {
		t.Skip(err)
	}
	s, err := Default()
	if err != nil || s.Dir != filepath.Join(base, "eulogin-guide") {
		t.Fatalf("Default() = %q, %v", s.Dir, err)
	}
}

func BenchmarkSave(b *testing.B) {
	s := Store{Dir: b.TempDir()}
	p := fullProgress()
	for b.Loop() {
		if err := s.Save(DefaultProfile, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	s := Store{Dir: b.TempDir()}
	mustSave(b, s, DefaultProfile, fullProgress())
	for b.Loop() {
		if _, found, err := s.Load(DefaultProfile); !found || err != nil {
			b.Fatal(found, err)
		}
	}
}

// A file that cannot be read as progress when a save comes (spoilt, or
// written by a newer release since the guide opened it) is left as it is,
// neither written over nor moved aside: the save fails, which the guide
// tells, and the next start sets the file aside and tells that.
func TestASaveLeavesAFileItCannotReadAsItIs(t *testing.T) {
	st := Store{Dir: t.TempDir()}
	path, err := st.path(DefaultProfile)
	if err != nil {
		t.Fatal(err)
	}
	newer := []byte(`{"version": 99, "journeys": "elsewhere"}`)
	if err := os.WriteFile(path, newer, 0o600); err != nil {
		t.Fatal(err)
	}
	p := flow.Progress{Version: flow.ProgressVersion, Flow: "tea", Step: "sip"}
	if err := st.SaveOver(DefaultProfile, p, nil); Reason(err) != ReasonFailed {
		t.Fatalf("SaveOver over a file it cannot read = %v, want a failure", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, newer) {
		t.Fatalf("the file became %q", got)
	}
	assertFiles(t, st.Dir, "standard.json")
}

// manyJourneys is a profile of n made-up journeys, as compact JSON.
func manyJourneys(t *testing.T, n int) []byte {
	pr := Profile{Version: ProfileVersion, Current: "j0", Journeys: map[string]flow.Progress{}}
	for i := range n {
		id := fmt.Sprint("j", i)
		pr.Journeys[id] = flow.Progress{Version: flow.ProgressVersion, Flow: id, Step: "s"}
	}
	data, err := json.Marshal(pr)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// a save never writes a file Load would refuse. A large file (here
// 8,000 journeys, hand-made) stays as compact as it came, and is read
// again whole; one that a save would take over the limit is not written,
// and the save fails, which the guide tells.
func TestASaveNeverWritesAFileTooLargeToRead(t *testing.T) {
	st := Store{Dir: t.TempDir()}
	path := filepath.Join(st.Dir, "standard.json")
	large := manyJourneys(t, 8000)
	if err := os.WriteFile(path, large, 0o600); err != nil {
		t.Fatal(err)
	}
	mustSave(t, st, DefaultProfile, fullProgress())
	if pr, found, err := st.Open(DefaultProfile); err != nil || !found || len(pr.Journeys) != 8001 {
		t.Fatalf("after a save, Open = %d journeys, %v, %v", len(pr.Journeys), found, err)
	}

	big := fullProgress()
	big.Steps = []string{strings.Repeat("x", maxFile-len(large))}
	if err := st.Save(DefaultProfile, big); Reason(err) != ReasonFailed {
		t.Fatalf("a save over %d bytes = %v, want a failure", maxFile, err)
	}
	if info, err := os.Stat(path); err != nil || info.Size() > maxFile {
		t.Fatalf("the file after a save refused: %v, %v", info, err)
	}
	if got := mustLoad(t, st, DefaultProfile); !reflect.DeepEqual(got, fullProgress()) {
		t.Fatalf("the progress saved before was not kept: %+v", got)
	}
	assertFiles(t, st.Dir, "standard.json")
}
