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

// "Jeg hjælper en anden" where the guide saves for nobody named asks whom
// the volunteer helps (the overview, with no one saved yet): the name typed
// makes a new member, helped at once, and told once that they are new, not
// the near names again; helper mode is kept neither for the unnamed nor
// for the member.
func TestTheHelperAnswerAsksWhomTheVolunteerHelps(t *testing.T) {
	home := t.TempDir()
	first := runPlainGuide(t, home, "10\nHanne\n1\n2\n\n", "--plain")
	for _, want := range []string{danish(t, "settings.helper-who"), danish(t, "overview.none"),
		danish(t, "settings.member-new", map[string]any{"Profile": "Hanne"}), danish(t, "helper.rules-title"), "Profil: Hanne"} {
		if !strings.Contains(first, want) {
			t.Errorf("the helper answer does not go on to %q:\n%s", want, first)
		}
	}
	if strings.Contains(first, danish(t, "settings.helper-now")) || strings.Contains(first, "Profil: uden navn\n"+danish(t, "overview.title")) {
		t.Errorf("the overview asking whom is helped names the unnamed, or helper mode was kept for them:\n%s", first)
	}
	// Hanne is saved; "Hane" is near her: asked about once, then made.
	near := runPlainGuide(t, home, "10\nHane\n1\n2\n\n", "--plain")
	if !strings.Contains(near, danish(t, "overview.near-title")) || strings.Contains(near, danish(t, "save.other-profiles", map[string]any{"Profile": "Hane", "Profiles": "Hanne"})) {
		t.Errorf("a name near a saved one is not asked about once, in the overview only:\n%s", near)
	}
	alone := runPlainGuide(t, home, "\n", "--plain")
	if !strings.Contains(alone, danish(t, "situation.helper")) {
		t.Errorf("helper mode was kept for the unnamed:\n%s", alone)
	}
	again := runPlainGuide(t, home, "\n", "--plain", "--profile", "Hanne", "--journey", "log-in", "--step", "login-start")
	if strings.Contains(again, danish(t, "helper.rules-title")) {
		t.Errorf("helper mode was kept for Hanne:\n%s", again)
	}
}
