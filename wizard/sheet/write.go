package sheet

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
)

// Render is the printout's file as bytes: the sheet's page, or the
// calendar.
func Render(p core.Printout) ([]byte, error) {
	if p.Calendar != nil {
		return ICS(p.Calendar), nil
	}
	return HTML(p.Lang, p.Sheet)
}

// Folder is the folder a pensioner finds a file in: the Documents folder
// of home (as the system names it in English or Danish) if there is one,
// else home itself; "" where there is no home.
func Folder(home string) string {
	if home == "" {
		return ""
	}
	for _, name := range []string{"Documents", "Dokumenter"} {
		if info, err := os.Stat(filepath.Join(home, name)); err == nil && info.IsDir() {
			return filepath.Join(home, name)
		}
	}
	return home
}

// Writer is a core.Writer that writes each printout by its name in the
// folder dir.
func Writer(dir string) core.Writer {
	return func(p core.Printout) (string, string) {
		if dir == "" {
			return "", "no-folder"
		}
		path := filepath.Join(dir, p.File)
		return path, Write(path, p)
	}
}

// Write writes the printout to the file path, atomically: a file cut
// short by a full disk is never left. It gives a reason code of
// core.Reasons, "" for none.
func Write(path string, p core.Printout) string {
	data, err := Render(p)
	if err != nil {
		return "failed"
	}
	if info, err := os.Stat(filepath.Dir(path)); err != nil || !info.IsDir() {
		return "no-folder" // not made: a folder the user named wrongly stays unmade
	}
	err = store.WriteFile(path, data)
	if errors.Is(err, fs.ErrNotExist) {
		return "no-folder"
	}
	return store.Reason(err)
}
