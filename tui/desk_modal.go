package tui

import tea "github.com/charmbracelet/bubbletea"

// modal is a form drawn over the body (declare, a reason, a decision, a
// draft). While one is open it receives every message and key; only
// ctrl+c stays global, so typing "q" or "D" in a field is just a letter.
type modal interface {
	Title() string
	// Update handles a message; done closes the modal, cmd is the journal
	// write it asks for (nil when cancelled).
	Update(msg tea.Msg) (cmd tea.Cmd, done bool)
	// View returns exactly h lines of exactly w columns.
	View(w, h int) []string
}

// modalMsg hands msg to the open modal; a submitted modal's command is the
// journal write, counted as pending until its DeskResultMsg arrives.
func (m Model) modalMsg(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd, done := m.c.desk.modal.Update(msg)
	if done {
		m.c.desk.modal = nil
		if cmd != nil {
			m.c.desk.notice.started()
		}
	}
	m.cache.invalidateAll()
	return m, cmd
}

// modalFrame renders the open modal as an exact w x h framed rectangle.
func (m Model) modalFrame(w, h int) []string {
	return frameLines(m.c.desk.modal.Title(), m.c.desk.modal.View(max(w-2, 0), max(h-2, 0)), w, h, true, m.c.st)
}
