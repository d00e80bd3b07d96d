package incidents

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/gofrs/flock"
)

// File is what the journal writes through. *os.File implements it; tests
// wrap it to simulate a full or read-only disk.
type File interface {
	io.Writer
	Sync() error
	Truncate(size int64) error
	Close() error
}

// Options configure Open.
type Options struct {
	// Clock gives recorded_at; time.Now when nil.
	Clock func() time.Time
	// Actor is used for drafts that name none; the OS user when empty.
	Actor Actor
	// NewSegment lets Open continue a journal whose chain is broken: the
	// verified prefix is kept, the old file is preserved beside it, and a
	// journal.segment entry references the old head.
	NewSegment bool
	// WrapFile, when set, wraps the journal file (fault injection).
	WrapFile func(File) File
}

// BrokenError is returned by Open for a journal whose chain is broken.
type BrokenError struct{ Report Report }

func (e *BrokenError) Error() string {
	return fmt.Sprintf("journal %s is broken at seq %d (%s); appending is refused: check it with `warroom verify`, then continue in a new segment (--new-segment)",
		e.Report.Path, e.Report.FirstBadSeq, e.Report.Reason)
}

// ErrClosed is returned by Append after Close.
var ErrClosed = errors.New("journal closed")

// Journal is an open, locked journal. Its methods are safe for concurrent use.
type Journal struct {
	path string
	opts Options
	lock *flock.Flock
	reqs chan *appendReq
	stop chan struct{}
	done chan struct{}

	mu      sync.RWMutex
	entries []Entry
	state   *State // cache of Replay(entries) at state.Entries
	closed  bool

	// Owned by the writer goroutine once started.
	f      File
	head   head
	size   int64
	failed error
}

type appendReq struct {
	draft Draft
	data  []byte // canonical data
	res   chan appendRes
}

type appendRes struct {
	entry Entry
	err   error
}

// Open locks, verifies and loads the journal at path, creating it (mode
// 0600) when missing. A torn last line is moved to path+".torn" and recorded
// by a system entry.
func Open(path string, opts Options) (*Journal, error) {
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Actor.Name == "" {
		opts.Actor.Name = CurrentUser()
	}
	fl, err := acquire(path, opts.Clock())
	if err != nil {
		return nil, err
	}
	j, err := load(path, opts, fl)
	if err != nil {
		release(path, fl)
		return nil, err
	}
	return j, nil
}

func load(path string, opts Options, fl *flock.Flock) (*Journal, error) {
	s, err := readJournal(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("open journal: %w", err)
	}
	var pending []Draft
	if s.report.Torn {
		d, err := moveTornTail(path, s)
		if err != nil {
			return nil, err
		}
		pending = append(pending, d)
	} else if !s.report.OK {
		if !opts.NewSegment {
			return nil, &BrokenError{Report: s.report}
		}
		d, err := startSegment(path, s, opts.Clock())
		if err != nil {
			return nil, err
		}
		pending = append(pending, d)
	}
	f, err := openForAppend(path)
	if err != nil {
		return nil, err
	}
	j := &Journal{path: path, opts: opts, lock: fl, entries: s.entries, size: s.goodLen,
		reqs: make(chan *appendReq, 256), stop: make(chan struct{}), done: make(chan struct{})}
	j.f, j.head = f, headOf(s.entries)
	if opts.WrapFile != nil {
		j.f = opts.WrapFile(f)
	}
	go j.writer()
	for _, d := range pending {
		if _, err := j.Append(context.Background(), d); err != nil {
			j.shutdown() // Open releases the lock
			return nil, err
		}
	}
	return j, nil
}

func openForAppend(path string) (*os.File, error) {
	_, statErr := os.Stat(path)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open journal for writing: %w", err)
	}
	if errors.Is(statErr, os.ErrNotExist) {
		if err := syncDir(path); err != nil {
			f.Close()
			return nil, err
		}
	}
	return f, nil
}

// Path is the journal's file.
func (j *Journal) Path() string { return j.path }

// Entries returns a copy of every entry, in seq order.
func (j *Journal) Entries() []Entry {
	j.mu.RLock()
	defer j.mu.RUnlock()
	return append([]Entry(nil), j.entries...)
}

// Head returns the last entry's seq and hash (0, "" when empty).
func (j *Journal) Head() (int64, string) {
	j.mu.RLock()
	defer j.mu.RUnlock()
	if len(j.entries) == 0 {
		return 0, ""
	}
	e := j.entries[len(j.entries)-1]
	return e.Seq, e.Hash
}

// State replays the entries, outside the lock so appends never wait for
// it, and caches the result until the next append: a terminal may call it
// on every tick. The returned State shares its maps and slices with other
// callers: treat it as read-only.
func (j *Journal) State() State {
	j.mu.RLock()
	entries, cached := j.entries, j.state // entries only grow: this view stays valid
	j.mu.RUnlock()
	if cached != nil && cached.Entries == len(entries) {
		return *cached
	}
	s := Replay(entries)
	j.mu.Lock()
	if j.state == nil || j.state.Entries < s.Entries {
		j.state = &s
	}
	j.mu.Unlock()
	return s
}

// Close stops the writer after the appends already queued, syncs and
// releases the lock.
func (j *Journal) Close() error {
	first, closeErr := j.shutdown()
	if !first {
		return nil
	}
	return errors.Join(closeErr, release(j.path, j.lock))
}

// shutdown stops the writer once and closes the file; first is false when
// the journal was already shut down.
func (j *Journal) shutdown() (first bool, err error) {
	j.mu.Lock()
	if j.closed {
		j.mu.Unlock()
		return false, nil
	}
	j.closed = true
	j.mu.Unlock()
	close(j.stop)
	<-j.done
	return true, j.f.Close()
}

// Latest returns up to n of the newest entries, oldest first.
func (j *Journal) Latest(n int) []Entry {
	j.mu.RLock()
	defer j.mu.RUnlock()
	return append([]Entry(nil), j.entries[max(0, len(j.entries)-n):]...)
}
