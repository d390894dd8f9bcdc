//go:build !unix

package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// look gives the stamps of the files names in dir.
func look(dir string, names []string) []stamp {
	stamps := make([]stamp, len(names))
	for i, name := range names {
		info, err := os.Lstat(filepath.Join(dir, name))
		if errors.Is(err, fs.ErrNotExist) {
			stamps[i].kind = missing
		} else if err == nil {
			stamps[i] = stampOf(info)
		}
	}
	return stamps
}
