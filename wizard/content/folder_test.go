package content_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// onDisk writes files (name: content) into a new folder, and opens it as
// the guide does: within the folder only.
func onDisk(t *testing.T, files map[string]string) (string, fs.FS) {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	return dir, root.FS()
}

// withFolder checks a folder as the guide does, and reports how long it took.
func withFolder(t *testing.T, dir fs.FS) (error, time.Duration) {
	t.Helper()
	start := time.Now()
	_, err := fixture.Loader.WithFolder(dir)
	return err, time.Since(start)
}

// A correction of one message, for a folder to hold beside what is tested.
const oneCorrection = "[tea]\nkettle = \"Kog vandet\"\n"

// A folder with none of the guide's folders in it is told: the wrong
// folder was named.
func TestAFolderWithoutCorrectionsIsTold(t *testing.T) {
	_, files := onDisk(t, map[string]string{"rettelser/locales/active.da.toml": oneCorrection})
	var cerr *content.Error
	if _, err := fixture.Loader.WithFolder(files); !errors.As(err, &cerr) || cerr.Problem != "no-corrections" {
		t.Fatalf("%v", err)
	}
}

// a journeys folder that cannot be read is told, not left out.
func TestAnUnreadableFolderIsTold(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any folder; the compiled guide is tested as another user (TestHostileFoldersOfCorrections)")
	}
	dir, files := onDisk(t, map[string]string{"journeys/x.toml": ""})
	if err := os.Chmod(filepath.Join(dir, "journeys"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "journeys"), 0o755) })
	err, _ := withFolder(t, files)
	refused(t, err, "unreadable-folder", "journeys/", "journeys")
}

// stuck is a folder whose disk does not answer when one file is opened.
type stuck struct {
	fs.FS
	name    string
	release chan struct{}
}

func (s stuck) Open(name string) (fs.File, error) {
	if name == s.name {
		<-s.release
	}
	return s.FS.Open(name)
}

func (s stuck) Lstat(name string) (fs.FileInfo, error) { return fs.Lstat(s.FS, name) }

// A disk that does not answer (a network share, a dying USB stick) is
// refused within the read deadline, naming the file: the guide starts.
func TestADiskThatDoesNotAnswerIsRefusedInTime(t *testing.T) {
	t.Parallel()
	_, files := onDisk(t, map[string]string{"locales/active.da.toml": oneCorrection})
	release := make(chan struct{})
	defer close(release)
	err, took := withFolder(t, stuck{FS: files, name: "locales/active.da.toml", release: release})
	refused(t, err, "slow", "locales/active.da.toml", "")
	if took > 30*time.Second {
		t.Errorf("refused after %v", took)
	}
}

// a file, the files together and the names in them are bounded, so
// that nothing makes the start slow or costly; what is over is refused
// with its own words, naming the file.
func TestAFolderStaysWithinItsBounds(t *testing.T) {
	many := func(n int, format string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, format, i)
		}
		return b.String()
	}
	quarter := strings.Repeat("# "+strings.Repeat("x", 97)+"\n", 2600) // 260,000 bytes of comment
	cases := []folderCase{
		{"a journey over 256 KB", map[string]string{"journeys/big.toml": quarter + strings.Repeat("#", 10000)},
			"too-big", "journeys/big.toml", "256 KB"},
		{"files over 1 MB together", map[string]string{"locales/a.da.toml": quarter[:250000], "locales/b.da.toml": quarter[:250000],
			"locales/c.da.toml": quarter[:250000], "locales/d.da.toml": quarter[:250000], "locales/e.da.toml": quarter[:250000]},
			"folder-too-big", "locales/e.da.toml", "1 MB"},
		{"more than 200 files", func() map[string]string {
			files := map[string]string{}
			for i := range 201 {
				files[fmt.Sprintf("locales/p%03d.da.toml", i)] = ""
			}
			return files
		}(), "folder-too-many-files", "locales/p200.da.toml", "200"},
		{"more than 1000 names in a folder", func() map[string]string {
			files := map[string]string{}
			for i := range 1001 {
				files[fmt.Sprintf("journeys/notes-%04d.txt", i)] = ""
			}
			return files
		}(), "too-many-files", "journeys/", "1000"},
		{"a key of 100,000 dotted parts", map[string]string{"locales/active.da.toml": "[" + strings.Repeat("k.", 100000) + "k]\nx = \"y\"\n"},
			"long-name", "locales/active.da.toml", "1"},
		{"an id of 201 characters", map[string]string{"locales/active.da.toml": "[tea]\n" + strings.Repeat("x", 197) + " = \"y\"\n"},
			"long-name", "locales/active.da.toml", "2"},
		{"5001 messages in a file", map[string]string{"locales/extra.da.toml": many(5001, "m%d = \"x\"\n")},
			"too-many-names", "locales/extra.da.toml", "5000"},
		{"20,001 messages in the folder", map[string]string{"locales/a.da.toml": many(4999, "m%d = \"x\"\n"),
			"locales/b.da.toml": many(4999, "m%d = \"x\"\n"), "locales/c.da.toml": many(4999, "m%d = \"x\"\n"),
			"locales/d.da.toml": many(4999, "m%d = \"x\"\n"), "locales/e.da.toml": many(5, "m%d = \"x\"\n")},
			"folder-too-many-names", "locales/e.da.toml", "20000"},
		{"arrays eleven deep", map[string]string{"journeys/deep.toml": "x = " + strings.Repeat("[", 11) + strings.Repeat("]", 11) + "\n"},
			"too-deep", "journeys/deep.toml", "1"},
		{"100,000 nested arrays", map[string]string{"journeys/deep.toml": "x = " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "\n"},
			"syntax", "journeys/deep.toml", "1"},
		{"50,000 nested inline tables", map[string]string{"journeys/deep.toml": "x = " + strings.Repeat("{a=", 50000) + "1" + strings.Repeat("}", 50000) + "\n"},
			"syntax", "journeys/deep.toml", "1"},
		{"a text over 4000 characters", map[string]string{"locales/active.da.toml": "[tea]\nkettle = \"" + strings.Repeat("ø", 4001) + "\"\n"},
			"long-text", "locales/active.da.toml", "tea.kettle"},
	}
	refusesEach(t, cases)
}
