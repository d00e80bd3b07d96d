package feeds

import "time"

// State is where a feed connection stands.
type State string

const (
	StateConnecting   State = "connecting"
	StateLive         State = "live"
	StateReconnecting State = "reconnecting"
	StateDown         State = "down"
	StateAuthFailed   State = "auth_failed"
	StateStopped      State = "stopped"
)

// Status is an observable copy of a feed's health. A feed produces it on
// demand; it never pushes it anywhere, so a slow reader cannot stall a feed.
type Status struct {
	Name  string
	Kind  string // native, jetstream, mastodon, nostr, jsonl
	URL   string // without credentials
	State State
	// Attempt is the reconnect attempt in progress (1, 2, ...) and NextTry
	// when it will be made, while State is reconnecting.
	Attempt int
	NextTry time.Time
	// LastEvent is when the last frame was received (zero: never).
	LastEvent time.Time
	// LiveSince is when the current connection became live.
	LiveSince time.Time
	// LastError is the last connection or protocol error, sanitized.
	LastError string
	Frames    int64 // frames received
	Accepted  int64 // mentions accepted
	// Rejected counts refused frames or mentions by reason (see Reject*).
	Rejected   map[string]int64
	Reconnects int64
	// LagP50 and LagP95 are observed_at - created_at over recent mentions.
	LagP50, LagP95 time.Duration
	// Cursor is the protocol's resume position, if it has one.
	Cursor string
	// QuietAfter is how long the feed may stay silent before it is flagged.
	QuietAfter time.Duration
	Gaps       []Gap
}

// Gap is a disconnect-to-resume interval of a feed.
type Gap struct {
	Feed       string
	From, To   time.Time
	Replayable bool // the protocol could replay what was missed
}

// Silent reports whether the feed is not live, or live but quiet for longer
// than QuietAfter at now: silence must never look like calm.
func (s Status) Silent(now time.Time) bool {
	if s.State != StateLive {
		return true
	}
	if s.QuietAfter <= 0 {
		return false
	}
	since := s.LastEvent
	if since.IsZero() {
		since = s.LiveSince
	}
	return !since.IsZero() && now.Sub(since) > s.QuietAfter
}
