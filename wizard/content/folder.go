package content

import (
	"bytes"
	"cmp"
	"errors"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The bounds of a folder of corrections (README, "Correcting a text
// without a new program"). EU Login's biggest built-in file is 30 KB, a
// whole language 110 KB, a journey at most 11 KB; the biggest holds 360
// names, all of them together 3,600.
const (
	maxFileSize   = 256 << 10 // a whole language fits in one file twice
	maxFolderSize = 1 << 20   // four whole languages and every journey
	maxFiles      = 200       // files read
	maxListed     = 1000      // names in one of the folder's folders, read or not
	// go-toml checks each name (a part of a key or of a [table] heading)
	// against every name of the file before it: the time is the square
	// of their number, 0.1 s at 10,000.
	maxNames       = 5000
	maxFolderNames = 20000
	maxNameParts   = 10  // a message id's parts: those built in have at most 4
	maxNameLength  = 200 // a message id's bytes
	maxNesting     = 10  // arrays and inline tables within each other
	readTime       = 5 * time.Second
)

// folderParts are what a folder of corrections may hold: the files of
// each folder whose names match, read; anything else is left alone. The
// folder "" is the folder of corrections itself, whose files are read
// without a listing of the rest.
var folderParts = []struct{ dir, pattern string }{
	{"locales", "*.toml"}, {"journeys", "*.toml"}, {"help", path.Base(TopicsFile)}, {"", LibraryFile}, {"", SketchesFile},
}

// read copies the files of a folder of corrections that the guide uses
// into memory, within the bounds above, so that what is checked is what
// is used, and nothing that is checked can change or block later. Only
// plain files are read: not a link (to /dev/zero, or out of the folder),
// a named pipe, a device or a folder. A disk that does not answer within
// readTime is refused too, so that the guide always starts.
func read(dir fs.FS) (fstest.MapFS, error) {
	r := &reader{dir: dir, files: fstest.MapFS{}}
	done := make(chan error, 1)
	go func() { done <- r.all() }()
	select {
	case err := <-done:
		return r.files, err
	case <-time.After(readTime): // the read is left to end, or not, on its own
		r.mu.Lock()
		defer r.mu.Unlock()
		return nil, &Error{File: r.at, Item: path.Base(r.at), Problem: "slow"}
	}
}

// reader reads a folder of corrections.
type reader struct {
	dir   fs.FS
	files fstest.MapFS
	size  int // bytes read so far
	mu    sync.Mutex
	at    string // the file or folder being read, for a disk that does not answer
}

func (r *reader) all() error {
	found := false
	for _, part := range folderParts {
		name := cmp.Or(part.dir, part.pattern) // a folder, or a file of the folder itself
		r.reading(name)
		info, err := fs.Lstat(r.dir, name)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue
		case err != nil && part.dir == "":
			return &Error{File: name, Item: name, Problem: "unreadable"}
		case err != nil:
			return &Error{File: name + "/", Item: name, Problem: "unreadable-folder"}
		case part.dir == "":
			err = r.file(name, fs.FileInfoToDirEntry(info))
		case !info.IsDir():
			return &Error{File: name, Item: name, Problem: "not-folder"}
		default:
			err = r.folder(part.dir, part.pattern)
		}
		if err != nil {
			return err
		}
		found = true
	}
	if !found {
		return &Error{File: ".", Item: ".", Problem: "no-corrections"}
	}
	return nil
}

// folder reads the files of dir whose names match pattern.
func (r *reader) folder(dir, pattern string) error {
	entries, err := r.list(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if ok, _ := path.Match(pattern, e.Name()); !ok || strings.HasPrefix(e.Name(), ".") {
			continue // not the guide's: notes, a backup, a Mac's ._ file
		}
		if err := r.file(dir+"/"+e.Name(), e); err != nil {
			return err
		}
	}
	return nil
}

func (r *reader) reading(name string) {
	r.mu.Lock()
	r.at = name
	r.mu.Unlock()
}

// list gives the names in a folder, sorted, refusing a folder of more than
// maxListed: listing millions would take the time and memory.
func (r *reader) list(dir string) ([]fs.DirEntry, error) {
	fail := &Error{File: dir + "/", Item: dir, Problem: "unreadable-folder"}
	f, err := r.dir.Open(dir)
	if err != nil {
		return nil, fail
	}
	defer f.Close()
	d, ok := f.(fs.ReadDirFile)
	if !ok {
		return nil, fail
	}
	var entries []fs.DirEntry
	for {
		batch, err := d.ReadDir(100)
		entries = append(entries, batch...)
		switch {
		case len(entries) > maxListed:
			return nil, &Error{File: dir + "/", Item: dir, Problem: "too-many-files", Detail: strconv.Itoa(maxListed)}
		case errors.Is(err, io.EOF) || err == nil && len(batch) == 0:
			slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
			return entries, nil
		case err != nil:
			return nil, fail
		}
	}
}

// file reads one file into r.files, if it is a plain file within the
// bounds. A file changed into something else between the listing and the
// reading is refused too.
func (r *reader) file(name string, e fs.DirEntry) error {
	r.reading(name)
	fail := func(problem, detail string) error {
		return &Error{File: name, Item: path.Base(name), Problem: problem, Detail: detail}
	}
	if len(r.files) == maxFiles {
		return fail("folder-too-many-files", strconv.Itoa(maxFiles))
	}
	if !e.Type().IsRegular() {
		return fail("not-file", "")
	}
	f, err := r.dir.Open(name)
	if err != nil {
		return fail("unreadable", "")
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return fail("not-file", "")
	}
	buf, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	switch {
	case err != nil:
		return fail("unreadable", "")
	case len(buf) > maxFileSize:
		return fail("too-big", strconv.Itoa(maxFileSize>>10)+" KB")
	case r.size+len(buf) > maxFolderSize:
		return fail("folder-too-big", strconv.Itoa(maxFolderSize>>20)+" MB")
	}
	r.size += len(buf)
	// As a text editor on Windows may write it: a byte order mark first,
	// lines ended by CR LF (which TOML keeps within a text of several lines).
	buf = bytes.ReplaceAll(bytes.TrimPrefix(buf, []byte("\uFEFF")), []byte("\r\n"), []byte("\n"))
	r.files[name] = &fstest.MapFile{Data: buf}
	return nil
}

// scan goes once through a TOML file of the folder, before anything
// decodes it: its names within the bounds, and no text or name with a
// character that Hides (but a message's text may have newlines and
// tabs). It gives the number of names. go-toml's parser alone costs the
// file's length; the decoders after it cost the square of its names.
func scan(name string, buf []byte) (int, error) {
	s := &scanner{file: name, buf: buf, texts: strings.HasPrefix(name, "locales/")}
	s.p.Reset(buf)
	var table []string // the key of the [table] the lines belong to
	for s.p.NextExpression() {
		var err error
		switch e := s.p.Expression(); e.Kind { // a comment is never shown
		case unstable.Table, unstable.ArrayTable:
			table, err = s.key(nil, e.Key())
		case unstable.KeyValue:
			err = s.keyValue(table, e, 0)
		}
		if err != nil {
			return 0, err
		}
	}
	if perr := (*unstable.ParserError)(nil); errors.As(s.p.Error(), &perr) {
		return 0, s.fail(path.Base(name), "syntax", s.line(max(0, min(len(buf), cap(buf)-cap(perr.Highlight)))))
	}
	return s.names, nil
}

// scanner is scan's place in one file.
type scanner struct {
	p     unstable.Parser
	file  string
	buf   []byte
	texts bool // a message file, whose texts may have several lines
	names int
}

func (s *scanner) fail(item, problem, detail string) error {
	return &Error{File: s.file, Item: text.Shown(item), Problem: problem, Detail: detail}
}

// line is the line of the file at offset, for a problem there.
func (s *scanner) line(offset int) string {
	return strconv.Itoa(1 + bytes.Count(s.buf[:offset], []byte("\n")))
}

// key reads the parts of a key, which come after those of the key
// under, and gives them all.
func (s *scanner) key(under []string, it unstable.Iterator) ([]string, error) {
	key := slices.Clone(under)
	for it.Next() {
		n := it.Node()
		key = append(key, string(n.Data))
		s.names++
		switch id := strings.Join(key, "."); {
		case s.names > maxNames:
			return nil, s.fail(path.Base(s.file), "too-many-names", strconv.Itoa(maxNames))
		case len(key) > maxNameParts || len(id) > maxNameLength:
			return nil, s.fail(path.Base(s.file), "long-name", s.line(int(n.Raw.Offset)))
		case hides(n.Data, false):
			return nil, s.fail(id, "hidden", s.line(int(n.Raw.Offset)))
		}
	}
	return key, nil
}

// keyValue reads a key and its value, nested depth deep in arrays and
// inline tables.
func (s *scanner) keyValue(under []string, kv *unstable.Node, depth int) error {
	key, err := s.key(under, kv.Key())
	if err != nil {
		return err
	}
	return s.value(key, kv.Value(), depth)
}

func (s *scanner) value(key []string, v *unstable.Node, depth int) error {
	switch v.Kind {
	case unstable.String:
		if hides(v.Data, s.texts) {
			return s.fail(strings.Join(key, "."), "hidden", s.line(int(v.Raw.Offset)))
		}
	case unstable.Array, unstable.InlineTable:
		if depth == maxNesting {
			return s.fail(path.Base(s.file), "too-deep", s.line(int(v.Raw.Offset)))
		}
		for it := v.Children(); it.Next(); {
			var err error
			if n := it.Node(); n.Kind == unstable.KeyValue {
				err = s.keyValue(key, n, depth+1)
			} else {
				err = s.value(key, n, depth+1)
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// hides reports whether b is not UTF-8 or has a character that Hides; a
// newline or a tab, too, unless lines are allowed.
func hides(b []byte, lines bool) bool {
	return !utf8.Valid(b) || bytes.ContainsFunc(b, func(r rune) bool { return text.Hides(r) || !lines && (r == '\n' || r == '\t') })
}
