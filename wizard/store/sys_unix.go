//go:build unix

package store

import (
	"errors"
	"os"
	"syscall"
)

func classify(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return ReasonDiskFull
	case errors.Is(err, syscall.EROFS), errors.Is(err, syscall.EACCES), errors.Is(err, syscall.EPERM):
		return ReasonReadOnly
	}
	return ReasonFailed
}

// narrowDir sets dir to mode 0700 if others or the group have any access.
// A folder that is a symbolic link is left as it is: the user made the
// link, and its target may be shared on purpose. Best effort: if it fails,
// writing will tell whether the directory is usable.
func narrowDir(dir string) {
	if info, err := os.Lstat(dir); err == nil && info.Mode().IsDir() && info.Mode().Perm()&0o077 != 0 {
		_ = os.Chmod(dir, 0o700)
	}
}

func rename(from, to string) error { return os.Rename(from, to) }

// syncDir makes a rename in dir durable. File systems that cannot sync a
// directory say EINVAL or ENOTSUP; there is nothing more to do there.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if errors.Is(err, syscall.EINVAL) || errors.Is(err, syscall.ENOTSUP) {
		return nil
	}
	return err
}

// syscallNonblock opens a file without waiting, should it turn out to be
// a pipe after all.
const syscallNonblock = syscall.O_NONBLOCK
