// Command eulogin-guide is a Danish-first terminal guide to EU Login and the
// EU Login app for retired EU staff. It never uses the network.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/cli/browser"
	"github.com/inconshreveable/mousetrap"
	"github.com/muesli/termenv"
	"golang.org/x/term"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// options are what the command line asks for.
type options struct {
	lang, step, profile         string
	plain, reset, help, version bool
}

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// run does the work of main and returns the exit code: 0 done, 2 bad usage, 1 failure.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, parseErr := parse(args)
	lang := opts.lang
	if lang == "" {
		lang = text.FromEnv(os.Getenv, []string{"da", "en"}, locales.Default)
	}
	tr, err := text.Load(locales.Files, lang, locales.Default)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if mousetrap.StartedByExplorer() { // double-clicked on Windows: the window closes on exit
		defer waitForEnter(tr, stdin, stdout)
	}
	f := steps.NewAccount()
	ids := strings.Join(f.StepIDs(), ", ")
	usage := tr.T("cli.usage", text.Data{"Steps": ids})
	switch {
	case parseErr != nil:
		fmt.Fprintln(stderr, tr.T("cli.bad-args", text.Data{"Args": strings.Join(args, " ")}))
		fmt.Fprintln(stderr, usage)
		return 2
	case lang != "da" && lang != "en":
		fmt.Fprintln(stderr, tr.T("cli.bad-lang", text.Data{"Lang": lang}))
		return 2
	case opts.help:
		fmt.Fprintln(stdout, usage)
		return 0
	case opts.version:
		fmt.Fprintln(stdout, tr.T("cli.version", text.Data{"Version": version}))
		return 0
	case opts.step != "" && f.Step(opts.step) == nil:
		fmt.Fprintln(stderr, tr.T("cli.unknown-step", text.Data{"Step": opts.step, "Steps": ids}))
		return 2
	}
	if reason := store.CheckProfile(opts.profile); reason != "" {
		fmt.Fprintln(stderr, tr.T(profileProblems[reason], text.Data{"Profile": opts.profile}))
		return 2
	}

	wopts := wizard.Options{Flow: f, Text: tr, StartAt: opts.step, OpenURL: openQuietly,
		Colour: lipgloss.ColorProfile() != termenv.Ascii}
	saved := newSaver(opts.profile)
	if opts.reset && !saved.reset(tr, stdin, stdout) {
		return 0
	}
	saved.load(&wopts)
	if err := start(wopts, saved, opts.plain || plainWanted(os.Getenv), stdin, stdout); err != nil {
		fmt.Fprintln(stderr, tr.T("cli.failed", text.Data{"Reason": err.Error()}))
		return 1
	}
	return 0
}

// start runs the guide in the plain line-by-line mode or full screen. Saved
// progress that does not fit this version of the guide is set aside.
func start(opts wizard.Options, saved *saver, plainMode bool, stdin io.Reader, stdout io.Writer) error {
	if plainMode {
		defer restoreOnSignal()()
		err := plain.Run(opts, stdin, stdout, secretReader())
		if errors.As(err, new(*flow.ProgressError)) {
			saved.setAside(&opts)
			err = plain.Run(opts, stdin, stdout, secretReader())
		}
		return err
	}
	model, err := wizard.New(opts)
	if errors.As(err, new(*flow.ProgressError)) {
		saved.setAside(&opts)
		model, err = wizard.New(opts)
	}
	if err != nil {
		return err
	}
	_, err = runFullScreen(model)
	return err
}

// plainWanted tells whether the plain mode fits better than the full
// screen: asked for with ACCESSIBLE (screen readers), a dumb terminal, or
// input or output that is not a terminal (a pipe, a file, /dev/null).
func plainWanted(getenv func(string) string) bool {
	switch strings.ToLower(getenv("ACCESSIBLE")) {
	case "", "0", "false", "no":
	default:
		return true
	}
	return getenv("TERM") == "dumb" || !term.IsTerminal(int(os.Stdin.Fd())) || !term.IsTerminal(int(os.Stdout.Fd()))
}

// restoreOnSignal makes Ctrl+C, a closed terminal or a kill during the
// plain mode give the terminal back as it was (a password prompt turns
// echo off), then end. The progress is saved after every step already.
// The returned function stops watching.
func restoreOnSignal() (stop func()) {
	fd := int(os.Stdin.Fd())
	state, err := term.GetState(fd)
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		if _, ok := <-signals; ok {
			if err == nil {
				_ = term.Restore(fd, state)
			}
			fmt.Println()
			os.Exit(130)
		}
	}()
	return func() { signal.Stop(signals); close(signals) }
}

// secretReader reads a password or PIN without echo when the input is a
// terminal; otherwise the plain mode reads it as a line.
func secretReader() plain.SecretReader {
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return nil
	}
	return func() (string, error) {
		b, err := term.ReadPassword(fd)
		fmt.Println()
		return string(b), err
	}
}

