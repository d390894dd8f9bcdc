//go:build unix

package store

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
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

// unreadableDir, in the environment, makes TestHelperUnreadable load the
// default profile from that directory, as another user than its owner.
const unreadableDir = "EULOGIN_STORE_TEST_UNREADABLE_DIR"

// TestHelperUnreadable is not a test: TestAnUnreadableFileIsSetAside runs
// the test binary again with only this, as a user who cannot read the file.
func TestHelperUnreadable(t *testing.T) {
	dir := os.Getenv(unreadableDir)
	if dir == "" {
		t.Skip("the other user's process of TestAnUnreadableFileIsSetAside")
	}
	_, _, err := Store{Dir: dir}.Load(DefaultProfile)
	var de *DamagedError
	if !errors.As(err, &de) {
		t.Fatalf("Load = %v, want the unreadable file set aside", err)
	}
}

// F-7: a progress file that cannot be read is set aside, as a damaged one
// is, and never written over. Root reads every file, so a test run by root
// loads it as another user (nobody), in a process of its own.
func TestAnUnreadableFileIsSetAside(t *testing.T) {
	dir := t.TempDir()
	s := Store{Dir: dir}
	mustSave(t, s, DefaultProfile, fullProgress())
	path := filepath.Join(dir, "standard.json")
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		_, _, err := s.Load(DefaultProfile)
		var de *DamagedError
		if !errors.As(err, &de) {
			t.Fatalf("Load = %v, want the unreadable file set aside", err)
		}
		return
	}
	// The lock root's save made is root's too, and nobody could not take
	// it: as for a file that came from elsewhere, there is none yet.
	if err := os.Remove(path + lockMark); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{filepath.Dir(dir), dir} { // nobody may enter and rename in it
		if err := os.Chmod(d, 0o777); err != nil {
			t.Fatal(err)
		}
	}
	self, err := os.ReadFile(os.Args[0]) // the test binary, where nobody may run it
	if err != nil {
		t.Fatal(err)
	}
	helper := filepath.Join(filepath.Dir(dir), "helper.test")
	if err := os.WriteFile(helper, self, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(helper, "-test.run", "^TestHelperUnreadable$", "-test.count=1")
	cmd.Env = append(os.Environ(), unreadableDir+"="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
	if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the unreadable file is still at the progress path: %v", err)
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

// A pipe where the summary file or its lock should be never makes the
// summaries wait, and they are made from the profiles' files.
func TestAPipeAtTheSummaryPathNeverWaits(t *testing.T) {
	for _, name := range []string{summaryFile, summaryFile + lockMark} {
		t.Run(name, func(t *testing.T) {
			s := summed(t)
			want := threeProfiles(t, s)
			path := filepath.Join(s.Dir, name)
			if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
				t.Fatal(err)
			}
			if err := syscall.Mkfifo(path, 0o600); err != nil {
				t.Skip("no pipes here:", err)
			}
			done := make(chan []Summary, 1)
			go func() { done <- mustSummaries(t, s) }()
			select {
			case got := <-done:
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("summaries\n%+v\nwant\n%+v", got, want)
				}
			case <-time.After(3 * time.Second):
				t.Fatal("the summaries wait on the pipe")
			}
		})
	}
}
