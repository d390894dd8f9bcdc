package store

import (
	"bytes"
	"cmp"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

var raceSaves = flag.Int("store.racesaves", 2000, "how many saves each writer of TestTwoWritersOnDifferentJourneys makes")

// raceDir and raceJourney, in the environment, make TestHelperJourneyWriter
// save journey raceJourney of profile raceProfile (the default one if
// empty) into raceDir, raceSaves times, keeping summaries.
const (
	raceDir     = "EULOGIN_STORE_TEST_RACE_DIR"
	raceJourney = "EULOGIN_STORE_TEST_RACE_JOURNEY"
	raceProfile = "EULOGIN_STORE_TEST_RACE_PROFILE"
	raceCount   = "EULOGIN_STORE_TEST_RACE_SAVES"
)

// raceStep is the step a racing writer saves at its nth save.
func raceStep(n int) string { return "step-" + strconv.Itoa(n) }

// TestHelperJourneyWriter is not a test: TestTwoWritersOnDifferentJourneys
// runs the test binary with only this, as two guides on one profile, each
// on a journey of its own, saving over what it saved last, and as a guide
// on another profile (raceProfile), which finds its summary row as it
// saved it after each save.
func TestHelperJourneyWriter(t *testing.T) {
	dir, journey := os.Getenv(raceDir), os.Getenv(raceJourney)
	if dir == "" {
		t.Skip("a writer process of TestTwoWritersOnDifferentJourneys")
	}
	n, err := strconv.Atoi(os.Getenv(raceCount))
	if err != nil {
		t.Fatal(err)
	}
	s, profile := Store{Dir: dir, Summariser: sums{}}, cmp.Or(os.Getenv(raceProfile), DefaultProfile)
	appendSlack = 1 << 10 // the summary file written whole every ten saves or so: many chances to lose a row
	var last *flow.Progress
	for i := 1; i <= n; i++ {
		p := flow.Progress{Version: flow.ProgressVersion, Flow: journey, Step: raceStep(i)}
		if err := s.SaveOver(profile, p, last); err != nil {
			t.Fatalf("%s, save %d of %d: %v", journey, i, n, err)
		}
		last = &p
		if os.Getenv(raceProfile) == "" {
			continue // the other writer on the profile may be saving it
		}
		if r, ok := s.readRows()[profile]; !ok || !r.fits(stampAt(filepath.Join(dir, fileName(profile)))) {
			t.Fatalf("%s, save %d of %d: another writer wrote over its row", profile, i, n)
		}
	}
}

// two processes save one profile as fast as they can, each its own
// journey, and a third process another profile. Each save must succeed (a
// save lost to the other writer makes the next one find its journey
// changed, and refuse), and in the end the file holds both journeys at
// their last step. The third finds its summary row as it saved it after
// each save, whatever the others write in the summary file meanwhile.
func TestTwoWritersOnDifferentJourneys(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	journeys := []string{"log-in", "claims"}
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for _, w := range [][2]string{{"log-in", ""}, {"claims", ""}, {"tea", "Åse"}} { // journey, profile
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperJourneyWriter$", "-test.count=1")
		cmd.Env = append(os.Environ(), raceDir+"="+s.Dir, raceJourney+"="+w[0], raceProfile+"="+w[1],
			raceCount+"="+strconv.Itoa(*raceSaves))
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
			t.Errorf("a writer: %v\n%s", err, outs[i])
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
	freshRows(t, Store{Dir: s.Dir, Summariser: sums{}}, DefaultProfile, "Åse")
	if names, err := s.Profiles(); err != nil || !slices.Equal(names, []string{DefaultProfile, "Åse"}) {
		t.Errorf("the profiles listed: %q, %v", names, err)
	}
}
