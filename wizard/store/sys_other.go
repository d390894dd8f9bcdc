//go:build !unix && !windows

package store

import (
	"errors"
	"io/fs"
	"os"
)

func classify(err error) string {
	if errors.Is(err, fs.ErrPermission) {
		return ReasonReadOnly
	}
	return ReasonFailed
}

func narrowDir(string) {}

func rename(from, to string) error { return os.Rename(from, to) }

func syncDir(string) error { return nil }

// syscallNonblock: no pipes to wait on here.
const syscallNonblock = 0
