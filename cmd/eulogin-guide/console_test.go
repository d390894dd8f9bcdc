package main

import (
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The decision between the full screen and the plain mode, from what the
// console reports.
func TestTheConsoleDecidesBetweenFullScreenAndPlain(t *testing.T) {
	cases := []struct {
		name  string
		c     console
		plain bool
		why   string
	}{
		{"Linux terminal", console{goos: "linux", vt: true, getenv: env("TERM", "xterm-256color")}, false, ""},
		{"macOS Terminal", console{goos: "darwin", vt: true, getenv: env("TERM", "xterm-256color")}, false, ""},
		{"Windows Terminal", console{goos: "windows", vt: true, getenv: env("WT_SESSION", "2f1c")}, false, ""},
		{"Git Bash (mintty)", console{goos: "windows", vt: true, getenv: env("TERM", "xterm")}, false, ""},
		{"VS Code's terminal", console{goos: "windows", vt: true, getenv: env("TERM_PROGRAM", "vscode")}, false, ""},
		{"Windows 10 console window, double-clicked", console{goos: "windows", vt: true, getenv: env()}, true, "console.plain-conhost"},
		{"an old Windows console without escape sequences", console{goos: "windows", vt: false, getenv: env("WT_SESSION", "2f1c")}, true, "console.plain-no-vt"},
	}
	for _, c := range cases {
		plain, why := c.c.plainFits()
		if plain != c.plain || why != c.why {
			t.Errorf("%s: plain %v (%q), want %v (%q)", c.name, plain, why, c.plain, c.why)
		}
	}
}

// env is an environment of name, value pairs.
func env(pairs ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(pairs); i += 2 {
		m[pairs[i]] = pairs[i+1]
	}
	return func(k string) string { return m[k] }
}

// Issue 19: the old console's notice does not talk a screen-reader user
// out of the line mode: it says first that this mode is the one for
// screen readers, and only then how to get the full screen.
func TestTheOldConsolesNoticeKeepsAScreenReaderUserInTheLineMode(t *testing.T) {
	for _, id := range []string{"console.plain-conhost", "console.plain-no-vt"} {
		for lang, words := range map[string][2]string{"da": {"skærmlæser", "hele skærmen"}, "en": {"screen reader", "whole screen"}} {
			said := translated(t, lang, id)
			reader, full := strings.Index(said, words[0]), strings.Index(said, words[1])
			if reader < 0 || full >= 0 && full < reader {
				t.Errorf("%s (%s) does not name the %q before the %q: %q", id, lang, words[0], words[1], said)
			}
		}
	}
}

// translated is message id in lang.
func translated(t *testing.T, lang, id string) string {
	t.Helper()
	tr, err := text.Load(locales.Files, lang, locales.Default)
	if err != nil {
		t.Fatal(err)
	}
	return tr.T(id)
}
