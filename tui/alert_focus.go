package tui

// jumpToAlerts focuses the alert pane, leaving the incident screen for the
// dashboard if need be: whoever hears the bell reaches the alert with one
// key. Where the layout drops the pane (the smallest terminals) the banner
// is the alert view and focus stays where it was.
func (m *Model) jumpToAlerts() {
	m.setScreen(false)
	if m.visible(AlertPane) {
		m.cache.invalidate(m.focus, AlertPane)
		m.focus = AlertPane
	}
}
