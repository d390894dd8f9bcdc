// Reading a password or PIN in the plain mode, and suspending the guide.

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"syscall"
	"unicode/utf8"

	"golang.org/x/term"

	"github.com/eulogin-guide/eulogin-guide/wizard/plain"
)

// secretReader reads a password or PIN without echo when the input is a
// terminal; otherwise the plain mode reads it as a line.
//
// The terminal is put in raw mode for it, not merely without echo: then
// Ctrl+Z is a key, not a suspend, and no shell can turn the echo back on
// in the middle of a secret. A stop from outside (SIGTSTP) and `fg` are
// met by putting raw mode back (whileContinued). In raw mode the guide
// itself does what the terminal would: Enter ends the line, Backspace and
// Ctrl+U rub out, Ctrl+C and Ctrl+\ end the guide as their signals do,
// Ctrl+D on an empty line ends the input.
func secretReader() plain.SecretReader {
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return nil
	}
	return func() (string, error) {
		old, err := term.MakeRaw(fd)
		if err != nil {
			return "", err
		}
		var reading atomic.Bool
		reading.Store(true)
		stop := whileContinued(func() {
			if reading.Load() {
				_, _ = term.MakeRaw(fd)
			}
		})
		line, err := readRaw(os.Stdin)
		reading.Store(false)
		stop()
		_ = term.Restore(fd, old)
		fmt.Println()
		switch {
		case errors.Is(err, errInterrupt): // as Ctrl+C is anywhere else: the guide ends, saying what is kept
			endBySignal(syscall.SIGINT)
			return "", io.EOF
		case errors.Is(err, errQuitKey):
			endBySignal(syscall.SIGQUIT)
			return "", io.EOF
		}
		return line, err
	}
}

var (
	errInterrupt = errors.New("Ctrl+C")
	errQuitKey   = errors.New(`Ctrl+\`)
)

// readRaw reads one hidden line from a terminal in raw mode.
func readRaw(in *os.File) (string, error) {
	var line []byte
	b := make([]byte, 1)
	key := noKey // where in a key's escape sequence (an arrow, Delete) the input is: not part of the secret
	for {
		n, err := in.Read(b)
		if err != nil {
			return "", err
		}
		if n == 0 {
			continue
		}
		c := b[0]
		if key = key.next(c); key != noKey {
			continue
		}
		switch c {
		case '\r', '\n':
			return string(line), nil
		case 0x7f, 0x08: // Backspace: a whole character, not a byte
			_, size := utf8.DecodeLastRune(line)
			line = line[:len(line)-size]
		case 0x15: // Ctrl+U
			line = line[:0]
		case 0x03:
			return "", errInterrupt
		case 0x1c:
			return "", errQuitKey
		case 0x04:
			if len(line) == 0 {
				return "", io.EOF // as at any other prompt: the guide ends
			}
		default:
			if c >= 0x20 && len(line) < 1<<10 {
				line = append(line, c)
			}
		}
	}
}

// keyState follows a key's escape sequence: ESC, then '[' and parameters up
// to a final letter or '~' (CSI), or 'O' and one letter (SS3).
type keyState int

const (
	noKey    keyState = iota
	afterESC          // ESC read
	inCSI             // ESC [ read: parameters until a final byte
	inSS3             // ESC O read: one byte left
	lastByte          // the byte just read ended the sequence
)

// next is the state after byte c; lastByte and noKey both mean the
// sequence is over, but lastByte says c still belonged to it.
func (k keyState) next(c byte) keyState {
	switch k {
	case afterESC:
		switch c {
		case '[':
			return inCSI
		case 'O':
			return inSS3
		}
		return lastByte // Alt with a key
	case inCSI:
		if c >= 0x20 && c < 0x40 {
			return inCSI
		}
		return lastByte
	case inSS3:
		return lastByte
	}
	if c == 0x1b {
		return afterESC
	}
	return noKey
}
