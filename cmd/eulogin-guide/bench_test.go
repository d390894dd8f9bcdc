package main

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// BenchmarkFirstScreen starts the compiled guide in a pseudo-terminal whose
// emulator answers queries as real terminals do, and measures the time to
// the first screen and the memory the process used by then (peak resident
// set, Linux only). The floors: quick, and under 30 MB.
func BenchmarkFirstScreen(b *testing.B) {
	if runtime.GOOS != "linux" {
		b.Skip("reads /proc")
	}
	var peak float64
	for range b.N {
		tm := termtest.Start(b, binary, nil, []string{"HOME=" + b.TempDir(), "TERM=xterm-256color", "LANG=da_DK.UTF-8"}, 80, 24)
		if !tm.WaitFor("Enter: start", 5*time.Second) {
			b.Fatalf("no first screen:\n%s", tm.Screen())
		}
		peak = max(peak, peakMemoryMB(b, tm.Pid()))
		tm.Press("q")
		tm.Type("j")
		_, _ = tm.Wait(5 * time.Second)
	}
	b.ReportMetric(peak, "MB-peak-rss")
}

// peakMemoryMB reads a process's peak resident set size (VmHWM) in MB.
func peakMemoryMB(b *testing.B, pid int) float64 {
	status, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if fields := strings.Fields(line); len(fields) >= 2 && fields[0] == "VmHWM:" {
			kb, err := strconv.Atoi(fields[1])
			if err != nil {
				b.Fatal(err)
			}
			return float64(kb) / 1024
		}
	}
	b.Fatal("no VmHWM in /proc status")
	return 0
}
