package tui

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/runbooks"
)

// runbookPane walks the attached runbook: every step with its owner,
// state and clock, the selected step's detail, and keys that journal
// actions through the Desk. It never shows an action as done before the
// room's next snapshot derives it from the durable journal.
type runbookPane struct {
	base
	ui   *deskUI
	keys runbookKeys
	snap *room.Snapshot
	inc  *room.IncidentView
	// selID is the selected step, kept across snapshots; cursor its index.
	selID  string
	cursor int
}

func newRunbookPane(c *common, ui *deskUI) *runbookPane {
	return &runbookPane{base: base{common: c}, ui: ui, keys: newRunbookKeys()}
}

func (p *runbookPane) Focusable() bool           { return true }
func (p *runbookPane) Capturing() bool           { return false }
func (p *runbookPane) ShortHelp() []key.Binding  { return p.keys.ShortHelp() }
func (p *runbookPane) FullHelp() [][]key.Binding { return p.keys.FullHelp() }

func (p *runbookPane) Title() string {
	if p.inc == nil || p.inc.Runbook == nil {
		return "Runbook"
	}
	return "Runbook · " + p.inc.Runbook.Title
}

func (p *runbookPane) SetSnapshot(s *room.Snapshot) {
	p.snap, p.inc = s, s.Incident
	p.reselect()
}

// progress is the attached runbook's progress, nil without one.
func (p *runbookPane) progress() *runbooks.Progress {
	if p.inc == nil {
		return nil
	}
	return p.inc.Progress
}

// reselect keeps the selected step; without one it picks the first open
// step, the one the cell should be working on.
func (p *runbookPane) reselect() {
	pr := p.progress()
	if pr == nil {
		p.cursor, p.selID = 0, ""
		return
	}
	for i, s := range pr.Steps {
		if s.Step.ID == p.selID {
			p.cursor = i
			return
		}
	}
	p.cursor = 0
	if open := pr.Open(); len(open) > 0 {
		for i := range pr.Steps {
			if &pr.Steps[i] == open[0] {
				p.cursor = i
			}
		}
	}
	if len(pr.Steps) > 0 {
		p.selID = pr.Steps[p.cursor].Step.ID
	}
}

// selected is the selected step's state, nil without a runbook.
func (p *runbookPane) selected() *runbooks.StepState {
	pr := p.progress()
	if pr == nil || p.cursor >= len(pr.Steps) {
		return nil
	}
	return &pr.Steps[p.cursor]
}

func (p *runbookPane) move(delta int) {
	pr := p.progress()
	if pr == nil || len(pr.Steps) == 0 {
		return
	}
	p.cursor = min(max(p.cursor+delta, 0), len(pr.Steps)-1)
	p.selID = pr.Steps[p.cursor].Step.ID
}
