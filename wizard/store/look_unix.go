//go:build unix

package store

import "golang.org/x/sys/unix"

// look gives the stamps of the files names in dir. Looked at relative to
// the folder, without a FileInfo each: a thousand take half the time
// os.Lstat takes.
func look(dir string, names []string) []stamp {
	stamps := make([]stamp, len(names))
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return stamps // none is a file
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	for i, name := range names {
		if unix.Fstatat(fd, name, &st, unix.AT_SYMLINK_NOFOLLOW) == nil && st.Mode&unix.S_IFMT == unix.S_IFREG {
			stamps[i] = stamp{file: true, size: st.Size, time: st.Mtim.Nano()}
		}
	}
	return stamps
}
