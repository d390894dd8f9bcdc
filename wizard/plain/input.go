package plain

import (
	"errors"
	"io"
	"slices"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// noBreakSpace joins the words of a two-word command so that a line is
// not broken between them.
const noBreakSpace = "\u00a0"

// maxLine is the most of one line that is kept; the rest of a longer line
// is read and dropped. No answer is anywhere near as long.
const maxLine = 64 << 10

// endlessLine is the length at which a line is taken to be no answer at
// all but input that never ends a line (/dev/zero): the input ends there,
// as a failed one does, rather than being read and dropped for ever.
const endlessLine = 1 << 20

var errEndlessLine = errors.New("a line of a megabyte or more")

// lineReader reads lines from the input without reading ahead of the
// line's end, so that a SecretReader on the same terminal reads the next
// line itself.
type lineReader struct {
	r    io.Reader
	byte io.ByteReader // r itself when it reads bytes
	one  [1]byte
	err  error // why the input ended; io.EOF is the normal end
}

func newLineReader(r io.Reader) *lineReader {
	l := &lineReader{r: r}
	l.byte, _ = r.(io.ByteReader)
	return l
}

// readLine returns the next line without its line ending, and false once
// the input has ended. A last line without a line ending still counts.
func (l *lineReader) readLine() (string, bool) {
	if l.err != nil {
		return "", false
	}
	var line []byte
	for n := 0; ; n++ {
		if n == endlessLine {
			l.fail(errEndlessLine)
			return "", false
		}
		c, err := l.readByte()
		if err != nil {
			l.fail(err)
			if len(line) > 0 {
				return strings.TrimSuffix(string(line), "\r"), true
			}
			return "", false
		}
		if c == '\n' {
			return strings.TrimSuffix(string(line), "\r"), true
		}
		if len(line) < maxLine {
			line = append(line, c)
		}
	}
}

func (l *lineReader) readByte() (byte, error) {
	if l.byte != nil {
		return l.byte.ReadByte()
	}
	for range 100 {
		n, err := l.r.Read(l.one[:])
		if n == 1 {
			return l.one[0], nil
		}
		if err != nil {
			return 0, err
		}
	}
	return 0, io.ErrNoProgress
}

// fail ends the input, keeping the first reason.
func (l *lineReader) fail(err error) {
	if l.err == nil {
		l.err = err
	}
}

// failure is why the input ended, or nil for its normal end.
func (l *lineReader) failure() error {
	if l.err == nil || errors.Is(l.err, io.EOF) {
		return nil
	}
	return l.err
}

// cmd is a command word typed at a prompt.
type cmd int

const (
	cmdNone cmd = iota
	cmdBack
	cmdHelp
	cmdQuit
	cmdQR
	cmdQRInvert
	cmdOpen
	cmdTopics
	cmdSituation
)

// answer is a reply to a yes-or-no question.
type answer int

const (
	answerOther answer = iota
	answerYes
	answerNo
)

// words are the command words of the user's language, from the messages
// plain.word-*: each a list, the first word the one the prompts name.
type words struct {
	back, help, quit, qr, invert, open, yes, no []string
	topics, situation                           []string
	data                                        text.Data // the first words, for the prompts
}

func loadWords(t *text.Translator) words {
	list := t.Words
	w := words{
		back: list("plain.word-back"), help: list("plain.word-help"), quit: list("plain.word-quit"),
		qr: list("plain.word-qr"), invert: list("plain.word-invert"), open: list("plain.word-open"),
		yes: list("word.yes"), no: list("word.no"),
		topics: list("plain.word-topics"), situation: list("plain.word-situation"),
	}
	first := func(l []string) string {
		if len(l) == 0 {
			return ""
		}
		return l[0]
	}
	w.data = text.Data{"Back": first(w.back), "Help": first(w.help), "Quit": first(w.quit),
		"QR": first(w.qr), "Invert": first(w.invert), "Open": first(w.open),
		"Yes": first(w.yes), "No": first(w.no), "Topics": first(w.topics), "Situation": first(w.situation),
		"QRInvert": first(w.qr) + noBreakSpace + first(w.invert)}
	return w
}

// command reads a line as a command: the whole line, in any case, with
// any spaces around it. The QR and browser commands count only where there
// is an address (and a browser to open it).
func (w words) command(line string, address, browser bool) cmd {
	f := strings.Fields(strings.ToLower(line))
	switch {
	case len(f) == 1 && slices.Contains(w.back, f[0]):
		return cmdBack
	case len(f) == 1 && slices.Contains(w.help, f[0]):
		return cmdHelp
	case len(f) == 1 && slices.Contains(w.quit, f[0]):
		return cmdQuit
	case len(f) == 1 && slices.Contains(w.topics, f[0]):
		return cmdTopics
	case len(f) == 1 && slices.Contains(w.situation, f[0]):
		return cmdSituation
	case !address:
		return cmdNone
	case len(f) == 1 && slices.Contains(w.qr, f[0]):
		return cmdQR
	case len(f) == 2 && slices.Contains(w.qr, f[0]) && slices.Contains(w.invert, f[1]):
		return cmdQRInvert
	case browser && len(f) == 1 && slices.Contains(w.open, f[0]):
		return cmdOpen
	}
	return cmdNone
}

// yesNo reads the reply to a yes-or-no question.
func (w words) yesNo(line string) answer {
	f := strings.Fields(strings.ToLower(line))
	switch {
	case len(f) == 1 && slices.Contains(w.yes, f[0]):
		return answerYes
	case len(f) == 1 && slices.Contains(w.no, f[0]), len(f) == 0:
		return answerNo
	}
	return answerOther
}
