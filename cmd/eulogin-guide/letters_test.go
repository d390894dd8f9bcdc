package main

import (
	"net/url"
	"os"
	"strings"
	"testing"
)

// In the line mode, a letter from the help index opens in the mail
// program (the stand-in xdg-open of the desktop) addressed to EU Login's
// support, with the letter's subject; the guide says so.
func TestTheBinaryOpensALetterInTheMailProgram(t *testing.T) {
	home := t.TempDir()
	bin, opened := standInBrowser(t)
	cmd, out := plainGuide(withBrowser(t, home, bin), "emner\nbrev\n3\nåbn\n\nafslut\nja\n", "--plain")
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	got, err := os.ReadFile(opened)
	if err != nil {
		t.Fatalf("nothing was opened (%v):\n%s", err, out)
	}
	u, err := url.Parse(strings.TrimSpace(string(got)))
	if err != nil || u.Scheme != "mailto" || u.Opaque != "EU-LOGIN-EXTERNAL-SUPPORT@ec.europa.eu" ||
		u.Query().Get("subject") != strings.TrimSpace(danish(t, "letter.locked-out.subject")) {
		t.Errorf("opened %q (%v), want a mail to support with the locked-out letter's subject", got, err)
	}
	if !strings.Contains(words(out.String()), danish(t, "letters.mail-opened")) {
		t.Errorf("the guide does not say the letter is open:\n%s", out)
	}
}
