package main

import (
	"strings"
	"testing"
)

// Issue 21: "Jeg hjælper en anden", the answer after "Jeg vil øve mig
// først" on the first screen, turns helper mode on where the person was,
// says so, and keeps it for the profile: the next start shows the
// helper's rules before the first step.
func TestHelperModeFromTheFirstScreenIsKeptForTheProfile(t *testing.T) {
	home := t.TempDir()
	first := runPlainGuide(t, home, "10\n", "--profile", "Hanne")
	if !strings.Contains(first, danish(t, "settings.helper-now")) || strings.Count(first, danish(t, "situation.title")) < 2 {
		t.Fatalf("the answer did not turn helper mode on at the first question:\n%s", first)
	}
	if strings.Count(first, danish(t, "situation.helper")) != 1 {
		t.Errorf("helper mode is still offered once it is on:\n%s", first)
	}
	next := runPlainGuide(t, home, "\n", "--profile", "Hanne", "--journey", "log-in", "--step", "login-start")
	if !strings.Contains(next, danish(t, "helper.rules-title")) || !strings.Contains(next, "Profil: Hanne") {
		t.Errorf("helper mode is not kept for the profile:\n%s", next)
	}
	other := runPlainGuide(t, home, "\n", "--profile", "Bent", "--journey", "log-in", "--step", "login-start")
	if strings.Contains(other, danish(t, "helper.rules-title")) {
		t.Errorf("another member's profile is in helper mode too:\n%s", other)
	}
}

// The overview is a volunteer's: a member opened from it, helped or not
// before, is helped now (the rules first, "Til hjælperen:" notes), and so
// is a new member made there; nothing of it is kept for them.
func TestTheVolunteerStillHelpsTheMembersOfTheOverview(t *testing.T) {
	home := t.TempDir()
	runPlainGuide(t, home, "2\n\n", "--plain", "--profile", "Hanne")
	opened := runPlainGuide(t, home, "Hanne\n1\n\n", "--plain", "--overview")
	if !strings.Contains(opened, danish(t, "helper.rules-title")) || !strings.Contains(opened, "Profil: Hanne") {
		t.Errorf("Hanne, opened from the overview, is not helped:\n%s", opened)
	}
	made := runPlainGuide(t, home, "Karl\n1\n2\n\n", "--plain", "--overview")
	if !strings.Contains(made, danish(t, "helper.rules-title")) || !strings.Contains(made, "Profil: Karl") {
		t.Errorf("Karl, made in the overview, is not helped:\n%s", made)
	}
	alone := runPlainGuide(t, home, "\n", "--plain", "--profile", "Hanne", "--journey", "log-in", "--step", "login-start")
	if strings.Contains(alone, danish(t, "helper.rules-title")) {
		t.Errorf("helper mode was kept for Hanne, who starts the guide alone:\n%s", alone)
	}
}
