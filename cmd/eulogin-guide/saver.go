// Keeping a profile's progress between runs.

package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// saver keeps one profile's progress in the user's config directory. When
// there is no such directory the guide runs without saving, and says so.
type saver struct {
	profile string
	store   store.Store
	err     error
	last    map[string]*flow.Progress // what this guide read or saved last of each journey, by flow id
	swept   chan struct{}             // closed once the sweep load started has ended; nil when none was started
}

// done waits for what load started beside the guide.
func (s *saver) done() {
	if s.swept != nil {
		<-s.swept
	}
}

func newSaver(profile string) *saver {
	st, err := store.Default()
	return &saver{profile: profile, store: st, err: err, last: map[string]*flow.Progress{}}
}

// load puts the saved progress, or the reason there is none, into opts:
// the progress of the journey opts.Flow, or when follow is set, of the
// journey the person was on last (found by find among the journeys the
// guide has), and of every other journey begun. A person new to the guide
// is asked first where they stand (opts.Ask) when follow is set. Without a
// folder to save in, opts.Save stays nil and the guide says so.
func (s *saver) load(opts *core.Options, follow bool, find func(id string) *flow.Flow) {
	if s.err != nil {
		return
	}
	// What saves cut short left is swept beside the first screen, not
	// before it: the folder of a volunteer with 10,000 members takes 10 ms
	// to list. done waits for it.
	s.swept = make(chan struct{})
	go func() { defer close(s.swept); s.store.Sweep() }()
	opts.Save = func(p flow.Progress) string {
		err := s.store.SaveOver(s.profile, p, s.last[p.Flow])
		if err == nil {
			s.last[p.Flow] = &p
		}
		return store.Reason(err)
	}
	pr, found, err := s.store.Open(s.profile)
	var damaged *store.DamagedError
	switch {
	case errors.As(err, &damaged):
		opts.Notices = append(opts.Notices, core.Notice{ID: "save.damaged", Data: text.Data{"Path": damaged.KeptAs}})
	case err != nil:
		// Something is at the profile's place that cannot be read nor set
		// aside: saving would write over it, so the guide does not save.
		opts.Notices, opts.Save = append(opts.Notices, core.Notice{ID: "save.failed"}), nil
	case found:
		last := find(pr.Current)
		if follow && last != nil {
			opts.Flow = last
		}
		opts.Ask = follow && last == nil
		opts.Saved = map[string]flow.Progress{}
		for id, p := range pr.Journeys {
			opts.Saved[id], s.last[id] = p, &p
		}
		if p, ok := pr.Journeys[opts.Flow.ID]; ok {
			opts.Progress = &p
		}
	default:
		opts.Ask = follow
		if len(opts.Notices) == 0 { // nothing told of the profile yet, such as its reset
			s.tellOtherProfiles(opts)
		}
	}
}

// tellOtherProfiles helps a volunteer who typed a profile name a little
// differently from last time ("åse" is not "Åse"): a new profile names the
// few saved profiles closest to it, never the whole list.
// A name listed with no file any more (deleted by hand, or a list gone
// stale) is left out, and the closest are looked for again.
func (s *saver) tellOtherProfiles(opts *core.Options) {
	names, err := s.store.Profiles()
	if err != nil {
		return
	}
	near := closest(s.profile, names)
	for slices.ContainsFunc(near, s.gone) {
		names = slices.DeleteFunc(names, func(n string) bool { return slices.Contains(near, n) && s.gone(n) })
		near = closest(s.profile, names)
	}
	if len(near) > 0 {
		opts.Notices = append(opts.Notices, core.Notice{ID: "save.other-profiles", Data: text.Data{"Profile": s.profile, "Profiles": strings.Join(near, ", ")}})
	}
}

// gone says whether nothing is kept for the profile name.
func (s *saver) gone(name string) bool {
	found, err := s.store.Has(name)
	return err == nil && !found
}

// setAside moves the progress of the journey opts.Flow out of the way, as
// the guide cannot use it, and starts that journey fresh. What was read of
// the other journeys stays, so that they are saved as before.
func (s *saver) setAside(opts *core.Options) {
	opts.Progress = nil
	delete(s.last, opts.Flow.ID)
	keptAs, err := s.store.SetAside(s.profile, opts.Flow.ID)
	if err != nil {
		opts.Notices = append(opts.Notices, core.Notice{ID: "save.failed"})
		return
	}
	opts.Notices = append(opts.Notices, core.Notice{ID: "save.damaged", Data: text.Data{"Path": keptAs}})
}

// reset asks before it deletes the saved progress, and reports whether to
// go on, or else the exit code; going on, the guide says what happened
// (opts.Notices). Until the answer is yes, nothing is changed: the file is
// only looked at. A rehearsal deletes nothing, and asks nothing.
func (s *saver) reset(tr *text.Translator, stdin io.Reader, stdout io.Writer, opts *core.Options) (goOn bool, code int) {
	data := text.Data{"Profile": s.profile, "Dir": s.store.Dir}
	if opts.Mode == core.Rehearsal {
		opts.Notices = append(opts.Notices, core.Notice{ID: "save.rehearsal-reset", Data: data})
		return true, 0
	}
	if s.err == nil {
		if found, err := s.store.Has(s.profile); err == nil && !found {
			opts.Notices = append(opts.Notices, core.Notice{ID: "save.nothing-to-reset", Data: data})
			return true, 0
		}
	}
	fmt.Fprint(stdout, tr.T("cli.reset-ask", data)+" ")
	answer := readLine(stdin)
	if !slices.Contains(tr.Words("word.yes"), strings.ToLower(strings.TrimSpace(answer))) {
		fmt.Fprintln(stdout, tr.T("cli.reset-kept", data))
		return false, 0
	}
	err := s.err
	if err == nil {
		err = s.store.Delete(s.profile)
	}
	switch {
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
