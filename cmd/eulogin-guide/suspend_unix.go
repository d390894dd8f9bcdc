//go:build unix

package main

import (
	"os"
	"os/signal"
	"syscall"
)

// whileContinued calls resumed each time the guide is continued after a
// stop (SIGCONT, as after Ctrl+Z and `fg`), until stop is called.
func whileContinued(resumed func()) (stop func()) {
	cont := make(chan os.Signal, 1)
	signal.Notify(cont, syscall.SIGCONT)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-cont:
				resumed()
			case <-done:
				return
			}
		}
	}()
	return func() { signal.Stop(cont); close(done) }
}

// suspendOnStop makes a stop (SIGTSTP: from outside, or suspendSelf on
// Ctrl+Z) give the terminal back first (release), stop for real, and take
// it again when continued (take): the shell finds its terminal as it left
// it, and the guide its own, with no password shown. stop ends watching.
func suspendOnStop(release, take func()) (stop func()) {
	tstp, cont := make(chan os.Signal, 1), make(chan os.Signal, 1)
	signal.Notify(tstp, syscall.SIGTSTP)
	signal.Notify(cont, syscall.SIGCONT)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-tstp:
				release()
				select { // a continue from before this stop is old news
				case <-cont:
				default:
				}
				_ = syscall.Kill(os.Getpid(), syscall.SIGSTOP)
				// The stop may reach this thread only after Kill returns, so
				// wait for the continue itself before taking the terminal.
				select {
				case <-cont:
					take()
				case <-done:
					return
				}
			case <-done:
				return
			}
		}
	}()
	return func() { signal.Stop(tstp); signal.Stop(cont); close(done) }
}

// endBySignal sends the guide sig, whose handler gives the terminal back
// and ends the guide, and waits for that end.
func endBySignal(sig syscall.Signal) {
	_ = syscall.Kill(os.Getpid(), sig)
	select {}
}

// suspendSelf stops the guide as Ctrl+Z does in a shell.
func suspendSelf() { _ = syscall.Kill(os.Getpid(), syscall.SIGTSTP) }
