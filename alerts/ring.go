package alerts

import "time"

// Minute bins are addressed by their index since the Unix epoch, so that
// every topic and the engine agree on bin boundaries.
const (
	baselineSpan = 12 * time.Hour
	week         = 7 * 24 * time.Hour
	// historyBins keeps a week plus the hour around the same minute last
	// week and a trailing baseline: enough for the weekly baseline.
	historyBins = int64((week + baselineSpan + time.Hour) / time.Minute)
	// recentBins holds per-platform counts and per-bin top posts: the
	// trailing baseline and the longest rule window.
	recentBins   = int64((baselineSpan + 2*time.Hour) / time.Minute)
	topBins      = int64(maxWindow/time.Minute) + 2
	maxWindow    = time.Hour
	maxLongevity = 16
)

// minuteOf returns the index of the minute holding t.
func minuteOf(t time.Time) int64 {
	s := t.Unix()
	if s < 0 {
		return (s - 59) / 60
	}
	return s / 60
}

// minuteStart is the time at which minute m begins.
func minuteStart(m int64) time.Time { return time.Unix(m*60, 0).UTC() }

// ring holds one value per minute for the last len(v) minutes up to last.
// Slots are cleared lazily when the ring moves forward, so a quiet topic
// costs nothing until it is written again.
type ring[T any] struct {
	v    []T
	last int64 // newest minute written; slots after it read as zero
	used bool
}

func newRing[T any](n int64) ring[T] { return ring[T]{v: make([]T, n)} }

// at returns minute m's value, the zero value when it is outside the ring.
func (r *ring[T]) at(m int64) T {
	var zero T
	n := int64(len(r.v))
	if !r.used || m > r.last || m <= r.last-n {
		return zero
	}
	return r.v[mod(m, n)]
}

// slot returns minute m's slot for writing, advancing the ring if m is
// newer than anything written, or nil when m is too old to keep.
func (r *ring[T]) slot(m int64) *T {
	n := int64(len(r.v))
	switch {
	case !r.used:
		clear(r.v)
		r.used, r.last = true, m
	case m > r.last:
		if m-r.last >= n {
			clear(r.v)
		} else {
			for k := r.last + 1; k <= m; k++ {
				var zero T
				r.v[mod(k, n)] = zero
			}
		}
		r.last = m
	case m <= r.last-n:
		return nil
	}
	return &r.v[mod(m, n)]
}

func mod(a, n int64) int64 {
	if a %= n; a < 0 {
		a += n
	}
	return a
}
