package aggregate

import (
	"math"
	"sort"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// snapshotCache holds the derived lists for the second they were built in.
type snapshotCache struct {
	second    time.Time
	reach     []AuthorStat
	count     []AuthorStat
	trending  []TermStat
	topics    []TopicStat
	platforms []Count
	recent    map[string]int64
}

// Snapshot copies the aggregates at now. Series and the stream are copied
// every time; the top lists are rebuilt at most once a second.
func (a *Aggregator) Snapshot(now time.Time) Snapshot {
	ref := now
	if a.newest.After(ref) {
		ref = a.newest
	}
	s := Snapshot{
		At:      now,
		Totals:  a.totals,
		Seconds: a.seconds.last(ref, snapshotSecs),
		Minutes: a.minutes.last(ref, minutesKept),
		Window:  windowLength,
		Recent:  a.recentMentions(),
	}
	s.Minutes = trimLeadingEmpty(s.Minutes)
	s.RatePerMin = rate(s.Seconds)
	s.Sentiment, s.FeedSentiment = split(a.minutes.last(ref, authorSpan))
	a.refresh(ref)
	s.TopByReach, s.TopByCount = a.cache.reach, a.cache.count
	s.Trending, s.Topics, s.Platforms = a.cache.trending, a.cache.topics, a.cache.platforms
	return s
}

func (a *Aggregator) refresh(now time.Time) {
	sec := now.Truncate(time.Second)
	if sec.Equal(a.cache.second) && a.cache.reach != nil {
		return
	}
	a.cache.second = sec
	a.authors.advance(now)
	a.terms.advance(now)
	a.topics.advance(now)
	a.cache.reach, a.cache.count = a.topAuthors()
	a.cache.trending = a.trending()
	a.cache.topics = a.topicStats()
	a.cache.platforms = a.platformMix()
}

func (a *Aggregator) recentMentions() []*feeds.Mention {
	out := make([]*feeds.Mention, 0, a.streamLen)
	for k := 1; k <= a.streamLen; k++ {
		out = append(out, a.stream[(a.streamAt-k+len(a.stream))%len(a.stream)])
	}
	return out
}

// rate is mentions per minute over the last 60 complete-or-current seconds.
func rate(secs []Bin) float64 {
	var n int64
	from := max(0, len(secs)-60)
	for _, b := range secs[from:] {
		n += b.Count
	}
	return float64(n)
}

// split sums bins into the window's split by our score and by the feeds'.
func split(bins []Bin) (ours, feed Split) {
	var all Bin
	for _, b := range bins {
		all.Merge(b)
	}
	ours = Split{Neg: all.Neg, Neu: all.Neu, Pos: all.Pos, Net: all.Net()}
	feed = Split{Neg: all.Feed.Neg, Neu: all.Feed.Neu, Pos: all.Feed.Pos, Net: all.Feed.Net()}
	return ours, feed
}

func trimLeadingEmpty(bins []Bin) []Bin {
	for i, b := range bins {
		if b.Count > 0 {
			return bins[i:]
		}
	}
	return bins[len(bins)-1:]
}

func (a *Aggregator) topAuthors() (byReach, byCount []AuthorStat) {
	var all []AuthorStat
	a.authors.each(func(k authorKey, v authorVal) {
		all = append(all, AuthorStat{Handle: k.handle, Name: v.name, Platform: k.platform,
			Followers: v.followers, Mentions: v.mentions, Neg: v.neg})
	})
	byCount = topOf(all, func(x, y AuthorStat) bool {
		if x.Mentions != y.Mentions {
			return x.Mentions > y.Mentions
		}
		return x.Followers > y.Followers
	})
	byReach = topOf(all, func(x, y AuthorStat) bool {
		if x.Followers != y.Followers {
			return x.Followers > y.Followers
		}
		return x.Handle < y.Handle
	})
	return byReach, byCount
}

// topOf returns the first topN of a copy of all sorted by less.
func topOf[T any](all []T, less func(x, y T) bool) []T {
	c := append([]T(nil), all...)
	sort.Slice(c, func(i, j int) bool { return less(c[i], c[j]) })
	if len(c) > topN {
		c = c[:topN]
	}
	return c
}

// trending ranks terms by how far their count over the last five minutes
// exceeds what their rate over the hour before predicts, in Poisson
// standard deviations, so a term that is merely frequent does not trend.
func (a *Aggregator) trending() []TermStat {
	if a.cache.recent == nil {
		a.cache.recent = map[string]int64{}
	}
	recent := a.terms.recent(recentTerms, a.cache.recent)
	baseMinutes := a.baselineMinutes()
	var out []TermStat
	for term, n := range recent {
		if n < 3 {
			continue
		}
		t := TermStat{Term: term, Recent: n}
		if baseMinutes > 0 { // else: no history to compare with, Lift stays 0
			t.Baseline = float64(a.terms.total(term)-n) / float64(baseMinutes) * recentTerms
			t.Lift = (float64(n) + 1) / (t.Baseline + 1)
		}
		out = append(out, t)
	}
	return topOf(out, func(x, y TermStat) bool {
		sx, sy := surprise(x), surprise(y)
		if sx != sy {
			return sx > sy
		}
		return x.Term < y.Term
	})
}

// baselineMinutes is how many minutes of history before the recent window
// the room has seen, up to the hour the window keeps. A room started
// mid-crisis has none: its trending terms are then simply the frequent ones,
// and say so (Lift 0).
func (a *Aggregator) baselineMinutes() int {
	if a.first.IsZero() {
		return 0
	}
	seen := int(a.newest.Sub(a.first)/time.Minute) + 1
	return min(max(seen-recentTerms, 0), termSpan-recentTerms)
}

func surprise(t TermStat) float64 {
	return (float64(t.Recent) - t.Baseline) / math.Sqrt(t.Baseline+1)
}

func (a *Aggregator) topicStats() []TopicStat {
	var out []TopicStat
	a.topics.each(func(k string, v topicVal) {
		out = append(out, TopicStat{Topic: k, Mentions: v.mentions, Net: v.netSum / float64(v.mentions)})
	})
	return topOf(out, func(x, y TopicStat) bool {
		if x.Mentions != y.Mentions {
			return x.Mentions > y.Mentions
		}
		return x.Topic < y.Topic
	})
}

func (a *Aggregator) platformMix() []Count {
	out := make([]Count, 0, len(a.platforms))
	for k, v := range a.platforms {
		out = append(out, Count{Name: k, Count: v})
	}
	return topOf(out, func(x, y Count) bool {
		if x.Count != y.Count {
			return x.Count > y.Count
		}
		return x.Name < y.Name
	})
}
