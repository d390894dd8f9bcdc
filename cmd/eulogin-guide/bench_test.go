package main

import (
	"fmt"
	"github.com/eulogin-guide/eulogin-guide/wizard/benchmark"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
)

// BenchmarkFirstScreen starts the compiled guide in a pseudo-terminal whose
// emulator answers queries as real terminals do, and measures the time to
// its first screen and the memory the process used by then (peak resident
// set, Linux only). Beside it, in the same rounds, it starts a bare Bubble
// Tea program (testdata/bare: a Lip Gloss heading, about 20 lines, a
// bubbles text input) the same way. The floors: no slower than the bare
// program at Bubble Tea's default frame rate ("x-bare" of bare=default-fps
// at most 1), and under 30 MB. The guide draws at 120 frames a second,
// which halves the wait for the first frame; bare=120fps compares like
// with like, for information.
//
// Each round starts both, in turn which goes first; the time runs from
// starting the process to the screen showing the marker, looked for every
// millisecond. Medians, because a busy machine adds the odd run of a
// second or more. Reported:
//
//	ns/op, guide-ms       the guide's median time to its first screen
//	bare-ms               the bare program's
//	x-bare                the median of the rounds' ratios guide/bare
//	guide-mean-ms, bare-mean-ms  the means, outliers and all
//	MB-peak-rss, bare-MB-peak-rss  the largest peak resident set seen, x-bare-rss their ratio
//	MB-anon, bare-MB-anon  the most anonymous memory seen at the first screen, x-bare-anon their ratio
//
//	go test -run '^$' -bench FirstScreen -benchtime 20x ./cmd/eulogin-guide/
//
// firstQuestion is on the guide's first screen for a person new to it:
// "Hvor står du?" with its keys.
const firstQuestion = "Enter: vælg"

func BenchmarkFirstScreen(b *testing.B) {
	if runtime.GOOS != "linux" {
		b.Skip("reads /proc")
	}
	bare := bareBinary(b)
	guide := program{bin: binary, marker: firstQuestion, quit: []string{"ctrl+c", "ctrl+c"}}
	b.Run("bare=default-fps", func(b *testing.B) {
		firstScreens(b, guide, program{bin: bare, marker: "Enter: start", quit: []string{"q"}})
	})
	b.Run("bare=120fps", func(b *testing.B) {
		firstScreens(b, guide, program{bin: bare, env: []string{"BARE_FPS=120"}, marker: "Enter: start", quit: []string{"q"}})
	})
}

// BenchmarkFirstScreenWithManyProfiles is the first screen of a new
// profile when a volunteer has saved many others (the guide names the few
// closest), beside the same with none saved, in the same rounds. The
// floors: "x-bare" (here: many over none) at most 1.10 with 1,000 profiles
// and 1.25 with 10,000.
//
//	go test -run '^$' -bench ManyProfiles -benchtime 20x ./cmd/eulogin-guide/
func BenchmarkFirstScreenWithManyProfiles(b *testing.B) {
	if runtime.GOOS != "linux" {
		b.Skip("reads /proc")
	}
	none := program{bin: binary, args: []string{"--profile", "Ny Person"}, marker: firstQuestion, quit: []string{"ctrl+c", "ctrl+c"}}
	for _, n := range []int{1000, 10000} {
		many := none
		many.home = homeWithProfiles(b, n)
		b.Run(fmt.Sprintf("profiles=%d", n), func(b *testing.B) { firstScreens(b, many, none) })
	}
}

// homeWithProfiles is a home folder with n saved profiles, as a volunteer
// who helps many members has.
func homeWithProfiles(b *testing.B, n int) string {
	home := b.TempDir()
	dir := filepath.Join(home, ".config", "eulogin-guide")
	st := store.Store{Dir: dir}
	if err := st.Save("person-00000", flow.Progress{Version: flow.ProgressVersion, Flow: "new-account", Step: "email",
		Started: []string{"stage-1"}}); err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "person-00000.json"))
	if err != nil {
		b.Fatal(err)
	}
	for i := 1; i < n; i++ { // written directly: saving each, with its syncs, would take minutes
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("person-%05d.json", i)), data, 0o600); err != nil {
			b.Fatal(err)
		}
	}
	if err := os.Remove(filepath.Join(dir, "profiles.index")); err != nil {
		b.Fatal(err)
	}
	if names, err := st.Profiles(); err != nil || len(names) != n { // makes the index again
		b.Fatal(len(names), err)
	}
	return home
}

