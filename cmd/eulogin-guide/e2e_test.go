package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// These tests run the compiled program in a real pseudo-terminal, with a
// terminal emulator reading the screen, as a user at a terminal sees it.

var binary string // built once in TestMain

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "eulogin-guide-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "eulogin-guide")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	if out, err := releaseBuild(binary, ".").CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// releaseBuild builds a package as .ci/release does: static, without
// symbol tables, so that the tests run what a user gets.
func releaseBuild(out, pkg string) *exec.Cmd {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags", "-s -w", "-o", out, pkg)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	return cmd
}

const wait = 5 * time.Second

// userEnv is the environment of a user at a colour terminal, with a home of
// its own so that the saved progress lands in the test's folder.
func userEnv(t testing.TB, home string, extra ...string) []string {
	t.Helper()
	env := []string{"HOME=" + home, "XDG_CONFIG_HOME=" + filepath.Join(home, ".config"),
		"PATH=" + os.Getenv("PATH"), "TERM=xterm-256color", "LANG=da_DK.UTF-8",
		screenReaderEnv + "=0"} // whatever the machine runs: a test that wants one says so
	return append(env, extra...)
}

func TestDanishScreensAndARefusedPIN(t *testing.T) {
	home := t.TempDir()
	tm := termtest.Start(t, binary, nil, userEnv(t, home), 80, 24)
	tm.WaitForT("Hvor står du?", wait)                          // a person new to the guide is asked first
	tm.WaitForT("> 1. Jeg ved ikke, om jeg har en konto", wait) // the safe answer first: it makes no account
	tm.Type("2")
	tm.WaitForT("> 2. Jeg har ingen EU Login-konto", wait)
	tm.Press("enter")
	tm.WaitForT("Ny EU Login-konto med EU Login-appen", wait)
	tm.WaitForT("1. etape: konto og app: Ikke startet", wait)
	tm.Press("enter")
	tm.WaitForT("Det skal du bruge", wait)
	tm.WaitForT("1. etape · trin 1 af højst 18", wait)

	tm2 := termtest.Start(t, binary, []string{"--step", "email"}, userEnv(t, home), 80, 24)
	tm2.WaitForT("Skriv din e-mailadresse", wait)
	tm2.Type("åse.ærø@mail.dk")
	tm2.WaitForT("> åse.ærø@mail.dk", wait)

	tm3 := termtest.Start(t, binary, []string{"--step", "pin"}, userEnv(t, home), 80, 24)
	tm3.WaitForT("Vælg en pinkode med 4 tal", wait)
	tm3.WaitForT("Er du hjælper? Så se væk nu.", wait)
	tm3.Type("1234")
	tm3.Press("enter")
	tm3.WaitForT("Bemærk: Den pinkode er let at gætte.", wait) // advised against, not refused
	if strings.Contains(tm3.Screen(), "> 1234") {
		t.Fatalf("the PIN is shown on the screen:\n%s", tm3.Screen())
	}
}

func TestEnglishFromTheLocale(t *testing.T) {
	tm := termtest.Start(t, binary, nil, userEnv(t, t.TempDir(), "LANG=en_GB.UTF-8"), 80, 24)
	tm.WaitForT("Where are you?", wait)
	tm.Type("2")
	tm.Press("enter")
	tm.WaitForT("New EU Login account", wait)
	tm.WaitForT("Enter: start", wait)
}

func TestTheLoginQRCodeScansOnDarkAndLightThemes(t *testing.T) {
	for name, theme := range map[string]termtest.Theme{"dark": termtest.Dark, "light": termtest.Light} {
		t.Run(name, func(t *testing.T) {
			tm := termtest.Start(t, binary, []string{"--step", "open-login"}, userEnv(t, t.TempDir()), 100, 30,
				termtest.WithTheme(theme))
			tm.WaitForT("Åbn EU Login på apparat 2", wait)
			tm.Type("k")
			tm.WaitForT("▀▀▀▀▀▀▀▀▀▀", wait)
			got, err := termtest.DecodeQR(tm.Image())
			if err != nil {
				t.Fatalf("the QR code on the screen does not scan: %v\n%s", err, tm.Screen())
			}
			if got != steps.CreateAccount {
				t.Fatalf("the QR code says %q, want %q", got, steps.CreateAccount)
			}
		})
	}
}

