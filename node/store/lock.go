package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/gofrs/flock"
)

// LockFile is the name of the lock file in the data directory. It holds the pid of the
// node that has the directory, for the error message a second node prints.
const LockFile = "LOCK"

// dirLock is an exclusive advisory lock (flock(2) on Unix, LockFileEx on Windows) on
// <data dir>/LOCK. The kernel drops it when the process dies, even by SIGKILL, so a
// crashed node never leaves a stale lock behind. Two locks in one process conflict
// too: each opens its own file description.
type dirLock struct{ f *flock.Flock }

// lockDir takes the data directory's lock or fails with ErrLocked.
func lockDir(dir string) (*dirLock, error) {
	path := filepath.Join(dir, LockFile)
	f := flock.New(path, flock.SetPermissions(0o600))
	ok, err := f.TryLock()
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if !ok {
		holder := "another process"
		if b, err := os.ReadFile(path); err == nil {
			if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil && pid > 0 {
				holder = "process " + strconv.Itoa(pid)
				if pid == os.Getpid() {
					holder = "this process"
				}
			}
		}
		return nil, fmt.Errorf("%w: %s holds %s; stop that node or choose another --data-dir", ErrLocked, holder, dir)
	}
	if err := os.WriteFile(path, []byte(strconv.Itoa(os.Getpid())+"\n"), 0o600); err != nil {
		_ = f.Unlock()
		return nil, fmt.Errorf("write pid to %s: %w", path, err)
	}
	return &dirLock{f: f}, nil
}

// unlock releases the lock. The file stays: removing it would race with a node that
// opened it but has not locked it yet.
func (l *dirLock) unlock() error { return l.f.Unlock() }
