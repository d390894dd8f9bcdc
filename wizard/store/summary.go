package store

import (
	"errors"
	"io/fs"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// Summary is what an overview of the profiles shows of one, read from one
// small file for them all: never a typed answer, an answer to a choice
// question, or a date other than the next one that matters.
type Summary struct {
	Profile  string
	Current  string           // the journey the profile is on
	Updated  string           // the day the file last changed (flow.DayLayout); "" if not known (a file of the first release)
	Journeys []JourneySummary // the journeys begun that the Summariser knows, by id
	// Unreadable: the file cannot be read as progress; opening the
	// profile sets it aside.
	Unreadable bool
}

// JourneySummary is where a profile stands in one journey begun.
type JourneySummary struct {
	Journey string
	Stages  []flow.Status // each stage's status, in the journey's order
	Due     string        // the next date that matters, such as a reminder's (flow.DayLayout); "" for none
	Wait    string        // what the wait that falls due on Due began with: a reminder's Since (a flow.Step.Marks name)
}

// Summariser sums up a profile's journeys, for Store.Summaries: the store
// knows no journey, its user does.
type Summariser interface {
	// Key names what Journey gives: when it changes (journeys added,
	// stages changed), every summary row is made again.
	Key() string
	// Journey sums up the progress of one journey; false for a journey
	// not begun, or not known.
	Journey(flow.Progress) (JourneySummary, bool)
}

// summaryFile holds a summary row of every profile, so that an overview
// of a thousand profiles reads one file, not a thousand. Each save appends
// the profile's row (under the profile's lock, then the file's own); a
// later row of a profile stands for the earlier ones, which are dropped
// when the file is written whole again. A row missing or stale is made
// again when the summaries are read, so the file can always be deleted.
const summaryFile = "profiles.summary"

// summaryHead begins the summary file's first line, followed by the
// Summariser's key and the size of the rows when the file was last
// written whole.
const summaryHead = "eulogin-guide summaries 2\t" // 2: a journey has its wait

// appendSlack is how many bytes of rows may be appended to a summary file
// that was small when it was last written whole.
var appendSlack int64 = 16 << 10

// maxSummaries is the largest summary file read: a row is about 100 bytes.
const maxSummaries = 16 << 20

// row is one profile's summary with the stamp its file had when the
// summary was made, by which a row gone stale is told.
type row struct {
	Summary
	stamp
}

// stamp is a regular file's size and time (in nanoseconds); the zero
// stamp is anything else at a profile's place, or nothing.
type stamp struct {
	file       bool
	size, time int64
}

func stampOf(info fs.FileInfo) stamp {
	if !info.Mode().IsRegular() {
		return stamp{}
	}
	return stamp{file: true, size: info.Size(), time: info.ModTime().UnixNano()}
}

// stampAt is the stamp of what is at path now.
func stampAt(path string) stamp {
	info, err := os.Lstat(path)
	if err != nil {
		return stamp{}
	}
	return stampOf(info)
}

// fits says whether the row was made from the file as it is now.
func (r row) fits(now stamp) bool { return now.file && now == r.stamp }

// statuses are the stages' statuses, each written in a row as the letter
// of statusLetters at its place.
var statuses = []flow.Status{flow.NotStarted, flow.Blocked, flow.InProgress, flow.Done}

const statusLetters = "nbid"

// Summaries sums up every saved profile, sorted by name, for an overview.
// It reads the index and the summary file, and looks at the size and time
// of each profile's file: only a profile whose row is missing or stale (a
// file saved by an older release or changed by hand, a row made for other
// journeys) is read, and its row made again, best effort. It never moves
// or converts a profile's file.
func (s Store) Summaries() ([]Summary, error) {
	if s.Summariser == nil {
		return nil, errors.New("store: summaries: no Summariser")
	}
	names, err := s.Profiles()
	if err != nil {
		return nil, err
	}
	read := make(chan map[string]row, 1)
	go func() { read <- s.readRows() }() // beside looking at a thousand files: both take about a millisecond
	files := make([]string, len(names))
	for i, name := range names {
		files[i] = fileName(name)
	}
	stamps := look(s.Dir, files)
	rows := <-read
	var made []row
	out := make([]Summary, 0, len(names))
	for i, name := range names {
		if !stamps[i].file { // deleted by hand (the index is behind), or a folder
			continue
		}
		r, ok := rows[name]
		if !ok || !r.fits(stamps[i]) {
			r = s.sumUp(name)
			made = append(made, r)
		}
		out = append(out, r.Summary)
	}
	if len(made) > 0 {
		s.keepRows(func() (fit []row) {
			for _, r := range made { // unless the file changed again meanwhile, and its save kept its own row
				if r.fits(stampAt(filepath.Join(s.Dir, fileName(r.Profile)))) {
					fit = append(fit, r)
				}
			}
			return fit
		})
	}
	return out, nil
}

// sumUp reads the file of the profile name and sums it up, changing
// nothing.
func (s Store) sumUp(name string) row {
	r := row{Summary: Summary{Profile: name, Unreadable: true}}
	data, info, err := readFile(filepath.Join(s.Dir, fileName(name)), maxFile)
	if err != nil {
		return r // no stamp: read again next time
	}
	r.stamp = stampOf(info)
	if pr, _, err := decode(data); err == nil {
		r.Summary = s.summary(name, pr)
	}
	return r
}

// summary sums up the profile name.
func (s Store) summary(name string, pr Profile) Summary {
	sum := Summary{Profile: name, Current: pr.Current, Updated: pr.Updated}
	for _, id := range slices.Sorted(maps.Keys(pr.Journeys)) {
		if j, ok := s.Summariser.Journey(pr.Journeys[id]); ok {
			sum.Journeys = append(sum.Journeys, j)
		}
	}
	return sum
}

// summarise keeps the summary row of the profile file at path, just
// written with pr; the caller holds the profile's lock.
func (s Store) summarise(path string, pr Profile) {
	if s.Summariser != nil {
		r := row{Summary: s.summary(nameOf(path), pr), stamp: stampAt(path)}
		s.keepRows(func() []row { return []row{r} })
	}
}

// unsummarise writes the summary file whole again without the rows of a
// profile just deleted and taken out of the index: nothing of it stays.
// Without a Summariser to write it, the file is removed.
func (s Store) unsummarise() {
	path := filepath.Join(s.Dir, summaryFile)
	if s.Summariser == nil {
		_ = os.Remove(path)
		return
	}
	_ = locked(path, func() error { return s.compact(path, nil) })
}

// keepRows appends the rows that rows gives, holding the summary file's
// lock so that guides saving different profiles at once do not lose each
// other's rows. Best effort: a row not kept is made again when needed.
// The file is written whole, each profile's last row alone, when it is
// missing, of another key, or half as large again as when it was last
// written whole.
func (s Store) keepRows(rows func() []row) {
	path := filepath.Join(s.Dir, summaryFile)
	_ = locked(path, func() error {
		var add strings.Builder
		kept := rows()
		for _, r := range kept {
			add.WriteString(r.format())
		}
		if add.Len() == 0 {
			return nil
		}
		f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND|syscallNonblock, 0)
		if err == nil {
			defer f.Close()
			if s.appendable(f, int64(add.Len())) {
				_, err = f.WriteString(add.String())
				return err
			}
		}
		return s.compact(path, kept)
	})
}

