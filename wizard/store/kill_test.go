package store

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

var (
	kills      = flag.Int("store.kills", 100, "how many times TestKillDuringSave kills a writer")
	killBudget = flag.Duration("store.killtime", 20*time.Second, "time after which TestKillDuringSave stops killing")
)

// helperDir, in the environment, makes TestHelperWriter save into that directory.
const helperDir = "EULOGIN_STORE_TEST_WRITER_DIR"

// killValues are the two progress values the writer alternates: a small
// one and one about forty times larger.
func killValues() (small, large flow.Progress) {
	small = flow.Progress{Version: flow.ProgressVersion, Flow: "f", Step: "small"}
	large = fullProgress()
	large.Step = "large"
	for i := range 300 {
		large.Steps = append(large.Steps, fmt.Sprintf("step-number-%03d", i))
	}
	return small, large
}

// TestHelperWriter is not a test: TestKillDuringSave runs the test binary
// again with only this, as a process that saves until it is killed.
func TestHelperWriter(t *testing.T) {
	dir := os.Getenv(helperDir)
	if dir == "" {
		t.Skip("the writer process of TestKillDuringSave")
	}
	s := Store{Dir: dir}
	small, large := killValues()
	fmt.Println("saving")
	for i := 0; ; i++ {
		p := small
		if i%2 == 1 {
			p = large
		}
		if err := s.Save("writer", p); err != nil {
			fmt.Fprintln(os.Stderr, "writer:", err)
			os.Exit(3)
		}
	}
}

// TestKillDuringSave kills a process in the middle of saving, again and
// again: the file must always hold one of the two values, whole.
func TestKillDuringSave(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is a Unix signal")
	}
	rounds := *kills
	if testing.Short() {
		rounds = min(rounds, 20)
	}
	s := Store{Dir: t.TempDir()}
	small, large := killValues()
	if sizes := [2]int{jsonSize(t, small), jsonSize(t, large)}; sizes[1] < 20*sizes[0] {
		t.Fatalf("sizes %v are not clearly different", sizes)
	}
	mustSave(t, s, "writer", small)

	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewPCG(uint64(seed), 0))
	t.Logf("seed %d", seed)
	start := time.Now()
	seen := map[string]int{}
	done := 0
	for ; done < rounds && time.Since(start) < *killBudget; done++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$", "-test.count=1")
		cmd.Env = append(os.Environ(), helperDir+"="+s.Dir)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		saving := make(chan bool, 1)
		go func() {
			lines := bufio.NewScanner(out)
			for lines.Scan() {
				if lines.Text() == "saving" {
					saving <- true
					return
				}
			}
			saving <- false
		}()
		select {
		case ok := <-saving:
			if !ok {
				cmd.Wait()
				t.Fatalf("round %d: the writer stopped before saving: %s", done, stderr.String())
			}
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("round %d: the writer did not start", done)
		}
		time.Sleep(time.Duration(1+rng.IntN(30)) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		if cmd.ProcessState.Exited() {
			t.Fatalf("round %d: the writer ended by itself (%v): %s", done, cmd.ProcessState, stderr.String())
		}

		p, found, err := s.Load("writer")
		if err != nil || !found {
			t.Fatalf("round %d: after the kill Load = found %v, %v", done, found, err)
		}
		switch {
		case reflect.DeepEqual(p, small):
			seen["small"]++
		case reflect.DeepEqual(p, large):
			seen["large"]++
		default:
			t.Fatalf("round %d: after the kill the file holds neither value: %+v", done, p)
		}
	}
	if done < min(rounds, 10) {
		t.Fatalf("only %d kills in %v", done, *killBudget)
	}
	names, err := s.Profiles()
	if err != nil || len(names) != 1 || names[0] != "writer" {
		t.Fatalf("Profiles() = %q, %v", names, err)
	}
	temps, _ := filepath.Glob(filepath.Join(s.Dir, "*"+tmpMark+"*"))
	for _, temp := range temps {
		if !strings.HasPrefix(filepath.Base(temp), "writer.json"+tmpMark) {
			t.Errorf("unexpected file %s", temp)
		}
	}
	t.Logf("%d kills in %v: file held small %d times, large %d times; %d kills left a temporary file",
		done, time.Since(start).Round(time.Millisecond), seen["small"], seen["large"], len(temps))
}

func jsonSize(t *testing.T, p flow.Progress) int {
	t.Helper()
	dir := t.TempDir()
	mustSave(t, Store{Dir: dir}, "x", p)
	info, err := os.Stat(filepath.Join(dir, "x.json"))
	if err != nil {
		t.Fatal(err)
	}
	return int(info.Size())
}
