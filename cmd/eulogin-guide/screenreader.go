// Whether a screen reader runs, as the system says it, so that the line
// mode made for one is offered before the full screen.

package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/eulogin-guide/eulogin-guide/wizard/desk"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// screenReaderEnv, for tests only, says instead of the system whether a
// screen reader runs: "1" one does, "0" none does (a test on a desktop
// with Orca running). A user asks for the line mode with ACCESSIBLE=1.
const screenReaderEnv = "EULOGIN_GUIDE_SCREEN_READER"

// screenReaderRuns tells whether a screen reader runs: as screenReaderEnv
// says, or else as the system does.
func screenReaderRuns(getenv func(string) string, system func() bool) bool {
	switch getenv(screenReaderEnv) {
	case "1":
		return true
	case "0":
		return false
	}
	return system()
}

// screenReaderCheck starts asking the system whether a screen reader runs
// (screenReaderRunning, one for each system; on Linux it reads the name of
// every process), beside the loading of the content, so that the answer
// is ready when the first screen needs it; the function returned waits
// for it.
func screenReaderCheck() func() bool {
	answer := make(chan bool, 1)
	go func() { answer <- screenReaderRunning() }()
	return sync.OnceValue(func() bool { return <-answer })
}

// askLines asks, where a screen reader runs and the member has not chosen
// between the line mode and the full screen before, whether to take the
// line mode: Enter (or anything but no) takes it. The answer is kept for
// the member, and told by whether the line mode is taken.
func askLines(members *desk.Desk, o *options, tr *text.Translator, readerRuns func() bool, stdin io.Reader, stdout io.Writer) bool {
	if _, chosen := members.Settings(o.profile)[settingLines]; chosen || !screenReaderRuns(os.Getenv, readerRuns) {
		return false
	}
	fmt.Fprintln(stdout, tr.T("cli.screen-reader"))
	answer := strings.ToLower(strings.TrimSpace(readLine(stdin)))
	taken, value := !slices.Contains(tr.Words("word.no"), answer), off
	if taken {
		value = on
	}
	_ = members.KeepSetting(o.profile, settingLines, value) // not kept: asked again next time, no harm
	o.plain = taken
	return taken
}
