package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Update routes a message: sizes and snapshots to every component, keys to
// the global keymap first and then to the focused pane.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
		return m, nil
	case TickMsg:
		return m, m.tick()
	case SnapshotMsg:
		m.header.pullingSince = time.Time{}
		m.apply(&msg.Snap)
		m.followIncident(&msg.Snap)
		return m, m.bell()
	case DeskResultMsg:
		return m.deskResult(msg)
	case PinRequestMsg:
		return m, m.c.desk.write(pinCmd(m.c.desk.desk, msg.MentionID, "pinned from the stream"))
	case AlertActionMsg:
		return m, alertActCmd(m.room, msg)
	case EscalatedMsg:
		// Escalating is the first step of declaring: with no incident open,
		// the declare form opens prefilled from the alert.
		cmd := m.toPane(AlertPane, msg)
		if s := m.header.snap; m.c.desk.modal == nil && (s == nil || s.Incident == nil || s.Incident.State.Resolved) {
			m.c.desk.open(newEscalationForm(m.c, m.c.desk.desk, s, msg))
			m.cache.invalidateAll()
		}
		return m, cmd
	case AlertActedMsg:
		// Answers go to the alert pane whatever has focus now.
		return m, m.toPane(AlertPane, msg)
	case tea.KeyMsg:
		return m.key(msg)
	}
	// Anything else (a cursor blink, say) belongs to the focused pane.
	return m, m.toFocused(msg)
}

func (m Model) key(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if msg.String() == "ctrl+c" {
		return m, tea.Quit
	}
	if m.c.desk.modal != nil {
		return m.modalMsg(msg)
	}
	if p := m.panes[m.focus]; p.Capturing() {
		return m, m.toFocused(msg)
	}
	if m.showHelp {
		return m.helpKey(msg)
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Help):
		m.showHelp = true
		m.cache.invalidateAll()
		return m, nil
	case key.Matches(msg, m.keys.Next):
		m.cycleFocus(1)
		return m, nil
	case key.Matches(msg, m.keys.Prev):
		m.cycleFocus(-1)
		return m, nil
	case key.Matches(msg, m.keys.Score):
		m.c.score = 1 - m.c.score
		m.cache.invalidateAll()
		return m, nil
	case key.Matches(msg, m.keys.Alerts):
		m.jumpToAlerts()
		return m, nil
	}
	if cmd, ok := m.incidentKey(msg); ok {
		return m, cmd
	}
	return m, m.toFocused(msg)
}

// helpKey handles keys while the help screen covers the body.
func (m Model) helpKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Help), msg.String() == "esc":
		m.showHelp, m.help.offset = false, 0
		m.cache.invalidateAll()
	case msg.String() == "j", msg.String() == "down":
		m.help.offset++ // clamped when drawn
		m.cache.invalidateAll()
	case msg.String() == "k", msg.String() == "up":
		m.help.offset = max(m.help.offset-1, 0)
		m.cache.invalidateAll()
	}
	return m, nil
}

func (m Model) toFocused(msg tea.Msg) tea.Cmd {
	if m.showHelp || !m.visible(m.focus) {
		return nil
	}
	cmd := m.panes[m.focus].Update(msg)
	m.cache.invalidate(m.focus)
	return cmd
}

// toPane delivers msg to pane id whether or not it has focus: the answer
// of a command the pane started.
func (m Model) toPane(id PaneID, msg tea.Msg) tea.Cmd {
	cmd := m.panes[id].Update(msg)
	m.cache.invalidate(id)
	return cmd
}

// tick advances the clock and pulls a snapshot unless one is on its way.
func (m Model) tick() tea.Cmd {
	next := tickCmd(m.opts.Tick)
	if m.header.pullingSince.IsZero() {
		m.header.pullingSince = m.c.clock()
		return tea.Batch(pullCmd(m.room), next)
	}
	m.c.now = m.c.clock()
	m.cache.invalidateHeader()
	return next
}
