// The content the guide runs on: built in, or corrected by a folder.

package main

import (
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// loadContent gives the built-in journeys and words, corrected by the
// folder dir when one is given and it passes every check. A folder that
// does not is told as refused, and the built-in content is used.
func loadContent(dir string) (content steps.Content, refused *steps.ContentError, err error) {
	content, err = steps.BuiltIn()
	if err != nil || dir == "" {
		return content, nil, err
	}
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) || err == nil && !info.IsDir() { // a slip in the name: else nothing would say so
		return content, &steps.ContentError{File: dir, Item: dir, Problem: "no-folder"}, nil
	}
	root, err := os.OpenRoot(dir) // within the folder only: a link out of it is not followed
	if err != nil {
		return content, &steps.ContentError{File: dir, Item: dir, Problem: "unreadable-folder"}, nil
	}
	defer root.Close()
	corrected, err := steps.WithFolder(root.FS())
	if errors.As(err, &refused) {
		return content, refused, nil
	}
	if err != nil {
		return content, &steps.ContentError{File: dir, Item: dir, Problem: "unreadable-folder"}, nil
	}
	return corrected, nil, nil
}

// refusedData is the data of the message content.refused: why the folder
// dir was not used, in the user's words. The folder's name and what it
// holds are shown without a character that could drive the terminal.
func refusedData(tr *text.Translator, dir string, refused *steps.ContentError) text.Data {
	problem := tr.T("content."+refused.Problem, text.Data{"File": text.Shown(refused.File), "Item": text.Shown(refused.Item),
		"Detail": text.Shown(refused.Detail)})
	return text.Data{"Dir": text.Shown(dir), "Problem": problem}
}

// tellRefused puts the reason a content folder was not used on the start
// screen.
func tellRefused(opts *core.Options, tr *text.Translator, dir string, refused *steps.ContentError) {
	if refused != nil {
		opts.Notices = append(opts.Notices, core.Notice{ID: "content.refused", Data: refusedData(tr, dir, refused)})
	}
}

// defaultJourney is the journey of a person new to the guide.
const defaultJourney = "new-account"

// journeyIDs lists the ids of the journeys, for a message.
func journeyIDs(content steps.Content) string {
	var ids []string
	for _, f := range content.Flows {
		ids = append(ids, f.ID)
	}
	return strings.Join(ids, ", ")
}
