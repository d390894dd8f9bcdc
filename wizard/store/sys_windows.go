package store

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
	"time"
)

// Windows system error codes.
const (
	errorAccessDenied      syscall.Errno = 5
	errorWriteProtect      syscall.Errno = 19
	errorSharingViolation  syscall.Errno = 32
	errorHandleDiskFull    syscall.Errno = 39
	errorDiskFull          syscall.Errno = 112
	errorDiskQuotaExceeded syscall.Errno = 1295
	errorLockViolation     syscall.Errno = 33
	renameAttempts                       = 20
	renamePause                          = 50 * time.Millisecond
)

func classify(err error) string {
	switch {
	case errors.Is(err, errorDiskFull), errors.Is(err, errorHandleDiskFull), errors.Is(err, errorDiskQuotaExceeded):
		return ReasonDiskFull
	case errors.Is(err, errorWriteProtect), errors.Is(err, fs.ErrPermission):
		return ReasonReadOnly
	}
	return ReasonFailed
}

// narrowDir does nothing: permission bits mean nothing on Windows, the
// ACLs of the user's profile directory protect the files.
func narrowDir(string) {}

// rename replaces to with from (MoveFileEx, MOVEFILE_REPLACE_EXISTING),
// retrying for a second while another program (a virus scanner, the
// indexer, a second instance reading) has the file open.
func rename(from, to string) error {
	var err error
	for range renameAttempts {
		err = os.Rename(from, to)
		if err == nil || !(errors.Is(err, errorAccessDenied) || errors.Is(err, errorSharingViolation) ||
			errors.Is(err, errorLockViolation)) {
			return err
		}
		time.Sleep(renamePause)
	}
	return err
}

// syncDir does nothing: Windows cannot sync a directory; MoveFileEx is
// durable enough once the file itself is synced.
func syncDir(string) error { return nil }

// syscallNonblock: no pipes to wait on here.
const syscallNonblock = 0
