package incidents

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/feeds"
)

// Recorder is what a terminal or the room needs of an open journal.
// *Journal implements it.
type Recorder interface {
	Append(ctx context.Context, d Draft) (Entry, error)
	Entries() []Entry
	Latest(n int) []Entry
	State() State
}

var _ Recorder = (*Journal)(nil)

// SnapshotData copies what a reviewer needs of an aggregate snapshot: the
// last minutes of volume, the sentiment split, and the top topN authors and
// trending terms.
func SnapshotData(s aggregate.Snapshot, minutes, topN int) FeedSnapshotData {
	d := FeedSnapshotData{At: s.At.UTC(), RatePerMin: s.RatePerMin,
		Neg: s.Sentiment.Neg, Neu: s.Sentiment.Neu, Pos: s.Sentiment.Pos, Net: s.Sentiment.Net}
	for _, b := range s.Minutes[max(0, len(s.Minutes)-minutes):] {
		d.PerMinute = append(d.PerMinute, b.Count)
	}
	for _, a := range s.TopByReach[:min(topN, len(s.TopByReach))] {
		d.TopAuthors = append(d.TopAuthors, AuthorStat{Handle: a.Handle, Platform: a.Platform, Followers: a.Followers, Mentions: a.Mentions})
	}
	for _, t := range s.Trending[:min(topN, len(s.Trending))] {
		d.TopTerms = append(d.TopTerms, TermStat{Term: t.Term, Recent: t.Recent, Lift: t.Lift})
	}
	return d
}

// PinData is the evidence for a pinned mention: the sanitized mention as
// accepted, the SHA-256 of the raw payload it came from, and its author's
// reach and engagement at capture time.
func PinData(m *feeds.Mention, raw []byte, capturedAt time.Time, why string) MentionPinnedData {
	sum := sha256.Sum256(raw)
	return MentionPinnedData{Mention: *m, RawSHA256: hex.EncodeToString(sum[:]), Followers: m.Author.Followers,
		Metrics: m.Metrics, CapturedAt: capturedAt.UTC(), PinnedBecause: why}
}
