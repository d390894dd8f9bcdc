package store

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// sums is a test's Summariser: two stages, the first done once any stage
// is and else in progress, the second not started; due on the date
// "code-sent". A journey "unknown" it does not know. With another key
// the first stage is blocked.
type sums struct{ key string }

func (s sums) Key() string { return cmp.Or(s.key, "tea & coffee/1") } // a key to escape

func (s sums) Journey(p flow.Progress) (JourneySummary, bool) {
	if p.Flow == "unknown" {
		return JourneySummary{}, false
	}
	first := flow.InProgress
	switch {
	case s.key != "":
		first = flow.Blocked
	case len(p.Done) > 0:
		first = flow.Done
	}
	return JourneySummary{Journey: p.Flow, Stages: []flow.Status{first, flow.NotStarted}, Due: p.Dates["code-sent"]}, true
}

// summed is a store in a new folder that keeps summaries.
func summed(t testing.TB) Store { return Store{Dir: t.TempDir(), Summariser: sums{}} }

func mustSummaries(t testing.TB, s Store) []Summary {
	t.Helper()
	sums, err := s.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	return sums
}

// freshRows fails the test unless the summary file holds a row, made
// from the file as it is now, for each profile named.
func freshRows(t *testing.T, s Store, names ...string) {
	t.Helper()
	rows := s.readRows()
	for _, name := range names {
		if r, ok := rows[name]; !ok || !r.fits(stampAt(filepath.Join(s.Dir, fileName(name)))) {
			t.Errorf("the summary file holds no row of %s made from its file as it is (%v)", name, ok)
		}
	}
}

// threeProfiles saves Åse (two journeys, one the Summariser does not know
// and one done in part), Bent and Carl Erik, and gives their summaries.
func threeProfiles(t testing.TB, s Store) []Summary {
	t.Helper()
	mustSave(t, s, "Åse", flow.Progress{Version: flow.ProgressVersion, Flow: "unknown", Step: "x"})
	mustSave(t, s, "Åse", fullProgress())
	mustSave(t, s, "Bent", flow.Progress{Version: flow.ProgressVersion, Flow: "log-in", Step: "login-where"})
	mustSave(t, s, "Carl Erik", flow.Progress{Version: flow.ProgressVersion, Flow: "claims", Step: "a"})
	today := time.Now().Format(flow.DayLayout)
	return []Summary{
		{Profile: "Bent", Current: "log-in", Updated: today,
			Journeys: []JourneySummary{{Journey: "log-in", Stages: []flow.Status{flow.InProgress, flow.NotStarted}}}},
		{Profile: "Carl Erik", Current: "claims", Updated: today,
			Journeys: []JourneySummary{{Journey: "claims", Stages: []flow.Status{flow.InProgress, flow.NotStarted}}}},
		{Profile: "Åse", Current: "eulogin", Updated: today,
			Journeys: []JourneySummary{{Journey: "eulogin", Stages: []flow.Status{flow.Done, flow.NotStarted}, Due: "2026-11-18"}}},
	}
}

