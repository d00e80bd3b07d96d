package tui

import (
	"cmp"
	"slices"
	"strings"

	"github.com/warroom-dev/warroom/feeds"
)

// rebuild derives the rows on screen from the source list and the view
// settings, keeping the selected mention selected if it is still there.
func (p *stream) rebuild() {
	src := p.live
	if p.paused {
		src = p.frozen
	}
	q := strings.ToLower(strings.TrimSpace(p.filter.Value()))
	p.folded.begin(q != "")
	rows := make([]*feeds.Mention, 0, len(src))
	for _, m := range src {
		if p.keep(m, q) {
			rows = append(rows, m)
		}
	}
	if p.byReach {
		slices.SortFunc(rows, byReach)
	}
	p.rows = rows
	p.reselect()
}

func (p *stream) keep(m *feeds.Mention, q string) bool {
	if m.Op == feeds.OpDelete {
		return false
	}
	if p.negOnly {
		if s := p.score.of(m); s == nil || s.Label != feeds.Negative {
			return false
		}
	}
	return q == "" || strings.Contains(p.folded.of(m), q)
}

// reselect finds the selected mention again; following the newest (cursor
// at the top, not paused) has no selection to keep.
func (p *stream) reselect() {
	if p.selID != "" && (p.paused || p.cursor > 0) {
		for i, m := range p.rows {
			if m.ID == p.selID {
				p.cursor = i
				p.scrollIntoView()
				return
			}
		}
	}
	p.cursor = min(p.cursor, max(len(p.rows)-1, 0))
	if len(p.rows) > 0 && p.cursor > 0 {
		p.selID = p.rows[p.cursor].ID
	}
	p.scrollIntoView()
}

// newSincePause counts mentions that arrived after the pause.
func (p *stream) newSincePause() int {
	if !p.paused || len(p.frozen) == 0 {
		return 0
	}
	head := p.frozen[0].ID
	for i, m := range p.live {
		if m.ID == head {
			return i
		}
	}
	return len(p.live)
}

// of returns the score the user chose for m, nil when it has none.
func (s scoreSource) of(m *feeds.Mention) *feeds.Sentiment {
	if s == scoreFeed {
		return m.FeedSentiment
	}
	return m.Sentiment
}

// byReach orders by followers, most first, then newest first; the full
// order makes a stable sort (several times slower here) unnecessary.
func byReach(a, b *feeds.Mention) int {
	if c := cmp.Compare(b.Author.Followers, a.Author.Followers); c != 0 {
		return c
	}
	if c := b.ObservedAt.Compare(a.ObservedAt); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}
