// The content the guide runs on: built in, or corrected by a folder.

package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// loadContent gives the built-in journeys and words, corrected by the
// folder dir when one is given and it passes every check. A folder that
// does not is told as refused, and the built-in content is used.
func loadContent(dir string) (built content.Content, refused *content.Error, err error) {
	built, err = steps.BuiltIn()
	if err != nil || dir == "" {
		return built, nil, err
	}
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) || err == nil && !info.IsDir() { // a slip in the name: else nothing would say so
		return built, &content.Error{File: dir, Item: dir, Problem: "no-folder"}, nil
	}
	root, err := os.OpenRoot(dir) // within the folder only: a link out of it is not followed
	if err != nil {
		return built, &content.Error{File: dir, Item: dir, Problem: "unreadable-folder"}, nil
	}
	defer root.Close()
	corrected, err := steps.WithFolder(root.FS())
	if errors.As(err, &refused) {
		return built, refused, nil
	}
	if err != nil {
		return built, &content.Error{File: dir, Item: dir, Problem: "unreadable-folder"}, nil
	}
	return corrected, nil, nil
}

// refusedData is the data of the message content.refused: why the folder
// dir was not used, in the user's words. The folder's name and what it
// holds are shown without a character that could drive the terminal.
func refusedData(tr *text.Translator, dir string, refused *content.Error) text.Data {
	problem := tr.T("content."+refused.Problem, text.Data{"File": text.Shown(refused.File), "Item": text.Shown(refused.Item),
		"Detail": text.Shown(refused.Detail)})
	return text.Data{"Dir": text.Shown(dir), "Problem": problem}
}

// tellRefused puts the reason a content folder was not used on the first
// screen, with what is told there of the saved progress.
func tellRefused(opts *core.Options, tr *text.Translator, dir string, refused *content.Error) {
	if refused == nil {
		return
	}
	opts.Notices = append(opts.Notices, core.Notice{ID: "content.refused", Data: refusedData(tr, dir, refused)})
}

// defaultJourney is the journey of a person new to the guide.
const defaultJourney = "new-account"

// journeyIDs lists the ids of the journeys, for a message.
func journeyIDs(c content.Content) string {
	var ids []string
	for _, f := range c.Flows {
		ids = append(ids, f.ID)
	}
	return strings.Join(ids, ", ")
}

// besideFolder is the folder of corrections an association puts beside
// the program, used without --content: a pensioner who double-clicks
// never types a flag.
const besideFolder = "rettelser"

// correctionsFolder is the folder of corrections to use: the one --content
// names, or else a folder besideFolder beside the program, or none.
func correctionsFolder(asked string) string {
	if asked != "" {
		return asked
	}
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	if real, err := filepath.EvalSymlinks(exe); err == nil {
		exe = real
	}
	dir := filepath.Join(filepath.Dir(exe), besideFolder)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return ""
	}
	return dir
}

// stepsByJourney lists the step ids of every journey, a journey a line,
// for --help: --step opens a step of the journey --journey names.
func stepsByJourney(c content.Content) string {
	var lines []string
	for _, f := range c.Flows {
		lines = append(lines, "  "+f.ID+": "+strings.Join(f.StepIDs(), ", "))
	}
	return strings.Join(lines, "\n")
}

// journeyOfStep is the first journey that has a step of the id, or "".
func journeyOfStep(c content.Content, id string) string {
	for _, f := range c.Flows {
		if f.Step(id) != nil {
			return f.ID
		}
	}
	return ""
}
