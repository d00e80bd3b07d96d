// Package room is the live crisis room: the feeds, the pipeline, the
// aggregates, the alerts and the journal writer, held by one process. A TUI
// attaches through the Room interface: snapshots in, journal appends out, so
// that several terminals can later share one room.
package room

import (
	"context"
	"errors"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/runbooks"
)

// Snapshot is everything a terminal shows, copied at one instant.
type Snapshot struct {
	At    time.Time
	Brand string
	// Lang is the crisis cell's language (fr, en): runbooks and templates
	// in it are proposed first.
	Lang  string
	Agg   aggregate.Snapshot
	Feeds []feeds.Status
	// Alerts are the active and recent alerts, newest first.
	Alerts []alerts.Alert
	// Incident is the open incident, nil when none is.
	Incident *IncidentView
}

// Room is what a terminal sees of the live room: snapshots in, journal
// appends out.
type Room interface {
	// Snapshot returns a fresh copy of the room's state; it must be cheap
	// enough to call ten times a second and never block on a feed.
	Snapshot() Snapshot
	Desk
}

// Desk is the journal side of a room. Every method returns only once its
// entry is durable (written and fsynced) or with the error that kept it
// from being so: a terminal shows nothing as done before that. Calls may
// block on the disk: terminals make them from a command, never from Update.
type Desk interface {
	// Library lists the runbooks the room offers (nil when none).
	Library() *runbooks.Library
	Declare(ctx context.Context, d Declaration) (incidents.Entry, error)
	Attach(ctx context.Context, runbookID, lang string) (incidents.Entry, error)
	// Append records a free entry (a note, a status or severity change, a
	// role assignment, a correction) in the open incident.
	Append(ctx context.Context, d incidents.Draft) (incidents.Entry, error)
	// Act records an action on a step of the attached runbook.
	Act(ctx context.Context, a StepAction) (incidents.Entry, error)
	// Pin records a mention of the stream as evidence.
	Pin(ctx context.Context, mentionID, why string) (incidents.Entry, error)
	// CaptureSnapshot records the social signal as the room sees it now.
	CaptureSnapshot(ctx context.Context) (incidents.Entry, error)
	// ActOnAlert acknowledges, snoozes, escalates or resolves an alert;
	// escalation returns the runbooks that match it, best first.
	ActOnAlert(ctx context.Context, alertID string, act AlertAction, snooze time.Duration) ([]*runbooks.Runbook, error)
}

// NoDesk is a Desk that refuses every journal action: for read-only rooms
// and test fixtures.
type NoDesk struct{}

func (NoDesk) Library() *runbooks.Library { return nil }
func (NoDesk) Declare(context.Context, Declaration) (incidents.Entry, error) {
	return incidents.Entry{}, errReadOnly
}
func (NoDesk) Attach(context.Context, string, string) (incidents.Entry, error) {
	return incidents.Entry{}, errReadOnly
}
func (NoDesk) Append(context.Context, incidents.Draft) (incidents.Entry, error) {
	return incidents.Entry{}, errReadOnly
}
func (NoDesk) Act(context.Context, StepAction) (incidents.Entry, error) {
	return incidents.Entry{}, errReadOnly
}
func (NoDesk) Pin(context.Context, string, string) (incidents.Entry, error) {
	return incidents.Entry{}, errReadOnly
}
func (NoDesk) CaptureSnapshot(context.Context) (incidents.Entry, error) {
	return incidents.Entry{}, errReadOnly
}
func (NoDesk) ActOnAlert(context.Context, string, AlertAction, time.Duration) ([]*runbooks.Runbook, error) {
	return nil, errReadOnly
}

var errReadOnly = errors.New("this room is read-only")
