// Command zipdir packs a folder into a zip archive, the same bytes every
// time: the entries in the order of a walk of the folder (sorted by name
// within each folder), every one dated the given time, each with its mode.
// Names are UTF-8, with the zip's UTF-8 flag (bit 11) where they are
// not ASCII, so that Windows' "Extract all" shows "LÆS-MIG.txt" right:
// Info-ZIP's zip 3.0 stores the bytes without the flag, and Windows reads
// them in its old code page.
//
//	zipdir -C DIR -time SECONDS OUT.zip FOLDER
//
// packs DIR/FOLDER as FOLDER/..., dated SECONDS since 1970 (UTC).
package main

import (
	"archive/zip"
	"compress/flate"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"
)

func main() {
	dir := flag.String("C", ".", "the folder that holds FOLDER")
	seconds := flag.Int64("time", 0, "the time every entry is dated, in seconds since 1970")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: zipdir -C DIR -time SECONDS OUT.zip FOLDER")
		os.Exit(2)
	}
	if err := pack(flag.Arg(0), os.DirFS(*dir), flag.Arg(1), time.Unix(*seconds, 0).UTC()); err != nil {
		fmt.Fprintln(os.Stderr, "zipdir:", err)
		os.Exit(1)
	}
}

// pack writes the archive out of the folder root of files, every entry
// dated when.
func pack(out string, files fs.FS, root string, when time.Time) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	w := zip.NewWriter(f)
	w.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestCompression)
	})
	err = fs.WalkDir(files, root, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: when}
		h.SetMode(info.Mode())
		if d.IsDir() {
			h.Name += "/"
		}
		entry, err := w.CreateHeader(h)
		if err != nil || d.IsDir() {
			return err
		}
		return copyFile(entry, files, name)
	})
	if err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return f.Close()
}

func copyFile(to io.Writer, files fs.FS, name string) error {
	from, err := files.Open(name)
	if err != nil {
		return err
	}
	defer from.Close()
	_, err = io.Copy(to, from)
	return err
}
