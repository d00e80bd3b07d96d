package tui

import (
	"context"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/room"
)

// deskTimeout bounds one journal write: an fsync that hangs longer than
// this is reported as a failure rather than leaving the operator waiting.
const deskTimeout = 10 * time.Second

// DeskResultMsg is the outcome of one journal action made through the
// Desk: the durable entry, or the error that kept it from being written
// (a disk failure, or the room refusing the action). What names the
// action for the operator ("done: Capture the post").
type DeskResultMsg struct {
	What  string
	Entry incidents.Entry
	Err   error
}

// deskCall runs one Desk method off the UI goroutine: every Desk method
// may block on an fsync, so it never runs inside Update.
func deskCall(what string, call func(ctx context.Context) (incidents.Entry, error)) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), deskTimeout)
		defer cancel()
		e, err := call(ctx)
		return DeskResultMsg{What: what, Entry: e, Err: err}
	}
}

func declareCmd(d room.Desk, decl room.Declaration) tea.Cmd {
	return deskCall("declared: "+decl.Title, func(ctx context.Context) (incidents.Entry, error) {
		return d.Declare(ctx, decl)
	})
}

func actCmd(d room.Desk, what string, a room.StepAction) tea.Cmd {
	return deskCall(what, func(ctx context.Context) (incidents.Entry, error) { return d.Act(ctx, a) })
}

func noteCmd(d room.Desk, text string) tea.Cmd {
	return deskCall("note", func(ctx context.Context) (incidents.Entry, error) {
		return d.Append(ctx, incidents.Draft{Kind: incidents.KindNote, Body: text})
	})
}

func pinCmd(d room.Desk, mentionID, why string) tea.Cmd {
	return deskCall("pinned "+mentionID, func(ctx context.Context) (incidents.Entry, error) {
		return d.Pin(ctx, mentionID, why)
	})
}

func captureCmd(d room.Desk) tea.Cmd {
	return deskCall("feed snapshot", func(ctx context.Context) (incidents.Entry, error) {
		return d.CaptureSnapshot(ctx)
	})
}

// PinRequestMsg is sent by the stream pane when the operator pins the
// selected mention; the Model turns it into a journal write.
type PinRequestMsg struct{ MentionID string }

func attachCmd(d room.Desk, id, lang string) tea.Cmd {
	return deskCall("attached "+id+" ("+lang+")", func(ctx context.Context) (incidents.Entry, error) {
		return d.Attach(ctx, id, lang)
	})
}

func roleCmd(d room.Desk, role, name string) tea.Cmd {
	return deskCall(role+": "+name, func(ctx context.Context) (incidents.Entry, error) {
		return d.Append(ctx, incidents.Draft{Kind: incidents.KindRoleAssigned, Body: name + " is " + role,
			Data: incidents.RoleData{Role: role, Name: name}})
	})
}

func statusCmd(d room.Desk, choice string) tea.Cmd {
	dr := statusDraft(choice)
	return deskCall(dr.Body, func(ctx context.Context) (incidents.Entry, error) { return d.Append(ctx, dr) })
}
