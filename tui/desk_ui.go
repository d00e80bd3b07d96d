package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/room"
)

// deskUI is the incident side of the Model, shared by the panes that act
// on the journal: the desk to write through, the modal form on screen,
// the notice of writes, and which screen is shown.
type deskUI struct {
	desk   room.Desk
	modal  modal
	notice deskNotice
	// incidentScreen shows the runbook and catch-up panes instead of the
	// dashboard; it turns on by itself when an incident appears.
	incidentScreen bool
	hadIncident    bool
}

// newDeskUI writes through r; without a room (a bare model in tests)
// every action is refused as read-only rather than crashing.
func newDeskUI(r room.Room) *deskUI {
	if r == nil {
		return &deskUI{desk: room.NoDesk{}}
	}
	return &deskUI{desk: r}
}

// write counts a journal write in flight and returns it.
func (u *deskUI) write(cmd tea.Cmd) tea.Cmd {
	if cmd != nil {
		u.notice.started()
	}
	return cmd
}

// open shows md over the body.
func (u *deskUI) open(md modal) { u.modal = md }
