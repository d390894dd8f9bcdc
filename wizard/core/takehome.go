package core

import (
	"cmp"
	"maps"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// What a member takes home: a sheet to print, built from the same blocks
// as a screen (Options.Sheet says its sections), the blank sheet for a
// help session (Options.Blank), and the dates ahead for a calendar. The
// core builds them from the member's journeys; Options.Write makes files
// of them. Of a journey only the stages, the choices and the dates are
// read: nothing typed is on them.

// Printout is a file to write: a sheet, or a calendar.
type Printout struct {
	File     string    // its name without a folder, in the member's language ("EU Login-ark Åse.html")
	Lang     string    // the language it is written in
	Sheet    *Sheet    // nil for a calendar
	Calendar *Calendar // nil for a sheet
}

// Sheet is a sheet to print, not yet drawn.
type Sheet struct {
	Title    string
	Top      []Block // who it is for, the day it was made, what it is
	Sections []SheetSection
}

// SheetSection is one section of a sheet.
type SheetSection struct {
	Heading string
	Body    []Block
	Panels  []Panel // QR codes: Text the address, Caption its name
	Lines   int     // empty lines to write on, after the body
	NewPage bool    // printed from the top of a page of its own (a letter to send)
}

// Calendar is the dates ahead of a member, for a calendar program.
type Calendar struct {
	Name  string
	Made  time.Time
	Dates []Date
}

// Date is a day that matters, ahead or overdue.
type Date struct {
	UID   string    // the same each time this date is written, so a calendar program updates it
	Day   time.Time // a whole day
	Title string
	Body  string
}

// Writer writes a printout in the folder it chooses, and gives the file's
// path, or why it could not: a reason code told as "takehome.failed-<code>"
// ("no-folder", "read-only", "disk-full", "failed").
type Writer func(Printout) (path, reason string)

// Reasons are the reason codes a Writer may give.
var Reasons = []string{"no-folder", "read-only", "disk-full", "failed"}

// takeHomer is a member's journeys, for what they take home.
type takeHomer struct {
	name     string // the profile; "" for the default one
	sessions []*flow.Session
}

// own is the member on now: the journeys begun, as far as they are now.
func (c *Core) own() takeHomer {
	m := takeHomer{name: c.opts.Profile}
	journeys := c.opts.Journeys
	if len(journeys) == 0 { // the one journey, without a first question
		journeys = []*flow.Flow{c.opts.Flow}
	}
	for _, f := range journeys {
		if s := c.begun(f); s != nil {
			m.sessions = append(m.sessions, s)
		}
	}
	return m
}

// other is another member, read through the overview without making them
// the member on now; a journey that cannot be read is left out.
func (c *Core) other(name string) takeHomer {
	m := takeHomer{name: name}
	saved, _ := c.opts.Overview.Progress(name) // nothing read: a sheet of no journey, which says so
	for _, f := range c.opts.Journeys {
		p, ok := saved[f.ID]
		if s := c.newSession(f); ok && s.Restore(p) == nil && s.Begun() {
			m.sessions = append(m.sessions, s)
		}
	}
	return m
}

// MemberSheet is the sheet of the member on now.
func (c *Core) MemberSheet() Printout { return c.sheetOf(c.own()) }

// MemberCalendar is the calendar of the member on now, with their name
// only where named.
func (c *Core) MemberCalendar(named bool) Printout { return c.calendarOf(c.own(), named) }

// fileName is the name of a printout's file: its words, the member's name
// where there is one, and the ending.
func (c *Core) fileName(id, name, ext string) string {
	if name != "" {
		return c.t.T(id) + " " + name + ext
	}
	return c.t.T(id) + ext
}

// sheetOf is a member's sheet: the sections Options.Sheet names, those
// the engine fills in from the member's journeys, and the paragraphs and
// addresses for the member's choices.
func (c *Core) sheetOf(m takeHomer) Printout {
	answers := flow.Answers{}
	for _, s := range slices.Backward(m.sessions) { // the first journey's answer wins
		for id, a := range s.Answers {
			if s.Flow.Step(id) != nil && s.Flow.Step(id).Kind == flow.Choose {
				answers[id] = a
			}
		}
	}
	var top []Block
	if m.name != "" {
		top = append(top, Block{Kind: Badge, Text: c.t.T("app.profile", text.Data{"Profile": m.name})})
	}
	sh := c.sheet(c.opts.Sheet, top, answers, func(sec flow.SheetSection) []SheetSection {
		switch sec.Fill {
		case flow.FillDone:
			return []SheetSection{{Heading: c.t.T(sec.Title), Body: c.doneBlocks(m.sessions)}}
		case flow.FillNext:
			return []SheetSection{{Heading: c.t.T(sec.Title), Body: c.nextBlocks(m.sessions)}}
		case flow.FillLetters:
			return c.letterSections(m, sec.Title)
		}
		return []SheetSection{{Heading: c.t.T(sec.Title)}}
	})
	return Printout{File: c.fileName("takehome.sheet-file", m.name, ".html"), Lang: c.t.Lang(), Sheet: &sh}
}

// BlankSheet is the sheet to bring to a help session, the same for all.
func (c *Core) BlankSheet() Printout {
	sh := c.sheet(c.opts.Blank, nil, flow.Answers{}, func(sec flow.SheetSection) []SheetSection {
		if sec.Fill != flow.FillNone {
			return nil // a blank sheet is no member's
		}
		return []SheetSection{{Heading: c.t.T(sec.Title)}}
	})
	return Printout{File: c.fileName("takehome.blank-file", "", ".html"), Lang: c.t.Lang(), Sheet: &sh}
}

// sheet builds the sheet def says, after top and the day it is made;
// filled gives what a section of def comes to: its heading and what the
// engine fills in, none, or a section for each letter; the section's own
// paragraphs and addresses go in the first.
func (c *Core) sheet(def *flow.Sheet, top []Block, answers flow.Answers, filled func(flow.SheetSection) []SheetSection) Sheet {
	top = append(top, Block{Kind: Caption, Text: c.t.T("takehome.made", text.Data{"Date": c.t.Date(c.Now())})},
		Block{Kind: Text, Text: c.t.T(def.Intro)})
	sh := Sheet{Title: c.t.T(def.Title), Top: top}
	for _, sec := range def.Sections {
		parts := filled(sec)
		if len(parts) == 0 {
			continue
		}
		out := &parts[0]
		out.Lines = sec.Lines
		for _, t := range sec.Body {
			if t.When.Holds(answers) && (!t.Optional || c.t.Has(t.ID)) {
				out.Body = append(out.Body, Block{Kind: Text, Text: c.t.T(t.ID)})
			}
		}
		for _, l := range sec.Links {
			if l.When.Holds(answers) {
				out.Panels = append(out.Panels, Panel{Kind: QRCode, Text: l.URL, Caption: c.t.T(l.Scan)})
			}
		}
		sh.Sections = append(sh.Sections, parts...)
	}
	return sh
}

// letterSections are the letters to support member m needs now, each on a
// page of its own headed by title and the letter's name, in the guide's
// language: those whose reminder is due in a journey, and those without a
// reminder of a step a journey is at (a letter with a reminder waits for
// it: the code has some days to come).
func (c *Core) letterSections(m takeHomer, title string) []SheetSection {
	answers, dates := flow.Answers{}, map[string]time.Time{}
	for _, s := range slices.Backward(m.sessions) { // the first journey's answer wins
		maps.Copy(answers, s.Answers)
		maps.Copy(dates, s.Dates)
	}
	var out []SheetSection
	for _, l := range c.opts.Letters.List {
		if !slices.ContainsFunc(m.sessions, func(s *flow.Session) bool { return needsLetter(s, l) }) {
			continue
		}
		heading := c.t.T("takehome.letter-title", text.Data{"Title": c.t.T(title), "Letter": c.t.T(l.Title)})
		out = append(out, SheetSection{Heading: heading, Body: c.letterBlocks(l, c.t.Lang(), answers, dates), NewPage: true})
	}
	return out
}

// onDay is a date on paper: the whole date, not how long ago.
func (c *Core) onDay(day time.Time) string {
	return c.t.T("takehome.on-day", text.Data{"Date": c.t.Date(day)})
}

// doneBlocks are, for each journey begun, its stages with their status and
// the dates that still matter.
func (c *Core) doneBlocks(sessions []*flow.Session) []Block {
	if len(sessions) == 0 {
		return []Block{{Kind: Text, Text: c.t.T("takehome.none-begun")}}
	}
	var blocks []Block
	for _, s := range sessions {
		done := c.taskList(s, "takehome.tasks")
		if len(s.Flow.Stages) == 1 { // a journey of one stage on one line: a sheet of several journeys stays one page
			done = c.t.T("takehome.task-one", text.Data{"Journey": c.t.T(s.Flow.Title), "Status": c.stageStatus(s, 0)})
		}
		blocks = append(blocks, Block{Kind: Text, Text: done})
		blocks = append(blocks, c.eventBlocks(s, c.onDay)...)
	}
	return blocks
}

// nextBlocks are, for each journey begun and not done, the stage to do
// next, then every date ahead.
func (c *Core) nextBlocks(sessions []*flow.Session) []Block {
	var blocks []Block
	for _, s := range sessions {
		if next := s.NextStage(); next >= 0 {
			blocks = append(blocks, Block{Kind: Text, Text: c.t.T("takehome.next-stage",
				text.Data{"Journey": c.t.T(s.Flow.Title), "Stage": c.t.T(s.Flow.Stages[next].Title)})})
		}
	}
	for _, d := range c.datesOf(sessions) {
		blocks = append(blocks, Block{Kind: Text, Text: c.t.T("takehome.date", text.Data{"Date": c.t.Date(d.Day), "Title": d.Title})},
			Block{Kind: Text, Text: d.Body})
	}
	if len(blocks) == 0 {
		blocks = append(blocks, Block{Kind: Text, Text: c.t.T("takehome.nothing-next")})
	}
	return blocks
}

// datesOf are the dates ahead of the journeys, by day: each reminder with
// a date of its own whose wait has begun and not ended, on the day it
// falls due, and a stage to do straight after the one before, done, today.
func (c *Core) datesOf(sessions []*flow.Session) []Date {
	var dates []Date
	for _, s := range sessions {
		for _, r := range s.Flow.Reminders {
			since, begun := s.Dates[r.Since]
			if _, ended := s.Dates[r.Until]; r.Dated == "" || !begun || ended {
				continue
			}
			dates = append(dates, Date{UID: s.Flow.ID + "." + r.Since + "@eulogin-guide", Day: since.AddDate(0, 0, r.Days),
				Title: c.t.T(r.Dated), Body: c.t.T(r.DatedBody)})
		}
		if next := s.NextStage(); next > 0 && s.Flow.Stages[next].Soon {
			data := text.Data{"Stage": c.t.T(s.Flow.Stages[next].Short), "Before": c.t.T(s.Flow.Stages[next-1].Short)}
			dates = append(dates, Date{UID: s.Flow.ID + "." + s.Flow.Stages[next].ID + "@eulogin-guide", Day: c.Now(),
				Title: c.t.T("takehome.stage-soon", data), Body: c.t.T("takehome.stage-soon-body", data)})
		}
	}
	slices.SortStableFunc(dates, func(a, b Date) int { return a.Day.Compare(b.Day) })
	return dates
}

// calendarOf is a member's dates for a calendar program, with their name
// only where named.
func (c *Core) calendarOf(m takeHomer, named bool) Printout {
	cal := &Calendar{Name: c.t.T("takehome.calendar-name"), Made: c.Now(), Dates: c.datesOf(m.sessions)}
	name := ""
	if named && m.name != "" {
		name = m.name
		cal.Name = c.t.T("takehome.calendar-name-for", text.Data{"Profile": name})
		for i := range cal.Dates {
			cal.Dates[i].Title = c.t.T("takehome.date-for", text.Data{"Profile": name, "Title": cal.Dates[i].Title})
		}
	}
	return Printout{File: c.fileName("takehome.calendar-file", name, ".ics"), Lang: c.t.Lang(), Calendar: cal}
}

// takeHomeOffer is the way to what a member takes home, where files can
// be written: not in a rehearsal, whose journeys are practice.
func (c *Core) takeHomeOffer() []Offer {
	if c.opts.Write == nil || c.opts.Sheet == nil || c.opts.Mode == Rehearsal {
		return nil
	}
	return []Offer{{Action: TakeHome, Desc: "action.take-home"}}
}

// openTakeHome shows what member m can take home: their sheet, opened in
// the browser once written; their calendar, without or with their name;
// the blank sheet. Each answer says where its file is, or why it is not.
func (c *Core) openTakeHome(m takeHomer) {
	data := text.Data{"Profile": text.Shown(cmp.Or(m.name, c.t.T("takehome.you")))}
	l := &listPlace{place: TakeHomeScreen, title: "takehome.title", body: "takehome.body", help: "takehome.help", data: data}
	if m.name != c.opts.Profile { // a member of the overview
		l.about = &m.name
	}
	l.items = []listItem{{text: c.t.T("takehome.sheet"), do: func(c *Core) { c.writeOut(l, c.sheetOf(m), true) }},
		{text: c.t.T("takehome.calendar"), do: func(c *Core) { c.writeOut(l, c.calendarOf(m, false), false) }}}
	if m.name != "" {
		l.items = append(l.items, listItem{text: c.t.T("takehome.calendar-named", data),
			do: func(c *Core) { c.writeOut(l, c.calendarOf(m, true), false) }})
	}
	if c.opts.Blank != nil {
		l.items = append(l.items, listItem{text: c.t.T("takehome.blank"), do: func(c *Core) { c.writeOut(l, c.BlankSheet(), true) }})
	}
	l.items = append(l.items, listItem{text: c.t.T("takehome.back"), do: (*Core).Close})
	c.Open(l)
}

// writeOut writes p, opens it in the browser where asked, and tells on l
// where the file is, or why it could not be written.
func (c *Core) writeOut(l *listPlace, p Printout, open bool) {
	path, reason := c.opts.Write(p)
	l.data = text.Data{"Path": path, "Profile": l.data["Profile"]}
	switch {
	case reason != "":
		l.body = "takehome.failed-" + reason
	case !open:
		l.body = "takehome.written"
	case c.opts.OpenURL != nil && c.openBrowser(fileURL(path)) != "qr.open-failed":
		l.body = "takehome.written-opened"
	default:
		l.body = "takehome.written-not-opened"
	}
	c.Changed(l)
}

// fileURL is the file:// address of a file, as a browser opens it.
func fileURL(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows path, C:/...
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
