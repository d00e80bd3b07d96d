package main

import (
	"encoding/json"
	"io"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/feeds"
)

// statsLine is what `tail --stats` writes to stderr once a second and at
// exit: the pipeline's counts and each feed's health.
type statsLine struct {
	Received   int64            `json:"received"`
	Unique     int64            `json:"unique"`
	Duplicates int64            `json:"duplicates"`
	Unmatched  int64            `json:"unmatched"`
	Rejected   map[string]int64 `json:"rejected"`
	State      feeds.State      `json:"state"`
	Feeds      []feedStats      `json:"feeds"`
	Final      bool             `json:"final,omitempty"`
	// RecorderError is set once the flight recorder failed to write.
	RecorderError string `json:"recorder_error,omitempty"`
}

type feedStats struct {
	Name       string           `json:"name"`
	State      feeds.State      `json:"state"`
	Frames     int64            `json:"frames"`
	Accepted   int64            `json:"accepted"`
	Rejected   map[string]int64 `json:"rejected"`
	Reconnects int64            `json:"reconnects"`
	LagP50Ms   int64            `json:"lag_p50_ms"`
	LagP95Ms   int64            `json:"lag_p95_ms"`
	Cursor     string           `json:"cursor,omitempty"`
	// LastEventAgeMs is -1 before the first event. Silent is true when the
	// feed is not live or quiet for longer than its quiet_after.
	LastEventAgeMs int64 `json:"last_event_age_ms"`
	Silent         bool  `json:"silent"`
	Gaps           int   `json:"gaps"`
}

// stateRank orders states from healthy to broken, for the summary state.
func stateRank(s feeds.State) int {
	switch s {
	case feeds.StateLive:
		return 0
	case feeds.StateConnecting:
		return 1
	case feeds.StateReconnecting:
		return 2
	case feeds.StateStopped:
		return 3
	case feeds.StateDown:
		return 4
	}
	return 5
}

func newStatsLine(now time.Time, t aggregate.Totals, sts []feeds.Status, final bool) statsLine {
	l := statsLine{Received: t.Received, Unique: t.Unique, Duplicates: t.Duplicates, Unmatched: t.Unmatched,
		Rejected: map[string]int64{}, State: feeds.StateLive, Final: final}
	for _, s := range sts {
		for reason, n := range s.Rejected {
			l.Rejected[reason] += n
		}
		if stateRank(s.State) > stateRank(l.State) {
			l.State = s.State
		}
		l.Feeds = append(l.Feeds, feedStats{Name: s.Name, State: s.State, Frames: s.Frames,
			Accepted: s.Accepted, Rejected: s.Rejected, Reconnects: s.Reconnects,
			LagP50Ms: s.LagP50.Milliseconds(), LagP95Ms: s.LagP95.Milliseconds(), Cursor: s.Cursor,
			LastEventAgeMs: ageMs(now, s.LastEvent), Silent: s.Silent(now), Gaps: len(s.Gaps)})
	}
	return l
}

func writeStats(w io.Writer, l statsLine) {
	b, _ := json.Marshal(l)
	w.Write(append(b, '\n'))
}

func ageMs(now, at time.Time) int64 {
	if at.IsZero() {
		return -1
	}
	return now.Sub(at).Milliseconds()
}
