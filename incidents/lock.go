package incidents

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/user"
	"time"

	"github.com/gofrs/flock"
)

// Holder names the process that holds a journal's lock. It is written to a
// sidecar file (journal + ".lock-info") because a flock itself says nothing
// about who holds it.
type Holder struct {
	PID   int       `json:"pid"`
	Host  string    `json:"host"`
	User  string    `json:"user"`
	Since time.Time `json:"since"`
}

func (h Holder) String() string {
	return fmt.Sprintf("pid %d, %s@%s, since %s", h.PID, h.User, h.Host, h.Since.UTC().Format(time.RFC3339))
}

// LockedError is returned by Open when another writer holds the journal.
type LockedError struct {
	Path   string
	Holder *Holder // nil when the lock-info file could not be read
}

func (e *LockedError) Error() string {
	if e.Holder == nil {
		return fmt.Sprintf("journal %s is open in another process (holder unknown)", e.Path)
	}
	return fmt.Sprintf("journal %s is open in another process: %s", e.Path, e.Holder)
}

// ErrLocked matches a *LockedError with errors.Is.
var ErrLocked = errors.New("journal locked")

func (e *LockedError) Is(target error) bool { return target == ErrLocked }

func lockPath(path string) string { return path + ".lock" }
func infoPath(path string) string { return path + ".lock-info" }

// acquire takes the journal's exclusive lock without waiting and records
// the holder beside it.
func acquire(path string, now time.Time) (*flock.Flock, error) {
	fl := flock.New(lockPath(path), flock.SetPermissions(0o600))
	ok, err := fl.TryLock()
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", lockPath(path), err)
	}
	if !ok {
		return nil, &LockedError{Path: path, Holder: readHolder(path)}
	}
	if err := writeHolder(path, now); err != nil {
		fl.Unlock()
		return nil, err
	}
	return fl, nil
}

func release(path string, fl *flock.Flock) error {
	rmErr := os.Remove(infoPath(path))
	if errors.Is(rmErr, os.ErrNotExist) {
		rmErr = nil
	}
	return errors.Join(rmErr, fl.Unlock())
}

func writeHolder(path string, now time.Time) error {
	h := Holder{PID: os.Getpid(), User: CurrentUser(), Since: now.UTC()}
	h.Host, _ = os.Hostname()
	b, _ := json.Marshal(h)
	if err := os.WriteFile(infoPath(path), append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("write lock info: %w", err)
	}
	return nil
}

func readHolder(path string) *Holder {
	b, err := os.ReadFile(infoPath(path))
	if err != nil {
		return nil
	}
	var h Holder
	if json.Unmarshal(b, &h) != nil {
		return nil
	}
	return &h
}

// CurrentUser is the OS user's login name, "unknown" when it cannot be found.
func CurrentUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if s := os.Getenv("USER"); s != "" {
		return s
	}
	return "unknown"
}
