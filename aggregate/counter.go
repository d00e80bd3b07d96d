package aggregate

import "time"

// counter is a window whose current minute counts on entries the caller
// keeps (a vocabulary of terms, of authors): counting a key the caller has
// already looked up costs no second map lookup, and no pruning happens
// within the minute. On a firehose the minute's own map, with a lookup and
// an assignment per mention and pruning churn once a minute held more keys
// than its cap, was a fifth of the pipeline's time. The entries are folded
// into the window's current minute when the minute ends, when a reader
// asks, and when foldAt distinct keys have been counted (which bounds the
// entries held).
type counter[K comparable, V any] struct {
	w       *window[K, V]
	touched []*tally[K, V] // entries counting in this generation
	gen     uint64         // bumped by every fold: older counts are stale
	foldAt  int
}

// tally is one key's entry: the caller keeps it (in a vocabulary map) and
// hands it to add.
type tally[K comparable, V any] struct {
	key K
	gen uint64 // the generation v counts in
	v   V
}

func newCounter[K comparable, V any](span, cap, foldAt int, o ops[V]) *counter[K, V] {
	return &counter[K, V]{w: newWindow[K, V](span, cap, o), gen: 1, foldAt: foldAt}
}

// advance moves to the minute holding at (see window.advance), folding the
// counts first when at is outside the current minute (folding is right at
// any time; it is needed before the window closes the minute).
func (c *counter[K, V]) advance(at time.Time) bool {
	if !c.w.inCurrent(at) {
		c.fold()
	}
	return c.w.advance(at)
}

// add merges v into e's count for the current minute; the caller has
// advanced the counter.
func (c *counter[K, V]) add(e *tally[K, V], v V) {
	if e.gen != c.gen {
		if len(c.touched) >= c.foldAt {
			c.fold()
		}
		var zero V
		e.gen, e.v = c.gen, zero
		c.touched = append(c.touched, e)
	}
	e.v = c.w.ops.add(e.v, v)
}

// fold moves the counts into the window's current minute.
func (c *counter[K, V]) fold() {
	for i, e := range c.touched {
		c.w.addCurrent(e.key, e.v)
		c.touched[i] = nil // let an entry dropped from its vocabulary go
	}
	c.touched = c.touched[:0]
	c.gen++
}

// recent, each and total are the window's, after a fold.
func (c *counter[K, V]) recent(n int, scratch map[K]V) map[K]V {
	c.fold()
	return c.w.recent(n, scratch)
}

func (c *counter[K, V]) each(fn func(K, V)) {
	c.fold()
	c.w.each(fn)
}

func (c *counter[K, V]) total(key K) V {
	c.fold()
	return c.w.total(key)
}
