//go:build unix

package store

import (
	"fmt"
	"io/fs"
	"syscall"
	"testing"
)

func TestClassifyErrno(t *testing.T) {
	cases := map[syscall.Errno]string{
		syscall.ENOSPC: ReasonDiskFull,
		syscall.EDQUOT: ReasonDiskFull,
		syscall.EROFS:  ReasonReadOnly,
		syscall.EACCES: ReasonReadOnly,
		syscall.EPERM:  ReasonReadOnly,
		syscall.EIO:    ReasonFailed,
		syscall.ENOENT: ReasonFailed,
	}
	for errno, want := range cases {
		err := fmt.Errorf("wrapped: %w", &fs.PathError{Op: "write", Path: "x", Err: errno})
		if got := classify(err); got != want {
			t.Errorf("classify(%v) = %q, want %q", errno, got, want)
		}
		if got := Reason(err); got != want {
			t.Errorf("Reason(%v) = %q, want %q", errno, got, want)
		}
	}
}
