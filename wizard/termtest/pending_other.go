//go:build !linux

package termtest

import "os"

// lineMode, foreground and readCount are not implemented here; Press and
// Type fall back to a fixed pause.
func lineMode(*os.File, []byte) (canonical, lineEnd, ok bool) { return false, false, false }

func foreground(*os.File, int) []int { return nil }

func readCount([]int) (int64, bool) { return 0, false }
