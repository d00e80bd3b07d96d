package aggregate

import (
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// Sizes of the bounded structures. They fix the aggregator's memory whatever
// the number of mentions it has seen.
const (
	StreamSize   = 5000    // latest mentions kept for the stream pane
	secondsKept  = 600     // per-second bins: the last 10 minutes
	minutesKept  = 24 * 60 // per-minute bins: the last 24 hours
	authorSpan   = 15      // minutes the top-author lists cover
	termSpan     = 65      // minutes of term counts: 5 recent + 60 baseline
	recentTerms  = 5       // minutes that make "recent" for trending
	tallyCap     = 4096    // distinct keys per minute before pruning
	maxAuthors   = 16384   // authors' entries kept between minutes (see addAuthor)
	topN         = 20      // length of top lists in a snapshot
	snapshotSecs = 120     // per-second bins copied into a snapshot
	topicCap     = 256     // distinct topics tracked
	platformCap  = 32      // distinct platform names tracked
	windowLength = authorSpan * time.Minute
)

// Aggregator folds accepted mentions into bounded figures. It is not safe for
// concurrent use: the pipeline calls it under its own lock.
type Aggregator struct {
	totals    Totals
	first     time.Time // the oldest mention folded in
	newest    time.Time
	seconds   *series
	minutes   *series
	stream    []*feeds.Mention // ring, next write at streamAt
	streamAt  int
	streamLen int
	authors   *counter[authorKey, authorVal]
	authorsOf map[authorKey]*tally[authorKey, authorVal] // the authors' entries
	terms     *counter[string, int64]
	topics    *window[string, topicVal]
	platforms map[string]int64
	tok       *tokenizer
	termBuf   []*termEntry
	// cache keeps the derived lists of the last snapshot for a second: they
	// merge thousands of keys and the TUI asks ten times a second.
	cache snapshotCache
}

// New returns an empty aggregator.
func New() *Aggregator {
	return &Aggregator{
		seconds:   newSeries(time.Second, secondsKept),
		minutes:   newSeries(time.Minute, minutesKept),
		stream:    make([]*feeds.Mention, StreamSize),
		authors:   newCounter[authorKey](authorSpan, tallyCap, maxAuthors, authorOps),
		authorsOf: map[authorKey]*tally[authorKey, authorVal]{},
		terms:     newCounter[string](termSpan, tallyCap, tallyCap, countOps),
		topics:    newWindow[string, topicVal](authorSpan, topicCap, topicOps),
		platforms: map[string]int64{},
		tok:       newTokenizer(),
	}
}

// IgnoreTerms keeps words out of the trending list (the brand's and its
// topics' own names). Call before the first Add.
func (a *Aggregator) IgnoreTerms(words ...string) { a.tok.ignore(words...) }

// Add folds one accepted mention observed at at. Deletes and updates are
// counted but do not add volume: they are not new voices.
func (a *Aggregator) Add(m *feeds.Mention, at time.Time) {
	a.totals.Unique++
	switch m.Op {
	case feeds.OpDelete:
		a.totals.Deletes++
		return
	case feeds.OpUpdate:
		a.totals.Updates++
		return
	}
	if at.After(a.newest) {
		a.newest = at
	}
	if a.first.IsZero() || at.Before(a.first) {
		a.first = at
	}
	label, score := sentimentOf(m.Sentiment)
	a.countLabel(label)
	feed := m.FeedSentiment != nil && !m.FeedSentiment.Unscored
	var feedLabel labelIndex
	var feedScore float64
	if feed {
		feedLabel, feedScore = sentimentOf(m.FeedSentiment)
	}
	for _, s := range [2]*series{a.seconds, a.minutes} {
		if b := s.slot(at, a.newest); b != nil {
			b.add(label, score)
			if feed {
				b.Feed.add(feedLabel, feedScore)
			}
		}
	}
	a.push(m)
	a.countPlatform(m.Platform)
	a.addAuthor(m, at, label)
	a.addTopics(m, at, score)
	if a.terms.advance(at) { // a late mention counts in totals, not in the window
		a.termBuf = a.tok.entries(m.Text, a.termBuf[:0])
		for _, e := range a.termBuf {
			a.terms.add(&e.tally, 1)
		}
	}
}

// CountReceived, CountDuplicate and CountUnmatched record what the pipeline
// saw before a mention reached Add, so that totals tell the whole story.
func (a *Aggregator) CountReceived(n int64) { a.totals.Received += n }
func (a *Aggregator) CountDuplicate()       { a.totals.Duplicates++ }
func (a *Aggregator) CountUnmatched()       { a.totals.Unmatched++; a.totals.Unique++ }
func (a *Aggregator) Totals() Totals        { return a.totals }
func (a *Aggregator) countLabel(l labelIndex) {
	switch l {
	case labelNeg:
		a.totals.Neg++
	case labelPos:
		a.totals.Pos++
	default:
		a.totals.Neu++
	}
}

// countPlatform bounds the platform mix: a feed may name any platform, so
// past platformCap names the rest are counted as "other".
func (a *Aggregator) countPlatform(p string) {
	if _, ok := a.platforms[p]; !ok && len(a.platforms) >= platformCap {
		p = "other"
	}
	a.platforms[p]++
}

func (a *Aggregator) push(m *feeds.Mention) {
	a.stream[a.streamAt] = m
	a.streamAt = (a.streamAt + 1) % len(a.stream)
	if a.streamLen < len(a.stream) {
		a.streamLen++
	}
}

// sentimentOf is the label and score of s; an absent or unscored one
// counts as neutral 0.
func sentimentOf(s *feeds.Sentiment) (labelIndex, float64) {
	if s == nil || s.Unscored {
		return labelNeu, 0
	}
	switch s.Label {
	case feeds.Negative:
		return labelNeg, s.Score
	case feeds.Positive:
		return labelPos, s.Score
	}
	return labelNeu, s.Score
}
