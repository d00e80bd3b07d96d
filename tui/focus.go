package tui

import (
	"cmp"
	"slices"
)

// resize lays the body out again and tells each placed pane its inner size.
func (m *Model) resize(w, h int) {
	m.width, m.height = w, h
	bodyH := max(h-topHeight, 0)
	m.layout, m.placed = m.arrangeScreen(w, bodyH)
	for _, p := range m.placed {
		m.panes[p.id].SetSize(max(p.r.W-2, 0), max(p.r.H-2, 0))
	}
	sortByX(m.placed)
	if !m.visible(m.focus) || !m.panes[m.focus].Focusable() {
		m.focus = m.defaultFocus()
	}
	m.cache.invalidateAll()
}

func (m *Model) visible(id PaneID) bool {
	for _, p := range m.placed {
		if p.id == id {
			return true
		}
	}
	return false
}

// focusOrder is the focusable panes on screen in reading order.
func (m *Model) focusOrder() []PaneID {
	var ids []PaneID
	for id := range PaneID(numPanes) {
		if m.visible(id) && m.panes[id].Focusable() {
			ids = append(ids, id)
		}
	}
	return ids
}

// cycleFocus moves focus by step (1 or -1) among focusable panes on screen.
func (m *Model) cycleFocus(step int) {
	ids := m.focusOrder()
	if len(ids) == 0 {
		return
	}
	at := 0
	for i, id := range ids {
		if id == m.focus {
			at = i
		}
	}
	next := ids[(at+step+len(ids))%len(ids)]
	m.cache.invalidate(m.focus, next)
	m.focus = next
}

// sortByX orders placements left to right (stable, so top to bottom within
// a column), which lets View concatenate each screen line's segments.
func sortByX(ps []placement) {
	slices.SortStableFunc(ps, func(a, b placement) int { return cmp.Compare(a.r.X, b.r.X) })
}
