package incidents

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sync"
)

// Report is the outcome of verifying a journal.
type Report struct {
	Path string
	// Entries is how many entries verified, from seq 1 to HeadSeq.
	Entries  int64
	HeadSeq  int64
	HeadHash string
	// OK is true when every line verified and the file ends with a newline.
	OK bool
	// FirstBadSeq is the seq at which the chain breaks (the seq that a
	// deleted line held, say); Line is its 1-based line number and Reason
	// says what is wrong. Zero when OK.
	FirstBadSeq int64
	Line        int
	Reason      string
	// Torn is true when the only problem is an incomplete last line, as a
	// crash in the middle of a write leaves; Open moves it aside.
	Torn      bool
	TornBytes int64
	// Lines is the number of lines in the file, torn tail included.
	Lines int
}

// scanned is a parsed journal image: the verified prefix and where it ends.
type scanned struct {
	entries []Entry
	report  Report
	// goodLen is the byte length of the verified prefix.
	goodLen int64
	// lastHash is the hash member of the file's last complete line, even
	// when that line does not verify: the "old head" a new segment cites.
	lastHash string
	lastSeq  int64
}

// parsed holds the complete lines of a chunk decoded: entries[i] is valid
// when errs[i] is nil; ends[i] is the offset just past line i's newline.
// Its slices are reused from chunk to chunk.
type parsed struct {
	starts  []int
	entries []Entry
	errs    []error
	ends    []int64
	// prevs[i] is line i's prev_hash member, pointing into the chunk.
	prevs [][]byte
}

// scan verifies a journal image held in memory and keeps its entries.
func scan(data []byte) scanned {
	s, _ := scanStream(bytes.NewReader(data), len(data)+1, true, int64(len(data)))
	return s
}

