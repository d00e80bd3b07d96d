package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/room"
)

// TickMsg moves the clock and asks for a snapshot. Ticks run whatever the
// room does; a pull starts only when the previous one has answered, so a
// slow room never piles pulls up and a stuck one shows on the clock.
type TickMsg struct{ At time.Time }

// SnapshotMsg carries a snapshot pulled from the room.
type SnapshotMsg struct{ Snap room.Snapshot }

func tickCmd(d time.Duration) tea.Cmd {
	return tea.Tick(d, func(t time.Time) tea.Msg { return TickMsg{At: t} })
}

// pullCmd reads the room off the UI goroutine.
func pullCmd(r room.Room) tea.Cmd {
	return func() tea.Msg { return SnapshotMsg{Snap: r.Snapshot()} }
}
