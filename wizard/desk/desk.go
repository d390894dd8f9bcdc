// Package desk keeps the members a guide helps: a volunteer of an
// association may help many on one computer, each a profile in the store
// with the progress of every journey they have begun. The desk opens a
// member's core with that progress, saves for it, switches between
// members and deletes one, and says what there is to tell of a member's
// saved progress as notices on the core's first screen.
//
// Like the core, it knows no particular service: the journeys are data
// (package flow), and it has no words of its own, only message ids.
package desk

import (
	"errors"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Desk is the members kept in one folder. It is used from one goroutine,
// the front-end's.
type Desk struct {
	store    store.Store
	nowhere  bool // no folder to keep progress in: nothing is read, nothing saved
	journeys []*flow.Flow
	members  map[string]*member // the members opened, by name
	deleted  map[string]bool    // the members this desk deleted, by name
	swept    chan struct{}      // closed once the sweep has ended; nil until it is started
	closing  chan struct{}      // closed by Close: the sweep waits no longer
}

// member is what the desk keeps of a member opened.
type member struct {
	name string
	// last is what this guide read or saved last of each journey, by
	// journey id: a save over anything else would lose what another guide
	// on the same member has saved since.
	last    map[string]*flow.Progress
	deleted bool // deleted since it was opened: its core saves nothing more
}

// New is the desk of the members kept in the folder dir, "" for none (the
// guide then runs without saving, and says so). journeys are the journeys
// the guide has, in the order its first question offers them.
func New(dir string, journeys []*flow.Flow) *Desk {
	return &Desk{store: store.Store{Dir: dir, Summariser: newSummariser(journeys)}, nowhere: dir == "", journeys: journeys,
		members: map[string]*member{}, deleted: map[string]bool{}}
}

// Default is the desk of the members kept in the user's configuration
// folder (store.Default), or of none if the system has no such folder.
func Default(journeys []*flow.Flow) *Desk {
	st, _ := store.Default() // without one, Dir is "": nowhere to save, which the core tells
	return New(st.Dir, journeys)
}

// Dir is the folder the members are kept in; "" for none.
func (d *Desk) Dir() string { return d.store.Dir }

// errNowhere is what deleting or looking up a member gives when there is
// no folder to keep members in.
var errNowhere = errors.New("desk: no folder to keep progress in")

// Has says whether anything is kept for the member name (see store.Has).
func (d *Desk) Has(name string) (bool, error) {
	if d.nowhere {
		return false, errNowhere
	}
	return d.store.Has(name)
}

// Delete deletes what is kept for the member name. A core of theirs still
// open saves nothing more, and says that it cannot save.
func (d *Desk) Delete(name string) error {
	if d.nowhere {
		return errNowhere
	}
	if err := d.store.Delete(name); err != nil {
		return err
	}
	if m, ok := d.members[name]; ok {
		m.deleted = true
		delete(d.members, name)
	}
	d.deleted[name] = true
	return nil
}

// Open makes a core for the member name with opts, and switches to that
// member: opts says the journey, the words, the mode and where to start;
// the desk adds the journeys, the member's name (none shown for
// store.DefaultProfile), where to save, what is saved of every journey the
// member has begun, notices about it after opts.Notices, and the overview
// of every member. With opts.Ask
// (neither a journey nor a step asked for) a member with saved progress
// goes on with the journey they were on, and is asked where they stand
// only if this guide does not have it. A rehearsal reads and saves
// nothing. Saved progress of the journey that does not fit this version
// of the guide is set aside, and the journey starts fresh.
func (d *Desk) Open(name string, opts core.Options) (*core.Core, error) {
	m := &member{name: name, last: map[string]*flow.Progress{}}
	d.members[name] = m
	opts.Journeys = d.journeys
	if name != store.DefaultProfile {
		opts.Profile = name
	}
	if opts.Mode != core.Rehearsal {
		d.load(m, &opts)
	}
	if opts.Mode != core.Rehearsal && !d.nowhere { // a rehearsal reads and deletes nothing
		opts.Overview = &core.Overview{Summaries: d.Summaries, Check: d.checkName, Progress: d.Progress}
	}
	c, err := core.New(opts)
	if errors.As(err, new(*flow.ProgressError)) {
		d.setAside(m, &opts)
		c, err = core.New(opts)
	}
	return c, err
}

// Progress is what is saved of every journey of the member name, by
// journey id, read without opening the member and changing nothing (for
// what they take home).
func (d *Desk) Progress(name string) (map[string]flow.Progress, error) {
	pr, err := d.store.Peek(name)
	return pr.Journeys, err
}

// Close waits for what the desk does beside the guide: the sweep of what
// saves cut short left, started now if it was still waiting.
func (d *Desk) Close() {
	if d.swept != nil {
		close(d.closing)
		<-d.swept
		d.swept = nil
	}
}

// sweepAfter is how long the sweep waits before it starts: the first
// screen is drawn in some 20 ms, and the sweep, which lists a volunteer's
// folder of 10,000 members in 10 ms, would slow it by a quarter on a
// machine of two cores.
const sweepAfter = time.Second

// sweep starts the sweep, once: it runs beside the guide once the first
// screen is drawn, or at Close, whichever comes first.
func (d *Desk) sweep() {
	if d.swept != nil {
		return
	}
	d.swept, d.closing = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(d.swept)
		select {
		case <-time.After(sweepAfter):
		case <-d.closing:
		}
		d.store.Sweep()
	}()
}

