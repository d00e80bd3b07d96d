package tui

import (
	"strings"

	"github.com/warroom-dev/warroom/feeds"
)

// foldCache keeps the lower-cased text and author of each mention while a
// filter is on: lower-casing 5,000 posts on every tick costs milliseconds,
// and mentions never change once accepted. Each pass keeps only the
// mentions it saw, so the cache is bounded by the stream ring.
type foldCache struct {
	prev, cur map[*feeds.Mention]string
}

// begin starts a pass; with no filter the cache is dropped.
func (c *foldCache) begin(active bool) {
	if !active {
		c.prev, c.cur = nil, nil
		return
	}
	c.prev, c.cur = c.cur, make(map[*feeds.Mention]string, len(c.cur))
}

// of returns m's searchable text in lower case.
func (c *foldCache) of(m *feeds.Mention) string {
	s, ok := c.prev[m]
	if !ok {
		s = strings.ToLower(m.Text + "\x00" + m.Author.Handle + "\x00" + m.Author.Name)
	}
	c.cur[m] = s
	return s
}