func TestProgressSurvivesARestartAndHoldsNoSecrets(t *testing.T) {
	home, tmp := t.TempDir(), t.TempDir() // the program's home and its temporary folder
	const (
		email    = "aase.jensen@mail.dk"
		password = "Rødgrød-2025x"
		pin      = "2580"
		pension  = "0012345678"
	)
	env := userEnv(t, home, "TMPDIR="+tmp)
	tm := termtest.Start(t, binary, nil, env, 80, 24)
	tm.WaitForT("Hvor står du?", wait)
	tm.Type("2") // "Jeg har ingen EU Login-konto"
	tm.Press("enter")
	tm.WaitForT("Næste: 1. etape", wait)
	// Stage 1 from the start: Enter on every screen, answers where asked.
	for _, heading := range []string{"Det skal du bruge", "Har du allerede en EU Login-konto?",
		"Hvilken slags telefon", "Hent EU Login-appen", "Åbn EU Login på apparat 2", "Skriv din e-mailadresse"} {
		if heading == "Hvilken slags telefon" {
			tm.Type("1") // "Nej, jeg har ingen konto": the safe answer is offered first
			tm.WaitForT("> 1. Nej", wait)
		}
		tm.Press("enter")
		tm.WaitForT(heading, wait)
	}
	tm.Type(email)
	for _, heading := range []string{"Udfyld felterne", "Vent på en e-mail", "Vælg dit password"} {
		tm.Press("enter")
		tm.WaitForT(heading, wait)
	}
	tm.Type(password)
	tm.Press("enter")
	tm.WaitForT("Bemærk:", wait) // æ and ø in the password: advice to confirm
	for _, heading := range []string{"Klik på [Proceed]", "Tilføj apparat 1", "Giv apparat 1 et navn"} {
		tm.Press("enter")
		tm.WaitForT(heading, wait)
	}
	tm.Type("S24")
	tm.Press("enter")
	tm.WaitForT("Vælg en pinkode", wait)
	tm.Type(pin)
	tm.Press("enter")
	tm.WaitForT("Skriv den samme pinkode igen", wait)
	tm.Type(pin)
	for _, heading := range []string{"Scan QR-koden med appen", `Tryk på beskeden "You have a pending approval"`, "Fingeraftryk eller ansigt",
		"Log ud på apparat 2", "Godt klaret!"} {
		tm.Press("enter")
		tm.WaitForT(heading, wait)
	}
	tm.WaitForT("1. etape: konto og app: Færdig", wait)
	tm.WaitForT("Gør 2. etape lige efter 1. etape.", wait)

	// Stage 2, straight after.
	for _, heading := range []string{"Åbn RCAM på apparat 2", "Log på med din e-mail", "Vælg at logge på med appen",
		"Godkend på apparat 1", "Skriv dit pensionsnummer"} {
		tm.Press("enter")
		tm.WaitForT(heading, wait)
	}
	tm.Type(pension)
	tm.Press("enter")
	tm.WaitForT("Skriv pensionsnummeret igen", wait)
	tm.Type(pension)
	tm.Press("enter")
	tm.WaitForT("Skriv dit navn", wait)
	tm.Type("Åse Ærø")
	tm.Press("enter")
	tm.WaitForT("Skriv din fødselsdato", wait)
	tm.Type("24.12.1948")
	tm.Press("enter")
	tm.WaitForT("Tjek dine svar", wait)
	tm.WaitForT("3. Fødselsdato: 24/12/1948", wait)
	tm.WaitForT("1. Pensionsnummer: "+pension, wait)
	for _, heading := range []string{"Anmodningen er sendt", "Log ud af RCAM", "Du er færdig med 2. etape"} {
		tm.Press("enter")
		tm.WaitForT(heading, wait)
	}
	tm.WaitForT("Du sendte anmodningen", wait)
	tm.Press("q")
	tm.WaitForT("Guiden har gemt, hvor du er nået til", wait)
	tm.Type("j")
	if code, err := tm.Wait(wait); err != nil || code != 0 {
		t.Fatalf("quit: exit %d, %v", code, err)
	}

	again := termtest.Start(t, binary, nil, env, 80, 24)
	again.WaitForT("Velkommen tilbage", wait)
	again.WaitForT("1. etape: konto og app: Færdig", wait)
	again.WaitForT("2. etape: anmodning om adgang: Færdig", wait)
	again.WaitForT("3. etape: valideringskode: Ikke startet", wait)
	again.WaitForT("Du sendte anmodningen om adgang i dag", wait)
	again.WaitForT("Vent med 3. etape", wait)
	again.Press("enter")
	again.WaitForT("Har du fået valideringskoden?", wait)

	for _, secret := range []string{email, password, pin, pension, "24.12.1948", "24/12/1948", "Ærø", "S24"} {
		for _, dir := range []string{home, tmp} {
			if where := findInFiles(t, dir, secret); where != "" {
				t.Errorf("%q is stored on disk in %s", secret, where)
			}
		}
	}
	if p := savedProgress(t, home); p.Step != "code-received" || p.Choices["platform"] != "android" {
		t.Errorf("saved %+v, want at code-received with platform android", p)
	}
	// The overview's summary: two stages done, the third begun, and no answer.
	summary, err := os.ReadFile(filepath.Join(home, ".config", "eulogin-guide", "profiles.summary"))
	if err != nil || !strings.Contains(string(summary), "\tnew-account\tddi\t") || strings.Contains(string(summary), "android") {
		t.Errorf("the summary file (%v) does not say the stages done, or holds an answer:\n%s", err, summary)
	}
}