// appendable says whether n bytes of rows can be appended to the summary
// file f: it is a file of this key, whole (not cut short by a kill), and
// not too large with them.
func (s Store) appendable(f *os.File, n int64) bool {
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		return false
	}
	head := make([]byte, 256)
	k, _ := f.ReadAt(head, 0)
	rest, ok := strings.CutPrefix(string(head[:k]), s.summaryHead())
	base, _, whole := strings.Cut(rest, "\n")
	size, err := strconv.ParseInt(base, 10, 64)
	last := make([]byte, 1)
	_, lerr := f.ReadAt(last, info.Size()-1)
	return ok && whole && err == nil && lerr == nil && last[0] == '\n' &&
		info.Size()+n <= size+size/2+appendSlack
}

// compact writes the summary file whole, atomically: each profile's last
// row of this key, but not of a profile deleted, and rows after them.
func (s Store) compact(path string, rows []row) error {
	lines := map[string]string{}
	for line := range strings.Lines(s.summaryLines()) {
		if name, _, ok := strings.Cut(line, "\t"); ok && strings.HasSuffix(line, "\n") {
			lines[name] = line
		}
	}
	if names, err := s.Profiles(); err == nil {
		for name := range lines {
			// Not listed, and no file: a profile just saved may not be listed yet.
			if _, listed := slices.BinarySearch(names, name); !listed && !stampAt(filepath.Join(s.Dir, fileName(name))).file {
				delete(lines, name)
			}
		}
	}
	for _, r := range rows {
		lines[r.Profile] = r.format()
	}
	var body strings.Builder
	for _, name := range slices.Sorted(maps.Keys(lines)) {
		body.WriteString(lines[name])
	}
	head := s.summaryHead() + strconv.Itoa(body.Len()) + "\n"
	return replace(s.Dir, path, []byte(head+body.String()), false)
}

