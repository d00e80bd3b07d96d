package incidents

import (
	"bytes"
	"fmt"
	"runtime"
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

// parsed holds every complete line decoded: entries[i] is valid when
// errs[i] is nil; ends[i] is the offset just past line i's newline.
type parsed struct {
	entries []Entry
	errs    []error
	ends    []int64
	// prevs[i] is line i's prev_hash member, pointing into the image.
	prevs [][]byte
}

// scan verifies a journal image. Lines are decoded and hashed in parallel;
// the chain (seq, prev_hash, time order) is then checked in order.
func scan(data []byte) scanned {
	complete, torn := splitTorn(data)
	p := parseLines(complete)
	var c chain
	n := c.feed(p, 0)
	s := scanned{entries: p.entries[:n:n], goodLen: c.goodLen}
	if c.broken {
		s.lastHash, s.lastSeq = lastHashOf(p)
	} else {
		s.lastHash, s.lastSeq = c.report.HeadHash, c.report.HeadSeq
	}
	s.report = c.finish(len(p.entries), len(torn))
	return s
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

// parseLines splits complete (which ends with a newline, or is empty) and
// decodes the lines on every CPU.
func parseLines(complete []byte) parsed {
	var starts []int
	for off := 0; off < len(complete); {
		starts = append(starts, off)
		off += bytes.IndexByte(complete[off:], '\n') + 1
	}
	out := parsed{entries: make([]Entry, len(starts)), errs: make([]error, len(starts)),
		ends: make([]int64, len(starts)), prevs: make([][]byte, len(starts))}
	workers := min(runtime.GOMAXPROCS(0), 1+len(starts)/4096)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(starts)/workers, (w+1)*len(starts)/workers
		wg.Go(func() {
			d := newLineDecoder()
			for i := lo; i < hi; i++ {
				end := len(complete)
				if i+1 < len(starts) {
					end = starts[i+1]
				}
				out.prevs[i], out.errs[i] = d.line(complete[starts[i]:end-1], &out.entries[i])
				out.ends[i] = int64(end)
			}
		})
	}
	wg.Wait()
	return out
}