// waitForEnter keeps a double-clicked program's window open until Enter.
func waitForEnter(tr *text.Translator, stdin io.Reader, stdout io.Writer) {
	fmt.Fprint(stdout, tr.T("cli.press-enter")+" ")
	_, _ = bufio.NewReader(stdin).ReadString('\n')
}

// profileProblems are the messages for store.CheckProfile's reasons.
var profileProblems = map[string]string{
	"profile-empty":    "cli.profile-empty",
	"profile-too-long": "cli.profile-too-long",
	"profile-bad-char": "cli.profile-bad-char",
}

// runFullScreen runs the full-screen wizard until the user quits. Ctrl+C is a
// key there; SIGTERM ends it through Bubble Tea and a closed terminal
// (SIGHUP) here, both restoring the terminal. The progress is already saved.
func runFullScreen(model *wizard.Model) (tea.Model, error) {
	prog := tea.NewProgram(model, tea.WithAltScreen())
	hangup := make(chan os.Signal, 1)
	signal.Notify(hangup, syscall.SIGHUP)
	defer signal.Stop(hangup)
	go func() {
		if _, ok := <-hangup; ok {
			prog.Quit()
		}
	}()
	return prog.Run()
}

// parse reads the flags. Both -flag and --flag work, as in Go's flag package.
func parse(args []string) (options, error) {
	o := options{profile: store.DefaultProfile}
	fs := flag.NewFlagSet("eulogin-guide", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.lang, "lang", "", "")
	fs.StringVar(&o.step, "step", "", "")
	fs.StringVar(&o.profile, "profile", store.DefaultProfile, "")
	fs.BoolVar(&o.plain, "plain", false, "")
	fs.BoolVar(&o.reset, "reset", false, "")
	fs.BoolVar(&o.help, "help", false, "")
	fs.BoolVar(&o.version, "version", false, "")
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		return options{help: true}, nil
	}
	if err == nil && fs.NArg() > 0 {
		err = fmt.Errorf("unexpected %q", fs.Arg(0))
	}
	return o, err
}

// openQuietly opens an address in the browser without letting the browser's
// own messages spoil the screen.
func openQuietly(url string) error {
	browser.Stdout, browser.Stderr = io.Discard, io.Discard
	return browser.OpenURL(url)
}

// saver keeps one profile's progress in the user's config directory. When
// there is no such directory the guide runs without saving, and says so.
type saver struct {
	profile string
	store   store.Store
	err     error
}

func newSaver(profile string) *saver {
	st, err := store.Default()
	return &saver{profile: profile, store: st, err: err}
}

// load puts the saved progress, or the reason there is none, into opts.
func (s *saver) load(opts *wizard.Options) {
	if s.err != nil {
		opts.Notice = "save.failed"
		return
	}
	opts.Save = func(p flow.Progress) string { return store.Reason(s.store.Save(s.profile, p)) }
	p, found, err := s.store.Load(s.profile)
	var damaged *store.DamagedError
	switch {
	case errors.As(err, &damaged):
		opts.Notice, opts.Data = "save.damaged", text.Data{"Path": damaged.KeptAs}
	case err != nil:
		opts.Notice = "save.failed"
	case found:
		opts.Progress = &p
	default:
		s.tellOtherProfiles(opts)
	}
}

// tellOtherProfiles helps a volunteer who typed a profile name a little
// differently from last time ("åse" is not "Åse"): a new profile says which
// profiles have saved progress.
func (s *saver) tellOtherProfiles(opts *wizard.Options) {
	names, err := s.store.Profiles()
	if err != nil || len(names) == 0 {
		return
	}
	opts.Notice, opts.Data = "save.other-profiles", text.Data{"Profile": s.profile, "Profiles": strings.Join(names, ", ")}
}

// setAside moves progress the guide cannot use out of the way, and starts fresh.
func (s *saver) setAside(opts *wizard.Options) {
	opts.Progress = nil
	keptAs, err := s.store.SetAside(s.profile)
	if err != nil {
		opts.Notice = "save.failed"
		return
	}
	opts.Notice, opts.Data = "save.damaged", text.Data{"Path": keptAs}
}

// reset asks before it deletes the saved progress, and reports whether to go on.
func (s *saver) reset(tr *text.Translator, stdin io.Reader, stdout io.Writer) bool {
	data := text.Data{"Profile": s.profile}
	fmt.Fprint(stdout, tr.T("cli.reset-ask", data)+" ")
	answer, _ := bufio.NewReader(stdin).ReadString('\n')
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "j", "ja", "y", "yes":
	default:
		fmt.Fprintln(stdout, tr.T("cli.reset-kept", data))
		return false
	}
	if s.err != nil || s.store.Delete(s.profile) != nil {
		fmt.Fprintln(stdout, tr.T("save.failed"))
		return false
	}
	fmt.Fprintln(stdout, tr.T("cli.reset-done", data))
	return true
}
