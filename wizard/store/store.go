package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// Reason codes of errors other than CheckProfile's (see Reason).
const (
	ReasonDiskFull = "disk-full" // no space left, or over quota
	ReasonReadOnly = "read-only" // read-only file system, or no permission to write
	ReasonDamaged  = "damaged"   // a *DamagedError: the file was set aside
	ReasonFailed   = "failed"    // anything else
	// ReasonElsewhere: another guide on the same profile saved since this
	// one read it; saving would lose what the other did.
	ReasonElsewhere = "elsewhere"
)

// maxFile is the largest file Load reads, and Save writes; a progress is a
// few kilobytes.
const maxFile = 1 << 20

// staleTemp is the age after which Sweep removes a temporary file left by
// a save that was cut short. A save takes milliseconds.
const staleTemp = time.Minute

// Store keeps progress files in Dir.
type Store struct {
	Dir string
	// Summariser, when set, sums up each profile saved, for Summaries;
	// without one no summary is kept.
	Summariser Summariser
}

// Default is the store in the user's configuration directory:
// os.UserConfigDir()/eulogin-guide.
func Default() (Store, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return Store{}, fmt.Errorf("store: %w", err)
	}
	return Store{Dir: filepath.Join(dir, "eulogin-guide")}, nil
}

// ProfileError is returned for a profile name CheckProfile refuses.
type ProfileError struct {
	Name   string
	Reason string // a ReasonProfile code
}

func (e *ProfileError) Error() string {
	return fmt.Sprintf("store: profile name %q refused: %s", e.Name, e.Reason)
}

// DamagedError is returned by Load for a file that could not be used: it
// was moved to KeptAs, and the profile starts afresh.
type DamagedError struct {
	KeptAs string // where the file is now
	Err    error  // what was wrong with it
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("store: damaged progress (%v) kept as %s", e.Err, e.KeptAs)
}

func (e *DamagedError) Unwrap() error { return e.Err }

// SaveError is every error of Save. The file saved before, if any, is
// still there and whole.
type SaveError struct {
	Reason string // ReasonDiskFull, ReasonReadOnly, ReasonFailed, or a ReasonProfile code
	Err    error
}

func (e *SaveError) Error() string { return fmt.Sprintf("store: save (%s): %v", e.Reason, e.Err) }

func (e *SaveError) Unwrap() error { return e.Err }

// Reason is the reason code of err for the front-ends: "" for nil, the
// Reason of a *SaveError or *ProfileError, ReasonDamaged for a
// *DamagedError, and for any other error ReasonDiskFull, ReasonReadOnly or
// ReasonFailed by its cause.
func Reason(err error) string {
	if err == nil {
		return ""
	}
	var se *SaveError
	if errors.As(err, &se) {
		return se.Reason
	}
	var pe *ProfileError
	if errors.As(err, &pe) {
		return pe.Reason
	}
	var de *DamagedError
	if errors.As(err, &de) {
		return ReasonDamaged
	}
	return classify(err)
}

// path is the file of profile.
func (s Store) path(profile string) (string, error) {
	name, reason := canonical(profile)
	if reason != "" {
		return "", &ProfileError{Name: profile, Reason: reason}
	}
	if s.Dir == "" {
		return "", errors.New("store: no directory")
	}
	return filepath.Join(s.Dir, fileName(name)), nil
}

// ProfileVersion is the shape of a profile file. Files of version 1 (one
// journey's flow.Progress, as the first release wrote them) are converted
// when they are read.
const ProfileVersion = 2

// Profile is what is kept of one person: the progress of every journey
// they have started, the one they are on, and the day it last changed.
type Profile struct {
	Version  int                      `json:"version"`
	Current  string                   `json:"current"`
	Updated  string                   `json:"updated"` // flow.DayLayout
	Journeys map[string]flow.Progress `json:"journeys"`
}

// Load reads the progress of the journey profile is on. found is false,
// with a nil error, if nothing was saved for it. A file that cannot be used
// (not JSON, empty, cut short, of an unknown version, without a journey or
// step) is moved aside, never deleted, and Load returns a *DamagedError
// with found false: the profile is free for a fresh start.
func (s Store) Load(profile string) (p flow.Progress, found bool, err error) {
	pr, found, err := s.Open(profile)
	return pr.Journeys[pr.Current], found, err
}

