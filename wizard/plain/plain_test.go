package plain

import (
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// The plain mode's own workings, on the made-up tea journey; the EU Login
// journey in the plain mode is tested in package steps.

// Finding 6 of the accessibility review (December 2026): a paragraph is
// one line however long, a bullet and an answer too, for the terminal,
// screen reader or braille line to wrap; a label is in quotes, not
// brackets, which a screen reader reads aloud.
func TestAParagraphIsOneLineAndALabelIsInQuotes(t *testing.T) {
	var none []string
	c := fixture.Place{Opts: fixture.At("kind")}.Open(t, "da", &none)
	r := newRunner(c, strings.NewReader(""), io.Discard, nil)
	long := strings.Repeat("Et langt ord ", 20) + "og klik på [Add a mobile device]."
	got := r.block(core.Block{Kind: core.Text, Text: "Find disse ting:\n- " + long + "\n- Kort"})
	want := []string{"Find disse ting:", "- " + strings.Replace(long, "[Add a mobile device]", `"Add a mobile device"`, 1), "- Kort"}
	if !slices.Equal(got, want) {
		t.Errorf("a message gave\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := r.block(core.Block{Kind: core.Choice, Number: 2, Text: long}); len(got) != 1 || !strings.HasPrefix(got[0], "2. Et langt") {
		t.Errorf("an answer: %q", got)
	}
	if got := r.block(core.Block{Kind: core.Rule, Text: "[x] " + long}); len(got) != 1 || !strings.HasPrefix(got[0], "- Et langt") {
		t.Errorf("a rule: %q", got)
	}
}

func TestCommandWords(t *testing.T) {
	cs := loadCommands(fixture.Text(t, "da"))
	cases := []struct {
		line string
		want string // the name of the command the line says; "" for none
	}{
		{"tilbage", "Back"},
		{" Tilbage \r", "Back"},
		{"HJÆLP", "Help"},
		{"?", "Help"},
		{"afslut", "Quit"},
		{"qr", "QR"},
		{"k", "QR"},
		{"qr vend", "QRInvert"},
		{"qr\u00a0vend", "QRInvert"},
		{"åbn", "Open"},
		{"ja", "Yes"},
		{"tilbage nu", ""},
		{"back", ""}, // the English word in Danish
		{"kode", "QR"},
		{"", ""},
	}
	for _, c := range cases {
		got := ""
		for _, cmd := range core.Commands() {
			if cs.says(cmd, strings.Fields(strings.ToLower(c.line))) {
				got = cmd.Name
				break
			}
		}
		if got != c.want {
			t.Errorf("%q says %q, want %q", c.line, got, c.want)
		}
	}
}

// BenchmarkPlainStep is the work of printing one step's screen: a hidden
// field's step, with its checklist.
func BenchmarkPlainStep(b *testing.B) {
	var none []string
	c := fixture.Place{Opts: fixture.At("lock")}.Open(b, "da", &none)
	r := newRunner(c, strings.NewReader(""), io.Discard, nil)
	b.ReportAllocs()
	for b.Loop() {
		r.show(c.Frame())
		r.flush()
	}
}

// F-4: what a user types is shown again without its control characters,
// so an escape sequence typed or pasted never reaches the terminal.
func TestTypedControlCharactersNeverReachTheTerminal(t *testing.T) {
	var none []string
	c := fixture.Place{Opts: fixture.At("order")}.Open(t, "da", &none)
	var out strings.Builder
	input := "\x1b]2;PWNED\x07Åse\x1b[31m\n2\nlots\n\ntilbage\n"
	if err := Run(c, strings.NewReader(input), &out, nil); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(out.String(), "\x1b\x07\x9b") {
		t.Fatalf("a control character was printed: %q", out.String())
	}
	if !strings.Contains(out.String(), "]2;PWNEDÅse[31m") {
		t.Fatalf("the typed text, without its control characters, is not shown again:\n%s", out.String())
	}
}

// countingReader counts the reads asked of it.
type countingReader struct {
	r     io.Reader
	reads int
}

func (c *countingReader) Read(p []byte) (int, error) { c.reads++; return c.r.Read(p) }

// F-14: input that is not a terminal (a pipe, a file) is read in blocks,
// not a system call a byte: a long pasted line costs a few reads.
func TestAPipeIsReadInBlocks(t *testing.T) {
	var none []string
	c := fixture.Place{Opts: fixture.At("order")}.Open(t, "da", &none)
	in := &countingReader{r: strings.NewReader(strings.Repeat("å", 100_000) + "\n")}
	if err := Run(c, in, io.Discard, nil); err != nil {
		t.Fatal(err)
	}
	if in.reads > 100 {
		t.Fatalf("%d reads for a line of 200 KB", in.reads)
	}
}

// a long line that ends is still an answer, and the line after it
// the next; a line that does not end within endlessLine ends the input,
// as a failure.
func TestALineWithoutEndEndsTheInput(t *testing.T) {
	l := newLineReader(strings.NewReader(strings.Repeat("a", endlessLine-1) + "\nja\n" + strings.Repeat("b", endlessLine)))
	if line, ok := l.readLine(); !ok || line != strings.Repeat("a", maxLine) {
		t.Fatalf("a line just short of the limit: %v, %d bytes", ok, len(line))
	}
	if line, ok := l.readLine(); !ok || line != "ja" {
		t.Fatalf("the line after it: %v %q", ok, line)
	}
	if _, ok := l.readLine(); ok || l.failure() != errEndlessLine {
		t.Fatalf("a line without end: %v, %v", ok, l.failure())
	}
}

// On a page of several fields, each field's own example is printed when
// its turn comes, not only the first one's.
func TestEachFieldOfAPageShowsItsExample(t *testing.T) {
	var opened []string
	c := fixture.Place{Opts: fixture.At("order")}.Open(t, "da", &opened)
	var out strings.Builder
	if err := Run(c, strings.NewReader("Åse\n2\n"), &out, nil); err != nil {
		t.Fatal(err)
	}
	tr := fixture.Text(t, "da")
	name, milk := strings.Index(out.String(), tr.T("tea.name-example")), strings.Index(out.String(), tr.T("tea.milk-example"))
	if name < 0 || milk < name || strings.Count(out.String(), tr.T("tea.milk-example")) != 1 {
		t.Fatalf("the examples of the name and then the milk, once each:\n%s", out.String())
	}
}
