package store

import (
	"regexp"
	"strings"
	"testing"
)

func TestCheckProfile(t *testing.T) {
	cases := map[string]string{
		DefaultProfile:                       "",
		"Åse Jensen":                         "",
		"åse jensen":                         "",
		"Søren Ærø-Østergaard":               "",
		"Björn_2":                            "",
		"Ελένη":                              "",
		"Мария":                              "",
		"सीमा":                               "", // Devanagari: vowel signs are combining marks
		"A\u030Ase":                          "", // Å typed as A and a combining ring
		"  padded  ":                         "",
		"0123456789":                         "",
		strings.Repeat("ø", MaxProfileLen):   "",
		"":                                   ReasonProfileEmpty,
		"   ":                                ReasonProfileEmpty,
		strings.Repeat("a", MaxProfileLen+1): ReasonProfileTooLong,
		strings.Repeat("𐐀", MaxProfileLen):   ReasonProfileTooLong, // fits 40 runes, not the file name
		"a/b":                                ReasonProfileBadChar,
		`a\b`:                                ReasonProfileBadChar,
		"a.b":                                ReasonProfileBadChar,
		"..":                                 ReasonProfileBadChar,
		"a:b":                                ReasonProfileBadChar,
		"tab\there":                          ReasonProfileBadChar,
		"new\nline":                          ReasonProfileBadChar,
		"nul\x00":                            ReasonProfileBadChar,
		"\u030Aring first":                   ReasonProfileBadChar,
		"zero\u200dwidth":                    ReasonProfileBadChar,
		"no\u00a0break":                      ReasonProfileBadChar,
		"smile😀":                             ReasonProfileBadChar,
		"bad\xffutf8":                        ReasonProfileBadChar,
	}
	for name, want := range cases {
		if got := CheckProfile(name); got != want {
			t.Errorf("CheckProfile(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestCanonicalProfile(t *testing.T) {
	cases := map[string]string{
		"  Åse   Jensen ": "Åse Jensen",
		"A\u030Ase":       "Åse",
		"standard":        "standard",
		"a/b":             "",
	}
	for in, want := range cases {
		if got := canonicalProfile(in); got != want {
			t.Errorf("canonicalProfile(%q) = %q, want %q", in, got, want)
		}
	}
}

var validFile = regexp.MustCompile(`^[a-z0-9_-]{1,200}\.json$`)

func TestFileNames(t *testing.T) {
	cases := map[string]string{
		"standard":   "standard.json",
		"Åse Jensen": "_00c5se_0020_004aensen.json",
		"åse jensen": "_00e5se_0020jensen.json",
		"a_b":        "a_005fb.json",
		"𐐀":          "__010400.json",
		"con":        "_0063on.json",
		"com1":       "_0063om1.json",
		"lpt9":       "_006cpt9.json",
		"console":    "console.json",
		"CON":        "_0043_004f_004e.json",
	}
	for name, want := range cases {
		got := fileName(canonicalProfile(name))
		if got != want {
			t.Errorf("fileName(%q) = %q, want %q", name, got, want)
		}
		if back, ok := profileOf(got); !ok || back != name {
			t.Errorf("profileOf(%q) = %q, %v, want %q", got, back, ok, name)
		}
	}
	for _, file := range []string{
		"", ".json", "standard", "standard.json.tmp-123", "standard.json.damaged-20250101-120000",
		"Standard.json", "con.json", "a_5f.json", "a_005Fb.json", "a_005.json", "a__00d800.json",
		"_0061.json", "_002f.json", "a_0020.json", "_0020a.json", "a_0020_0020b.json",
	} {
		if name, ok := profileOf(file); ok {
			t.Errorf("profileOf(%q) = %q, want none", file, name)
		}
	}
}

// FuzzCheckProfile: no panic; every accepted name maps to a valid, plain
// lower-case file name that decodes to the name, and distinct names to
// distinct files.
func FuzzCheckProfile(f *testing.F) {
	for _, seed := range [][2]string{
		{"Åse Jensen", "åse jensen"}, {"standard", "Standard"}, {"con", "_0063on"},
		{"a_b", "a b"}, {"A\u030Ase", "Åse"}, {"𐐀", "\U00010400"}, {"", "../x"},
		{"x\x00", "सीमा"}, {strings.Repeat("ø", 41), "a  b"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		fa, ok := checkFile(t, a)
		if !ok {
			return
		}
		fb, ok := checkFile(t, b)
		if !ok {
			return
		}
		if ca, cb := canonicalProfile(a), canonicalProfile(b); (ca == cb) != strings.EqualFold(fa, fb) {
			t.Fatalf("%q -> %q and %q -> %q", ca, fa, cb, fb)
		}
	})
}

func checkFile(t *testing.T, name string) (string, bool) {
	reason := CheckProfile(name)
	switch reason {
	case "":
	case ReasonProfileEmpty, ReasonProfileTooLong, ReasonProfileBadChar:
		if _, err := (Store{Dir: "unused"}).path(name); err == nil {
			t.Fatalf("%q refused (%s) but has a path", name, reason)
		}
		return "", false
	default:
		t.Fatalf("CheckProfile(%q) = unknown reason %q", name, reason)
	}
	c := canonicalProfile(name)
	if canonicalProfile(c) != c || CheckProfile(c) != "" {
		t.Fatalf("canonical form %q of %q is not stable", c, name)
	}
	file := fileName(c)
	if !validFile.MatchString(file) || reservedOnWindows(strings.TrimSuffix(file, ".json")) {
		t.Fatalf("%q -> bad file name %q", name, file)
	}
	if back, ok := profileOf(file); !ok || back != c {
		t.Fatalf("%q -> %q -> %q, %v", c, file, back, ok)
	}
	return file, true
}

// canonicalProfile is the form under which name is stored and which
// Profiles lists; "" if CheckProfile refuses name.
func canonicalProfile(name string) string {
	c, _ := canonical(name)
	return c
}
