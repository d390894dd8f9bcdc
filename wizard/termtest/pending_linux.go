package termtest

import (
	"bytes"
	"fmt"
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// lineMode reports whether the terminal is in canonical (line) mode, where
// the program gets whole lines and the boundaries between writes do not
// matter.
func lineMode(slave *os.File) (canonical, ok bool) {
	rc, err := slave.SyscallConn()
	if err != nil {
		return false, false
	}
	var tio *unix.Termios
	var ierr error
	if err := rc.Control(func(fd uintptr) { tio, ierr = unix.IoctlGetTermios(int(fd), unix.TCGETS) }); err != nil || ierr != nil {
		return false, false
	}
	return tio.Lflag&unix.ICANON != 0, true
}

// readCount returns how many bytes process pid has read so far, from any
// file (rchar in /proc/pid/io). For a terminal program that has started,
// that is its input.
func readCount(pid int) (int64, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/io", pid))
	if err != nil {
		return 0, false
	}
	rest, ok := bytes.CutPrefix(b, []byte("rchar: "))
	if !ok {
		return 0, false
	}
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	n, err := strconv.ParseInt(string(rest), 10, 64)
	return n, err == nil
}
