package aggregate

import (
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

type authorKey struct {
	platform string
	handle   string
}

// authorVal is one author's tally. Name and followers are the latest seen;
// followers only grow within a window (max), which is what reach means.
type authorVal struct {
	name      string
	followers int64
	mentions  int64
	neg       int64
}

var authorOps = ops[authorVal]{
	add: func(a, b authorVal) authorVal {
		if b.name != "" {
			a.name = b.name
		}
		a.followers = max(a.followers, b.followers)
		a.mentions += b.mentions
		a.neg += b.neg
		return a
	},
	sub: func(a, b authorVal) authorVal {
		a.mentions -= b.mentions
		a.neg -= b.neg
		return a
	},
	empty: func(v authorVal) bool { return v.mentions <= 0 },
	// Pruning keeps frequent authors and high-reach ones: a single post by
	// a 2M-follower account matters more than it counts.
	weight: func(v authorVal) int64 { return v.mentions*1000 + min(v.followers/1000, 999) },
}

var countOps = ops[int64]{
	add:    func(a, b int64) int64 { return a + b },
	sub:    func(a, b int64) int64 { return a - b },
	empty:  func(v int64) bool { return v <= 0 },
	weight: func(v int64) int64 { return v },
}

type topicVal struct {
	mentions int64
	netSum   float64
}

var topicOps = ops[topicVal]{
	add:    func(a, b topicVal) topicVal { return topicVal{a.mentions + b.mentions, a.netSum + b.netSum} },
	sub:    func(a, b topicVal) topicVal { return topicVal{a.mentions - b.mentions, a.netSum - b.netSum} },
	empty:  func(v topicVal) bool { return v.mentions <= 0 },
	weight: func(v topicVal) int64 { return v.mentions },
}

func (a *Aggregator) addAuthor(m *feeds.Mention, at time.Time, label labelIndex) {
	handle := m.Author.Handle
	if handle == "" {
		handle = m.Author.ID
	}
	if handle == "" {
		return
	}
	v := authorVal{name: m.Author.Name, followers: m.Author.Followers, mentions: 1}
	if label == labelNeg {
		v.neg = 1
	}
	if !a.authors.advance(at) {
		return // a late mention counts in totals, not in the window
	}
	key := authorKey{m.Platform, handle}
	e := a.authorsOf[key]
	if e == nil {
		// The entries are a cache: past maxAuthors it starts over, which
		// costs allocations, not counts (a count lives on in the window).
		if len(a.authorsOf) >= maxAuthors {
			clear(a.authorsOf)
		}
		e = &tally[authorKey, authorVal]{key: key}
		a.authorsOf[key] = e
	}
	a.authors.add(e, v)
}

func (a *Aggregator) addTopics(m *feeds.Mention, at time.Time, score float64) {
	for _, t := range m.Topics {
		a.topics.add(at, t, topicVal{1, score})
	}
}
