//go:build unix

package store

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// F-9: a pipe where the progress file should be is set aside at once; it
// never makes the guide wait.
func TestAPipeAtTheProgressPathIsSetAside(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	path := filepath.Join(s.Dir, "standard.json")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no pipes here:", err)
	}
	done := make(chan error, 1)
	go func() { _, _, err := s.Load(DefaultProfile); done <- err }()
	select {
	case err := <-done:
		var de *DamagedError
		if !errors.As(err, &de) {
			t.Fatalf("Load = %v, want the pipe set aside", err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("Load waits on the pipe")
	}
	if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the pipe is still at the progress path: %v", err)
	}
}

// F-7: a progress file that cannot be read is set aside, as a damaged one
// is, and never written over. (Root reads every file, so only another user
// can see this.)
func TestAnUnreadableFileIsSetAside(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read a file of mode 000")
	}
	s := Store{Dir: t.TempDir()}
	mustSave(t, s, DefaultProfile, fullProgress())
	path := filepath.Join(s.Dir, "standard.json")
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	_, _, err := s.Load(DefaultProfile)
	var de *DamagedError
	if !errors.As(err, &de) {
		t.Fatalf("Load = %v, want the unreadable file set aside", err)
	}
}

// F-6: a configuration folder that is a symbolic link is written through,
// as the user set it up, but its target's mode is never changed.
func TestALinkedFolderKeepsItsMode(t *testing.T) {
	shared := filepath.Join(t.TempDir(), "shared")
	if err := os.Mkdir(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(shared, 0o777|os.ModeSticky); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "eulogin-guide")
	if err := os.Symlink(shared, link); err != nil {
		t.Fatal(err)
	}
	mustSave(t, Store{Dir: link}, DefaultProfile, fullProgress())
	info, err := os.Stat(shared)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode()&os.ModePerm != 0o777 || info.Mode()&os.ModeSticky == 0 {
		t.Fatalf("the linked folder's mode became %v", info.Mode())
	}
}
