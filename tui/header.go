package tui

import (
	"sort"
	"time"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/room"
)

// roomStallAfter is how long a snapshot pull may stay unanswered before
// the header says the room itself has stopped answering.
const roomStallAfter = 5 * time.Second

// header is the always-visible top of the screen: brand, totals, clocks on
// the first line, the health of every feed on the second.
type header struct {
	*common
	brand string // from Options; overrides the room's
	snap  *room.Snapshot
	// pullingSince is when the pull in flight started (zero: none). The
	// clock keeps ticking while a pull hangs, so a stuck room shows.
	pullingSince time.Time
}

func newHeader(c *common, brand string) *header {
	return &header{common: c, brand: brand}
}

func (h *header) SetSnapshot(s *room.Snapshot) { h.snap = s }

// feedsLoudFirst orders feeds so that the silent ones come first and are
// the last to be cut off on a narrow screen.
func feedsLoudFirst(fs []feeds.Status, now time.Time) []feeds.Status {
	out := append([]feeds.Status(nil), fs...)
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].Silent(now) && !out[j].Silent(now)
	})
	return out
}

// feedAlarm is the loud wording of a silent feed, "" when it is healthy.
func feedAlarm(f feeds.Status, now time.Time) string {
	since := func() string {
		if f.LastEvent.IsZero() {
			return "no data yet"
		}
		return shortAge(now.Sub(f.LastEvent))
	}
	switch f.State {
	case feeds.StateLive:
		if f.Silent(now) {
			return "NO DATA " + since()
		}
		return ""
	case feeds.StateDown:
		return "FEED DOWN " + since()
	case feeds.StateReconnecting:
		s := "RECONNECTING #" + itoa(f.Attempt) + " " + since()
		if !f.NextTry.IsZero() {
			s += " · retry " + shortAge(f.NextTry.Sub(now))
		}
		return s
	case feeds.StateAuthFailed:
		return "AUTH FAILED " + since()
	case feeds.StateConnecting:
		return "CONNECTING " + since()
	case feeds.StateStopped:
		return "STOPPED " + since()
	}
	return "UNKNOWN STATE " + string(f.State)
}
