//go:build unix

package content_test

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// only plain files inside the folder are read. A link to a device,
// a named pipe, a link out of the folder, a folder where a file belongs:
// each is refused at once, naming the file.
func TestOnlyPlainFilesInTheFolderAreRead(t *testing.T) {
	cases := []struct {
		name, file, problem string
		make                func(dir string) error
	}{
		{"a journey linked to /dev/zero", "journeys/zero.toml", "not-file",
			func(dir string) error { return os.Symlink("/dev/zero", filepath.Join(dir, "journeys", "zero.toml")) }},
		{"the help topics linked to /dev/urandom", "help/topics.toml", "not-file",
			func(dir string) error { return os.Symlink("/dev/urandom", filepath.Join(dir, "help", "topics.toml")) }},
		{"the library linked to /dev/zero", "library.toml", "not-file",
			func(dir string) error { return os.Symlink("/dev/zero", filepath.Join(dir, "library.toml")) }},
		{"a named pipe as a journey", "journeys/pipe.toml", "not-file",
			func(dir string) error { return syscall.Mkfifo(filepath.Join(dir, "journeys", "pipe.toml"), 0o644) }},
		{"a locale file linked out of the folder", "locales/active.da.toml", "not-file",
			func(dir string) error {
				return os.Symlink("/etc/passwd", filepath.Join(dir, "locales", "active.da.toml"))
			}},
		{"a link in a loop", "journeys/a.toml", "not-file", func(dir string) error {
			return errors.Join(os.Symlink("b.toml", filepath.Join(dir, "journeys", "a.toml")),
				os.Symlink("a.toml", filepath.Join(dir, "journeys", "b.toml")))
		}},
		{"a folder where a journey belongs", "journeys/tea.toml", "not-file",
			func(dir string) error { return os.Mkdir(filepath.Join(dir, "journeys", "tea.toml"), 0o755) }},
		{"the journeys folder linked to /", "journeys", "not-folder", func(dir string) error {
			return errors.Join(os.RemoveAll(filepath.Join(dir, "journeys")), os.Symlink("/", filepath.Join(dir, "journeys")))
		}},
		{"a file where the help folder belongs", "help", "not-folder", func(dir string) error {
			return errors.Join(os.RemoveAll(filepath.Join(dir, "help")), os.WriteFile(filepath.Join(dir, "help"), nil, 0o644))
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir, files := onDisk(t, map[string]string{"locales/help.da.toml": "", "journeys/.keep": "", "help/.keep": ""})
			if err := c.make(dir); err != nil {
				t.Fatal(err)
			}
			err, took := withFolder(t, files)
			refused(t, err, c.problem, c.file, "")
			if took > time.Second {
				t.Errorf("refused after %v, not at once", took)
			}
		})
	}
}
