package aggregate

import (
	"slices"
	"time"
)

// ops tells a window how to combine its values. Passing functions keeps one
// implementation for authors and terms without an interface per value.
type ops[V any] struct {
	add    func(a, b V) V
	sub    func(a, b V) V
	empty  func(V) bool
	weight func(V) int64 // what pruning keeps the heaviest of
}

// window counts keys per minute over a sliding span of minutes, in bounded
// memory. Each minute's tally is capped: when it reaches cap, the lightest
// half is pruned (lossy counting: a key pruned early in a minute loses those
// counts, which only ever under-counts rare keys). Totals over the span are
// kept incrementally, so reading them never re-merges every minute.
type window[K comparable, V any] struct {
	ops     ops[V]
	cap     int
	span    int // minutes in the window, the current one included
	minutes []map[K]V
	stamps  []time.Time // start of the minute each slot holds
	current time.Time   // start of the newest minute seen
	// closed sums the closed minutes still in the window.
	closed map[K]V
}

func newWindow[K comparable, V any](span, cap int, o ops[V]) *window[K, V] {
	w := &window[K, V]{ops: o, cap: cap, span: span, closed: map[K]V{}}
	w.minutes = make([]map[K]V, span)
	w.stamps = make([]time.Time, span)
	for i := range w.minutes {
		w.minutes[i] = map[K]V{}
	}
	return w
}

func (w *window[K, V]) index(minute time.Time) int {
	return int(minute.Unix()/60) % w.span
}

// advance moves the window to the minute holding at, closing the minutes in
// between. It returns false when at is older than the current minute: late
// mentions still count in totals but not in the window.
func (w *window[K, V]) advance(at time.Time) bool {
	if w.inCurrent(at) { // most mentions: no arithmetic beyond two comparisons
		return true
	}
	minute := at.Truncate(time.Minute)
	if w.current.IsZero() {
		w.current = minute
		w.stamps[w.index(minute)] = minute
		return true
	}
	if minute.Before(w.current) {
		return false
	}
	steps := 0
	for w.current.Before(minute) && steps <= w.span {
		w.close(w.current)
		w.current = w.current.Add(time.Minute)
		w.open(w.current)
		steps++
	}
	if w.current.Before(minute) { // a jump longer than the span: start over
		w.reset(minute)
	}
	return true
}

// inCurrent reports whether at falls in the current minute.
func (w *window[K, V]) inCurrent(at time.Time) bool {
	return !w.current.IsZero() && !at.Before(w.current) && at.Before(w.current.Add(time.Minute))
}

// close folds the finished minute into the closed totals.
func (w *window[K, V]) close(minute time.Time) {
	for k, v := range w.minutes[w.index(minute)] {
		w.closed[k] = w.ops.add(w.closed[k], v)
	}
}

// open reuses the slot of the minute that falls out of the window for a new
// one, taking the old minute out of the closed totals first.
func (w *window[K, V]) open(minute time.Time) {
	i := w.index(minute)
	if !w.stamps[i].IsZero() && !w.stamps[i].Equal(minute) {
		for k, v := range w.minutes[i] {
			left := w.ops.sub(w.closed[k], v)
			if w.ops.empty(left) {
				delete(w.closed, k)
			} else {
				w.closed[k] = left
			}
		}
	}
	clear(w.minutes[i])
	w.stamps[i] = minute
}

func (w *window[K, V]) reset(minute time.Time) {
	for i := range w.minutes {
		clear(w.minutes[i])
		w.stamps[i] = time.Time{}
	}
	clear(w.closed)
	w.current = minute
	w.stamps[w.index(minute)] = minute
}

// add merges v into key's tally for the minute holding at.
func (w *window[K, V]) add(at time.Time, key K, v V) {
	if w.advance(at) {
		w.addCurrent(key, v)
	}
}

// addCurrent merges v into key's tally for the current minute; the caller
// has advanced the window (once for all the terms of a post).
func (w *window[K, V]) addCurrent(key K, v V) {
	m := w.minutes[w.index(w.current)]
	old, ok := m[key]
	if !ok && len(m) >= w.cap {
		w.prune(m)
	}
	m[key] = w.ops.add(old, v)
}

// prune keeps about the heavier half of a minute's tally. The cut is the
// median of a sample of the weights, not of all of them: pruning runs every
// cap/2 new keys on a firehose, and sorting every weight each time was the
// aggregator's largest cost. A cut off by a few percent only changes how
// many light keys go.
func (w *window[K, V]) prune(m map[K]V) {
	const sample = 64
	step := max(len(m)/sample, 1)
	ws := make([]int64, 0, sample+1)
	i := 0
	for _, v := range m {
		if i%step == 0 {
			ws = append(ws, w.ops.weight(v))
		}
		i++
	}
	slices.Sort(ws)
	cut := ws[len(ws)/2]
	for k, v := range m {
		if w.ops.weight(v) <= cut {
			delete(m, k)
		}
	}
}

// each calls fn with every key's total over the window (closed minutes plus
// the current one). Order is unspecified.
func (w *window[K, V]) each(fn func(K, V)) {
	cur := w.minutes[w.index(w.current)]
	for k, v := range w.closed {
		if c, ok := cur[k]; ok {
			v = w.ops.add(v, c)
		}
		fn(k, v)
	}
	for k, v := range cur {
		if _, ok := w.closed[k]; !ok {
			fn(k, v)
		}
	}
}

// recent returns each key's total over the last n minutes, the
// current one included, merged into scratch (cleared first).
func (w *window[K, V]) recent(n int, scratch map[K]V) map[K]V {
	clear(scratch)
	if w.current.IsZero() {
		return scratch
	}
	for k := 0; k < n && k < w.span; k++ {
		minute := w.current.Add(-time.Duration(k) * time.Minute)
		i := w.index(minute)
		if !w.stamps[i].Equal(minute) {
			continue
		}
		for key, v := range w.minutes[i] {
			scratch[key] = w.ops.add(scratch[key], v)
		}
	}
	return scratch
}

// total returns key's total over the whole window.
func (w *window[K, V]) total(key K) V {
	return w.ops.add(w.closed[key], w.minutes[w.index(w.current)][key])
}
