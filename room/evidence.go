package room

import (
	"context"
	"fmt"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/incidents"
)

// A journaled snapshot keeps an hour of volume and the top ten lists.
const (
	snapshotMinutes = 60
	snapshotTop     = 10
)

// Pin records the mention with id, as the room holds it now, as evidence.
// The hash is over the canonical warroom.mention/v1 encoding of the
// sanitized mention: the raw frame is not kept after ingestion.
func (l *Live) Pin(ctx context.Context, id, why string) (incidents.Entry, error) {
	j := l.openJournal()
	if j == nil {
		return incidents.Entry{}, ErrNoIncident
	}
	now := l.clock()
	var m *feeds.Mention
	for _, r := range l.pipe.Snapshot(now).Recent {
		if r.ID == id {
			m = r
			break
		}
	}
	if m == nil {
		return incidents.Entry{}, fmt.Errorf("mention %s is no longer in the stream", id)
	}
	body := "@" + m.Author.Handle + ": " + m.Text
	return j.Append(ctx, incidents.Draft{Source: incidents.SourceOperator, Kind: incidents.KindMentionPinned, Body: body,
		Data: incidents.PinData(m, feeds.AppendJSON(nil, m), now, why)})
}

// CaptureSnapshot journals the social signal as the room sees it now.
func (l *Live) CaptureSnapshot(ctx context.Context) (incidents.Entry, error) {
	j := l.openJournal()
	if j == nil {
		return incidents.Entry{}, ErrNoIncident
	}
	now := l.clock()
	d := incidents.SnapshotData(l.pipe.Snapshot(now), snapshotMinutes, snapshotTop)
	body := fmt.Sprintf("%.0f mentions/min, %d neg / %d neu / %d pos, net %+.2f", d.RatePerMin, d.Neg, d.Neu, d.Pos, d.Net)
	return j.Append(ctx, incidents.Draft{Source: incidents.SourceFeed, Kind: incidents.KindFeedSnapshot, Body: body, Data: d})
}
