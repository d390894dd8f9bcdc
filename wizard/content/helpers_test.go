package content_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// refused checks that err is an *Error with the problem, file and
// detail wanted, and that the user is told it in their own words.
func refused(t *testing.T, err error, problem, file, what string) {
	t.Helper()
	var cerr *content.Error
	if !errors.As(err, &cerr) {
		t.Fatalf("not refused: %v", err)
	}
	if cerr.Problem != problem || cerr.File != file || !strings.Contains(cerr.Item+" "+cerr.Detail, what) {
		t.Fatalf("refused as %+v, want %s in %s naming %q", cerr, problem, file, what)
	}
	if !slices.Contains(content.Problems, cerr.Problem) {
		t.Errorf("%q is not among content.Problems", cerr.Problem)
	}
	for _, lang := range []string{"da", "en"} {
		msg := fixture.Text(t, lang).T("content."+cerr.Problem, text.Data{"File": cerr.File, "Item": cerr.Item, "Detail": cerr.Detail})
		if strings.HasPrefix(msg, "content.") || !strings.Contains(msg, cerr.File) {
			t.Errorf("%s: the message does not say where: %q", lang, msg)
		}
	}
}

// fixtureFile is a file of the made-up content, to make corrections of.
func fixtureFile(t *testing.T, name string) string {
	t.Helper()
	buf, err := fixture.Files.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(buf)
}

// tea is the made-up tea journey's file.
func tea(t *testing.T) string { return fixtureFile(t, "journeys/tea.toml") }

// changed is the tea journey with one text replaced.
func changed(t *testing.T, old, new string) string {
	t.Helper()
	j := tea(t)
	if !strings.Contains(j, old) {
		t.Fatalf("the journey has no %q", old)
	}
	return strings.Replace(j, old, new, 1)
}

// folderCase is a folder of corrections (file name: what it holds) and
// what its check refuses it for.
type folderCase struct {
	name                string
	files               map[string]string
	problem, file, what string
}

// refusesEach checks each folder on disk, as the guide reads it: refused
// for its problem, naming the file and what was found, and at once.
func refusesEach(t *testing.T, cases []folderCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, files := onDisk(t, c.files)
			err, took := withFolder(t, files)
			refused(t, err, c.problem, c.file, c.what)
			if took > 2*time.Second {
				t.Errorf("refused after %v", took)
			}
		})
	}
}