// quitAtOnce quits with Ctrl+C twice and waits for the end.
func quitAtOnce(tm *termtest.Term) {
	tm.Press("ctrl+c")
	tm.Press("ctrl+c")
	_, _ = tm.Wait(wait)
}

// ttyModes is what stty -a says of the terminal of tm, as the user's next
// command would see it, its words between single spaces: " echo " is on,
// " -echo " off.
func ttyModes(t *testing.T, tm *termtest.Term) string {
	t.Helper()
	tty, err := os.Open(tm.TTY())
	if err != nil {
		t.Fatal(err)
	}
	defer tty.Close()
	stty := exec.Command("stty", "-a")
	stty.Stdin = tty
	out, err := stty.CombinedOutput()
	if err != nil {
		t.Fatalf("stty: %v %s", err, out)
	}
	return " " + strings.Join(strings.Fields(string(out)), " ") + " "
}

// echoOff waits until the terminal of tm does not echo what is typed.
func echoOff(t *testing.T, tm *termtest.Term) {
	t.Helper()
	if !eventually(func() bool { return strings.Contains(ttyModes(t, tm), " -echo ") }) {
		t.Fatalf("the echo is not off:%s", ttyModes(t, tm))
	}
}

// eventually reports whether cond holds within a few seconds: a busy
// machine may take its time.
func eventually(cond func() bool) bool {
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return true
		}
	}
	return false
}

// findInFiles gives the first file under dir that contains s, or "".
func findInFiles(t *testing.T, dir, s string) string {
	t.Helper()
	found := ""
	_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || found != "" {
			return nil
		}
		if b, err := os.ReadFile(path); err == nil && strings.Contains(string(b), s) {
			found = path
		}
		return nil
	})
	return found
}

