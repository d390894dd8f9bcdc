package desk

import (
	"fmt"
	"slices"
	"testing"
)

func TestClosestNamesAreOffered(t *testing.T) {
	saved := []string{"Bent", "Åse", "Åse Jensen", "Carl", "Dorte"}
	for _, c := range []struct {
		typed string
		want  []string
	}{
		{"åse", []string{"Åse"}},
		{"Aase", []string{"Åse"}},
		{"åse jensen", []string{"Åse Jensen"}},
		{"Benth", []string{"Bent"}},
		{"Zebulon", nil},
	} {
		if got := closest(c.typed, saved); !slices.Equal(got, c.want) {
			t.Errorf("closest(%q) = %q, want %q", c.typed, got, c.want)
		}
	}
	many := make([]string, 1000)
	for i := range many {
		many[i] = fmt.Sprintf("person-%04d", i)
	}
	if got := closest("person-0001", many); len(got) != 3 || got[0] != "person-0001" {
		t.Errorf("among 1,000 names: %q, want three, the same name first", got)
	}
}

// Finding the closest among 10,000 saved names: part of a new profile's
// first screen.
func BenchmarkClosestAmong10000(b *testing.B) {
	many := make([]string, 10000)
	for i := range many {
		many[i] = fmt.Sprintf("Person %05d", i)
	}
	for b.Loop() {
		_ = closest("Åse Jensen", many)
	}
}
