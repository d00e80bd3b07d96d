package tui

import (
	"io"

	tea "github.com/charmbracelet/bubbletea"
)

// BellMsg reports a bell that could not be written (the terminal is gone).
type BellMsg struct{ Err error }

// bellCmd writes BEL to the program's output (Run gives Bubble Tea the same
// writer). Bubble Tea v1.3 has no bell command, and tea.Println/Printf
// print nothing while the alternate screen is on. BEL moves no cursor and
// changes no cell, and a terminal executes it even in the middle of a
// control sequence without breaking the sequence, so writing it beside the
// renderer leaves the frame intact.
func bellCmd(w io.Writer) tea.Cmd {
	return func() tea.Msg {
		if _, err := io.WriteString(w, "\a"); err != nil {
			return BellMsg{Err: err}
		}
		return nil
	}
}

// bell rings once for the new firings of the snapshot just applied, unless
// the bell is off.
func (m Model) bell() tea.Cmd {
	if !m.banner.takeFresh() || !m.opts.Bell {
		return nil
	}
	return bellCmd(m.opts.Output)
}

// top is the header and the banner, the lines above the panes.
func (m Model) top() []string {
	return append(m.header.View(m.width), m.banner.View(m.width))
}
