//go:build !linux

package store

import (
	"errors"
	"testing"
)

func mountTmpfs(*testing.T, string, string) bool { return false }

func remountReadOnly(string) error { return errors.New("no mounting here") }
