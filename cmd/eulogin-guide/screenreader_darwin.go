package main

import (
	"os/exec"
	"path/filepath"
	"strings"
)

// screenReaderRunning tells whether VoiceOver runs: a process of that
// name, as ps lists it (no network, no permission asked).
func screenReaderRunning() bool {
	out, err := exec.Command("/bin/ps", "-A", "-o", "comm=").Output()
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(out), "\n") {
		if filepath.Base(strings.TrimSpace(line)) == "VoiceOver" {
			return true
		}
	}
	return false
}
