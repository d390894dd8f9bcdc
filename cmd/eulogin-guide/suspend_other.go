//go:build !unix

package main

// Without job control there is no stop nor continue to meet.

import "syscall"

func whileContinued(func()) (stop func()) { return func() {} }

func suspendOnStop(release, take func()) (stop func()) { return func() {} }

// endBySignal: no signal to send; the input ends instead.
func endBySignal(syscall.Signal) {}

// suspendSelf: no jobs to stop.
var suspendSelf func()
