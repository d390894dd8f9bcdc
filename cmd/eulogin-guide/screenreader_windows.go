package main

import (
	"unsafe"

	"golang.org/x/sys/windows"
)

// spiGetScreenReader is SPI_GETSCREENREADER: the system's flag that a
// screen reader runs, set by NVDA, JAWS and Narrator.
const spiGetScreenReader = 0x0046

var systemParametersInfo = windows.NewLazySystemDLL("user32.dll").NewProc("SystemParametersInfoW")

// screenReaderRunning tells whether the system says a screen reader runs.
func screenReaderRunning() bool {
	var running uint32 // a BOOL
	if systemParametersInfo.Find() != nil {
		return false
	}
	ok, _, _ := systemParametersInfo.Call(spiGetScreenReader, 0, uintptr(unsafe.Pointer(&running)), 0)
	return ok != 0 && running != 0
}
