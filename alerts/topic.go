package alerts

import (
	"math"

	"github.com/warroom-dev/warroom/feeds"
)

const (
	maxPlatforms = 8 // per topic; further platforms share the last slot
	topK         = 5 // posts kept per bin and shown per firing
	recentHits   = 8 // keyword posts remembered per topic
	otherPlat    = "other"
)

// bin is one minute of one topic.
type bin struct {
	n      uint32 // mentions
	neg    uint32 // negative among scored
	scored uint32 // with a sentiment the model could score
	kw     uint32 // matching a keyword
}

// topBin holds a minute's highest-reach posts and highest-reach negative posts.
type topBin struct {
	reach, neg [topK]*feeds.Mention
}

type platform struct {
	name   string
	counts ring[uint32]
}

type kwHit struct {
	m      *feeds.Mention
	minute int64
	words  [maxHitWords]string
	n      int
}

// topic is everything the engine keeps about one topic.
type topic struct {
	name   string
	target string // merge and rule target key, topicTarget(name)
	rules  ruleSet
	words  *keywords // nil: the engine's global keywords apply
	counts ring[bin]
	tops   ring[topBin]
	plats  []platform

	hits    [recentHits]kwHit // ring of the latest keyword posts
	hitNext int
	lastHit int64 // minute of the latest keyword post
	kwOn    bool  // the keyword condition held at the last evaluation
	// kwBase caches keywordRate for the window starting at kwBaseTo.
	kwBase   float64
	kwBaseTo int64
	kwBaseOK bool

	reach    [topK]*feeds.Mention // pending high-reach negative posts since the last tick
	spikeRun int                  // consecutive closed bins with z >= k
}

// newTopic creates a topic; words is its own keyword list, nil when the
// global one applies.
func newTopic(name string, rules ruleSet, words *keywords) *topic {
	return &topic{name: name, target: topicTarget(name), rules: rules, words: words, counts: newRing[bin](historyBins), tops: newRing[topBin](topBins)}
}

// sentimentOf reports whether m was scored and whether it is negative.
func sentimentOf(m *feeds.Mention) (scored, negative bool) {
	s := m.Sentiment
	if s == nil || s.Unscored {
		return false, false
	}
	if s.Label == "" {
		return true, feeds.LabelFor(s.Score) == feeds.Negative
	}
	return true, s.Label == feeds.Negative
}

// observe records one mention at minute; hits are the keywords it matched.
func (t *topic) observe(m *feeds.Mention, minute int64, neg, scored bool, hits *[maxHitWords]string, nHits int) {
	if b := t.counts.slot(minute); b != nil {
		b.n++
		if scored {
			b.scored++
		}
		if neg {
			b.neg++
		}
		if nHits > 0 {
			b.kw++
		}
	}
	if c := t.platform(m.Platform).counts.slot(minute); c != nil {
		*c++
	}
	if tb := t.tops.slot(minute); tb != nil {
		insertTop(&tb.reach, m)
		if neg {
			insertTop(&tb.neg, m)
		}
	}
	if nHits > 0 {
		t.hits[t.hitNext] = kwHit{m: m, minute: minute, words: *hits, n: nHits}
		t.hitNext = (t.hitNext + 1) % recentHits
		t.lastHit = max(t.lastHit, minute)
	}
	if neg && len(t.rules.Reach.Tiers) > 0 && m.Author.Followers >= t.rules.Reach.Tiers[0] {
		insertTop(&t.reach, m)
	}
}

// platform returns the series of name, creating it while there is room.
func (t *topic) platform(name string) *platform {
	if name == "" {
		name = otherPlat
	}
	for i := range t.plats {
		if t.plats[i].name == name {
			return &t.plats[i]
		}
	}
	if len(t.plats) == maxPlatforms {
		return &t.plats[maxPlatforms-1]
	}
	if len(t.plats) == maxPlatforms-1 {
		name = otherPlat
	}
	t.plats = append(t.plats, platform{name: name, counts: newRing[uint32](recentBins)})
	return &t.plats[len(t.plats)-1]
}

// insertTop keeps top sorted by followers, highest first; ties keep the
// earlier post, so replays are stable.
func insertTop(top *[topK]*feeds.Mention, m *feeds.Mention) {
	f := m.Author.Followers
	if last := top[topK-1]; last != nil && last.Author.Followers >= f {
		return
	}
	i := topK - 1
	for i > 0 && (top[i-1] == nil || top[i-1].Author.Followers < f) {
		top[i] = top[i-1]
		i--
	}
	top[i] = m
}

// moments returns the mean and sample variance of count over minutes
// [from, to).
func moments(from, to int64, count func(int64) float64) (mean, variance float64) {
	var sum, sq float64
	for m := from; m < to; m++ {
		x := count(m)
		sum += x
		sq += x * x
	}
	n := float64(to - from)
	if n <= 0 {
		return 0, 0
	}
	mean = sum / n
	if n > 1 {
		variance = math.Max(0, (sq-sum*mean)/(n-1))
	}
	return mean, variance
}

func (t *topic) count(m int64) float64    { return float64(t.counts.at(m).n) }
func (p *platform) count(m int64) float64 { return float64(p.counts.at(m)) }

// total sums bins [from, to).
func (t *topic) total(from, to int64) (sum bin) {
	for m := from; m < to; m++ {
		b := t.counts.at(m)
		sum.n += b.n
		sum.neg += b.neg
		sum.scored += b.scored
		sum.kw += b.kw
	}
	return sum
}

// topPosts merges the given per-bin lists into the topK highest-reach posts.
func (t *topic) topPosts(from, to int64, negative bool) []Post {
	var top [topK]*feeds.Mention
	for m := from; m <= to; m++ {
		tb := t.tops.at(m)
		list := &tb.reach
		if negative {
			list = &tb.neg
		}
		for _, p := range list {
			if p != nil {
				insertTop(&top, p)
			}
		}
	}
	return postsOf(top[:])
}
