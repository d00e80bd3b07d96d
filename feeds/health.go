package feeds

import (
	"slices"
	"sync"
	"time"

	"github.com/warroom-dev/warroom/sanitize"
)

// health is the mutable state behind Status, shared by the run loop, the
// reader and Status callers under one mutex taken once per frame.
type health struct {
	mu   sync.Mutex
	st   Status
	lags []time.Duration // ring of recent observed-created lags
	next int             // ring write position
	max  int             // MaxGaps
	down time.Time       // when the last live session ended (zero: none)
}

func newHealth(cfg Config) *health {
	return &health{
		st: Status{
			Name: cfg.Name, Kind: cfg.Adapter.Kind(), URL: RedactURL(cfg.URL),
			State: StateConnecting, QuietAfter: cfg.QuietAfter,
			Rejected: map[string]int64{},
		},
		lags: make([]time.Duration, 0, cfg.LagWindow),
		max:  cfg.MaxGaps,
	}
}

// snapshot returns a deep copy; the lag percentiles are computed after
// the lock is released, so a Status poll never holds up the reader.
func (h *health) snapshot() Status {
	h.mu.Lock()
	s := h.st
	s.Rejected = make(map[string]int64, len(h.st.Rejected))
	for k, v := range h.st.Rejected {
		s.Rejected[k] = v
	}
	s.Gaps = slices.Clone(h.st.Gaps)
	lags := slices.Clone(h.lags)
	h.mu.Unlock()
	if len(lags) > 0 {
		slices.Sort(lags)
		s.LagP50 = lags[(len(lags)-1)*50/100]
		s.LagP95 = lags[(len(lags)-1)*95/100]
	}
	return s
}

func (h *health) setState(st State, attempt int, next time.Time) {
	h.mu.Lock()
	h.st.State, h.st.Attempt, h.st.NextTry = st, attempt, next
	h.mu.Unlock()
}

// fail records an error for the operator, sanitized: a server's error text
// is as untrusted as its posts.
func (h *health) fail(st State, err error) {
	h.mu.Lock()
	h.st.State = st
	if err != nil {
		h.st.LastError = sanitize.Text(err.Error(), 300)
	}
	h.mu.Unlock()
}

// note records an error without changing the state.
func (h *health) note(err error) {
	h.mu.Lock()
	h.st.LastError = sanitize.Text(err.Error(), 300)
	h.mu.Unlock()
}

// live marks a new session live and closes the gap opened by the last one.
func (h *health) live(now time.Time, replayable bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	reconnect := !h.st.LiveSince.IsZero()
	h.st.State, h.st.Attempt, h.st.NextTry, h.st.LiveSince = StateLive, 0, time.Time{}, now
	if reconnect {
		h.st.Reconnects++
	}
	if !h.down.IsZero() {
		h.st.Gaps = append(h.st.Gaps, Gap{Feed: h.st.Name, From: h.down, To: now, Replayable: replayable})
		if len(h.st.Gaps) > h.max {
			h.st.Gaps = slices.Delete(h.st.Gaps, 0, len(h.st.Gaps)-h.max)
		}
		h.down = time.Time{}
	}
}

// ended records when a live session was lost, opening a gap.
func (h *health) ended(now time.Time, err error) {
	h.mu.Lock()
	h.down = now
	if err != nil {
		h.st.LastError = sanitize.Text(err.Error(), 300)
	}
	h.mu.Unlock()
}

// frame records one received frame: its accepted mentions, its rejects by
// reason, the cursor after it.
func (h *health) frame(now time.Time, batch []*Mention, rejects map[string]int64, cursor string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.st.Frames++
	h.st.LastEvent = now
	h.st.Accepted += int64(len(batch))
	for r, n := range rejects {
		h.st.Rejected[r] += n
	}
	h.st.Cursor = cursor
	for _, m := range batch {
		h.addLag(m.ObservedAt.Sub(m.CreatedAt))
	}
}

func (h *health) addLag(d time.Duration) {
	if len(h.lags) < cap(h.lags) {
		h.lags = append(h.lags, d)
		return
	}
	h.lags[h.next] = d
	h.next = (h.next + 1) % len(h.lags)
}
