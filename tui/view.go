package tui

import "strings"

// View composes the cached lines of the header and the panes into exactly
// width x height cells, re-rendering only the components marked dirty.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.cache.valid {
		return m.cache.screen
	}
	c := m.cache
	if c.header == nil {
		c.header = m.top()[:min(topHeight, m.height)]
	}
	var b strings.Builder
	b.Grow(m.width * m.height * 2)
	for i, l := range c.header {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	m.writeBody(&b)
	c.screen, c.valid = b.String(), true
	return c.screen
}

func (m Model) writeBody(b *strings.Builder) {
	bodyH := m.height - topHeight
	if bodyH <= 0 {
		return
	}
	if m.showHelp {
		if m.cache.help == nil {
			m.cache.help = m.help.frame(m.width, bodyH)
		}
		for _, l := range m.cache.help {
			b.WriteByte('\n')
			b.WriteString(l)
		}
		return
	}
	if m.c.desk.modal != nil {
		for _, l := range m.modalFrame(m.width, bodyH) {
			b.WriteByte('\n')
			b.WriteString(l)
		}
		return
	}
	m.renderDirty()
	bottom, hasBottom := m.bottomLine()
	for y := range bodyH {
		b.WriteByte('\n')
		if y == bodyH-1 && hasBottom { // over the bottom border
			b.WriteString(bottom)
			continue
		}
		for _, p := range m.placed {
			if y >= p.r.Y && y < p.r.Y+p.r.H {
				b.WriteString(m.cache.panes[p.id][y-p.r.Y])
			}
		}
	}
}

// renderDirty frames the panes on screen whose cached lines are stale.
func (m Model) renderDirty() {
	for _, p := range m.placed {
		if !m.cache.dirty[p.id] {
			continue
		}
		pane := m.panes[p.id]
		m.cache.panes[p.id] = frameLines(pane.Title(), pane.View(), p.r.W, p.r.H,
			p.id == m.focus, m.c.st)
		m.cache.dirty[p.id] = false
	}
}
