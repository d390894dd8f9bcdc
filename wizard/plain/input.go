package plain

import (
	"errors"
	"io"
	"strings"
)

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
