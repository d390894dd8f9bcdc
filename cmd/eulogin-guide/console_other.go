//go:build !windows

package main

// takesEscapes reports whether the terminal takes escape sequences: every
// terminal on Linux and macOS does.
func takesEscapes() bool { return true }
