//go:build !linux && !darwin && !windows

package main

// screenReaderRunning is false where the guide knows no way to ask.
func screenReaderRunning() bool { return false }
