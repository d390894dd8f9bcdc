// Command eulogin-guide is a Danish-first terminal guide to EU Login and the
// EU Login app for retired EU staff. It never uses the network.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/cli/browser"
	"github.com/muesli/termenv"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// options are what the command line asks for.
type options struct {
	lang, step    string
	help, version bool
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run does the work of main and returns the exit code: 0 done, 2 bad usage, 1 failure.
func run(args []string, stdout, stderr io.Writer) int {
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
	}
	model, err := wizard.New(wizard.Options{
		Flow: f, Text: tr, StartAt: opts.step, OpenURL: openQuietly,
		Colour: lipgloss.ColorProfile() != termenv.Ascii,
	})
	if err != nil {
		fmt.Fprintln(stderr, tr.T("cli.unknown-step", text.Data{"Step": opts.step, "Steps": ids}))
		return 2
	}
	if _, err := tea.NewProgram(model, tea.WithAltScreen()).Run(); err != nil {
		fmt.Fprintln(stderr, tr.T("cli.failed", text.Data{"Reason": err.Error()}))
		return 1
	}
	return 0
}

// parse reads the flags. Both -flag and --flag work, as in Go's flag package.
func parse(args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("eulogin-guide", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.lang, "lang", "", "")
	fs.StringVar(&o.step, "step", "", "")
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
