package store

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// The profiles are listed from one small index, kept right by every save
// and delete, and made again from the folder when it is missing or wrong.
func TestTheIndexListsTheProfiles(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	for _, name := range []string{"Åse", "Bent", "Carl"} {
		mustSave(t, s, name, fullProgress())
	}
	mustSave(t, s, "Bent", fullProgress()) // saved again: listed once
	if err := s.Delete("Carl"); err != nil {
		t.Fatal(err)
	}
	want := []string{"Bent", "Åse"}
	index, err := os.ReadFile(filepath.Join(s.Dir, indexFile))
	if err != nil {
		t.Fatal(err)
	}
	if string(index) != "Bent\nÅse\n" {
		t.Fatalf("the index holds %q", index)
	}
	for name, spoil := range map[string]func() error{
		"missing": func() error { return os.Remove(filepath.Join(s.Dir, indexFile)) },
		"damaged": func() error { return os.WriteFile(filepath.Join(s.Dir, indexFile), []byte("x\x00y\n"), 0o600) },
		// names hiding what they say with a zero-width space or a
		// right-to-left override, which no profile can have.
		"zero-width": func() error {
			return os.WriteFile(filepath.Join(s.Dir, indexFile), []byte("Bent\nBent\u200b\nÅse\n"), 0o600)
		},
		"bidi": func() error {
			return os.WriteFile(filepath.Join(s.Dir, indexFile), []byte("Bent\nÅse\n\u202eesÅ\n"), 0o600)
		},
	} {
		if err := spoil(); err != nil {
			t.Fatal(err)
		}
		if names, err := s.Profiles(); err != nil || !slices.Equal(names, want) {
			t.Fatalf("with the index %s: %q, %v, want %q", name, names, err, want)
		}
		if again, _ := os.ReadFile(filepath.Join(s.Dir, indexFile)); string(again) != string(index) {
			t.Fatalf("with the index %s, it was made again as %q", name, again)
		}
	}
}

// manyProfiles saves n profiles, and gives the store.
func manyProfiles(b *testing.B, n int) Store {
	s := Store{Dir: b.TempDir()}
	for i := range n {
		if err := s.Save(fmt.Sprintf("person-%05d", i), fullProgress()); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// Listing the profiles, and reading each of them as an overview of the
// members a volunteer helps would: the floor is 50 ms for 1,000.
func BenchmarkProfiles(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		s := manyProfiles(b, n)
		b.Run(fmt.Sprintf("list-%d", n), func(b *testing.B) {
			for b.Loop() {
				if names, err := s.Profiles(); err != nil || len(names) != n {
					b.Fatal(len(names), err)
				}
			}
		})
		if n > 1000 {
			continue
		}
		b.Run(fmt.Sprintf("open-every-one-of-%d", n), func(b *testing.B) {
			for b.Loop() {
				names, _ := s.Profiles()
				for _, name := range names {
					if _, found, err := s.Open(name); !found || err != nil {
						b.Fatal(found, err)
					}
				}
			}
		})
	}
}

// F-8: two guides on one profile: the one that saves second, over progress
// it did not read, saves nothing and is told, so the first one's progress
// is not lost.
func TestTwoGuidesOnOneProfile(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	first := fullProgress()
	mustSave(t, s, DefaultProfile, first)
	a, b := first, first // both guides read the same
	a.Step = "done"
	if err := s.SaveOver(DefaultProfile, a, &first); err != nil {
		t.Fatal(err)
	}
	b.Step = "language"
	if err := s.SaveOver(DefaultProfile, b, &first); Reason(err) != ReasonElsewhere {
		t.Fatalf("the second guide saved over the first: %v", err)
	}
	if got := mustLoad(t, s, DefaultProfile); got.Step != "done" {
		t.Fatalf("the first guide's progress was lost: %+v", got)
	}
	if err := s.SaveOver(DefaultProfile, a, nil); Reason(err) != ReasonElsewhere {
		t.Fatalf("a guide that read nothing saved over progress: %v", err)
	}
}
