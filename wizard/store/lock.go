package store

import (
	"os"

	"github.com/gofrs/flock"
)

// lockMark names the lock file beside a profile's file: "<escaped>.json.lock".
// It is empty, and never removed: a guide waiting on a lock file that
// another removed would hold a lock no one else sees.
const lockMark = ".lock"

// locked runs do holding the lock of the file at path, waiting while
// another guide holds it. The lock is the system's own (flock on Unix,
// LockFileEx on Windows), so a guide that is killed lets go of it. The
// folder must exist; the lock file is made if it is not there.
func locked(path string, do func() error) error {
	// Opened without waiting, should a pipe be found at the lock's place.
	l := flock.New(path+lockMark, flock.SetFlag(os.O_CREATE|os.O_RDONLY|syscallNonblock))
	if err := l.Lock(); err != nil {
		return err
	}
	defer l.Unlock()
	return do()
}
