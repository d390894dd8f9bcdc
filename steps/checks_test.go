package steps_test

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// title is a locale file correcting the first step's heading to s.
func title(s string) string { return "[step.needs]\ntitle = " + s + "\n" }

// Every text of a folder, in every language, names only official
// addresses (R-2; the reliability review of December 2026): EU Login's
// rule, steps.Unofficial, is the one the engine holds a folder to. Each
// look-alike is refused naming the file and what it found.
func TestEveryTextOfTheFolderNamesOnlyOfficialAddresses(t *testing.T) {
	da, en := "locales/active.da.toml", "locales/active.en.toml"
	cases := []struct {
		name        string
		files       map[string]string
		file, found string
	}{
		{"a look-alike address", map[string]string{da: title(`"Log ind på https://ec-europa.eu/cas/login og skriv dit password der"`)},
			da, "https://ec-europa.eu/cas/login"},
		{"an official name continued", map[string]string{en: title(`"Go to http://ecas.ec.europa.eu.evil.example/cas"`)},
			en, "ecas.ec.europa.eu.evil.example"},
		{"a look-alike mailbox in a message no journey names", map[string]string{
			da: "[extra]\nmail = \"Skriv til EU-LOGIN-SUPPORT@ec-europa.eu\"\n", en: "[extra]\nmail = \"Write to EU-LOGIN-SUPPORT@ec-europa.eu\"\n"},
			da, "eu-login-support@ec-europa.eu"},
		{"an address in the guide's own words", map[string]string{en: "[app]\ntitle = \"EU Login guide: www.eu-login-help.info\"\n"},
			en, "www.eu-login-help.info"},
		{"the fake domain where the language's word for fake is not known", map[string]string{
			"locales/active.de.toml": "[step.needs]\ntitle = \"ec-europa.eu ist fake\"\n"}, "locales/active.de.toml", "ec-europa.eu"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := steps.WithFolder(asFolder(c.files))
			var cerr *content.Error
			if !errors.As(err, &cerr) || cerr.Problem != "text-address" || cerr.File != c.file || !strings.Contains(cerr.Detail, c.found) {
				t.Fatalf("refused as %v, want text-address in %s naming %q", err, c.file, c.found)
			}
		})
	}
}

// asFolder is a folder of corrections holding files (name: content).
func asFolder(files map[string]string) fstest.MapFS {
	dir := fstest.MapFS{}
	for name, body := range files {
		dir[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return dir
}

// What the checks pass is used: a correction, a text with a field the
// built-in one has, an official address, a fake one named as fake, a
// text of several lines written on Windows, and a new language.
func TestAGoodFolderIsUsed(t *testing.T) {
	folder := map[string]string{
		"locales/active.da.toml": "\uFEFF[step.needs]\r\ntitle = \"Det skal du have klar\"\r\nbody = \"\"\"Åbn " + steps.CreateAccount +
			".\r\nSiden ec-europa.eu er falsk.\"\"\"\r\n[app]\r\ncaption = \"{{.Stage}}, trin {{.Step}}\"\r\n",
	}
	// German, for now in English words; the guide does not know the
	// German word for fake, so its texts may not name the fake domain.
	for _, name := range text.FileNames(locales.Files, "en") {
		buf, err := locales.Files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		folder["locales/"+strings.Replace(name, ".en.", ".de.", 1)] = strings.ReplaceAll(string(buf), "ec-europa.eu", "ec-europa-eu")
	}
	built, err := steps.WithFolder(asFolder(folder))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := text.Load(locales.Files, "da", locales.Default, built.Overrides...)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := tr.T("step.needs.body"), "Åbn "+steps.CreateAccount+".\nSiden ec-europa.eu er falsk."; got != want {
		t.Errorf("%q, want %q", got, want)
	}
	if got := tr.T("app.caption", text.Data{"Stage": "1. etape", "Step": 2}); got != "1. etape, trin 2" {
		t.Errorf("%q", got)
	}
	if de, err := text.Load(locales.Files, "de", locales.Default, built.Overrides...); err != nil || de.T("step.needs.title") != "What you need" {
		t.Errorf("the new language: %v %q (languages %v)", err, de.T("step.needs.title"), built.Languages)
	}
}

// The built-in content, given as a folder of corrections, passes every
// check a folder must pass: its bounds, its characters, its templates, its
// addresses, its journeys.
func TestTheBuiltInContentPassesAsAFolder(t *testing.T) {
	folder := map[string]string{}
	for _, files := range []struct {
		fsys   fs.FS
		prefix string
	}{{locales.Files, "locales/"}, {steps.Files, ""}} {
		err := fs.WalkDir(files.fsys, ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(name, ".toml") {
				return err
			}
			buf, err := fs.ReadFile(files.fsys, name)
			folder[files.prefix+name] = string(buf)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, err := steps.WithFolder(asFolder(folder)); err != nil {
		t.Fatal(err)
	}
}
