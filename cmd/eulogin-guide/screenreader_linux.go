package main

import (
	"os"
	"path/filepath"
	"strings"
)

// screenReaderRunning tells whether Orca, the screen reader of the Linux
// desktops, runs: a process of that name.
func screenReaderRunning() bool {
	comms, _ := filepath.Glob("/proc/[0-9]*/comm")
	for _, comm := range comms {
		if name, err := os.ReadFile(comm); err == nil && strings.TrimSpace(string(name)) == "orca" {
			return true
		}
	}
	return false
}