func TestADamagedFileIsSetAsideAndTheUserTold(t *testing.T) {
	home := t.TempDir()
	dir := filepath.Join(home, ".config", "eulogin-guide")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "standard.json"), []byte(`{"version": 1, "flow": "new-acc`), 0o600); err != nil {
		t.Fatal(err)
	}
	tm := termtest.Start(t, binary, nil, userEnv(t, home), 80, 24)
	tm.WaitForT("Bemærk: Guiden kunne ikke læse filen", wait)
	tm.WaitForT("Hvor står du?", wait) // a fresh start
	kept, _ := filepath.Glob(filepath.Join(dir, "standard.json.damaged-*"))
	if len(kept) != 1 {
		t.Fatalf("the damaged file was not kept aside: %v", kept)
	}
	if b, _ := os.ReadFile(kept[0]); string(b) != `{"version": 1, "flow": "new-acc` {
		t.Fatalf("the kept file lost its content: %q", b)
	}
}

func TestResetAsksThenStartsOver(t *testing.T) {
	home := t.TempDir()
	first := termtest.Start(t, binary, []string{"--step", "pin"}, userEnv(t, home), 80, 24)
	first.WaitForT("Vælg en pinkode", wait)
	quitAtOnce(first)
	savedProgress(t, home)

	resetAnswering := func(answer, then string) *termtest.Term {
		tm := termtest.Start(t, binary, []string{"--reset"}, userEnv(t, home), 80, 24)
		tm.WaitForT(`Vil du slette det gemte for profilen "standard"`, wait)
		tm.Type(answer)
		tm.Press("enter")
		tm.WaitForT(then, wait)
		return tm
	}
	_, _ = resetAnswering("nej", "Intet er slettet").Wait(wait)
	savedProgress(t, home)

	after := resetAnswering("ja", "Hvor står du?")
	after.WaitForT(`Det gemte for profilen "standard" er slettet.`, wait) // said inside the guide
	if _, err := os.Stat(filepath.Join(home, ".config", "eulogin-guide", "standard.json")); !os.IsNotExist(err) {
		t.Fatalf("after --reset the saved progress is still there: %v", err)
	}
	if where := findInFiles(t, home, "standard\t"); where != "" { // a summary row
		t.Fatalf("after --reset the profile's summary is still in %s", where)
	}
	quitAtOnce(after)

	// With nothing saved there is nothing to ask: the guide says so.
	nothing := termtest.Start(t, binary, []string{"--reset", "--profile", "Ny"}, userEnv(t, home), 80, 24)
	nothing.WaitForT(`Der var intet gemt for profilen "Ny"`, wait)
	if strings.Contains(nothing.Screen(), "Vil du slette") {
		t.Fatalf("--reset asked to delete when nothing was saved:\n%s", nothing.Screen())
	}
}

func TestProfilesKeepPeopleApart(t *testing.T) {
	home := t.TempDir()
	for _, who := range []string{"Åse", "Bent"} {
		tm := termtest.Start(t, binary, []string{"--profile", who, "--step", "scan-qr"}, userEnv(t, home), 80, 24)
		tm.WaitForT("Scan QR-koden", wait)
		if who == "Bent" {
			tm.Press("enter")
			tm.WaitForT("Fingeraftryk eller ansigt", wait) // no platform chosen: no Android banner step
		}
		quitAtOnce(tm)
	}
	for who, step := range map[string]string{"Åse": "Scan QR-koden med appen", "Bent": "Fingeraftryk eller ansigt"} {
		tm := termtest.Start(t, binary, []string{"--profile", who}, userEnv(t, home), 80, 24)
		tm.WaitForT("Du var nået til: "+step, wait)
	}
	// A name typed a little differently is a new profile, and names the saved ones closest to it.
	other := termtest.Start(t, binary, []string{"--profile", "åse"}, userEnv(t, home), 80, 24)
	other.WaitForT(`Der er intet gemt for profilen "åse". Der er gemt for: Åse.`, wait)
}