// Each save keeps the profile's row in the summary file, and the
// summaries are read from it: the journey on now, each journey begun with
// its stages and the next date that matters, the day of the change. The
// file holds no answer, step or other date.
func TestEachSaveKeepsASummaryOfTheProfile(t *testing.T) {
	s := summed(t)
	want := threeProfiles(t, s)
	freshRows(t, s, "Åse", "Bent", "Carl Erik")
	if got := mustSummaries(t, s); !reflect.DeepEqual(got, want) {
		t.Fatalf("summaries\n%+v\nwant\n%+v", got, want)
	}
	file, err := os.ReadFile(filepath.Join(s.Dir, summaryFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, kept := range []string{"android", "device", "mobile-pin", "email", "account-made", "2026-11-17", "login-where"} {
		if strings.Contains(string(file), kept) {
			t.Errorf("the summary file holds %q:\n%s", kept, file)
		}
	}
}

// The summaries are read from the summary file alone: a profile's file
// changed without a trace in its size or time (here spoilt) is not read.
func TestTheSummariesReadOneFile(t *testing.T) {
	s := summed(t)
	want := threeProfiles(t, s)
	for _, name := range []string{"Åse", "Bent", "Carl Erik"} {
		path := filepath.Join(s.Dir, fileName(name))
		info, err := os.Lstat(path)
		if err != nil {
			t.Fatal(err)
		}
		spoilt := strings.Repeat("x", int(info.Size()))
		if err := os.WriteFile(path, []byte(spoilt), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, info.ModTime(), info.ModTime()); err != nil {
			t.Fatal(err)
		}
	}
	if got := mustSummaries(t, s); !reflect.DeepEqual(got, want) {
		t.Fatalf("a profile's file was read:\n%+v\nwant\n%+v", got, want)
	}
}

// A row missing or stale is made again from the profile's file when the
// summaries are read, and kept, so that the next reading needs only the
// summary file; the profile's file is left as it is.
func TestAStaleOrMissingSummaryIsMadeAgain(t *testing.T) {
	release1, err := os.ReadFile("testdata/release-1.json")
	if err != nil {
		t.Fatal(err)
	}
	write := func(s Store, name, file string) {
		if err := os.WriteFile(filepath.Join(s.Dir, fileName(name)), []byte(file), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name   string
		change func(s Store)
		want   func(sums []Summary) []Summary // from the summaries before the change
		kept   []string                       // the profiles with a row after
	}{
		{"saved by an older release", func(s Store) {
			mustSave(t, Store{Dir: s.Dir}, "Bent", flow.Progress{Version: flow.ProgressVersion, Flow: "log-in", Step: "b", Done: []string{"x"}})
		}, func(sums []Summary) []Summary {
			sums[0].Journeys[0].Stages[0] = flow.Done
			return sums
		}, nil},
		{"changed by hand", func(s Store) {
			write(s, "Bent", `{"version":2,"current":"claims","updated":"2026-01-02","journeys":{"claims":{"version":1,"flow":"claims","step":"a"}}}`)
		}, func(sums []Summary) []Summary {
			sums[0] = Summary{Profile: "Bent", Current: "claims", Updated: "2026-01-02",
				Journeys: []JourneySummary{{Journey: "claims", Stages: []flow.Status{flow.InProgress, flow.NotStarted}}}}
			return sums
		}, nil},
		{"spoilt by hand, left for the guide to set aside", func(s Store) { write(s, "Bent", `{"version":2,`) },
			func(sums []Summary) []Summary {
				sums[0] = Summary{Profile: "Bent", Unreadable: true}
				return sums
			}, nil},
		{"of the first release, not converted", func(s Store) { write(s, "Bent", string(release1)) },
			func(sums []Summary) []Summary {
				sums[0] = Summary{Profile: "Bent", Current: "new-account",
					Journeys: []JourneySummary{{Journey: "new-account", Stages: []flow.Status{flow.Done, flow.NotStarted}}}}
				return sums
			}, nil},
		{"deleted by hand", func(s Store) { os.Remove(filepath.Join(s.Dir, fileName("Bent"))) },
			func(sums []Summary) []Summary { return sums[1:] }, []string{"Carl Erik", "Åse"}},
		{"the summary file deleted", func(s Store) { os.Remove(filepath.Join(s.Dir, summaryFile)) },
			func(sums []Summary) []Summary { return sums }, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := summed(t)
			want := c.want(threeProfiles(t, s))
			c.change(s)
			changed, _ := os.ReadFile(filepath.Join(s.Dir, fileName("Bent")))
			if got := mustSummaries(t, s); !reflect.DeepEqual(got, want) {
				t.Fatalf("summaries\n%+v\nwant\n%+v", got, want)
			}
			if after, _ := os.ReadFile(filepath.Join(s.Dir, fileName("Bent"))); string(after) != string(changed) {
				t.Errorf("reading the summaries changed the file to %q", after)
			}
			if c.kept == nil {
				c.kept = []string{"Bent", "Carl Erik", "Åse"}
			}
			freshRows(t, s, c.kept...)
		})
	}
	t.Run("summed up for other journeys", func(t *testing.T) {
		s := summed(t)
		want := threeProfiles(t, s)
		for i := range want {
			want[i].Journeys[0].Stages[0] = flow.Blocked
		}
		s.Summariser = sums{key: "2"}
		if got := mustSummaries(t, s); !reflect.DeepEqual(got, want) {
			t.Fatalf("summaries\n%+v\nwant\n%+v", got, want)
		}
		freshRows(t, s, "Bent", "Carl Erik", "Åse")
	})
}

// A profile deleted, or set aside, is not summed up any more; one set
// aside in part is summed up as what is left.
func TestDeletingOrSettingAsideChangesTheSummaries(t *testing.T) {
	s := summed(t)
	threeProfiles(t, s)
	if err := s.Delete("Bent"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetAside("Carl Erik", "claims"); err != nil { // his only journey
		t.Fatal(err)
	}
	if _, err := s.SetAside("Åse", "eulogin"); err != nil { // one journey of two
		t.Fatal(err)
	}
	want := []Summary{{Profile: "Åse", Current: "unknown", Updated: time.Now().Format(flow.DayLayout)}}
	if got := mustSummaries(t, s); !reflect.DeepEqual(got, want) {
		t.Fatalf("summaries\n%+v\nwant\n%+v", got, want)
	}
	freshRows(t, s, "Åse")
	if file, _ := os.ReadFile(filepath.Join(s.Dir, summaryFile)); strings.Contains(string(file), "Bent") {
		t.Fatalf("the profile deleted is still in the summary file:\n%s", file)
	}
}

// A profile deleted by a guide without a Summariser leaves nothing in the
// summary file either.
func TestDeletingWithoutASummariserLeavesNoRow(t *testing.T) {
	s := summed(t)
	threeProfiles(t, s)
	if err := (Store{Dir: s.Dir}).Delete("Bent"); err != nil {
		t.Fatal(err)
	}
	if file, _ := os.ReadFile(filepath.Join(s.Dir, summaryFile)); strings.Contains(string(file), "Bent") {
		t.Fatalf("the profile deleted is still in the summary file:\n%s", file)
	}
}

// Each save adds a row to the summary file, and the file is written whole
// again before it grows much, without the rows of profiles deleted (but
// with those just saved and not listed yet): saved 500 times, it stays
// small. A row a kill cut short is not taken for a row, nor glued to the
// next one.
func TestTheSummaryFileStaysSmall(t *testing.T) {
	s := summed(t)
	want := threeProfiles(t, s)[:2]
	if err := s.Delete("Åse"); err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, "Dorte", fullProgress())
	if err := os.WriteFile(filepath.Join(s.Dir, indexFile), []byte("Bent\nCarl Erik\n"), 0o600); err != nil { // Dorte not listed yet
		t.Fatal(err)
	}
	path := filepath.Join(s.Dir, summaryFile)
	for range 500 { // 60 KB of rows
		mustSave(t, s, "Bent", flow.Progress{Version: flow.ProgressVersion, Flow: "log-in", Step: "login-where"})
	}
	file, err := os.ReadFile(path)
	if err != nil || len(file) > 20<<10 || strings.Contains(string(file), "Åse") || !strings.Contains(string(file), "Dorte") {
		t.Fatalf("after 500 saves the summary file has %d bytes (%v):\n%s", len(file), err, file)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(summaryLine(t, s, "Carl Erik", "log-in")[:20]); err != nil { // cut short
		t.Fatal(err)
	}
	f.Close()
	mustSave(t, s, "Carl Erik", flow.Progress{Version: flow.ProgressVersion, Flow: "claims", Step: "a"})
	freshRows(t, s, "Bent", "Carl Erik")
	if got := mustSummaries(t, s); !reflect.DeepEqual(got, want) {
		t.Fatalf("summaries\n%+v\nwant\n%+v", got, want)
	}
}

// summaryLine is a row of the summary file for the profile's file as it
// is now, with the fields after its stamp as given.
func summaryLine(t testing.TB, s Store, name string, fields ...string) string {
	info, err := os.Lstat(filepath.Join(s.Dir, fileName(name)))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(append([]string{name, fmt.Sprint(info.Size()), fmt.Sprint(info.ModTime().UnixNano())}, fields...), "\t") + "\n"
}

// A damaged or hostile summary file (cut short, spoilt, hand-made, a
// folder, too large) never gives a summary the profile's file does not:
// a row that does not read right is made again from the file, even one
// with the file's size and time.
func TestAHostileSummaryFileIsNotBelieved(t *testing.T) {
	head := summaryHead + "tea%20&%20coffee%2F1\t0\n"
	for name, file := range map[string]func(s Store) string{
		"empty": func(Store) string { return "" },
		"another key": func(s Store) string {
			return summaryHead + "other\n" + summaryLine(t, s, "Bent", "claims", "", "claims", "dd", "", "")
		},
		"no head": func(s Store) string { return summaryLine(t, s, "Bent", "claims", "", "claims", "dd", "", "") },
		"cut short": func(s Store) string {
			return strings.TrimSuffix(head+summaryLine(t, s, "Bent", "claims", "", "claims", "dd", "", ""), "\n")
		},
		"a NUL": func(s Store) string {
			return head + summaryLine(t, s, "Bent", "cla\x00ims", "", "claims", "dd", "", "")
		},
		"an escape": func(s Store) string {
			return head + summaryLine(t, s, "Bent", "claims", "", "\x1b]2;X\x07", "dd", "", "")
		},
		"an escape, %": func(s Store) string { return head + summaryLine(t, s, "Bent", "claims", "", "%1b%5d2", "dd", "", "") },
		"bad letter":   func(s Store) string { return head + summaryLine(t, s, "Bent", "claims", "", "claims", "dx", "", "") },
		"bad day": func(s Store) string {
			return head + summaryLine(t, s, "Bent", "claims", "2026-13-45", "claims", "dd", "", "")
		},
		"bad due": func(s Store) string {
			return head + summaryLine(t, s, "Bent", "claims", "", "claims", "dd", "soon", "")
		},
		"no journey id": func(s Store) string { return head + summaryLine(t, s, "Bent", "claims", "", "", "dd", "", "") },
		"a field short": func(s Store) string { return head + summaryLine(t, s, "Bent", "claims", "", "claims", "dd", "") },
		"unreadable, with a journey": func(s Store) string {
			return head + summaryLine(t, s, "Bent", "", "", "claims", "dd", "", "")
		},
		"a bad size": func(s Store) string {
			return head + strings.Replace(summaryLine(t, s, "Bent", "claims", "", "claims", "dd", "", ""), "\t", "\t-", 1)
		},
		"a zero-width name": func(s Store) string {
			return head + strings.Replace(summaryLine(t, s, "Bent", "claims", "", "claims", "dd", "", ""), "Bent", "Be\u200bnt", 1)
		},
		"too large": func(s Store) string {
			return head + summaryLine(t, s, "Bent", "claims", "", "claims", "dd", "", "") + strings.Repeat("x", maxSummaries)
		},
		"binary": func(Store) string { return "\xff\xfe\x00\x01\t\t\t\n\n\t" },
	} {
		t.Run(name, func(t *testing.T) {
			s := summed(t)
			want := threeProfiles(t, s)
			if err := os.WriteFile(filepath.Join(s.Dir, summaryFile), []byte(file(s)), 0o600); err != nil {
				t.Fatal(err)
			}
			if got := mustSummaries(t, s); !reflect.DeepEqual(got, want) {
				t.Fatalf("summaries\n%+v\nwant\n%+v", got, want)
			}
			freshRows(t, s, "Bent", "Carl Erik", "Åse")
		})
	}
	t.Run("a folder", func(t *testing.T) {
		s := summed(t)
		want := threeProfiles(t, s)
		path := filepath.Join(s.Dir, summaryFile)
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
		if err := os.Mkdir(path, 0o700); err != nil {
			t.Fatal(err)
		}
		if got := mustSummaries(t, s); !reflect.DeepEqual(got, want) {
			t.Fatalf("summaries\n%+v\nwant\n%+v", got, want)
		}
	})
}

// The summary file that is written back after any of these reads again
// as the same summaries, and no input makes reading panic or hang. The
// profiles' files have a fixed time, so that a row can fit them.
func FuzzSummaryFile(f *testing.F) {
	dir := f.TempDir()
	s := Store{Dir: dir, Summariser: sums{}}
	threeProfiles(f, s)
	fixed := time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)
	for _, name := range []string{"Åse", "Bent", "Carl Erik"} {
		if err := os.Chtimes(filepath.Join(dir, fileName(name)), fixed, fixed); err != nil {
			f.Fatal(err)
		}
	}
	mustSummaries(f, s)
	good, err := os.ReadFile(filepath.Join(dir, summaryFile))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(strings.ReplaceAll(string(good), "\t", "\t\t")))
	f.Add([]byte(strings.ReplaceAll(string(good), "d", "%64")))
	f.Add([]byte(string(good[:len(good)/2])))
	f.Fuzz(func(t *testing.T, file []byte) {
		if err := os.WriteFile(filepath.Join(dir, summaryFile), file, 0o600); err != nil {
			t.Fatal(err)
		}
		first := mustSummaries(t, s)
		if len(first) != 3 {
			t.Fatalf("%d summaries of 3 profiles", len(first))
		}
		for _, sum := range first {
			for _, j := range sum.Journeys {
				if strings.ContainsFunc(j.Journey+sum.Current, func(r rune) bool { return r < ' ' || r == 0x7f }) {
					t.Fatalf("a control character in %+v", sum)
				}
			}
		}
		if again := mustSummaries(t, s); !reflect.DeepEqual(again, first) {
			t.Fatalf("read again\n%+v\nfirst\n%+v", again, first)
		}
	})
}

// Reading the summaries of 1,000 profiles, as an overview does, beside
// reading each profile (BenchmarkProfiles): the floor is 5 ms. Saving one
// profile keeps its row in the summary file of all 1,000.
func BenchmarkSummaries(b *testing.B) {
	s := summed(b)
	p := fullProgress()
	for i := range 1000 {
		p.Flow = fmt.Sprint("journey-", i%8)
		mustSave(b, s, fmt.Sprintf("person-%05d", i), p)
	}
	b.Run("read-1000", func(b *testing.B) {
		for b.Loop() {
			if sums := mustSummaries(b, s); len(sums) != 1000 {
				b.Fatal(len(sums))
			}
		}
	})
	b.Run("save-among-1000", func(b *testing.B) {
		for b.Loop() {
			mustSave(b, s, "person-00500", p)
		}
	})
}