// find is the journey with the id, or nil if there is none.
func find(journeys []*flow.Flow, id string) *flow.Flow {
	for _, f := range journeys {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// load puts what is kept of the member into opts (see Open). Without a
// folder to save in, opts.Save stays nil and the core says so.
func (d *Desk) load(m *member, opts *core.Options) {
	if d.nowhere {
		return
	}
	d.sweep()
	opts.Save = d.saver(m)
	follow := opts.Ask
	pr, found, err := d.store.Open(m.name)
	var damaged *store.DamagedError
	switch {
	case errors.As(err, &damaged):
		opts.Notices = append(opts.Notices, core.Notice{ID: "save.damaged", Data: text.Data{"Path": damaged.KeptAs}})
	case err != nil:
		// Something is at the member's place that cannot be read nor set
		// aside: saving would write over it, so the guide does not save.
		opts.Notices, opts.Save = append(opts.Notices, core.Notice{ID: "save.failed"}), nil
	case found:
		last := find(d.journeys, pr.Current)
		if follow && last != nil {
			opts.Flow = last
		}
		opts.Ask = follow && last == nil
		opts.Saved = map[string]flow.Progress{}
		for id, p := range pr.Journeys {
			opts.Saved[id], m.last[id] = p, &p
		}
		if p, ok := pr.Journeys[opts.Flow.ID]; ok {
			opts.Progress = &p
		}
	default:
		d.tellOtherMembers(m.name, opts)
	}
}

// saver is the core's Save for the member m.
func (d *Desk) saver(m *member) core.Saver {
	return func(p flow.Progress) string {
		if m.deleted {
			return store.ReasonFailed
		}
		err := d.store.SaveOver(m.name, p, m.last[p.Flow])
		if err == nil {
			m.last[p.Flow] = &p
		}
		return store.Reason(err)
	}
}

// setAside moves the member's progress of the journey opts.Flow out of the
// way, as the guide cannot use it, and starts that journey fresh. What was
// read of the other journeys stays, so that they are saved as before.
func (d *Desk) setAside(m *member, opts *core.Options) {
	opts.Progress = nil
	delete(m.last, opts.Flow.ID)
	keptAs, err := d.store.SetAside(m.name, opts.Flow.ID)
	if err != nil {
		opts.Notices = append(opts.Notices, core.Notice{ID: "save.failed"})
		return
	}
	opts.Notices = append(opts.Notices, core.Notice{ID: "save.damaged", Data: text.Data{"Path": keptAs}})
}

// Settings are the settings kept for the member name, by setting id: none
// when nothing is kept, or there is no folder to keep them in.
func (d *Desk) Settings(name string) map[string]string {
	if d.nowhere {
		return nil
	}
	return d.store.Settings(name)
}

// KeepSetting keeps a setting of the member name ("" drops it).
func (d *Desk) KeepSetting(name, id, value string) error {
	if d.nowhere {
		return errNowhere
	}
	return d.store.KeepSetting(name, id, value)
}

// Members are the names of the members with something kept, sorted.
func (d *Desk) Members() []string {
	if d.nowhere {
		return nil
	}
	names, err := d.store.Profiles()
	if err != nil {
		return nil
	}
	return names
}