// summaryHead is how the summary file's first line begins, with the
// Summariser's key.
func (s Store) summaryHead() string { return summaryHead + url.PathEscape(s.Summariser.Key()) + "\t" }

// summaryLines are the lines of the summary file after its first line:
// none if it is missing, too large, or of another version or key.
func (s Store) summaryLines() string {
	data, _, err := readFile(filepath.Join(s.Dir, summaryFile), maxSummaries)
	if err != nil || len(data) > maxSummaries {
		return ""
	}
	rest, ok := strings.CutPrefix(string(data), s.summaryHead())
	_, lines, whole := strings.Cut(rest, "\n")
	if !ok || !whole {
		return ""
	}
	return lines
}

// readRows reads the summary file's rows, by profile name, a later row of
// a profile for an earlier one. A row that does not read right is left
// out, and so made again when needed.
func (s Store) readRows() map[string]row {
	lines := s.summaryLines()
	rows := make(map[string]row, strings.Count(lines, "\n"))
	days := days{}
	for line := range strings.Lines(lines) {
		if r, ok := parseRow(line, days); ok {
			rows[r.Profile] = r
		}
	}
	return rows
}

// parseRow reads one line of the summary file:
//
//	name, size, time, current, updated, then per journey: id, stages, due, wait
//
// separated by tabs, ended by a newline (a line cut short by a kill has
// none). The ids are escaped as in a URL path; the stages are a letter
// each (statusLetters); an unreadable profile has no current journey.
func parseRow(line string, days days) (r row, ok bool) {
	line, ok = strings.CutSuffix(line, "\n")
	f := strings.Split(line, "\t")
	if !ok || len(f) < 5 || (len(f)-5)%4 != 0 || f[0] == "" || badName(f[0]) {
		return r, false
	}
	var err1, err2 error
	r.size, err1 = strconv.ParseInt(f[1], 10, 64)
	r.time, err2 = strconv.ParseInt(f[2], 10, 64)
	r.Profile, r.Updated = f[0], f[4]
	r.Current, ok = unescapeID(f[3])
	if err1 != nil || err2 != nil || r.size < 0 || !ok || !days.ok(r.Updated) {
		return r, false
	}
	r.file, r.Unreadable = true, r.Current == ""
	if r.Unreadable && (r.Updated != "" || len(f) > 5) {
		return r, false
	}
	for j := f[5:]; len(j) > 0; j = j[4:] {
		id, ok := unescapeID(j[0])
		wait, waitOK := unescapeID(j[3])
		stages, known := parseStages(j[1])
		if !ok || !waitOK || id == "" || !known || !days.ok(j[2]) {
			return r, false
		}
		r.Journeys = append(r.Journeys, JourneySummary{Journey: id, Stages: stages, Due: j[2], Wait: wait})
	}
	return r, true
}

// unescapeID reads an id escaped as format writes it: no other
// spelling of it is taken, so no control character gets through.
func unescapeID(s string) (string, bool) {
	id, err := url.PathUnescape(s)
	return id, err == nil && url.PathEscape(id) == s
}

// parseStages reads a journey's stages, a letter each.
func parseStages(s string) ([]flow.Status, bool) {
	stages := make([]flow.Status, len(s))
	for i := range len(s) {
		at := strings.IndexByte(statusLetters, s[i])
		if at < 0 {
			return nil, false
		}
		stages[i] = statuses[at]
	}
	return stages, true
}

// days tells the days of the summary file: its thousand rows have few.
type days map[string]bool

// ok says whether s is "" or a day as flow.DayLayout writes it.
func (d days) ok(s string) bool {
	if s == "" {
		return true
	}
	ok, seen := d[s]
	if !seen {
		_, err := time.Parse(flow.DayLayout, s)
		ok = err == nil
		d[s] = ok
	}
	return ok
}

// format writes the row as a line of the summary file, as parseRow reads
// it.
func (r row) format() string {
	var b strings.Builder
	b.WriteString(strings.Join([]string{r.Profile, strconv.FormatInt(r.size, 10), strconv.FormatInt(r.time, 10),
		url.PathEscape(r.Current), r.Updated}, "\t"))
	for _, j := range r.Journeys {
		b.WriteString("\t" + url.PathEscape(j.Journey) + "\t")
		for _, st := range j.Stages {
			b.WriteByte(statusLetters[slices.Index(statuses, st)])
		}
		b.WriteString("\t" + j.Due + "\t" + url.PathEscape(j.Wait))
	}
	b.WriteByte('\n')
	return b.String()
}
