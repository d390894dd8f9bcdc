package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store/storetest"
)

// laterProgress is a progress after before, larger than it.
func laterProgress(before flow.Progress) flow.Progress {
	after := before
	after.Step = "later"
	after.Steps = append(slices.Clone(before.Steps), "mobile-pin", "done")
	for i := range 200 {
		after.Steps = append(after.Steps, "more-"+string(rune('a'+i%26)))
	}
	return after
}

func TestSaveOnReadOnlyDir(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	before := fullProgress()
	damagedPath, firstPath := filepath.Join(s.Dir, "bo.json"), filepath.Join(s.Dir, "ea.json")
	prepare := func() {
		mustSave(t, s, DefaultProfile, before)
		if err := os.WriteFile(damagedPath, []byte("{garbage"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(firstPath, version1(t, before), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	switch {
	case storetest.MountTmpfs(t, s.Dir, "64k"):
		prepare()
		if err := storetest.RemountReadOnly(s.Dir); err != nil {
			t.Fatalf("remount read-only: %v", err)
		}
		t.Log("read-only: a tmpfs remounted read-only")
	case runtime.GOOS != "windows" && os.Geteuid() != 0:
		prepare()
		if err := os.Chmod(s.Dir, 0o500); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(s.Dir, 0o700) })
		t.Log("read-only: directory mode 0500")
	default:
		t.Skip("cannot make a read-only directory: mounting is not allowed here, and chmod does not stop root or apply on Windows")
	}

	err := s.Save(DefaultProfile, laterProgress(before))
	var se *SaveError
	if !errors.As(err, &se) || Reason(err) != ReasonReadOnly {
		t.Fatalf("Save on a read-only dir = %v (reason %q), want a *SaveError %q", err, Reason(err), ReasonReadOnly)
	}
	if got := mustLoad(t, s, DefaultProfile); !reflect.DeepEqual(got, before) {
		t.Fatalf("after the failed save, loaded %+v", got)
	}
	// A damaged file that cannot be set aside is an error, not a fresh start.
	_, found, err := s.Load("bo")
	var de *DamagedError
	if found || err == nil || errors.As(err, &de) || Reason(err) != ReasonReadOnly {
		t.Fatalf("Load of a damaged file on a read-only dir = found %v, %v (reason %q)", found, err, Reason(err))
	}
	if data, _ := os.ReadFile(damagedPath); string(data) != "{garbage" {
		t.Fatalf("the damaged file changed: %q", data)
	}
	// A file of the first release is read as ever, though it cannot be
	// converted on the disk.
	if got := mustLoad(t, s, "ea"); !reflect.DeepEqual(got, before) {
		t.Fatalf("a file of the first release on a read-only dir: %+v", got)
	}
	assertFiles(t, s.Dir, "bo.json", "ea.json", "standard.json")
}

func TestSaveOnFullDisk(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	if !storetest.MountTmpfs(t, s.Dir, "64k") {
		t.Skip("filling a disk needs a small file system to fill: a 64 KiB tmpfs, which only root on Linux can mount")
	}
	before := fullProgress()
	mustSave(t, s, DefaultProfile, before)

	filler := filepath.Join(s.Dir, "filler")
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 4096)
	for n := 0; ; n++ {
		if _, err = f.Write(chunk); err != nil {
			break
		}
		if n > 1000 {
			t.Fatal("the 64 KiB tmpfs took 4 MiB")
		}
	}
	f.Close()
	if classify(err) != ReasonDiskFull {
		t.Fatalf("filling ended with %v, not a full disk", err)
	}

	after := laterProgress(before)
	err = s.Save(DefaultProfile, after)
	var se *SaveError
	if !errors.As(err, &se) || Reason(err) != ReasonDiskFull {
		t.Fatalf("Save on a full disk = %v (reason %q), want a *SaveError %q", err, Reason(err), ReasonDiskFull)
	}
	if got := mustLoad(t, s, DefaultProfile); !reflect.DeepEqual(got, before) {
		t.Fatalf("after the failed save, loaded %+v", got)
	}
	assertFiles(t, s.Dir, "filler", "standard.json") // the temporary file is gone

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, DefaultProfile, after)
	if got := mustLoad(t, s, DefaultProfile); !reflect.DeepEqual(got, after) {
		t.Fatalf("with space again, loaded %+v", got)
	}
}
