package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Update handles the stream's keys; while the filter is being typed every
// key but enter and esc goes to the text input.
func (p *stream) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	p.flash = ""
	if p.typing {
		return p.typeFilter(k)
	}
	switch {
	case key.Matches(k, p.keys.Up):
		p.move(-1)
	case key.Matches(k, p.keys.Down):
		p.move(1)
	case key.Matches(k, p.keys.PageUp):
		p.move(-max(p.listHeight()-1, 1))
	case key.Matches(k, p.keys.PageDown):
		p.move(max(p.listHeight()-1, 1))
	case key.Matches(k, p.keys.Top):
		p.move(-len(p.rows))
	case key.Matches(k, p.keys.Bottom):
		p.move(len(p.rows))
	case key.Matches(k, p.keys.Pause):
		p.togglePause()
	case key.Matches(k, p.keys.Filter):
		p.typing = true
		return p.filter.Focus()
	case key.Matches(k, p.keys.Clear):
		p.filter.SetValue("")
		p.reset()
	case key.Matches(k, p.keys.NegOnly):
		p.negOnly = !p.negOnly
		p.reset()
	case key.Matches(k, p.keys.Reach):
		p.byReach = !p.byReach
		p.reset()
	case key.Matches(k, p.keys.Pin):
		return p.pin()
	}
	return nil
}

// pin asks the Model to journal the selected mention as evidence.
func (p *stream) pin() tea.Cmd {
	if len(p.rows) == 0 {
		p.flash = "no mention to pin"
		return nil
	}
	id := p.rows[p.cursor].ID
	p.flash = "pinning " + id + "…"
	return func() tea.Msg { return PinRequestMsg{MentionID: id} }
}

// typeFilter edits the filter live; enter keeps it, esc drops it.
func (p *stream) typeFilter(k tea.KeyMsg) tea.Cmd {
	switch k.String() {
	case "enter":
		p.typing = false
		p.filter.Blur()
		return nil
	case "esc":
		p.typing = false
		p.filter.Blur()
		p.filter.SetValue("")
		p.reset()
		return nil
	}
	var cmd tea.Cmd
	p.filter, cmd = p.filter.Update(k)
	p.reset()
	return cmd
}

// reset rebuilds after the view settings changed: a new list starts at its
// top rather than chasing the old selection to wherever it went.
func (p *stream) reset() {
	p.cursor, p.offset, p.selID = 0, 0, ""
	p.rebuild()
}

// togglePause freezes the list on screen, or resumes following the newest.
func (p *stream) togglePause() {
	p.paused = !p.paused
	if p.paused {
		p.frozen = p.live
	} else {
		p.frozen = nil
		p.cursor, p.selID = 0, ""
	}
	p.rebuild()
}

// move shifts the selection by delta rows, clamped to the list.
func (p *stream) move(delta int) {
	if len(p.rows) == 0 {
		return
	}
	p.cursor = min(max(p.cursor+delta, 0), len(p.rows)-1)
	p.selID = p.rows[p.cursor].ID
	p.scrollIntoView()
}

// scrollIntoView moves the window so that the cursor row is on screen.
func (p *stream) scrollIntoView() {
	h := p.listHeight()
	switch {
	case h <= 0:
		p.offset = 0
	case p.cursor < p.offset:
		p.offset = p.cursor
	case p.cursor >= p.offset+h:
		p.offset = p.cursor - h + 1
	}
	p.offset = max(min(p.offset, len(p.rows)-h), 0)
}
