package content_test

import (
	"strings"
	"testing"
)

// kettle is a locale file correcting the first step's heading to s.
func kettle(s string) string { return "[tea]\nkettle = " + s + "\n" }

// Every text of the folder, in every language, is held to what the guide
// shows (the reliability review of December 2026): no character that
// drives the terminal or hides text, only {{.Field}} with the
// fields the guide fills in there, engine messages included, only
// what go-i18n takes, only languages it can show. Each is
// refused naming the file and the message; so is an address the service's
// rule (Loader.Unofficial) does not allow (R-2, tested with each rule).
func TestEveryTextOfTheFolderIsChecked(t *testing.T) {
	da, en := "locales/active.da.toml", "locales/active.en.toml"
	cases := []folderCase{
		{"an address the service's rule does not allow", map[string]string{en: kettle(`"See https://example.com/kettle"`)},
			"text-address", en, "https://example.com/kettle"},
		{"R-3 a hidden link (OSC 8)", map[string]string{da: kettle(`"Åbn \u001b]8;;https://ec-europa.eu/phish\u001b\\https://ecas.ec.europa.eu/cas/login\u001b]8;;\u001b\\"`)},
			"hidden", da, "tea.kettle"},
		{"R-3 the clipboard written (OSC 52)", map[string]string{da: kettle(`"\u001b]52;c;ZWNobyBQV05FRA==\u0007"`)}, "hidden", da, "tea.kettle"},
		{"R-3 the window's title (OSC 2)", map[string]string{da: kettle(`"\u001b]2;HIJACKED\u0007"`)}, "hidden", da, "tea.kettle"},
		{"R-3 the screen cleared (CSI 2J)", map[string]string{da: kettle(`"\u001b[2J"`)}, "hidden", da, "tea.kettle"},
		{"R-3 a C1 CSI", map[string]string{da: kettle(`"\u009b2J"`)}, "hidden", da, "tea.kettle"},
		{"R-3 an address turned around (RLO)", map[string]string{da: kettle(`"\u202eue.aporue-ce"`)}, "hidden", da, "tea.kettle"},
		{"R-3 an isolate", map[string]string{da: kettle(`"a\u2066b\u2069"`)}, "hidden", da, "tea.kettle"},
		{"R-3 a mark", map[string]string{da: kettle(`"a\u200fb"`)}, "hidden", da, "tea.kettle"},
		{"R-3 an Arabic letter mark in a plural form", map[string]string{da: "[typed]\none = \"x\"\nother = \"a\u061cb\"\n"}, "hidden", da, "typed"},
		{"R-3 a raw escape byte (TOML has none)", map[string]string{da: kettle("\"a\x1b[2Jb\"")}, "syntax", da, "2"},
		{"R-3 a journey id with an escape", map[string]string{"journeys/x.toml": strings.Replace(tea(t),
			`id = "tea"`, `id = "x\u001b]2;X\u0007"`, 1)}, "hidden", "journeys/x.toml", "id"},
		{"R-3 a journey id with a newline", map[string]string{"journeys/x.toml": strings.Replace(tea(t),
			`id = "tea"`, `id = "x\ny"`, 1)}, "hidden", "journeys/x.toml", "id"},
		{"R-3 a step id with an override", map[string]string{"journeys/tea.toml": changed(t, `id = "kettle"`, `id = "ket\u202etle"`)},
			"hidden", "journeys/tea.toml", "stages.steps.id"},
		{"R-3 an escape in a key", map[string]string{da: "[tea]\n\"ket\\u001btle\" = \"x\"\n"}, "hidden", da, "tea.ket"},
		{"R-4 a range (loops)", map[string]string{da: kettle(`"{{range 100000000000}}{{end}}"`)}, "template", da, "{{range 100000000000}}"},
		{"R-4 a range (memory)", map[string]string{da: kettle(`"{{range 30000000}}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{{end}}"`)},
			"template", da, "{{range 30000000}}"},
		{"R-4 the data itself", map[string]string{da: kettle(`"{{.}}"`)}, "template", da, "{{.}}"},
		{"R-4 a template call", map[string]string{da: kettle(`"{{template \"nope\"}}"`)}, "template", da, "{{template"},
		{"R-4 a field of a field", map[string]string{da: kettle(`"{{.Nope.Deeper}}"`)}, "template", da, "{{.Nope.Deeper}}"},
		{"R-4 a broken template", map[string]string{da: kettle(`"Brudt {{"`)}, "template", da, "{{"},
		{"R-4 a secret in an engine message", map[string]string{en: "[app]\ntitle = \"{{.Password}} {{.Email}}\"\n"},
			"template-field", en, "{{.Password}}"},
		{"R-4 a field the plain mode does not give", map[string]string{da: "[plain]\nquit-ask = \"Skriv {{.Yes}} eller {{.Email}}.\"\n"},
			"template-field", da, "{{.Email}}"},
		{"R-4 a field in a message the guide does not have", map[string]string{
			da: "[extra]\nx = \"{{.Count}}\"\n", en: "[extra]\nx = \"{{.Count}}\"\n"}, "template-field", da, "{{.Count}}"},
		{"R-4 custom delimiters", map[string]string{da: "[tea.kettle]\nleftDelim = \"<<\"\nrightDelim = \">>\"\nother = \"<<range 3>>x<<end>>\"\n"},
			"mixed-forms", da, "tea.kettle"},
		{"R-9 a number as a title", map[string]string{da: kettle("5")}, "not-text", da, "tea.kettle"},
		{"R-9 a plural form as a number", map[string]string{da: "[app.typed]\none = 7\nother = \"x\"\n"}, "not-text", da, "app.typed"},
		{"R-9 a list as a title", map[string]string{da: kettle(`["a", "b"]`)}, "not-text", da, "tea.kettle"},
		{"R-9 plural forms mixed with other keys", map[string]string{da: "[tea]\none = \"x\"\nother = \"y\"\nkettle = \"z\"\n"},
			"mixed-forms", da, "tea"},
		{"R-9 an empty text", map[string]string{da: kettle(`""`)}, "empty-text", da, "tea.kettle"},
		{"R-9 a message in two files of one language", map[string]string{da: oneCorrection, "locales/more.da.toml": oneCorrection},
			"duplicate-message", "locales/more.da.toml", "locales/active.da.toml"},
		{"R-9 not TOML", map[string]string{da: "[tea\n"}, "syntax", da, "1"},
		{"R-21 an unknown language", map[string]string{"locales/active.xx.toml": oneCorrection}, "language", "locales/active.xx.toml", "xx"},
		{"R-21 a language in capitals", map[string]string{"locales/active.DE.toml": oneCorrection}, "language", "locales/active.DE.toml", "DE"},
		{"R-21 a language without plural rules", map[string]string{"locales/active.tlh.toml": oneCorrection}, "language", "locales/active.tlh.toml", "tlh"},
		{"R-21 no language at all", map[string]string{"locales/active..toml": oneCorrection}, "language", "locales/active..toml", ""},
		{"R-21 a name no language can have", map[string]string{"locales/active.x!y.toml": oneCorrection}, "language", "locales/active.x!y.toml", "x!y"},
		{"R-21 a name of too many parts", map[string]string{"locales/active.da.x.toml": oneCorrection}, "locale-name", "locales/active.da.x.toml", ""},
		{"R-21 a part of a language the guide does not have", map[string]string{"locales/help.de.toml": oneCorrection},
			"part-language", "locales/help.de.toml", "de"},
	}
	refusesEach(t, cases)
}
