// Package tui is the crisis room's terminal: a header that is always on
// screen (brand, feed health, totals, clocks) and a pane manager that lays
// out the volume, sentiment, stream, top authors and trending panes for the
// terminal's size, owns focus, and routes keys: global keys first, then the
// focused pane. The TUI pulls a room.Snapshot on a tick; nothing is pushed
// to it, so a burst of mentions never floods the UI.
//
// When an incident is open a second screen (I toggles it) walks its
// runbook: the runbook pane, a catch-up pane and the stream. D declares an
// incident, S journals a feed snapshot, P in the stream pins a mention.
// Every action is a Desk write run from a command; the panes show only
// what the room's next snapshot derives from the durable journal, and a
// refused or failed write is reported loudly on the bottom line.
//
// Under the header an alert banner names the most severe firing alert on
// every screen without taking focus, and rings the terminal bell once per
// new firing when Options.Bell is set. The dashboard adds, as room allows,
// the alert pane (why each alert fired; a, z, e, x act on it through the
// Desk: AlertActionMsg in, AlertActedMsg or EscalatedMsg out; ! jumps to
// it), share of voice and feed health.
package tui

import (
	"context"
	"errors"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/warroom-dev/warroom/room"
)

// Run shows the room full screen until q or ctrl+c, or until ctx is done,
// and restores the terminal in every case.
func Run(ctx context.Context, r room.Room, opts Options) error {
	opts = opts.withDefaults()
	// Decide the background ourselves before the program starts: left to
	// itself lipgloss would query the terminal for it the first time an
	// adaptive color (bubbles' defaults) is drawn, which can stall the start.
	lipgloss.SetHasDarkBackground(opts.darkBackground())
	p := tea.NewProgram(New(r, opts),
		tea.WithContext(ctx),
		tea.WithInput(opts.Input),
		tea.WithOutput(opts.Output),
		tea.WithAltScreen(),
	)
	_, err := p.Run()
	if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return nil // the caller asked us to stop: not a failure
	}
	return err
}