// scanStream verifies the journal read from rd, chunk bytes at a time
// (more for a longer line), so the file is never held whole. When keep is
// set the verified entries are kept, decoded straight into one slice sized
// from size (the file's length, 0 when unknown), and lines past a break are
// still read for the file's last hash; otherwise nothing outlives a chunk.
// Lines are decoded and hashed in parallel; the chain (seq, prev_hash, time
// order) is then checked in order.
func scanStream(rd io.Reader, chunk int, keep bool, size int64) (scanned, error) {
	var (
		s       scanned
		c       chain
		p       parsed
		scratch []Entry
		base    int64
		lines   int
	)
	buf := make([]byte, 0, chunk)
	for {
		n, err := io.ReadFull(rd, buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		eof := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !eof {
			return s, err
		}
		complete, rest := splitTorn(buf)
		if c.broken && !keep { // only count what is left
			lines += bytes.Count(complete, []byte("\n"))
		} else {
			p.split(complete)
			dst := &scratch
			if keep && !c.broken {
				if s.entries == nil && size > 0 && len(complete) > 0 { // room for the whole file, estimated
					s.entries = make([]Entry, 0, int64(len(p.starts))*size/int64(len(complete))*21/20+64)
				}
				dst = &s.entries
			}
			from := len(*dst)
			*dst = slices.Grow(*dst, len(p.starts))[:from+len(p.starts)]
			p.decode(complete, (*dst)[from:])
			verified := c.feed(p, base)
			if dst == &s.entries {
				s.entries = s.entries[:from+verified]
			}
			if h, seq := lastHashOf(p); keep && c.broken && h != "" {
				s.lastHash, s.lastSeq = h, seq
			}
			scratch = scratch[:0]
			lines += len(p.starts)
		}
		base += int64(len(complete))
		if eof {
			if !c.broken {
				s.lastHash, s.lastSeq = c.report.HeadHash, c.report.HeadSeq
			}
			s.goodLen = c.goodLen
			s.report = c.finish(lines, len(rest))
			return s, nil
		}
		buf = append(buf[:0], rest...)
		if len(buf) == cap(buf) { // a line longer than the buffer
			buf = append(make([]byte, 0, 2*cap(buf)), buf...)
		}
	}
}

// splitTorn separates the complete lines from an unterminated last one.
func splitTorn(data []byte) (complete, torn []byte) {
	i := bytes.LastIndexByte(data, '\n')
	return data[:i+1], data[i+1:]
}

// chain checks parsed lines in order, possibly over several chunks.
type chain struct {
	report   Report
	prevHash string
	prevAt   int64
	goodLen  int64
	lines    int // lines fed so far
	broken   bool
}

// feed checks p, whose first byte is at offset base in the file, and
// returns how many of its entries verify.
func (c *chain) feed(p parsed, base int64) int {
	defer func() { c.lines += len(p.entries) }()
	if c.broken {
		return 0
	}
	for i := range p.entries {
		e := &p.entries[i]
		want := c.report.HeadSeq + 1
		if reason := chainFault(e, p.errs[i], p.prevs[i], want, c.prevHash, c.prevAt); reason != "" {
			c.report.FirstBadSeq, c.report.Line, c.report.Reason = want, c.lines+i+1, reason
			c.broken = true
			return i
		}
		e.PrevHash = c.prevHash // share the previous hash's memory
		c.prevHash, c.prevAt = e.Hash, e.RecordedAt.UnixMilli()
		c.report.HeadSeq, c.report.HeadHash = e.Seq, e.Hash
		c.report.Entries++
		c.goodLen = base + p.ends[i]
	}
	return len(p.entries)
}

// finish completes the report once every complete line was fed; torn is
// the length of an unterminated last line.
func (c *chain) finish(lines, torn int) Report {
	r := c.report
	r.Lines = lines
	r.OK = !c.broken
	if torn > 0 {
		r.Lines++
		if r.OK {
			r.OK, r.Torn, r.TornBytes = false, true, int64(torn)
			r.FirstBadSeq, r.Line = r.HeadSeq+1, lines+1
			r.Reason = fmt.Sprintf("incomplete last line (%d bytes without a newline): a torn write", torn)
		}
	}
	return r
}

// chainFault says what is wrong with line l at the place of seq want.
func chainFault(e *Entry, err error, prev []byte, want int64, prevHash string, prevAt int64) string {
	switch {
	case err != nil:
		return err.Error()
	case e.Seq != want:
		return fmt.Sprintf("seq %d found where %d was expected: an entry was deleted, inserted or reordered", e.Seq, want)
	case string(prev) != prevHash:
		return "prev_hash does not match the previous entry's hash: the chain was rewritten"
	case e.RecordedAt.UnixMilli() < prevAt:
		return "recorded_at goes backwards"
	}
	return ""
}

// lastHashOf is the hash member of the last line that has one.
func lastHashOf(p parsed) (string, int64) {
	for i := len(p.entries) - 1; i >= 0; i-- {
		if p.errs[i] == nil || p.errs[i] == errHashMismatch {
			return p.entries[i].Hash, p.entries[i].Seq
		}
	}
	return "", 0
}

// split finds where the lines of complete (which ends with a newline, or
// is empty) start.
func (p *parsed) split(complete []byte) {
	p.starts = p.starts[:0]
	for off := 0; off < len(complete); {
		p.starts = append(p.starts, off)
		off += bytes.IndexByte(complete[off:], '\n') + 1
	}
}

// decode reads the lines split found into entries (one per line) on every
// CPU.
func (p *parsed) decode(complete []byte, entries []Entry) {
	n := len(p.starts)
	p.entries = entries
	p.errs = slices.Grow(p.errs[:0], n)[:n]
	p.ends = slices.Grow(p.ends[:0], n)[:n]
	p.prevs = slices.Grow(p.prevs[:0], n)[:n]
	workers := min(runtime.GOMAXPROCS(0), 1+n/4096)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*n/workers, (w+1)*n/workers
		wg.Go(func() {
			d := newLineDecoder()
			for i := lo; i < hi; i++ {
				end := len(complete)
				if i+1 < n {
					end = p.starts[i+1]
				}
				p.prevs[i], p.errs[i] = d.line(complete[p.starts[i]:end-1], &p.entries[i])
				p.ends[i] = int64(end)
			}
		})
	}
	wg.Wait()
}
