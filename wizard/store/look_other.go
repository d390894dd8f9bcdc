//go:build !unix

package store

import "path/filepath"

// look gives the stamps of the files names in dir.
func look(dir string, names []string) []stamp {
	stamps := make([]stamp, len(names))
	for i, name := range names {
		stamps[i] = stampAt(filepath.Join(dir, name))
	}
	return stamps
}
