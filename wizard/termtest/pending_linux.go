package termtest

import (
	"bytes"
	"fmt"
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// lineMode reports whether the terminal is in canonical (line) mode, where
// the program gets whole lines, and whether b ends a line there: a newline,
// or Enter's carriage return where the terminal turns it into one.
func lineMode(slave *os.File, b []byte) (canonical, lineEnd, ok bool) {
	rc, err := slave.SyscallConn()
	if err != nil {
		return false, false, false
	}
	var tio *unix.Termios
	var ierr error
	if err := rc.Control(func(fd uintptr) { tio, ierr = unix.IoctlGetTermios(int(fd), unix.TCGETS) }); err != nil || ierr != nil {
		return false, false, false
	}
	lineEnd = bytes.IndexByte(b, '\n') >= 0 || tio.Iflag&(unix.ICRNL|unix.IGNCR) == unix.ICRNL && bytes.IndexByte(b, '\r') >= 0
	return tio.Lflag&unix.ICANON != 0, lineEnd, true
}

// foreground returns the processes of the terminal's foreground process
// group, the only ones that may read from it: the program, or a shell
// without job control and the program it runs. They are looked for among
// leader, which leads the terminal's session, and its descendants (the
// rest of a session would be orphans, which tests do not make), not in all
// of /proc, which costs a millisecond and more a key. Nil when they are
// not known.
func foreground(master *os.File, leader int) []int {
	rc, err := master.SyscallConn()
	if err != nil {
		return nil
	}
	// On the master TIOCGPGRP tells the group of the terminal side, whose
	// controlling terminal this process need not share.
	pgrp, ierr := 0, error(nil)
	if err := rc.Control(func(fd uintptr) { pgrp, ierr = unix.IoctlGetInt(int(fd), unix.TIOCGPGRP) }); err != nil || ierr != nil || pgrp <= 0 {
		return nil
	}
	var pids []int
	for todo := []int{leader}; len(todo) > 0; {
		pid := todo[len(todo)-1]
		todo = append(todo[:len(todo)-1], children(pid)...)
		if g, ok := processGroup(pid); ok && g == pgrp {
			pids = append(pids, pid)
		}
	}
	return pids
}

// children lists the child processes of pid, from its threads' lists of
// those each started (which a kernel without CONFIG_PROC_CHILDREN does not
// keep: then only leader is watched).
func children(pid int) []int {
	tasks, _ := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	var kids []int
	for _, task := range tasks {
		b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/children", pid, task.Name()))
		for _, f := range bytes.Fields(b) {
			if kid, err := strconv.Atoi(string(f)); err == nil {
				kids = append(kids, kid)
			}
		}
	}
	return kids
}

// processGroup reads the process group of pid from /proc/pid/stat, whose
// fields after the command name, in parentheses, are state, parent and
// group.
func processGroup(pid int) (int, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, false
	}
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, false
	}
	f := bytes.Fields(b[i+1:])
	if len(f) < 3 {
		return 0, false
	}
	group, err := strconv.Atoi(string(f[2]))
	return group, err == nil
}

// readCount returns how many bytes the processes pids have read so far,
// from any file (rchar in /proc/pid/io). For terminal programs that have
// started, that is their input. ok is false for no process, or when one
// has gone.
func readCount(pids []int) (n int64, ok bool) {
	for _, pid := range pids {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/io", pid))
		if err != nil {
			return 0, false
		}
		rest, found := bytes.CutPrefix(b, []byte("rchar: "))
		if !found {
			return 0, false
		}
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			rest = rest[:i]
		}
		c, err := strconv.ParseInt(string(rest), 10, 64)
		if err != nil {
			return 0, false
		}
		n += c
	}
	return n, len(pids) > 0
}
