package main

import "golang.org/x/sys/unix"

// harden keeps the guide's memory, which holds a password or PIN while it
// is typed, out of core files and away from other programs of the same
// user (ptrace, gcore): the process is not dumpable and its core file limit
// is 0. Best effort: a system that refuses leaves the guide as it was.
func harden() {
	_ = unix.Prctl(unix.PR_SET_DUMPABLE, 0, 0, 0, 0)
	_ = unix.Setrlimit(unix.RLIMIT_CORE, &unix.Rlimit{Cur: 0, Max: 0})
}
