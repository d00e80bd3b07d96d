package tui

import (
	"slices"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/runbooks"
)

// alertPane lists the active and recent alerts and explains the selected
// one: the figures behind it and the posts that made it fire. Its keys act
// on the selected alert through the room's Desk.
type alertPane struct {
	base
	keys   alertKeys
	snooze time.Duration

	list   []alerts.Alert // active first, then by severity, newest first
	cursor int
	selID  string // the selected alert, kept across snapshots

	// flash is the outcome of the last action; loud when it failed.
	flash     string
	flashLoud bool
	// proposed holds the runbooks the room proposed, by escalated alert.
	proposed map[string][]*runbooks.Runbook
}

func newAlertPane(c *common) *alertPane {
	snooze := c.snooze
	if snooze <= 0 {
		snooze = DefaultSnooze
	}
	return &alertPane{base: base{common: c}, snooze: snooze,
		keys: newAlertKeys(shortAge(snooze)), proposed: map[string][]*runbooks.Runbook{}}
}

func (p *alertPane) Title() string {
	n := 0
	for _, a := range p.list {
		if a.State == alerts.StateFiring {
			n++
		}
	}
	if n > 0 {
		return "Alerts · " + itoa(n) + " FIRING"
	}
	return "Alerts"
}

func (p *alertPane) Focusable() bool           { return true }
func (p *alertPane) Capturing() bool           { return false }
func (p *alertPane) ShortHelp() []key.Binding  { return p.keys.ShortHelp() }
func (p *alertPane) FullHelp() [][]key.Binding { return p.keys.FullHelp() }

// SetSnapshot sorts a copy of the alerts and keeps the selection on its
// alert wherever it moved.
func (p *alertPane) SetSnapshot(s *room.Snapshot) {
	p.list = sortedAlerts(s.Alerts)
	p.cursor = 0
	if i := slices.IndexFunc(p.list, func(a alerts.Alert) bool { return a.ID == p.selID }); i >= 0 {
		p.cursor = i
	}
	if len(p.list) > 0 {
		p.selID = p.list[p.cursor].ID
	}
	for id := range p.proposed { // forget proposals of alerts gone from the room
		if !slices.ContainsFunc(p.list, func(a alerts.Alert) bool { return a.ID == id }) {
			delete(p.proposed, id)
		}
	}
}

// sortedAlerts orders alerts as the engine does (active first, most severe,
// most recently updated) without touching the snapshot.
func sortedAlerts(in []alerts.Alert) []alerts.Alert {
	out := slices.Clone(in)
	slices.SortStableFunc(out, func(a, b alerts.Alert) int {
		switch {
		case a.Active() != b.Active():
			if a.Active() {
				return -1
			}
			return 1
		case a.Severity != b.Severity:
			return b.Severity.Rank() - a.Severity.Rank()
		}
		return b.UpdatedAt.Compare(a.UpdatedAt)
	})
	return out
}

func (p *alertPane) selected() (alerts.Alert, bool) {
	if p.cursor < 0 || p.cursor >= len(p.list) {
		return alerts.Alert{}, false
	}
	return p.list[p.cursor], true
}

// Update moves the selection, turns action keys into AlertActionMsg and
// shows the room's answers.
func (p *alertPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return p.key(msg)
	case AlertActedMsg:
		p.acted(msg)
	case EscalatedMsg:
		p.proposed[msg.Alert.ID] = msg.Runbooks
		p.flash, p.flashLoud = "escalated "+msg.Alert.ID+": "+itoa(len(msg.Runbooks))+" runbook(s) proposed", false
	}
	return nil
}

func (p *alertPane) key(k tea.KeyMsg) tea.Cmd {
	p.flash, p.flashLoud = "", false // a key answers the last outcome
	switch {
	case key.Matches(k, p.keys.Up):
		p.move(-1)
		return nil
	case key.Matches(k, p.keys.Down):
		p.move(1)
		return nil
	}
	act, ok := p.actionFor(k)
	if !ok {
		return nil
	}
	a, ok := p.selected()
	if !ok {
		p.flash, p.flashLoud = "no alert selected", true
		return nil
	}
	p.flash, p.flashLoud = actVerb(act)+" "+a.ID+"…", false
	req := AlertActionMsg{Alert: a, Act: act}
	if act == room.AlertSnooze {
		req.Snooze = p.snooze
	}
	return func() tea.Msg { return req }
}

func (p *alertPane) actionFor(k tea.KeyMsg) (room.AlertAction, bool) {
	switch {
	case key.Matches(k, p.keys.Ack):
		return room.AlertAck, true
	case key.Matches(k, p.keys.Snooze):
		return room.AlertSnooze, true
	case key.Matches(k, p.keys.Escalate):
		return room.AlertEscalate, true
	case key.Matches(k, p.keys.Resolve):
		return room.AlertResolve, true
	}
	return "", false
}

func (p *alertPane) move(delta int) {
	if len(p.list) == 0 {
		return
	}
	p.cursor = min(max(p.cursor+delta, 0), len(p.list)-1)
	p.selID = p.list[p.cursor].ID
}

// acted shows an action's outcome; a failure is loud and names the error.
func (p *alertPane) acted(m AlertActedMsg) {
	if m.Err != nil {
		p.flash, p.flashLoud = "!! "+string(m.Act)+" "+m.ID+" FAILED: "+m.Err.Error(), true
		return
	}
	p.flash, p.flashLoud = actDone(m.Act)+" "+m.ID, false
}

// actVerb and actDone word an action in progress and done.
func actVerb(a room.AlertAction) string {
	return map[room.AlertAction]string{room.AlertAck: "acknowledging", room.AlertSnooze: "snoozing",
		room.AlertEscalate: "escalating", room.AlertResolve: "resolving"}[a]
}

func actDone(a room.AlertAction) string {
	return map[room.AlertAction]string{room.AlertAck: "acknowledged", room.AlertSnooze: "snoozed",
		room.AlertEscalate: "escalated", room.AlertResolve: "resolved"}[a]
}
