package tui

import (
	"context"
	"errors"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/runbooks"
)

// alertActTimeout bounds one alert action: the room may journal it (an
// fsync), and a stuck disk must show as a failure, not as a frozen key.
const alertActTimeout = 10 * time.Second

// DefaultSnooze is how long z silences an alert unless Options say otherwise.
const DefaultSnooze = 15 * time.Minute

// AlertActionMsg asks the Model to act on an alert through the room's
// Desk. The alert pane sends it; the Model runs the call in a command.
type AlertActionMsg struct {
	Alert  alerts.Alert // the alert as the operator saw it
	Act    room.AlertAction
	Snooze time.Duration // for room.AlertSnooze
}

// AlertActedMsg is the outcome of an alert action: Err is nil once the
// room has recorded it (journaled when an incident is open). A successful
// escalation answers with EscalatedMsg instead.
type AlertActedMsg struct {
	ID  string
	Act room.AlertAction
	Err error
}

// EscalatedMsg says an alert was escalated; Runbooks are the ones the
// room proposes for it, best first (possibly none). The alert pane lists
// them; a declaration form may consume it to prefill an incident from the
// alert (title from Summary, severity from Severity, runbook choice).
type EscalatedMsg struct {
	Alert    alerts.Alert
	Runbooks []*runbooks.Runbook
}

// errNoDesk is reported when the model has no room to act through.
var errNoDesk = errors.New("no room to act through (read-only view)")

// alertActCmd calls the desk off the UI goroutine: ActOnAlert may block on
// a journal write.
func alertActCmd(d room.Desk, req AlertActionMsg) tea.Cmd {
	return func() tea.Msg {
		if d == nil {
			return AlertActedMsg{ID: req.Alert.ID, Act: req.Act, Err: errNoDesk}
		}
		ctx, cancel := context.WithTimeout(context.Background(), alertActTimeout)
		defer cancel()
		rbs, err := d.ActOnAlert(ctx, req.Alert.ID, req.Act, req.Snooze)
		if err == nil && req.Act == room.AlertEscalate {
			return EscalatedMsg{Alert: req.Alert, Runbooks: rbs}
		}
		return AlertActedMsg{ID: req.Alert.ID, Act: req.Act, Err: err}
	}
}
