package room

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/incidents"
)

// snapshotMinutes is how much volume history a journaled snapshot keeps.
const snapshotMinutes = 60

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
	sum := sha256.Sum256(feeds.AppendJSON(nil, m))
	body := "@" + m.Author.Handle + ": " + m.Text
	return j.Append(ctx, incidents.Draft{Source: incidents.SourceOperator, Kind: incidents.KindMentionPinned, Body: body,
		Data: incidents.MentionPinnedData{Mention: *m, RawSHA256: hex.EncodeToString(sum[:]),
			Followers: m.Author.Followers, Metrics: m.Metrics, CapturedAt: now.UTC(), PinnedBecause: why}})
}

// CaptureSnapshot journals the social signal as the room sees it now.
func (l *Live) CaptureSnapshot(ctx context.Context) (incidents.Entry, error) {
	j := l.openJournal()
	if j == nil {
		return incidents.Entry{}, ErrNoIncident
	}
	now := l.clock()
	d := feedSnapshot(l.pipe.Snapshot(now))
	body := fmt.Sprintf("%.0f mentions/min, %d neg / %d neu / %d pos, net %+.2f", d.RatePerMin, d.Neg, d.Neu, d.Pos, d.Net)
	return j.Append(ctx, incidents.Draft{Source: incidents.SourceFeed, Kind: incidents.KindFeedSnapshot, Body: body, Data: d})
}

func feedSnapshot(s aggregate.Snapshot) incidents.FeedSnapshotData {
	d := incidents.FeedSnapshotData{At: s.At.UTC(), RatePerMin: s.RatePerMin,
		Neg: s.Sentiment.Neg, Neu: s.Sentiment.Neu, Pos: s.Sentiment.Pos, Net: s.Sentiment.Net}
	mins := s.Minutes
	if len(mins) > snapshotMinutes {
		mins = mins[len(mins)-snapshotMinutes:]
	}
	for _, b := range mins {
		d.PerMinute = append(d.PerMinute, b.Count)
	}
	for i, a := range s.TopByReach {
		if i == 5 {
			break
		}
		d.TopAuthors = append(d.TopAuthors, incidents.AuthorStat{Handle: a.Handle, Platform: a.Platform,
			Followers: a.Followers, Mentions: a.Mentions})
	}
	for i, t := range s.Trending {
		if i == 10 {
			break
		}
		d.TopTerms = append(d.TopTerms, incidents.TermStat{Term: t.Term, Recent: t.Recent, Lift: t.Lift})
	}
	return d
}
