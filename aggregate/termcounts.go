package aggregate

import "time"

// termCounts is the trending-term window. The closed minutes live in a
// window like the authors'; the current minute counts on the tokenizer's
// entries themselves, so that a term costs one map lookup (the vocabulary's)
// instead of two: on a firehose the second lookup, in the minute's tally,
// was a tenth of the pipeline's time. The counters are folded into the
// window's current minute when the minute ends, when a reader asks, and when
// cap distinct terms have been counted (which keeps the pruning bound).
type termCounts struct {
	w       *window[string, int64]
	touched []*termEntry // entries counting in this generation
	gen     uint64       // bumped by every fold: older counters are stale
	foldAt  int          // distinct terms counted before a fold: the window's cap
}

func newTermCounts(span, cap int) *termCounts {
	return &termCounts{w: newWindow[string, int64](span, cap, countOps), gen: 1, foldAt: cap}
}

// advance moves to the minute holding at (see window.advance), folding the
// counters first when the minute changes.
func (c *termCounts) advance(at time.Time) bool {
	if !at.Truncate(time.Minute).Equal(c.w.current) {
		c.fold()
	}
	return c.w.advance(at)
}

// add counts one occurrence of e in the current minute; the caller has
// advanced the window.
func (c *termCounts) add(e *termEntry) {
	if e.gen != c.gen {
		if len(c.touched) >= c.foldAt {
			c.fold()
		}
		e.gen, e.n = c.gen, 0
		c.touched = append(c.touched, e)
	}
	e.n++
}

// fold moves the counters into the window's current minute.
func (c *termCounts) fold() {
	for i, e := range c.touched {
		c.w.addCurrent(e.term, e.n)
		c.touched[i] = nil // let an entry dropped from the vocabulary go
	}
	c.touched = c.touched[:0]
	c.gen++
}

// recent is window.recent after a fold.
func (c *termCounts) recent(n int, scratch map[string]int64) map[string]int64 {
	c.fold()
	return c.w.recent(n, scratch)
}

// total is window.total; call it after recent (which folds).
func (c *termCounts) total(term string) int64 { return c.w.total(term) }