// firstScreens starts guide and floor in turn, b.N times each.
func firstScreens(b *testing.B, guide, floor program) {
	var peakGuide, peakBare, anonGuide, anonBare float64
	tg := make([]float64, 0, b.N)
	tb := make([]float64, 0, b.N)
	ratios := make([]float64, 0, b.N)
	for i := range b.N {
		var g, f time.Duration
		if i%2 == 0 {
			g = guide.firstScreen(b, &peakGuide, &anonGuide)
			f = floor.firstScreen(b, &peakBare, &anonBare)
		} else {
			f = floor.firstScreen(b, &peakBare, &anonBare)
			g = guide.firstScreen(b, &peakGuide, &anonGuide)
		}
		tg, tb = append(tg, float64(g)), append(tb, float64(f))
		ratios = append(ratios, float64(g)/float64(f))
	}
	ms := float64(time.Millisecond)
	b.ReportMetric(benchmark.Median(tg), "ns/op")
	b.ReportMetric(benchmark.Median(tg)/ms, "guide-ms")
	b.ReportMetric(benchmark.Median(tb)/ms, "bare-ms")
	b.ReportMetric(benchmark.Median(ratios), "x-bare")
	b.ReportMetric(benchmark.Mean(tg)/ms, "guide-mean-ms")
	b.ReportMetric(benchmark.Mean(tb)/ms, "bare-mean-ms")
	b.ReportMetric(peakGuide, "MB-peak-rss")
	b.ReportMetric(peakBare, "bare-MB-peak-rss")
	b.ReportMetric(peakGuide/peakBare, "x-bare-rss")
	b.ReportMetric(anonGuide, "MB-anon")
	b.ReportMetric(anonBare, "bare-MB-anon")
	b.ReportMetric(anonGuide/anonBare, "x-bare-anon")
}

// program is a binary started to its first screen and quit again.
type program struct {
	bin    string
	args   []string
	env    []string // added to the environment
	home   string   // the home folder; "" for a fresh one each time
	marker string   // text of the first screen
	quit   []string // the keys that quit it from there
}

// firstScreen starts the program in a fresh home, in Danish, at 80x24,
// and returns the time to its first screen; peak and anon become the
// larger of theirs and the process's peak resident set and anonymous
// memory by then. It quits the program after.
func (p program) firstScreen(b *testing.B, peak, anon *float64) time.Duration {
	b.Helper()
	home := p.home
	if home == "" {
		home = b.TempDir()
	}
	env := []string{"HOME=" + home, "XDG_CONFIG_HOME=" + filepath.Join(home, ".config"),
		"TERM=xterm-256color", "LANG=da_DK.UTF-8"}
	env = append(env, p.env...)
	start := time.Now()
	tm := termtest.Start(b, p.bin, p.args, env, 80, 24)
	if !tm.WaitFor(p.marker, 5*time.Second) {
		b.Fatalf("%s: no first screen:\n%s", filepath.Base(p.bin), tm.Screen())
	}
	elapsed := time.Since(start)
	hwm, rssAnon := memoryMB(b, tm.Pid())
	*peak, *anon = max(*peak, hwm), max(*anon, rssAnon)
	for _, k := range p.quit {
		tm.Press(k)
	}
	if _, err := tm.Wait(5 * time.Second); err != nil {
		b.Fatalf("%s did not quit: %v\n%s", filepath.Base(p.bin), err, tm.Screen())
	}
	return elapsed
}

var (
	bareOnce sync.Once
	bareBin  string
	bareErr  error
)

// bareBinary builds testdata/bare next to the guide's binary, once.
func bareBinary(b *testing.B) string {
	b.Helper()
	bareOnce.Do(func() {
		bareBin = filepath.Join(filepath.Dir(binary), "bare")
		if runtime.GOOS == "windows" {
			bareBin += ".exe"
		}
		out, err := releaseBuild(bareBin, "./testdata/bare").CombinedOutput()
		if err != nil {
			bareErr = fmt.Errorf("build testdata/bare: %v\n%s", err, out)
		}
	})
	if bareErr != nil {
		b.Fatal(bareErr)
	}
	return bareBin
}

// memoryMB reads a process's peak resident set size (VmHWM) and its
// anonymous memory now (RssAnon: the heap and stacks, not the program's
// file), in MB.
func memoryMB(b *testing.B, pid int) (peak, anon float64) {
	status, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		b.Fatal(err)
	}
	found := map[string]float64{}
	for _, line := range strings.Split(string(status), "\n") {
		if fields := strings.Fields(line); len(fields) >= 2 && (fields[0] == "VmHWM:" || fields[0] == "RssAnon:") {
			kb, err := strconv.Atoi(fields[1])
			if err != nil {
				b.Fatal(err)
			}
			found[fields[0]] = float64(kb) / 1024
		}
	}
	if len(found) != 2 {
		b.Fatalf("no VmHWM or RssAnon in /proc status:\n%s", status)
	}
	return found["VmHWM:"], found["RssAnon:"]
}

// BenchmarkOverviewFirstScreen is the overview of 1,000 saved profiles
// (--overview) drawn from a cold start of the program, beside the bare
// program in the same rounds. The floor: "guide-ms" under 50.
//
//	go test -run '^$' -bench OverviewFirstScreen -benchtime 20x ./cmd/eulogin-guide/
func BenchmarkOverviewFirstScreen(b *testing.B) {
	if runtime.GOOS != "linux" {
		b.Skip("reads /proc")
	}
	overview := program{bin: binary, args: []string{"--overview"}, home: homeWithProfiles(b, 1000),
		marker: "Guiden har gemt for 1000 personer.", quit: []string{"ctrl+c", "ctrl+c"}}
	firstScreens(b, overview, program{bin: bareBinary(b), marker: "Enter: start", quit: []string{"q"}})
}
