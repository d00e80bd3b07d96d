package feeds

import "time"

// Backoff is full-jitter exponential backoff: the n-th consecutive failed
// attempt waits a uniformly random delay in [0, min(Max, Min*2^(n-1))).
// Full jitter spreads a fleet of clients that lost the same server, so they
// do not all come back in the same instant.
type Backoff struct {
	Min, Max time.Duration
}

// DefaultBackoff waits up to 0.5 s after the first failure, up to 30 s later.
func DefaultBackoff() Backoff {
	return Backoff{Min: 500 * time.Millisecond, Max: 30 * time.Second}
}

// Ceiling is the upper bound of the delay before attempt n (n >= 1).
func (b Backoff) Ceiling(n int) time.Duration {
	if n < 1 {
		n = 1
	}
	d := b.Min
	for i := 1; i < n && d < b.Max; i++ {
		d *= 2
	}
	return min(d, b.Max)
}

// Delay returns the wait before attempt n given rnd in [0, 1).
func (b Backoff) Delay(n int, rnd float64) time.Duration {
	if rnd < 0 || rnd >= 1 {
		rnd = 0
	}
	return time.Duration(rnd * float64(b.Ceiling(n)))
}
