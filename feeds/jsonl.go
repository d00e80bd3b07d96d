package feeds

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"
)

// JSONLConfig configures a JSONLReader. Name, Path and Sink are required.
type JSONLConfig struct {
	Name string
	// Path is the capture file, "-" for Stdin.
	Path  string
	Stdin io.Reader
	// Follow waits at the end of the file for more lines, like tail -f,
	// until the context ends.
	Follow bool
	// Speed paces the replay: 0 is as fast as possible, 1 the original
	// pace (created_at spacing), 10 ten times faster.
	Speed float64
	Sink  Sink
	Clock Clock // default: the real clock
	// PollEvery is how often Follow looks for new lines (default 250 ms).
	PollEvery time.Duration
	// MaxLine is the longest line read (default 1 MiB); longer lines are
	// skipped and counted as oversized.
	MaxLine int
	MaxText int // runes of text kept (default 5,000)
	// Batch is how many mentions go to the Sink at once at full speed
	// (default 256; fewer when the input has no more lines ready); a paced
	// replay hands each over when it is due.
	Batch      int
	QuietAfter time.Duration
	// Report, if set, receives every bad line as a *LineError.
	Report func(error)
}

// LineError is a refused line of a capture, named file:line.
type LineError struct {
	Path string
	Line int64
	Err  error
}

func (e *LineError) Error() string {
	return e.Path + ":" + strconv.FormatInt(e.Line, 10) + ": " + e.Err.Error()
}
func (e *LineError) Unwrap() error { return e.Err }

// JSONLReader replays a capture of warroom.mention/v1 lines (a flight
// recording, another tool's output) into a Sink, exactly as a websocket
// feed would: normalized and sanitized, with a Status. A bad line is
// reported with its file:line and counted, never fatal.
type JSONLReader struct {
	cfg JSONLConfig
	h   *health
}

// NewJSONLReader checks cfg and fills its defaults.
func NewJSONLReader(cfg JSONLConfig) (*JSONLReader, error) {
	switch {
	case cfg.Name == "":
		return nil, errors.New("jsonl feed: name is required")
	case cfg.Path == "":
		return nil, fmt.Errorf("feed %s: file is required", cfg.Name)
	case cfg.Sink == nil:
		return nil, fmt.Errorf("feed %s: sink is required", cfg.Name)
	case cfg.Speed < 0:
		return nil, fmt.Errorf("feed %s: replay speed must not be negative", cfg.Name)
	}
	if cfg.Clock == nil {
		cfg.Clock = realClock{}
	}
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	setDefault(&cfg.PollEvery, 250*time.Millisecond)
	setDefault(&cfg.MaxLine, 1<<20)
	setDefault(&cfg.MaxText, 5000)
	setDefault(&cfg.Batch, 256)
	h := &health{
		st: Status{Name: cfg.Name, Kind: KindJSONL, URL: cfg.Path, State: StateConnecting,
			QuietAfter: cfg.QuietAfter, Rejected: map[string]int64{}},
		lags: make([]time.Duration, 0, 1024),
		max:  1,
	}
	return &JSONLReader{cfg: cfg, h: h}, nil
}

