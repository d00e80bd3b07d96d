// Package room is the live crisis room: the feeds, the pipeline, the
// aggregates, the alerts and the journal writer, held by one process. A TUI
// attaches through the Room interface: snapshots in, journal appends out, so
// that several terminals can later share one room.
package room

import (
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/feeds"
)

// Snapshot is everything a terminal shows, copied at one instant.
type Snapshot struct {
	At    time.Time
	Brand string
	Agg   aggregate.Snapshot
	Feeds []feeds.Status
	// Alerts are the active and recent alerts, newest first.
	Alerts []alerts.Alert
}

// Room is what a terminal sees of the live room.
type Room interface {
	// Snapshot returns a fresh copy of the room's state; it must be cheap
	// enough to call ten times a second and never block on a feed.
	Snapshot() Snapshot
}
