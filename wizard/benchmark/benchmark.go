// Package benchmark holds the small sums the guide's benchmarks share when
// they set the guide beside a bare program in the same run.
package benchmark

import "slices"

// Median is the middle of xs (the mean of the two middle values for an even
// count), 0 for none: one slow run, e.g. a busy machine, does not move it.
func Median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// Mean is the average of xs, 0 for none.
func Mean(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(max(1, len(xs)))
}
