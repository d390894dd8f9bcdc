package benchmark

import "testing"

func TestMedianAndMean(t *testing.T) {
	for _, c := range []struct {
		xs           []float64
		median, mean float64
	}{
		{nil, 0, 0},
		{[]float64{3, 1, 2}, 2, 2},
		{[]float64{4, 1, 3, 100}, 3.5, 27},
	} {
		if m := Median(c.xs); m != c.median {
			t.Errorf("Median(%v) = %v, want %v", c.xs, m, c.median)
		}
		if m := Mean(c.xs); m != c.mean {
			t.Errorf("Mean(%v) = %v, want %v", c.xs, m, c.mean)
		}
	}
}
