// --reset: deleting a member's saved progress, after asking.

package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/desk"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// reset asks before it deletes what is saved of the member, and reports
// whether to go on, or else the exit code; going on, the guide says what
// happened (opts.Notices). Until the answer is yes, nothing is changed:
// the file is only looked at. A rehearsal deletes nothing, and asks nothing.
func reset(members *desk.Desk, member string, tr *text.Translator, stdin io.Reader, stdout io.Writer, opts *core.Options) (goOn bool, code int) {
	data := text.Data{"Profile": member, "Dir": members.Dir()}
	if opts.Mode == core.Rehearsal {
		opts.Notices = append(opts.Notices, core.Notice{ID: "save.rehearsal-reset", Data: data})
		return true, 0
	}
	if found, err := members.Has(member); err == nil && !found {
		opts.Notices = append(opts.Notices, core.Notice{ID: "save.nothing-to-reset", Data: data})
		return true, 0
	}
	fmt.Fprint(stdout, tr.T("cli.reset-ask", data)+" ")
	answer := readLine(stdin)
	if !slices.Contains(tr.Words("word.yes"), strings.ToLower(strings.TrimSpace(answer))) {
		fmt.Fprintln(stdout, tr.T("cli.reset-kept", data))
		return false, 0
	}
	switch err := members.Delete(member); {
	case store.Reason(err) == store.ReasonReadOnly:
		fmt.Fprintln(stdout, tr.T("cli.reset-read-only", data))
		return false, 1
	case err != nil:
		fmt.Fprintln(stdout, tr.T("cli.reset-failed", data))
		return false, 1
	}
	opts.Notices = append(opts.Notices, core.Notice{ID: "save.reset-done", Data: data})
	return true, 0
}
