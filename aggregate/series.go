package aggregate

import "time"

// series is a ring of fixed-width bins indexed by time. A slot whose stamp
// is not the bin being written is stale and is reset before use, so the ring
// never needs a sweeper and memory is fixed at creation.
type series struct {
	width time.Duration
	bins  []Bin
	// hot is the bin written last: mentions arrive in time order, so most
	// find their bin there without Truncate and the modulo.
	hot *Bin
}

func newSeries(width time.Duration, n int) *series {
	return &series{width: width, bins: make([]Bin, n)}
}

// slot returns the bin holding at, reset if it held an older interval, or
// nil when at is older than the ring keeps.
func (s *series) slot(at time.Time, newest time.Time) *Bin {
	if b := s.hot; b != nil && !at.Before(b.Start) && at.Before(b.Start.Add(s.width)) &&
		newest.Sub(b.Start) < s.width*time.Duration(len(s.bins)) {
		return b
	}
	start := at.Truncate(s.width)
	if newest.Sub(start) >= s.width*time.Duration(len(s.bins)) {
		return nil
	}
	i := int(start.UnixNano()/int64(s.width)) % len(s.bins)
	b := &s.bins[i]
	if !b.Start.Equal(start) {
		*b = Bin{Start: start}
	}
	s.hot = b
	return b
}

// last returns the n bins ending with the one holding now, oldest first;
// missing intervals come back as empty bins with their start set.
func (s *series) last(now time.Time, n int) []Bin {
	if n > len(s.bins) {
		n = len(s.bins)
	}
	out := make([]Bin, n)
	end := now.Truncate(s.width)
	for k := 0; k < n; k++ {
		start := end.Add(-time.Duration(n-1-k) * s.width)
		i := int(start.UnixNano()/int64(s.width)) % len(s.bins)
		if s.bins[i].Start.Equal(start) {
			out[k] = s.bins[i]
		} else {
			out[k] = Bin{Start: start}
		}
	}
	return out
}

// add counts one mention with its sentiment in b.
func (b *Bin) add(label labelIndex, score float64) {
	b.Count++
	switch label {
	case labelNeg:
		b.Neg++
	case labelPos:
		b.Pos++
	default:
		b.Neu++
	}
	b.NetSum += score
}

// add counts one feed-supplied score.
func (f *FeedTally) add(label labelIndex, score float64) {
	f.Scored++
	switch label {
	case labelNeg:
		f.Neg++
	case labelPos:
		f.Pos++
	default:
		f.Neu++
	}
	f.NetSum += score
}

type labelIndex uint8

const (
	labelNeu labelIndex = iota
	labelNeg
	labelPos
)