func TestBOpensTheOfficialAddressInTheBrowser(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the stand-in browser is a Linux xdg-open")
	}
	// A stand-in for xdg-open writes down the address it was asked to open.
	bin, opened := t.TempDir(), filepath.Join(t.TempDir(), "opened")
	script := "#!/bin/sh\necho \"$1\" > " + opened + "\n"
	if err := os.WriteFile(filepath.Join(bin, "xdg-open"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	env := userEnv(t, t.TempDir(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	tm := termtest.Start(t, binary, []string{"--step", "rcam-open"}, env, 80, 24)
	tm.WaitForT("Åbn RCAM på apparat 2", wait)
	tm.Type("b")
	tm.WaitForT("Adressen er åbnet i din browser.", wait)
	got, err := os.ReadFile(opened)
	if err != nil || strings.TrimSpace(string(got)) != steps.RCAM {
		t.Fatalf("the browser was asked to open %q (%v), want %q", got, err, steps.RCAM)
	}
}

// An association corrects a text with a folder given with --content; a
// folder with a mistake is refused, saying what and where, and the guide
// runs on its own texts.
func TestAFolderOfCorrections(t *testing.T) {
	write := func(dir, name, body string) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good := t.TempDir()
	write(good, "locales/active.da.toml", "[step.needs]\ntitle = \"Find det her frem\"\n")
	tm := termtest.Start(t, binary, []string{"--content", good, "--step", "needs"}, userEnv(t, t.TempDir()), 80, 24)
	tm.WaitForT("Find det her frem", wait)
	quitAtOnce(tm)

	bad := t.TempDir()
	write(bad, "locales/active.da.toml", "[step.needs]\nextra = \"Kun på dansk\"\n")
	tm = termtest.Start(t, binary, []string{"--content", bad}, userEnv(t, t.TempDir()), 100, 30)
	tm.WaitForT("Guiden kunne ikke bruge rettelserne", wait)
	tm.WaitForT(`I filen locales/active.en.toml mangler teksten`, wait) // what and where
	tm.WaitForT(`"step.needs.extra"`, wait)
	tm.WaitForT("2. Jeg har ingen EU Login-konto", wait) // and goes on with its own content
}

// Progress saved by the first release is read by this one: the user is
// welcomed back where they were, and no file is set aside as damaged.
func TestProgressOfTheFirstReleaseIsWelcomedBack(t *testing.T) {
	home := t.TempDir()
	dir := filepath.Join(home, ".config", "eulogin-guide")
	old, err := os.ReadFile("../../wizard/store/testdata/release-1.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "standard.json"), old, 0o600); err != nil {
		t.Fatal(err)
	}
	tm := termtest.Start(t, binary, nil, userEnv(t, home), 80, 24)
	tm.WaitForT("Velkommen tilbage", wait)
	tm.WaitForT("2. etape: anmodning om adgang: Færdig", wait)
	if strings.Contains(tm.Screen(), "kunne ikke læse") {
		t.Fatalf("the old file was taken as damaged:\n%s", tm.Screen())
	}
	if kept, _ := filepath.Glob(filepath.Join(dir, "*.damaged-*")); len(kept) > 0 {
		t.Fatalf("the old file was set aside: %v", kept)
	}
	if p := savedProgress(t, home); p.Step != "code-received" || p.Choices["platform"] != "android" {
		t.Fatalf("after reading: %+v", p)
	}
}

// One profile keeps the progress of every journey: each survives a
// restart and the switch to the other, and without --journey the guide
// goes on with the one the person was on last.
func TestTwoJourneysInOneProfile(t *testing.T) {
	builtIn, err := os.ReadFile("../../steps/journeys/new-account.toml")
	if err != nil {
		t.Fatal(err)
	}
	content := t.TempDir()
	if err := os.MkdirAll(filepath.Join(content, "journeys"), 0o755); err != nil {
		t.Fatal(err)
	}
	practice := strings.Replace(string(builtIn), `id = "new-account"`, `id = "practice"`, 1)
	if err := os.WriteFile(filepath.Join(content, "journeys", "practice.toml"), []byte(practice), 0o644); err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	guide := func(args ...string) *termtest.Term {
		return termtest.Start(t, binary, append([]string{"--content", content}, args...), userEnv(t, home), 80, 24)
	}
	tm := guide("--journey", "practice", "--step", "email")
	tm.WaitForT("Skriv din e-mailadresse", wait)
	quitAtOnce(tm)
	tm = guide()
	tm.WaitForT("Du var nået til: Skriv din e-mailadresse", wait) // the journey last on
	quitAtOnce(tm)
	tm = guide("--journey", "new-account", "--step", "pin")
	tm.WaitForT("Vælg en pinkode", wait)
	quitAtOnce(tm)
	tm = guide("--journey", "practice")
	tm.WaitForT("Du var nået til: Skriv din e-mailadresse", wait)
	quitAtOnce(tm)
	tm = guide("--journey", "new-account")
	tm.WaitForT("Du var nået til: Vælg en pinkode med 4 tal", wait)
	quitAtOnce(tm)
	if kept, _ := filepath.Glob(filepath.Join(home, ".config", "eulogin-guide", "*.damaged-*")); len(kept) > 0 {
		t.Fatalf("a journey's progress was taken as damaged: %v", kept)
	}
}

// The answer to "Hvor står du?" and each journey's progress survive a
// restart; switching journeys from the start screen loses none of them.
func TestTheFirstAnswerAndEveryJourneySurviveRestarts(t *testing.T) {
	tr, err := text.Load(locales.Files, "da", locales.Default)
	if err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	guide := func() *termtest.Term { return termtest.Start(t, binary, nil, userEnv(t, home), 80, 24) }
	choose := func(tm *termtest.Term, n string) {
		tm.WaitForT("Hvor står du?", wait)
		tm.Type(n)
		tm.Press("enter")
	}
	tm := guide()
	choose(tm, "3") // "Jeg har en konto, men ikke appen"
	tm.WaitForT(tr.T("flow.add-app.title"), wait)
	tm.Press("enter")
	tm.WaitForT(tr.T("step.app-what.title"), wait)
	tm.Press("enter")
	tm.WaitForT(tr.T("step.app-needs.title"), wait)
	quitAtOnce(tm)

	tm = guide()
	tm.WaitForT("Velkommen tilbage", wait) // no question: the answer was kept
	tm.WaitForT("Du var nået til: "+tr.T("step.app-needs.title"), wait)
	tm.Type("h")
	tm.WaitForT(tr.T("flow.add-app.situation")+" (I gang)", wait)
	choose(tm, "7") // "Hvordan logger jeg på?"
	tm.WaitForT(tr.T("flow.log-in.title"), wait)
	tm.Press("enter")
	tm.WaitForT(tr.T("step.login-where.title"), wait)
	quitAtOnce(tm)

	tm = guide()
	tm.WaitForT("Du var nået til: "+tr.T("step.login-where.title"), wait)
	tm.WaitForT("Du er også i gang med »"+tr.T("flow.add-app.title")+"«", wait)
	tm.Type("h")
	choose(tm, "3")
	tm.WaitForT("Du var nået til: "+tr.T("step.app-needs.title"), wait)
	quitAtOnce(tm)

	var saved struct{ Current string }
	buf, err := os.ReadFile(filepath.Join(home, ".config", "eulogin-guide", "standard.json"))
	if err != nil || json.Unmarshal(buf, &saved) != nil || saved.Current != "add-app" {
		t.Fatalf("the journey last chosen is not kept: %v %s", err, buf)
	}
}