// Open reads the whole profile: every journey's progress. A file of
// version 1 is converted to the present version and saved so, atomically;
// a file that cannot be used is set aside, as Load says. Both are done
// holding the profile's lock, on the file as it is by then; where the lock
// cannot be had (a read-only disk), a file of version 1 is read converted
// all the same, and one that cannot be used is an error.
func (s Store) Open(profile string) (pr Profile, found bool, err error) {
	path, err := s.path(profile)
	if err != nil {
		return pr, false, err
	}
	pr, old, err := read(path)
	if old || unusable(err) {
		lerr := locked(path, func() error { pr, err = s.mend(path); return nil })
		if lerr != nil && unusable(err) {
			return Profile{}, false, fmt.Errorf("store: setting aside damaged %s (%v): %w", path, err, lerr)
		}
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Profile{}, false, nil
	case errors.Is(err, errFolder):
		return Profile{}, false, fmt.Errorf("store: load: %s: %w", path, err)
	case err != nil:
		return Profile{}, false, err
	}
	return pr, true, nil
}

// Peek reads the whole profile as Open does, but changes nothing: a file
// that cannot be used is an error and stays where it is, one of version 1
// is read converted. Nothing saved is no journey and no error.
func (s Store) Peek(profile string) (Profile, error) {
	path, err := s.path(profile)
	if err != nil {
		return Profile{}, err
	}
	pr, _, err := read(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Profile{}, nil
	}
	return pr, err
}

// mend reads the file at path again, converts it if it is of version 1,
// and sets it aside if it cannot be used. The caller holds the lock.
func (s Store) mend(path string) (Profile, error) {
	pr, old, err := read(path)
	switch {
	case old:
		_ = s.write(path, pr) // converted; if that fails, the old file is read again next time
	case unusable(err):
		kept, aerr := s.setAside(path)
		if aerr != nil {
			return Profile{}, fmt.Errorf("store: setting aside damaged %s (%v): %w", path, err, aerr)
		}
		return Profile{}, &DamagedError{KeptAs: kept, Err: err}
	}
	return pr, err
}

// read reads the profile file at path and changes nothing. The error
// wraps fs.ErrNotExist when there is none, and errFolder for a folder in
// its place; any other error is a file that cannot be used (unusable).
// old tells a file of version 1, given converted.
func read(path string) (pr Profile, old bool, err error) {
	data, _, err := readFile(path, maxFile)
	if err != nil {
		return pr, false, err
	}
	return decode(data)
}

// unusable says whether err, of read, is a file that must be set aside.
func unusable(err error) bool {
	return err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, errFolder)
}

// Has says whether anything but a folder is kept at profile's place: a
// file, perhaps one Load would set aside. It only looks, and changes
// nothing.
func (s Store) Has(profile string) (bool, error) {
	path, err := s.path(profile)
	if err != nil {
		return false, err
	}
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	return err == nil && !info.IsDir(), err
}

// errNotAFile is a progress path that holds something else than a file: a
// link, a pipe that would wait for ever. A folder there is no progress
// either, but it is left where it is (errFolder).
var (
	errNotAFile = errors.New("not a regular file")
	errFolder   = errors.New("a folder")
)

// readFile reads the file at path, up to one byte more than most, and
// gives its size and time as the file read has them.
func readFile(path string, most int64) ([]byte, fs.FileInfo, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case info.IsDir():
		return nil, nil, errFolder
	case !info.Mode().IsRegular():
		return nil, nil, errNotAFile
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscallNonblock, 0)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil { // the file opened, should another have been renamed in meanwhile
		return nil, nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, most+1))
	if err != nil {
		return nil, nil, err
	}
	return data, info, nil
}

// decode reads a profile file of the present version, or of version 1
// (old), which it converts.
func decode(data []byte) (pr Profile, old bool, err error) {
	if len(data) > maxFile {
		return pr, false, fmt.Errorf("over %d bytes", maxFile)
	}
	var version struct{ Version int }
	if err := json.Unmarshal(data, &version); err != nil {
		return pr, false, err
	}
	switch version.Version {
	case flow.ProgressVersion: // one journey, as the first release kept it
		var p flow.Progress
		if err := json.Unmarshal(data, &p); err != nil {
			return pr, false, err
		}
		pr, old = Profile{Version: ProfileVersion, Current: p.Flow, Journeys: map[string]flow.Progress{p.Flow: p}}, true
	case ProfileVersion:
		if err := json.Unmarshal(data, &pr); err != nil {
			return pr, false, err
		}
	default:
		return pr, false, fmt.Errorf("version %d, want %d", version.Version, ProfileVersion)
	}
	if _, ok := pr.Journeys[pr.Current]; !ok || pr.Current == "" {
		return pr, false, errors.New("no current journey")
	}
	for id, p := range pr.Journeys {
		if p.Version != flow.ProgressVersion || p.Flow != id || p.Step == "" {
			return pr, false, fmt.Errorf("journey %q: no flow or no step", id)
		}
	}
	return pr, old, nil
}

