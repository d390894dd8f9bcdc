// Command eulogin-guide is a Danish-first terminal guide to EU Login and the
// EU Login app for retired EU staff. It never uses the network.
package main

import (
	"bufio"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/inconshreveable/mousetrap"
	"github.com/muesli/termenv"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/desk"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/fullscreen"
	"github.com/eulogin-guide/eulogin-guide/wizard/plain"
	"github.com/eulogin-guide/eulogin-guide/wizard/sheet"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// version, commit and date are set by a release build (.ci/release) with
// -ldflags "-X main.version=... -X main.commit=... -X main.date=...". A
// build without them names the commit Go stamped into it, if any.
var version, commit, date = "0.1.0-dev", "", ""

// buildStamp is the commit the program was built from and its day, "?"
// where unknown; a commit with changes not committed says so.
func buildStamp() (string, string) {
	if commit != "" {
		return commit, cmp.Or(date, "?")
	}
	rev, day, modified := "?", "?", false
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value[:min(12, len(s.Value))]
			case "vcs.time":
				day, _, _ = strings.Cut(s.Value, "T")
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if modified {
		rev += "+changes"
	}
	return rev, day
}

// options are what the command line asks for.
type options struct {
	lang, step, profile, content, journey string
	sheet, calendar                       string // files to write the member's sheet and calendar to, opening nothing
	plain, reset, help, version           bool
	rehearse, helper, overview            bool
	rehearseOnce                          bool   // a rehearsal for this sitting (core.Change.Once): nothing of it is kept, not even that it is one
	helping                               bool   // helper mode for this sitting, kept for no member: the overview (--overview), or a volunteer gone on to another member (core.Change.Helping)
	nameChecked                           bool   // the member was made in the overview, their name checked there (core.Change.Made)
	screen                                string // a setting only: "light", "dark", or "" as the terminal says
	given                                 given  // what the command line asked for, before the settings kept
}

// given is what the command line asked for of what a setting changes too.
type given struct {
	lang                    string
	plain, helper, rehearse bool
}

func main() {
	harden()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run does the work of main and returns the exit code: 0 done, 2 bad usage,
// 1 failure, 128 and its number after a signal.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	readerRuns := screenReaderCheck()
	opts, parseErr := parse(args)
	opts.content = correctionsFolder(opts.content)
	content, refused, err := loadContent(opts.content)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	members := desk.Default(content.Flows)
	if parseErr == nil && store.CheckProfile(opts.profile) == "" {
		opts.remembered(members.Settings(opts.profile))
	}
	lang, langKnown := languageOf(opts, content.Languages)
	tr, err := text.Load(locales.Files, lang, locales.Default, content.Overrides...)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if mousetrap.StartedByExplorer() { // double-clicked on Windows: the window closes on exit
		defer waitForEnter(tr, stdin, stdout)
	}
	wanted := cmp.Or(opts.journey, defaultJourney)
	f := content.Flow(wanted)
	if f == nil {
		f = content.Flows[0]
	}
	ids := strings.Join(f.StepIDs(), ", ")
	usage := tr.T("cli.usage", text.Data{"Steps": stepsByJourney(content)})
	switch {
	case parseErr != nil:
		fmt.Fprintln(stderr, tr.T("cli.bad-args", text.Data{"Args": shown(strings.Join(args, " "))}))
		fmt.Fprintln(stderr, usage)
		return 2
	case !langKnown:
		fmt.Fprintln(stderr, tr.T("cli.bad-lang", text.Data{"Lang": shown(opts.lang)}))
		return 2
	case opts.help:
		fmt.Fprintln(stdout, usage)
		if refused != nil {
			fmt.Fprintln(stdout, "\n"+tr.T("content.refused", refusedData(tr, opts.content, refused)))
		}
		return 0
	case opts.version:
		rev, day := buildStamp()
		fmt.Fprintln(stdout, tr.T("cli.version", text.Data{"Version": version, "Commit": rev, "Date": day}))
		return 0
	case f.ID != wanted:
		fmt.Fprintln(stderr, tr.T("cli.unknown-journey", text.Data{"Journey": shown(opts.journey), "Journeys": journeyIDs(content)}))
		return 2
	case opts.step != "" && f.Step(opts.step) == nil:
		if other := journeyOfStep(content, opts.step); other != "" && opts.journey == "" {
			fmt.Fprintln(stderr, tr.T("cli.step-in-journey", text.Data{"Step": shown(opts.step), "Journey": other}))
		} else {
			fmt.Fprintln(stderr, tr.T("cli.unknown-step", text.Data{"Step": shown(opts.step), "Steps": ids}))
		}
		return 2
	}
	if reason := store.CheckProfile(opts.profile); reason != "" {
		fmt.Fprintln(stderr, tr.T(profileProblems[reason], text.Data{"Profile": shown(opts.profile)}))
		return 2
	}
	if opts.sheet != "" || opts.calendar != "" {
		return takeHome(members, opts, guideOptions(opts, f, tr, content, lang, true, members), stdout, stderr)
	}

	plainMode := opts.plain || plainWanted(os.Getenv)
	if fits, why := (console{goos: runtime.GOOS, vt: takesEscapes(), getenv: os.Getenv}).plainFits(); fits && !plainMode {
		plainMode = true
		fmt.Fprintln(stdout, tr.T(why)) // and how to get the full screen
	}
	var notices []core.Notice
	if !plainMode && askLines(members, &opts, tr, readerRuns, stdin, stdout) {
		plainMode, notices = true, []core.Notice{{ID: "settings.lines-now"}}
	}
	if !plainMode { // said before the alternate screen hides it: a screen reader reads it at once
		fmt.Fprintln(stdout, tr.T("app.lines-first", text.Data{"Key": fullscreen.LinesKey()}))
	}
	copts := guideOptions(opts, f, tr, content, lang, plainMode, members)
	copts.Notices, copts.OpenOverview = notices, opts.overview
	tellRefused(&copts, tr, opts.content, refused)
	if opts.reset {
		if goOn, code := reset(members, opts.profile, tr, stdin, stdout, &copts); !goOn {
			return code
		}
	}
	if secretReader() == nil { // not a terminal: read ahead once, for every start of the guide in this run
		stdin = bufio.NewReader(stdin)
	}
	var kept string
	for {
		var asked *core.Change
		kept, asked, err = start(members, opts.profile, copts, plainMode, stdin, stdout)
		if err != nil || asked == nil {
			break
		}
		// Started again with the change, at the settings, on the journey the
		// member is on.
		notice := change(members, &opts, *asked)
		opts.journey, opts.step = "", ""
		if lang, _ = languageOf(opts, content.Languages); lang != tr.Lang() {
			if tr, err = text.Load(locales.Files, lang, locales.Default, content.Overrides...); err != nil {
				fmt.Fprintln(stderr, err)
				return 1
			}
		}
		plainMode = opts.plain || plainWanted(os.Getenv)
		copts = guideOptions(opts, f, tr, content, lang, plainMode, members)
		copts.Notices, copts.OpenSettings, copts.OpenOverview = []core.Notice{notice}, !asked.Stay && !asked.Overview, asked.Overview
		copts.RulesRead = asked.RulesRead // a helper who read them this sitting is not told them again
	}
	members.Close()
	var signalled endedBy
	switch data := (text.Data{"Kept": kept}); {
	case errors.As(err, &signalled): // as the plain mode says and ends
		fmt.Fprintln(stdout, kept)
		return signalled.exitCode()
	case errors.Is(err, errCrashed):
		fmt.Fprintln(stderr, tr.T("cli.crashed", data))
		return 1
	case err != nil: // the input or output failed: the system's words are not the user's
		fmt.Fprintln(stderr, tr.T("cli.failed", data))
		return 1
	}
	return 0
}

// languageOf is the language the guide speaks: the one asked for (by
// --lang or the member's setting), or else the environment's; false when
// the one asked for is none the guide has.
func languageOf(o options, languages []string) (string, bool) {
	lang := text.FromEnv(os.Getenv, languages, locales.Default)
	if o.lang == "" {
		return lang, true
	}
	return langFlag(o.lang, languages, lang)
}

// guideOptions are the core's options for a start of the guide.
// Without --journey or --step, the guide goes on with the journey the
// person was on.
func guideOptions(o options, f *flow.Flow, tr *text.Translator, c content.Content, lang string, plainMode bool, members *desk.Desk) core.Options {
	home, _ := os.UserHomeDir() // none: the guide says it has no folder to write a sheet in
	copts := core.Options{Flow: f, Text: tr, Helper: o.helper, StartAt: o.step, OpenURL: openQuietly,
		Colour: !plainMode && lipgloss.ColorProfile() != termenv.Ascii, Topics: c.Topics,
		Ask: o.journey == "" && o.step == "", Settings: settings(o, lang, c.Languages),
		Members:  slices.DeleteFunc(members.Members(), func(name string) bool { return name == o.profile }),
		Failures: c.Failures, Genuine: steps.Genuine, GenuineTopic: steps.GenuineTopic, Letters: c.Letters,
		Sheet: c.Sheet, Blank: c.Blank, Write: sheet.Writer(sheet.Folder(home)), NameChecked: o.nameChecked}
	copts.LetterWords = func() []*text.Translator { // read when a letter is first shown, not before the first screen
		words, _ := steps.LetterWords(tr, c) // built in, and checked by the tests: none only for a broken folder of corrections
		return words
	}
	if o.rehearse { // with --helper too: a rehearsal with a member is what both are for
		copts.Mode = core.Rehearsal
	} else {
		copts.ToRehearsal = &core.Change{Setting: settingRehearse, Value: on, Stay: true, Once: true}
		// Kept for the member, as the settings' helper item is: a volunteer at
		// a member's profile is back there next time.
		copts.ToHelper = &core.Change{Setting: settingHelper, Value: on, Stay: true}
	}
	if plainMode {
		copts.Caption = "plain.caption" // "1. etape, trin 4 af 16": a screen reader reads no "·"
		copts.Speaking = true           // codes spelled, dates in words
	} else {
		copts.ToLines = &core.Change{Setting: settingLines, Value: on, Stay: true} // a key, where the person is
	}
	return copts
}

// start opens the member's core and runs the guide in the plain
// line-by-line mode or full screen, and gives what quitting keeps, in
// words (the progress saved, or in a rehearsal nothing).
func start(members *desk.Desk, member string, opts core.Options, plainMode bool, stdin io.Reader, stdout io.Writer) (kept string, asked *core.Change, err error) {
	c, err := members.Open(member, opts)
	if err != nil {
		return "", nil, err
	}
	if plainMode {
		defer restoreOnSignal(c.Farewell)()
		err = runPlain(c, stdin, stdout)
	} else {
		err = runFullScreen(c, screenBackground(opts.Settings))
	}
	if ch, ok := c.Change(); ok && err == nil {
		asked = &ch
	}
	return c.Farewell(), asked, err
}

// errCrashed is an error of the guide's own, caught before it reached the
// user's screen as a dump.
var errCrashed = errors.New("the guide met an error of its own")

// runPlain runs the plain mode, catching an error of the guide's own.
func runPlain(c *core.Core, stdin io.Reader, stdout io.Writer) (err error) {
	defer func() {
		if recover() != nil {
			err = errCrashed
		}
	}()
	return plain.Run(c, stdin, stdout, secretReader())
}

// shown is what the user typed on the command line, as it may be printed
// back: without control characters, so no escape sequence reaches the
// terminal (the user's own, but pasted from who knows where).
func shown(typed string) string { return core.WithoutControls(typed) }

// profileProblems are the messages for store.CheckProfile's reasons.
var profileProblems = map[string]string{
	"profile-empty":    "cli.profile-empty",
	"profile-too-long": "cli.profile-too-long",
	"profile-bad-char": "cli.profile-bad-char",
}

// langFlag reads --lang as the environment's LANG is read ("EN", "da-DK"
// and "en_GB.UTF-8" name languages too): the language named and true, or
// otherwise and false when the guide has no such language.
func langFlag(value string, supported []string, otherwise string) (string, bool) {
	if slices.Contains(supported, value) { // a language added by --content, as its files name it
		return value, true
	}
	lang := text.FromEnv(func(string) string { return value }, supported, "")
	return cmp.Or(lang, otherwise), lang != ""
}

// parse reads the flags. Both -flag and --flag work, as in Go's flag package.
func parse(args []string) (options, error) {
	o := options{profile: store.DefaultProfile}
	fs := flag.NewFlagSet("eulogin-guide", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.lang, "lang", "", "")
	fs.StringVar(&o.step, "step", "", "")
	fs.StringVar(&o.profile, "profile", store.DefaultProfile, "")
	fs.StringVar(&o.content, "content", "", "")
	fs.StringVar(&o.journey, "journey", "", "")
	fs.BoolVar(&o.plain, "plain", false, "")
	fs.BoolVar(&o.reset, "reset", false, "")
	fs.BoolVar(&o.help, "help", false, "")
	fs.BoolVar(&o.help, "h", false, "") // a flag of its own, so the flags after it are read too (-h --lang en)
	fs.BoolVar(&o.version, "version", false, "")
	fs.BoolVar(&o.rehearse, "rehearse", false, "")
	fs.BoolVar(&o.helper, "helper", false, "")
	fs.BoolVar(&o.overview, "overview", false, "")
	fs.StringVar(&o.sheet, "sheet", "", "")
	fs.StringVar(&o.calendar, "calendar", "", "")
	err := fs.Parse(args)
	if err == nil && fs.NArg() > 0 {
		err = fmt.Errorf("unexpected %q", fs.Arg(0))
	}
	o.given = given{lang: o.lang, plain: o.plain, helper: o.helper, rehearse: o.rehearse}
	o.helping = o.overview // the overview of every member on the computer is a volunteer's
	return o, err
}

// takeHome writes the member's sheet (--sheet) and calendar (--calendar,
// without their name) to the files named, opening nothing, for a
// volunteer's script; each file written is said, and a file that could
// not be, with why, ends with exit code 1.
func takeHome(members *desk.Desk, o options, copts core.Options, stdout, stderr io.Writer) int {
	defer members.Close()
	if kept, err := members.Has(o.profile); err == nil && !kept && o.profile != store.DefaultProfile {
		// A name typed wrong would print a sheet of nothing begun, for a
		// member who has begun: said, with the names near it.
		id, near := "takehome.no-member", members.Near(o.profile)
		if len(near) > 0 {
			id = "takehome.no-member-near"
		}
		fmt.Fprintln(stderr, copts.Text.T(id, text.Data{"Profile": shown(o.profile), "Profiles": strings.Join(near, ", ")}))
		return 2
	}
	c, err := members.Open(o.profile, copts)
	if err != nil {
		fmt.Fprintln(stderr, copts.Text.T("takehome.failed-failed", text.Data{"Path": cmp.Or(o.sheet, o.calendar)}))
		return 1
	}
	code := 0
	for _, out := range []struct {
		file string
		p    func() core.Printout
	}{{o.sheet, c.MemberSheet}, {o.calendar, func() core.Printout { return c.MemberCalendar(false) }}} {
		if out.file == "" {
			continue
		}
		path := out.file
		if abs, err := filepath.Abs(path); err == nil { // the notice names the file wherever the script ran
			path = abs
		}
		if reason := sheet.Write(path, out.p()); reason != "" {
			fmt.Fprintln(stderr, copts.Text.T("takehome.failed-"+reason, text.Data{"Path": path}))
			code = 1
			continue
		}
		fmt.Fprintln(stdout, copts.Text.T("takehome.written", text.Data{"Path": path}))
	}
	return code
}