// NewJSONLReader builds the reader of a jsonl feed from its config.
func (c FeedConfig) NewJSONLReader(sink Sink, stdin io.Reader, report func(error)) (*JSONLReader, error) {
	if c.Kind != KindJSONL {
		return nil, fmt.Errorf("feed %q: kind %s is not jsonl", c.Name, c.Kind)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	speed, _ := ParseReplaySpeed(c.ReplaySpeed) // checked by Validate
	return NewJSONLReader(JSONLConfig{Name: c.Name, Path: c.File, Stdin: stdin, Follow: c.Follow, Speed: speed,
		Sink: sink, QuietAfter: c.QuietAfter, Report: report})
}

// Name is the feed's name.
func (r *JSONLReader) Name() string { return r.cfg.Name }

// Status returns a copy of the feed's health; Cursor is the last line read.
func (r *JSONLReader) Status() Status { return r.h.snapshot() }

// Run reads the capture to its end (or, with Follow, until ctx ends) and
// returns nil; only an unreadable file is an error. Run must be called once.
func (r *JSONLReader) Run(ctx context.Context) error {
	in, closeIn, err := r.open(ctx)
	if err != nil {
		r.h.fail(StateDown, err)
		return err
	}
	defer closeIn()
	r.h.live(r.cfg.Clock.Now(), false)
	rp := newReplay(r, in)
	err = rp.run(ctx)
	rp.flush()
	state := StateStopped
	if err != nil {
		state = StateDown
		err = fmt.Errorf("feed %s: %s: %w", r.cfg.Name, r.cfg.Path, err)
	}
	r.h.fail(state, err)
	return err
}

// open opens the capture. Standard input is read through a goroutine so
// that cancelling ctx ends Run even while no line is coming (a read on a
// terminal or an idle pipe cannot be interrupted otherwise).
func (r *JSONLReader) open(ctx context.Context) (io.Reader, func(), error) {
	if r.cfg.Path == "-" {
		return newCtxReader(ctx, r.cfg.Stdin), func() {}, nil
	}
	f, err := os.Open(r.cfg.Path)
	if err != nil {
		return nil, nil, fmt.Errorf("feed %s: %w", r.cfg.Name, err)
	}
	return f, func() { f.Close() }, nil
}

// replay is one pass over the input: line splitting, decoding, pacing and
// batching.
type replay struct {
	r       *JSONLReader
	in      *bufio.Reader
	line    []byte
	n       int64 // line number
	long    bool  // the current line is over MaxLine
	batch   []*Mention
	scratch []*Mention
	rejects map[string]int64
	lines   int64 // lines since the last flush
	// pacing: the wall time the first mention was handed over and its
	// created_at.
	wall0, created0 time.Time
}

func newReplay(r *JSONLReader, in io.Reader) *replay {
	return &replay{r: r, in: bufio.NewReaderSize(in, 64<<10), rejects: map[string]int64{}}
}

func (p *replay) run(ctx context.Context) error {
	for {
		if err := ctx.Err(); err != nil {
			return nil
		}
		chunk, err := p.in.ReadSlice('\n')
		p.take(chunk)
		switch {
		case err == nil:
			if perr := p.endLine(ctx); perr != nil {
				return nil // ctx ended while pacing
			}
			if p.in.Buffered() == 0 {
				p.flush() // the next read may block: hand over what we have
			}
		case errors.Is(err, bufio.ErrBufferFull):
		case errors.Is(err, io.EOF):
			if !p.r.cfg.Follow {
				if len(p.line) > 0 || p.long {
					_ = p.endLine(ctx) // a last line without its newline
				}
				return nil
			}
			p.flush()
			if !p.sleep(ctx, p.r.cfg.PollEvery) {
				return nil
			}
		case ctx.Err() != nil:
			return nil // standard input's reader gave up on cancel
		default:
			return err
		}
	}
}

// take adds a piece of the current line, up to MaxLine.
func (p *replay) take(chunk []byte) {
	if p.long {
		return
	}
	if len(p.line)+len(chunk) > p.r.cfg.MaxLine+1 { // +1: the newline
		p.long, p.line = true, p.line[:0]
		return
	}
	p.line = append(p.line, chunk...)
}

// endLine decodes the completed line. It returns an error only if ctx
// ended while the replay waited for the line's time.
func (p *replay) endLine(ctx context.Context) error {
	p.n++
	p.lines++
	line, long := bytes.TrimSpace(p.line), p.long
	p.line, p.long = p.line[:0], false
	switch {
	case long:
		p.bad(Reject(RejectOversized, fmt.Sprintf("line longer than %d bytes", p.r.cfg.MaxLine)))
		return nil
	case len(line) == 0:
		return nil
	}
	ms, err := DecodeNative(line, p.scratch[:0])
	if err != nil {
		p.bad(err)
	}
	for i, m := range ms {
		ms[i] = nil
		if err := p.pace(ctx, m); err != nil {
			return err
		}
		p.accept(m)
	}
	p.scratch = ms[:0]
	return nil
}

// bad counts and reports a refused line (every reject of a batch line).
func (p *replay) bad(err error) {
	if !EachReject(err, func(reason string) { p.rejects[reason]++ }) {
		p.rejects[ReasonOf(err)]++
	}
	le := &LineError{Path: p.r.cfg.Path, Line: p.n, Err: err}
	p.r.h.note(le)
	if p.r.cfg.Report != nil {
		p.r.cfg.Report(le)
	}
}

// accept normalizes m and adds it to the batch.
func (p *replay) accept(m *Mention) {
	Normalize(m, p.r.cfg.Name, p.r.cfg.Clock.Now(), p.r.cfg.MaxText)
	if err := m.Validate(); err != nil {
		p.bad(err)
		return
	}
	p.batch = append(p.batch, m)
	if len(p.batch) >= p.r.cfg.Batch {
		p.flush()
	}
}

// pace waits until m is due: its created_at distance from the first
// mention, divided by Speed, after the first was handed over. Mentions out
// of order are due at once.
func (p *replay) pace(ctx context.Context, m *Mention) error {
	if p.r.cfg.Speed <= 0 {
		return nil
	}
	now := p.r.cfg.Clock.Now()
	if p.wall0.IsZero() {
		p.wall0, p.created0 = now, m.CreatedAt
		return nil
	}
	due := p.wall0.Add(time.Duration(float64(m.CreatedAt.Sub(p.created0)) / p.r.cfg.Speed))
	if !due.After(now) {
		return nil
	}
	p.flush()
	if !p.sleep(ctx, due.Sub(now)) {
		return ctx.Err()
	}
	return nil
}

// sleep waits d on the clock; false if ctx ended first.
func (p *replay) sleep(ctx context.Context, d time.Duration) bool {
	select {
	case <-ctx.Done():
		return false
	case <-p.r.cfg.Clock.After(d):
		return true
	}
}

// flush hands the batch to the Sink and records the lines read since the
// last flush. The Sink owns the batch.
func (p *replay) flush() {
	if p.lines == 0 && len(p.batch) == 0 {
		return
	}
	h := p.r.h
	h.frame(p.r.cfg.Clock.Now(), p.batch, p.rejects, p.r.cfg.Path+":"+strconv.FormatInt(p.n, 10))
	h.mu.Lock()
	h.st.Frames += p.lines - 1 // frame counted one; a jsonl frame is a line
	h.mu.Unlock()
	clear(p.rejects)
	p.lines = 0
	if len(p.batch) > 0 {
		p.r.cfg.Sink.Ingest(p.batch)
		p.batch = make([]*Mention, 0, p.r.cfg.Batch)
	}
}
