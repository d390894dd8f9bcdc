//go:build !unix

package termtest

import (
	"errors"
	"os"
	"os/exec"
)

func startPTY(*exec.Cmd, int, int) (master, slave *os.File, err error) {
	return nil, nil, errors.New("termtest: no pseudo-terminal on this system")
}

func killProcess(p *os.Process) { _ = p.Kill() }
