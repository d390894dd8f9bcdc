// Package storetest gives tests a small file system of their own to fill
// or make read-only, where this process may mount one (root on Linux).
package storetest

import (
	"os"
	"syscall"
	"testing"
)

// MountTmpfs mounts a tmpfs of the given size ("64k") on dir for the rest
// of the test, if this process may (root, or CAP_SYS_ADMIN); false if not.
func MountTmpfs(t testing.TB, dir, size string) bool {
	t.Helper()
	if os.Geteuid() != 0 {
		return false
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+size); err != nil {
		t.Logf("cannot mount a tmpfs on %s: %v", dir, err)
		return false
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, 0); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
			_ = syscall.Unmount(dir, syscall.MNT_DETACH)
		}
	})
	return true
}

// RemountReadOnly makes the tmpfs mounted on dir read-only.
func RemountReadOnly(dir string) error {
	return syscall.Mount("tmpfs", dir, "tmpfs", syscall.MS_REMOUNT|syscall.MS_RDONLY, "")
}
