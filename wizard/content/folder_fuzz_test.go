package content_test

import (
	"io/fs"
	"maps"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Whatever a folder of corrections holds (a file of any name and bytes in
// one of its folders, and a correction of the first step's heading with
// any text), the check never panics, ends well within its deadline, and
// what it accepts the guide can show in every language without a
// character that drives the terminal or hides text.
func FuzzAFolderOfCorrections(f *testing.F) {
	journey, err := fixture.Files.ReadFile("journeys/tea.toml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(uint8(0), "active.en.toml", []byte("[tea]\nkettle = \"Boil the water\"\n"), "Kog vandet")
	f.Add(uint8(0), "active.da.toml", []byte("[app]\ntitle = \"{{.Password}}\"\n"), "Se https://ec-europa.eu/cas")
	f.Add(uint8(0), "help.da.toml", []byte("[tea]\nkettle = \"x\"\n"), "{{range 3}}x{{end}}")
	f.Add(uint8(0), "active.en.toml", []byte("[tea]\nkettle = \"\\u202eBoil water\"\n"), "Åbn \x1b]2;HIJACKED\a"+fixture.KettleURL)
	f.Add(uint8(0), "active.de.toml", []byte("[typed]\none = 7\nother = \"x\"\n"), "{{.Count}}")
	f.Add(uint8(1), "tea.toml", journey, "{{.Email}}")
	f.Add(uint8(1), "zz.toml", []byte(strings.Replace(string(journey), `id = "tea"`, `id = "zz"`, 1)), "Ret")
	f.Add(uint8(2), "topics.toml", []byte("[[topics]]\nid = \"x\"\nchecked = 2026-11-01\nsources = [\"kettle\"]\n"), "")
	folders := []string{"locales", "journeys", "help"}
	f.Fuzz(func(t *testing.T, folder uint8, name string, body []byte, heading string) {
		path := folders[int(folder)%len(folders)] + "/" + name
		if !fs.ValidPath(path) || path == "locales/active.da.toml" {
			return
		}
		correction, err := toml.Marshal(map[string]any{"tea": map[string]any{"kettle": heading}})
		if err != nil {
			return // no TOML text can hold it (not UTF-8)
		}
		dir := fstest.MapFS{path: {Data: body}, "locales/active.da.toml": {Data: correction}}
		var built content.Content
		done := make(chan error, 1)
		go func() {
			var err error
			built, err = fixture.Loader.WithFolder(dir)
			done <- err
		}()
		select {
		case err = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("the check of %q did not end", path)
		}
		if err != nil {
			return
		}
		for _, lang := range built.Languages {
			tr, err := text.Load(fixture.Words, lang, locales.Default, built.Overrides...)
			if err != nil {
				t.Fatalf("accepted, but %s cannot be shown: %v", lang, err)
			}
			ids := map[string]text.Forms{}
			for _, files := range append([]fs.FS{fixture.Words}, built.Overrides...) {
				msgs, _ := text.Messages(files, lang)
				maps.Copy(ids, msgs)
			}
			for id, forms := range ids {
				data := text.Data{"Count": 2}
				for _, s := range forms {
					names, _ := text.Fields(s)
					for _, n := range names {
						data[n] = "x"
					}
				}
				if s := tr.T(id, data); !utf8.ValidString(s) || strings.ContainsFunc(s, text.Hides) {
					t.Fatalf("%s %s shows %q", lang, id, s)
				}
			}
		}
	})
}
