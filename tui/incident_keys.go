package tui

import (
	"errors"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/room"
)

var errAlreadyOpen = errors.New("an incident is already open: resolve it before declaring another")

// setScreen switches between the dashboard and the incident screen.
func (m *Model) setScreen(incident bool) {
	if m.c.desk.incidentScreen == incident {
		return
	}
	m.c.desk.incidentScreen = incident
	m.focus = m.defaultFocus()
	m.resize(m.width, m.height)
}

// followIncident opens the incident screen when an incident appears, so
// that a declaration (here or from another terminal) brings the runbook
// up; the operator can still go back to the dashboard with I.
func (m *Model) followIncident(s *room.Snapshot) {
	has := s.Incident != nil
	if has && !m.c.desk.hadIncident {
		m.setScreen(true)
	}
	m.c.desk.hadIncident = has
}

// incidentKey handles the global incident keys; ok is false for others.
func (m *Model) incidentKey(k tea.KeyMsg) (cmd tea.Cmd, ok bool) {
	switch {
	case key.Matches(k, m.keys.Declare):
		if s := m.header.snap; s != nil && s.Incident != nil && !s.Incident.State.Resolved {
			m.c.desk.notice.refuse("declare", errAlreadyOpen)
		} else {
			m.c.desk.open(newDeclareForm(m.c, m.c.desk.desk, m.header.snap))
		}
		m.cache.invalidateAll()
	case key.Matches(k, m.keys.Capture):
		cmd = m.c.desk.write(captureCmd(m.c.desk.desk))
		m.cache.invalidateAll()
	case key.Matches(k, m.keys.Screen):
		m.setScreen(!m.c.desk.incidentScreen)
	case k.String() == "esc" && m.c.desk.notice.failed:
		m.c.desk.notice.dismiss()
		m.cache.invalidateAll()
	default:
		return nil, false
	}
	return cmd, true
}

// deskResult reports a journal write and pulls a snapshot at once, so that
// what was recorded shows without waiting for the next tick.
func (m Model) deskResult(msg DeskResultMsg) (tea.Model, tea.Cmd) {
	m.c.desk.notice.result(msg)
	m.cache.invalidateAll()
	if !m.header.pullingSince.IsZero() || m.room == nil {
		return m, nil
	}
	m.header.pullingSince = m.c.clock()
	return m, pullCmd(m.room)
}
