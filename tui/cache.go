package tui

// frameCache holds the last rendered lines of every component, so that
// View, which runs after every message, only re-renders what changed: all
// panes on a snapshot or resize, one pane on a key.
type frameCache struct {
	panes  [numPanes][]string
	dirty  [numPanes]bool
	header []string
	help   []string
	screen string
	valid  bool
}

func newFrameCache() *frameCache {
	c := &frameCache{}
	c.invalidateAll()
	return c
}

func (c *frameCache) invalidateAll() {
	for i := range c.dirty {
		c.dirty[i] = true
	}
	c.header, c.help, c.valid = nil, nil, false
}

func (c *frameCache) invalidate(ids ...PaneID) {
	for _, id := range ids {
		c.dirty[id] = true
	}
	c.help, c.valid = nil, false
}

// invalidateHeader re-renders only the header (the clock moved).
func (c *frameCache) invalidateHeader() {
	c.header, c.valid = nil, false
}
