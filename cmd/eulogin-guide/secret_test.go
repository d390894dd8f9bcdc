package main

import (
	"errors"
	"io"
	"os"
	"testing"
)

// readHidden gives what readRaw makes of the bytes a terminal would send.
func readHidden(t *testing.T, typed string) (string, error) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := w.WriteString(typed); err != nil {
		t.Fatal(err)
	}
	w.Close()
	return readRaw(r)
}

// Arrow keys, Delete and Home at a hidden prompt send escape sequences:
// none of their bytes may end up in the PIN the user cannot see.
func TestKeysAtAHiddenPromptAreNotTyped(t *testing.T) {
	got, err := readHidden(t, "2\x1b[A5\x1b[3~8\x1bOH\x1b[1;5D0\r")
	if err != nil || got != "2580" {
		t.Fatalf("got %q, %v; want 2580", got, err)
	}
}

// Ctrl+D on an empty hidden line ends the guide as at any other prompt.
func TestCtrlDOnAnEmptyHiddenLineIsTheEndOfInput(t *testing.T) {
	if _, err := readHidden(t, "\x04"); !errors.Is(err, io.EOF) {
		t.Fatalf("got %v, want io.EOF", err)
	}
}
