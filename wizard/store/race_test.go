package store

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

var raceSaves = flag.Int("store.racesaves", 2000, "how many saves each writer of TestTwoWritersOnDifferentJourneys makes")

// raceDir and raceJourney, in the environment, make TestHelperJourneyWriter
// save journey raceJourney into raceDir, raceSaves times.
const (
	raceDir     = "EULOGIN_STORE_TEST_RACE_DIR"
	raceJourney = "EULOGIN_STORE_TEST_RACE_JOURNEY"
	raceCount   = "EULOGIN_STORE_TEST_RACE_SAVES"
)

// raceStep is the step a racing writer saves at its nth save.
func raceStep(n int) string { return "step-" + strconv.Itoa(n) }

// TestHelperJourneyWriter is not a test: TestTwoWritersOnDifferentJourneys
// runs the test binary twice with only this, as two guides on one profile,
// each on a journey of its own, saving over what it saved last.
func TestHelperJourneyWriter(t *testing.T) {
	dir, journey := os.Getenv(raceDir), os.Getenv(raceJourney)
	if dir == "" {
		t.Skip("a writer process of TestTwoWritersOnDifferentJourneys")
	}
	n, err := strconv.Atoi(os.Getenv(raceCount))
	if err != nil {
		t.Fatal(err)
	}
	s := Store{Dir: dir}
	var last *flow.Progress
	for i := 1; i <= n; i++ {
		p := flow.Progress{Version: flow.ProgressVersion, Flow: journey, Step: raceStep(i)}
		if err := s.SaveOver(DefaultProfile, p, last); err != nil {
			t.Fatalf("%s, save %d of %d: %v", journey, i, n, err)
		}
		last = &p
	}
}

// two processes save one profile as fast as they can, each its own
// journey. Each save must succeed (a save lost to the other writer makes
// the next one find its journey changed, and refuse), and in the end the
// file holds both journeys at their last step.
func TestTwoWritersOnDifferentJourneys(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	journeys := []string{"log-in", "claims"}
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for _, j := range journeys {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperJourneyWriter$", "-test.count=1")
		cmd.Env = append(os.Environ(), raceDir+"="+s.Dir, raceJourney+"="+j, raceCount+"="+strconv.Itoa(*raceSaves))
		out := new(bytes.Buffer)
		cmd.Stdout, cmd.Stderr = out, out
		cmds, outs = append(cmds, cmd), append(outs, out)
	}
	for _, cmd := range cmds {
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("the writer of %s: %v\n%s", journeys[i], err, outs[i])
		}
	}
	pr, found, err := s.Open(DefaultProfile)
	if err != nil || !found {
		t.Fatalf("Open = found %v, %v", found, err)
	}
	for _, j := range journeys {
		if got, want := pr.Journeys[j].Step, raceStep(*raceSaves); got != want {
			t.Errorf("%s: the file holds %q, want %q", j, got, want)
		}
	}
	if len(pr.Journeys) != len(journeys) {
		t.Errorf("the file holds %d journeys: %v", len(pr.Journeys), pr.Journeys)
	}
}
