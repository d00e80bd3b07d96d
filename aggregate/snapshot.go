// Package aggregate turns the stream of accepted mentions into the figures a
// crisis cell reads: volume over time, sentiment split and trend, the authors
// who amplify, the words that trend, the platform and topic mix. Memory is
// bounded whatever the total.
package aggregate

import (
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// Snapshot is a copy of the aggregates at one instant. The TUI pulls one on
// each tick. It is read-only: the top lists may be shared with other
// snapshots taken within the same second, and Recent shares the mentions.
type Snapshot struct {
	At     time.Time
	Totals Totals
	// Seconds holds mentions per second for the last len(Seconds) seconds,
	// oldest first, the last element being the current (partial) second.
	Seconds []Bin
	// Minutes holds mentions per minute for up to the last 24 hours, oldest
	// first, the last element being the current (partial) minute.
	Minutes []Bin
	// RatePerMin is the mention rate over the last 60 seconds.
	RatePerMin float64
	// Window is the span the top lists and the sentiment split cover.
	Window    time.Duration
	Sentiment Split
	// FeedSentiment is the same split by the scores the feeds supplied,
	// over the same window, for the mentions that carried one.
	FeedSentiment Split
	// Recent holds the newest mentions, newest first (at most the stream
	// ring's size). Mentions are immutable once accepted: share, never edit.
	Recent     []*feeds.Mention
	TopByReach []AuthorStat
	TopByCount []AuthorStat
	Trending   []TermStat
	Platforms  []Count
	Topics     []TopicStat
}

// Totals count everything since start.
type Totals struct {
	Received   int64 // mentions offered to the pipeline
	Unique     int64 // passed dedupe (Unmatched included)
	Duplicates int64
	Unmatched  int64 // matched no topic and were dropped
	Updates    int64
	Deletes    int64
	Neg        int64
	Neu        int64
	Pos        int64
}

// Bin is one interval of the volume and sentiment series.
type Bin struct {
	Start         time.Time
	Count         int64
	Neg, Neu, Pos int64
	// NetSum is the sum of compound scores, so Net() is the mean.
	NetSum float64
	// Feed tallies the scores the feeds supplied, for the mentions that
	// carried one.
	Feed FeedTally
}

// Net is the mean compound score of the bin, 0 when empty.
func (b Bin) Net() float64 {
	if b.Count == 0 {
		return 0
	}
	return b.NetSum / float64(b.Count)
}

// Merge adds o's counts to b (b keeps its Start): bins rolled up into a
// wider one.
func (b *Bin) Merge(o Bin) {
	b.Count += o.Count
	b.Neg += o.Neg
	b.Neu += o.Neu
	b.Pos += o.Pos
	b.NetSum += o.NetSum
	b.Feed.Scored += o.Feed.Scored
	b.Feed.Neg += o.Feed.Neg
	b.Feed.Neu += o.Feed.Neu
	b.Feed.Pos += o.Feed.Pos
	b.Feed.NetSum += o.Feed.NetSum
}

// FeedTally counts the feed-supplied scores of a bin.
type FeedTally struct {
	Scored        int64 // mentions that carried a feed score
	Neg, Neu, Pos int64
	NetSum        float64
}

// Net is the mean feed score, 0 when no mention carried one.
func (f FeedTally) Net() float64 {
	if f.Scored == 0 {
		return 0
	}
	return f.NetSum / float64(f.Scored)
}

// Split is a sentiment split over the window.
type Split struct {
	Neg, Neu, Pos int64
	Net           float64 // mean compound score
}

// AuthorStat is one author's weight in the window.
type AuthorStat struct {
	Handle    string
	Name      string
	Platform  string
	Followers int64
	Mentions  int64
	Neg       int64 // negative mentions among them
}

// TermStat is a trending term: its count in the recent window and how much
// its rate exceeds its baseline.
type TermStat struct {
	Term     string
	Recent   int64
	Baseline float64 // expected count in the recent window
	// Lift is (recent+1)/(baseline+1); 0 when the room has no history
	// before the recent window to compare with (just started).
	Lift float64
}

// Count is a name with a count.
type Count struct {
	Name  string
	Count int64
}

// TopicStat is a topic's share of voice in the window.
type TopicStat struct {
	Topic      string
	Competitor bool
	Mentions   int64
	Net        float64
}
