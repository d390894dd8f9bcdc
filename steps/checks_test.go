package steps_test

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// title is a locale file correcting the first step's heading to s.
func title(s string) string { return "[step.needs]\ntitle = " + s + "\n" }

// Every text of the folder, in every language, is held to what the guide
// shows (the reliability review of December 2026): official addresses only
// no character that drives the terminal or hides text, only
// {{.Field}} with the fields the guide fills in there, engine messages
// included, only what go-i18n takes, only languages it can
// show. Each is refused naming the file and the message.
func TestEveryTextOfTheFolderIsChecked(t *testing.T) {
	da, en := "locales/active.da.toml", "locales/active.en.toml"
	cases := []struct {
		name                string
		files               map[string]string
		problem, file, what string
	}{
		{"R-2 a look-alike address", map[string]string{da: title(`"Log ind på https://ec-europa.eu/cas/login og skriv dit password der"`)},
			"text-address", da, "https://ec-europa.eu/cas/login"},
		{"R-2 an official name continued", map[string]string{en: title(`"Go to http://ecas.ec.europa.eu.evil.example/cas"`)},
			"text-address", en, "ecas.ec.europa.eu.evil.example"},
		{"R-2 a look-alike mailbox in a message no journey names", map[string]string{
			da: "[extra]\nmail = \"Skriv til EU-LOGIN-SUPPORT@ec-europa.eu\"\n", en: "[extra]\nmail = \"Write to EU-LOGIN-SUPPORT@ec-europa.eu\"\n"},
			"text-address", da, "eu-login-support@ec-europa.eu"},
		{"R-2 an address in the guide's own words", map[string]string{en: "[app]\ntitle = \"EU Login guide: www.eu-login-help.info\"\n"},
			"text-address", en, "www.eu-login-help.info"},
		{"R-2 the fake domain where the language's word for fake is not known", map[string]string{
			"locales/active.de.toml": "[step.needs]\ntitle = \"ec-europa.eu ist fake\"\n"}, "text-address", "locales/active.de.toml", "ec-europa.eu"},
		{"R-3 a hidden link (OSC 8)", map[string]string{da: title(`"Åbn \u001b]8;;https://ec-europa.eu/phish\u001b\\https://ecas.ec.europa.eu/cas/login\u001b]8;;\u001b\\"`)},
			"hidden", da, "step.needs.title"},
		{"R-3 the clipboard written (OSC 52)", map[string]string{da: title(`"\u001b]52;c;ZWNobyBQV05FRA==\u0007"`)}, "hidden", da, "step.needs.title"},
		{"R-3 the window's title (OSC 2)", map[string]string{da: title(`"\u001b]2;HIJACKED\u0007"`)}, "hidden", da, "step.needs.title"},
		{"R-3 the screen cleared (CSI 2J)", map[string]string{da: title(`"\u001b[2J"`)}, "hidden", da, "step.needs.title"},
		{"R-3 a C1 CSI", map[string]string{da: title(`"\u009b2J"`)}, "hidden", da, "step.needs.title"},
		{"R-3 an address turned around (RLO)", map[string]string{da: title(`"\u202eue.aporue-ce"`)}, "hidden", da, "step.needs.title"},
		{"R-3 an isolate", map[string]string{da: title(`"a\u2066b\u2069"`)}, "hidden", da, "step.needs.title"},
		{"R-3 a mark", map[string]string{da: title(`"a\u200fb"`)}, "hidden", da, "step.needs.title"},
		{"R-3 an Arabic letter mark in a plural form", map[string]string{da: "[typed]\none = \"x\"\nother = \"a\u061cb\"\n"}, "hidden", da, "typed"},
		{"R-3 a raw escape byte (TOML has none)", map[string]string{da: title("\"a\x1b[2Jb\"")}, "syntax", da, "2"},
		{"R-3 a journey id with an escape", map[string]string{"journeys/x.toml": strings.Replace(builtInJourney(t),
			`id = "new-account"`, `id = "x\u001b]2;X\u0007"`, 1)}, "hidden", "journeys/x.toml", "id"},
		{"R-3 a journey id with a newline", map[string]string{"journeys/x.toml": strings.Replace(builtInJourney(t),
			`id = "new-account"`, `id = "x\ny"`, 1)}, "hidden", "journeys/x.toml", "id"},
		{"R-3 a step id with an override", map[string]string{"journeys/new-account.toml": changed(t, `id = "email"`, `id = "em\u202eail"`)},
			"hidden", "journeys/new-account.toml", "stages.steps.id"},
		{"R-3 an escape in a key", map[string]string{da: "[step.needs]\n\"ti\\u001btle\" = \"x\"\n"}, "hidden", da, "step.needs.ti"},
		{"R-4 a range (loops)", map[string]string{da: title(`"{{range 100000000000}}{{end}}"`)}, "template", da, "{{range 100000000000}}"},
		{"R-4 a range (memory)", map[string]string{da: title(`"{{range 30000000}}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{{end}}"`)},
			"template", da, "{{range 30000000}}"},
		{"R-4 the data itself", map[string]string{da: title(`"{{.}}"`)}, "template", da, "{{.}}"},
		{"R-4 a template call", map[string]string{da: title(`"{{template \"nope\"}}"`)}, "template", da, "{{template"},
		{"R-4 a field of a field", map[string]string{da: title(`"{{.Nope.Deeper}}"`)}, "template", da, "{{.Nope.Deeper}}"},
		{"R-4 a broken template", map[string]string{da: title(`"Brudt {{"`)}, "template", da, "{{"},
		{"R-4 a secret in an engine message", map[string]string{en: "[app]\ntitle = \"{{.Password}} {{.Email}}\"\n"},
			"template-field", en, "{{.Password}}"},
		{"R-4 a field the plain mode does not give", map[string]string{da: "[plain]\nquit-ask = \"Skriv {{.Yes}} eller {{.Email}}.\"\n"},
			"template-field", da, "{{.Email}}"},
		{"R-4 a field in a message the guide does not have", map[string]string{
			da: "[extra]\nx = \"{{.Count}}\"\n", en: "[extra]\nx = \"{{.Count}}\"\n"}, "template-field", da, "{{.Count}}"},
		{"R-4 custom delimiters", map[string]string{da: "[step.needs.title]\nleftDelim = \"<<\"\nrightDelim = \">>\"\nother = \"<<range 3>>x<<end>>\"\n"},
			"mixed-forms", da, "step.needs.title"},
		{"R-9 a number as a title", map[string]string{da: title("5")}, "not-text", da, "step.needs.title"},
		{"R-9 a plural form as a number", map[string]string{da: "[app.typed]\none = 7\nother = \"x\"\n"}, "not-text", da, "app.typed"},
		{"R-9 a list as a title", map[string]string{da: title(`["a", "b"]`)}, "not-text", da, "step.needs.title"},
		{"R-9 plural forms mixed with other keys", map[string]string{da: "[step.needs]\none = \"x\"\nother = \"y\"\ntitle = \"z\"\n"},
			"mixed-forms", da, "step.needs"},
		{"R-9 an empty text", map[string]string{da: title(`""`)}, "empty-text", da, "step.needs.title"},
		{"R-9 a message in two files of one language", map[string]string{da: oneCorrection, "locales/more.da.toml": oneCorrection},
			"duplicate-message", "locales/more.da.toml", "locales/active.da.toml"},
		{"R-9 not TOML", map[string]string{da: "[step.needs\n"}, "syntax", da, "1"},
		{"R-21 an unknown language", map[string]string{"locales/active.xx.toml": oneCorrection}, "language", "locales/active.xx.toml", "xx"},
		{"R-21 a language in capitals", map[string]string{"locales/active.DE.toml": oneCorrection}, "language", "locales/active.DE.toml", "DE"},
		{"R-21 a language without plural rules", map[string]string{"locales/active.tlh.toml": oneCorrection}, "language", "locales/active.tlh.toml", "tlh"},
		{"R-21 no language at all", map[string]string{"locales/active..toml": oneCorrection}, "language", "locales/active..toml", ""},
		{"R-21 a name no language can have", map[string]string{"locales/active.x!y.toml": oneCorrection}, "language", "locales/active.x!y.toml", "x!y"},
		{"R-21 a name of too many parts", map[string]string{"locales/active.da.x.toml": oneCorrection}, "locale-name", "locales/active.da.x.toml", ""},
		{"R-21 a part of a language the guide does not have", map[string]string{"locales/help.de.toml": oneCorrection},
			"part-language", "locales/help.de.toml", "de"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, files := onDisk(t, c.files)
			err, _ := withFolder(t, files)
			refused(t, err, c.problem, c.file, c.what)
		})
	}
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
	_, files := onDisk(t, folder)
	content, err := steps.WithFolder(files)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := text.Load(locales.Files, "da", locales.Default, content.Overrides...)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := tr.T("step.needs.body"), "Åbn "+steps.CreateAccount+".\nSiden ec-europa.eu er falsk."; got != want {
		t.Errorf("%q, want %q", got, want)
	}
	if got := tr.T("app.caption", text.Data{"Stage": "1. etape", "Step": 2}); got != "1. etape, trin 2" {
		t.Errorf("%q", got)
	}
	if de, err := text.Load(locales.Files, "de", locales.Default, content.Overrides...); err != nil || de.T("step.needs.title") != "What you need" {
		t.Errorf("the new language: %v %q (languages %v)", err, de.T("step.needs.title"), content.Languages)
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
	_, files := onDisk(t, folder)
	if _, err := steps.WithFolder(files); err != nil {
		t.Fatal(err)
	}
}
