package tui

// incidentLayouts arrange the incident screen: the runbook gets most of
// the room, the catch-up and the stream (to pin evidence from) share the
// rest, from the roomiest down; the last fits any size.
func incidentLayouts() []layout {
	return []layout{
		{"incident-wide", 100, 24, cols(1, leaf(RunbookPane, 3),
			rows(2, leaf(CatchupPane, 3), leaf(StreamPane, 2)))},
		{"incident-tall", 60, 30, rows(1, leaf(RunbookPane, 3), leaf(CatchupPane, 2), fixed(8, leaf(StreamPane, 0)))},
		{"incident-compact", 60, 14, rows(1, leaf(RunbookPane, 3), leaf(CatchupPane, 2))},
		{"incident-minimal", 0, 0, leaf(RunbookPane, 1)},
	}
}

// arrangeScreen lays out the screen the operator is on.
func (m *Model) arrangeScreen(w, h int) (string, []placement) {
	if m.c.desk.incidentScreen {
		return arrangeFrom(incidentLayouts(), w, h)
	}
	return arrangeFrom(layouts(), w, h)
}

// defaultFocus is the pane focus falls back to: the runbook on the
// incident screen, the stream on the dashboard (every layout has it).
func (m *Model) defaultFocus() PaneID {
	if m.c.desk.incidentScreen {
		return RunbookPane
	}
	return StreamPane
}