// SetAside puts the progress of one journey of profile out of the way,
// for a caller whose journey refuses the progress Load gave: the file is
// kept whole as "<file>.damaged-<YYYYMMDD-HHMMSS>" (with "-2", "-3", ... if
// that exists), as Load does with a file it cannot use, and the profile
// goes on with its other journeys, if it has any. The error wraps
// fs.ErrNotExist if there is no file.
func (s Store) SetAside(profile, journey string) (keptAs string, err error) {
	path, err := s.path(profile)
	if err != nil {
		return "", err
	}
	err = locked(path, func() error {
		pr, _, err := read(path)
		if errors.Is(err, fs.ErrNotExist) {
			return err
		}
		others := maps.Clone(pr.Journeys)
		delete(others, journey)
		if err != nil || len(others) == 0 {
			keptAs, err = s.setAside(path)
			return err
		}
		if keptAs, err = copyAside(path); err != nil {
			return err
		}
		pr.Journeys, pr.Current = others, slices.Sorted(maps.Keys(others))[0]
		return s.write(path, pr)
	})
	if err != nil {
		return "", fmt.Errorf("store: set aside: %w", err)
	}
	return keptAs, nil
}

// setAside moves a profile's file aside, and out of the index.
func (s Store) setAside(path string) (string, error) {
	kept, err := moveAside(path)
	if err == nil {
		s.unindex(path)
	}
	return kept, err
}

// moveAside moves a file to the first free name for a damaged copy.
func moveAside(path string) (string, error) {
	return toAside(path, func(target string) error { return rename(path, target) })
}

// copyAside writes a copy of a file under the first free name for a
// damaged copy, leaving the file.
func copyAside(path string) (string, error) {
	data, _, err := readFile(path, maxFile)
	if err != nil {
		return "", err
	}
	return toAside(path, func(target string) error { return writeAtomic(filepath.Dir(path), target, data) })
}

// toAside puts a damaged copy of path at the first free name
// "<path>.damaged-<YYYYMMDD-HHMMSS>[-N]", with put.
func toAside(path string, put func(target string) error) (string, error) {
	base := path + damaged + time.Now().Format(stampFmt)
	for n := 1; n < 100; n++ {
		target := base
		if n > 1 {
			target += "-" + strconv.Itoa(n)
		}
		if _, err := os.Lstat(target); err == nil {
			continue
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		if err := put(target); err != nil {
			return "", err
		}
		_ = syncDir(filepath.Dir(path))
		return target, nil
	}
	return "", fmt.Errorf("too many damaged copies of %s", path)
}

// Save keeps the progress of one journey in profile, beside the others,
// and makes it the one the profile is on; atomically: after a failure, or
// a kill at any moment, the file holds the old progress or the new one.
// The directory is made with mode 0700 (and narrowed to it if wider), the
// file has mode 0600. A file that cannot be read now, or a profile that
// would grow over the size Load reads, is left as it is: Save never moves
// a file aside, nor writes one it would refuse. Every error is a
// *SaveError.
func (s Store) Save(profile string, p flow.Progress) error {
	return s.save(profile, p, func(Profile) bool { return true })
}

// SaveOver is Save for a guide that read was from the profile (nil: no
// progress of the journey): when the file holds something else for the
// journey, another guide on the same profile has saved it since, and
// SaveOver saves nothing and gives a *SaveError with ReasonElsewhere, so
// that neither guide loses the other's progress without a word. The other
// journeys are left as the file has them now, whoever saved them.
func (s Store) SaveOver(profile string, p flow.Progress, was *flow.Progress) error {
	return s.save(profile, p, func(pr Profile) bool {
		now, there := pr.Journeys[p.Flow]
		return there == (was != nil) && (!there || sameProgress(now, *was))
	})
}

// save keeps p in profile's file if fits says the file as it is now
// allows it. Reading, comparing and writing are done holding the
// profile's lock, so that two guides saving at once take turns and
// neither writes over what the other has just saved.
func (s Store) save(profile string, p flow.Progress, fits func(Profile) bool) error {
	path, err := s.path(profile)
	if err != nil {
		reason := ReasonFailed
		var pe *ProfileError
		if errors.As(err, &pe) {
			reason = pe.Reason
		}
		return &SaveError{Reason: reason, Err: err}
	}
	if err := makeDir(s.Dir); err != nil {
		return &SaveError{Reason: classify(err), Err: err}
	}
	isNew := false
	err = locked(path, func() error {
		pr, _, err := read(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			pr, isNew = Profile{Journeys: map[string]flow.Progress{}}, true
		case err == nil && !fits(pr):
			return &SaveError{Reason: ReasonElsewhere, Err: errors.New("saved by another guide meanwhile")}
		case err != nil:
			// Spoilt since it was read, or written by a newer release: left
			// as it is, for the next start to set aside and tell.
			return err
		}
		pr.Version, pr.Current, pr.Updated = ProfileVersion, p.Flow, time.Now().Format(flow.DayLayout)
		pr.Journeys[p.Flow] = p
		return s.write(path, pr)
	})
	var se *SaveError
	switch {
	case errors.As(err, &se):
		return se
	case err != nil:
		return &SaveError{Reason: classify(err), Err: err}
	}
	if isNew {
		s.index(func(names []string) []string { return append(names, nameOf(path)) })
	}
	return nil
}

// nameOf is the profile name of a profile's file path.
func nameOf(path string) string {
	name, _ := profileOf(filepath.Base(path))
	return name
}

func sameProgress(a, b flow.Progress) bool {
	ja, erra := json.Marshal(a)
	jb, errb := json.Marshal(b)
	return erra == nil && errb == nil && string(ja) == string(jb)
}

// errTooLarge is a profile that would make a file over maxFile, which
// Load would refuse: it is not written.
var errTooLarge = fmt.Errorf("progress over %d bytes", maxFile)

// write replaces the file of a profile, atomically, as compact JSON, and
// keeps its summary. The caller holds the profile's lock.
func (s Store) write(path string, pr Profile) error {
	data, err := json.Marshal(pr)
	if err != nil {
		return err
	}
	if data = append(data, '\n'); len(data) > maxFile {
		return errTooLarge
	}
	if err := writeAtomic(s.Dir, path, data); err != nil {
		return err
	}
	s.summarise(path, pr)
	return nil
}

// makeDir makes the store's folder, mode 0700, or narrows it to that.
func makeDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	narrowDir(dir)
	return nil
}

