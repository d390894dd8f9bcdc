//go:build !linux

package storetest

import (
	"errors"
	"testing"
)

// MountTmpfs mounts nothing here: false.
func MountTmpfs(testing.TB, string, string) bool { return false }

// RemountReadOnly cannot be done here.
func RemountReadOnly(string) error { return errors.New("no mounting here") }
