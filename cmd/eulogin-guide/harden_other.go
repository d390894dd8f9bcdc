//go:build !linux

package main

// harden: on systems other than Linux the guide leaves its process as it
// is (see the README on what is kept in memory).
func harden() {}