// WriteFile replaces the file at path with data, atomically and durably,
// in the folder path is in, which must be there: for a file the guide
// writes for the user (a sheet to print), in a folder of theirs, which is
// neither made nor narrowed.
func WriteFile(path string, data []byte) error { return put(filepath.Dir(path), path, data, true) }

// writeAtomic replaces the file at path with data, atomically and
// durably: synced to disk before the rename, and the folder after it.
func writeAtomic(dir, path string, data []byte) error { return replace(dir, path, data, true) }

// replace replaces the file at path with data, atomically: written to a
// temporary file in dir, renamed over it. Only if durable is it synced:
// a file that is made again when it reads wrong, such as the summaries,
// is spared the waits.
func replace(dir, path string, data []byte, durable bool) error {
	if err := makeDir(dir); err != nil {
		return err
	}
	return put(dir, path, data, durable)
}

// put is replace in a folder that is there.
func put(dir, path string, data []byte, durable bool) error {
	// CreateTemp makes the file with mode 0600, O_EXCL, in dir: the
	// rename below stays within one file system.
	f, err := os.CreateTemp(dir, filepath.Base(path)+tmpMark+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil && durable {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	if !durable {
		return nil
	}
	return syncDir(dir)
}

// Delete removes the progress of profile (and any temporary file of it,
// and its summary rows); no error if there was none. Copies set aside as
// damaged are kept.
func (s Store) Delete(profile string) error {
	path, err := s.path(profile)
	if err != nil {
		return err
	}
	err = locked(path, func() error {
		prefix := filepath.Base(path) + tmpMark // no save of the profile is under way: the lock is ours
		sweep(s.Dir, 0, func(name string) bool { return strings.HasPrefix(name, prefix) })
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		s.unindex(path)
		s.unsummarise()
		return s.forgetSettings(profile)
	})
	switch {
	case errors.Is(err, fs.ErrNotExist): // no folder: nothing was saved
		return nil
	case err != nil:
		return fmt.Errorf("store: delete: %w", err)
	}
	_ = syncDir(s.Dir)
	return nil
}

// unindex takes a profile's file, gone, out of the index.
func (s Store) unindex(path string) {
	gone := nameOf(path)
	s.index(func(names []string) []string {
		return slices.DeleteFunc(names, func(n string) bool { return n == gone })
	})
}

// indexFile lists the names of the profiles, one a line, so that they are
// listed by reading one small file, not by listing the whole folder.
const indexFile = "profiles.index"

// Profiles lists the names of the saved profiles, sorted; none if the
// directory does not exist. It reads the index, and makes it again from
// the folder when it is missing or does not read right.
func (s Store) Profiles() ([]string, error) {
	names, ok := s.readIndex()
	if ok {
		return names, nil
	}
	names, err := s.listNames()
	if err != nil || names == nil {
		return nil, err
	}
	_ = s.writeIndex(names)
	return names, nil
}

// readIndex gives the names the index lists, sorted; false when there is
// no index or it is not a list of names.
func (s Store) readIndex() ([]string, bool) {
	data, _, err := readFile(filepath.Join(s.Dir, indexFile), maxFile)
	if err != nil || len(data) > maxFile || !utf8.Valid(data) || len(data) == 0 || data[len(data)-1] != '\n' {
		return nil, false
	}
	names := strings.Split(string(data[:len(data)-1]), "\n")
	if len(names) == 1 && names[0] == "" {
		names = nil
	}
	for i, n := range names {
		// A cheap look, not the whole check of each name, but one that lets
		// through no character a name cannot have: no control, no bidi or
		// zero-width character (Unicode Cf) to hide what a name says.
		if n == "" || badName(n) || (i > 0 && names[i-1] >= n) {
			return nil, false
		}
	}
	return names, true
}

// badName says whether n has a character no profile name can have.
func badName(n string) bool {
	for _, r := range n {
		if r < utf8.RuneSelf { // most names are ASCII: spared the Unicode tables
			if !plain(byte(r)) && !('A' <= r && r <= 'Z') && r != ' ' && r != '_' {
				return true
			}
		} else if !nameRune(r) && !isMark(r) {
			return true
		}
	}
	return false
}

// listNames lists the profiles whose files are in the folder, sorted; nil
// if there is no folder.
func (s Store) listNames() ([]string, error) {
	entries, err := os.ReadDir(s.Dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: profiles: %w", err)
	}
	names := []string{}
	for _, e := range entries {
		if name, ok := profileOf(e.Name()); ok && e.Type().IsRegular() {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names, nil
}

func (s Store) writeIndex(names []string) error {
	data := strings.Join(names, "\n") + "\n"
	if len(names) == 0 {
		data = ""
	}
	return writeAtomic(s.Dir, filepath.Join(s.Dir, indexFile), []byte(data))
}

// index changes the list of profile files, best effort: the index is made
// again from the folder whenever it is found wrong. It holds the index's
// lock, so that two guides making new profiles at once both list theirs.
func (s Store) index(change func([]string) []string) {
	_ = locked(filepath.Join(s.Dir, indexFile), func() error {
		names, ok := s.readIndex()
		if !ok {
			var err error
			if names, err = s.listNames(); err != nil {
				return err
			}
		}
		names = change(names)
		slices.Sort(names)
		return s.writeIndex(slices.Compact(names))
	})
}

// Sweep removes, best effort, the temporary files that saves cut short (by
// a kill, a power cut) left in the folder: of any profile, of a damaged
// copy, of the index or of the summaries, once they are staleTemp old. A guide calls it as
// it starts. Another guide's save under way is milliseconds old; were its
// file removed all the same, its rename would fail and that guide tell it,
// the saved file whole.
func (s Store) Sweep() {
	sweep(s.Dir, staleTemp, func(name string) bool {
		of, _, _ := strings.Cut(name, tmpMark)
		of, _, _ = strings.Cut(of, damaged)
		_, profile := profileOf(of)
		return profile || of == indexFile || of == summaryFile || of == settingsFile
	})
}

// sweep removes, best effort, the temporary files in dir whose names ours
// accepts and that are older than age. Only names are read, a part at a
// time and unsorted: it runs beside the first screen, and a volunteer's
// folder may hold 10,000 profiles.
func sweep(dir string, age time.Duration, ours func(name string) bool) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	defer d.Close()
	for {
		names, err := d.Readdirnames(256)
		for _, name := range names {
			if !strings.Contains(name, tmpMark) || !ours(name) {
				continue
			}
			path := filepath.Join(dir, name)
			if info, err := os.Lstat(path); err == nil && info.Mode().IsRegular() && time.Since(info.ModTime()) >= age {
				os.Remove(path)
			}
		}
		if err != nil {
			return
		}
	}
}
