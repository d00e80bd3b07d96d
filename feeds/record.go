package feeds

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync"
)

// RecorderConfig configures a flight Recorder. Path is required.
type RecorderConfig struct {
	Path string
	// MaxBytes rotates the file once it reaches this size (default 64 MiB;
	// negative: never). A mention is never split across files.
	MaxBytes int64
	// Keep is how many rotated files are kept: Path.1 (newest) to
	// Path.Keep (default 5).
	Keep int
	// Next, if set, receives every batch after it is written, so the
	// recorder can sit in a chain of sinks.
	Next Sink
}

// Recorder is the flight recorder: a Sink that appends every mention it is
// given as one warroom.mention/v1 JSON line, so that a crisis can be
// replayed exactly with the jsonl reader. Each batch is written with one
// write call: a crash loses at most the batch in flight. A write error is
// kept (see Err) and the recorder stops writing, but batches still flow to
// Next: the room must not go blind because a disk filled up.
type Recorder struct {
	cfg RecorderConfig

	mu      sync.Mutex
	f       *os.File
	size    int64
	buf     []byte
	written int64
	err     error
}

// NewRecorder opens (appending to) or creates cfg.Path, readable by its
// owner only: captures hold what people wrote.
func NewRecorder(cfg RecorderConfig) (*Recorder, error) {
	if cfg.Path == "" {
		return nil, errors.New("recorder: path is required")
	}
	if cfg.MaxBytes == 0 {
		cfg.MaxBytes = 64 << 20
	}
	if cfg.Keep <= 0 {
		cfg.Keep = 5
	}
	r := &Recorder{cfg: cfg}
	if err := r.open(); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *Recorder) open() error {
	f, err := os.OpenFile(r.cfg.Path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("recorder: %w", err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("recorder: %w", err)
	}
	r.f, r.size = f, fi.Size()
	return nil
}

// Ingest writes the batch, rotating first if the file is full, then hands
// the batch to Next.
func (r *Recorder) Ingest(batch []*Mention) {
	r.mu.Lock()
	r.write(batch)
	r.mu.Unlock()
	if r.cfg.Next != nil {
		r.cfg.Next.Ingest(batch)
	}
}

func (r *Recorder) write(batch []*Mention) {
	if r.err != nil || r.f == nil || len(batch) == 0 {
		return
	}
	if r.cfg.MaxBytes > 0 && r.size >= r.cfg.MaxBytes {
		if r.err = r.rotate(); r.err != nil {
			return
		}
	}
	r.buf = r.buf[:0]
	for _, m := range batch {
		r.buf = append(AppendJSON(r.buf, m), '\n')
	}
	n, err := r.f.Write(r.buf)
	r.size += int64(n)
	if err != nil {
		r.err = fmt.Errorf("recorder: %w", err)
		return
	}
	r.written += int64(len(batch))
}

// rotate shifts Path.k to Path.k+1 (dropping the oldest), Path to Path.1,
// and starts a new Path.
func (r *Recorder) rotate() error {
	if err := r.f.Close(); err != nil {
		return fmt.Errorf("recorder: %w", err)
	}
	r.f = nil
	name := func(k int) string { return r.cfg.Path + "." + strconv.Itoa(k) }
	for k := r.cfg.Keep - 1; k >= 1; k-- {
		if err := os.Rename(name(k), name(k+1)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("recorder: rotate: %w", err)
		}
	}
	if err := os.Rename(r.cfg.Path, name(1)); err != nil {
		return fmt.Errorf("recorder: rotate: %w", err)
	}
	return r.open()
}

// Written is how many mentions were recorded.
func (r *Recorder) Written() int64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.written
}

// Err is the write error that stopped the recorder, if any.
func (r *Recorder) Err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

// Close closes the file; later batches still reach Next.
func (r *Recorder) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.f == nil {
		return r.err
	}
	err := r.f.Close()
	r.f = nil
	if err != nil {
		return fmt.Errorf("recorder: %w", err)
	}
	return r.err
}
