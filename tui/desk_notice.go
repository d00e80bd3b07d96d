package tui

import (
	"fmt"
	"strings"
)

// deskNotice is the one-line report of journal writes, drawn over the
// bottom line of the body: how many writes are in flight, then what was
// recorded, or loudly what was NOT (the room refused, the disk failed).
// A failure stays until esc or the next successful write, so it cannot
// scroll away unseen.
type deskNotice struct {
	pending int
	text    string
	failed  bool
}

// started counts a write in flight.
func (n *deskNotice) started() { n.pending++ }

// result records the outcome of a write.
func (n *deskNotice) result(msg DeskResultMsg) {
	n.pending = max(n.pending-1, 0)
	if msg.Err != nil {
		n.refuse(msg.What, msg.Err)
		return
	}
	n.text, n.failed = fmt.Sprintf("recorded #%d %s · %s", msg.Entry.Seq, msg.Entry.Kind, msg.What), false
}

// refuse reports an action refused before any write was attempted.
func (n *deskNotice) refuse(what string, err error) {
	n.text, n.failed = fmt.Sprintf("NOT RECORDED · %s: %v", what, err), true
}

// dismiss clears the notice (esc).
func (n *deskNotice) dismiss() { n.text, n.failed = "", false }

// active reports whether there is anything to draw.
func (n *deskNotice) active() bool { return n.pending > 0 || n.text != "" }

// line renders the notice exactly w columns wide.
func (n *deskNotice) line(st *Styles, w int) string {
	var parts []string
	if n.pending > 0 {
		parts = append(parts, st.Warn.Render(fmt.Sprintf(" writing %d to the journal… ", n.pending)))
	}
	switch {
	case n.failed:
		parts = append(parts, st.Loud.Render(" !! "+n.text+" (esc) "))
	case n.text != "":
		parts = append(parts, st.OK.Render(" ✓ "+n.text+" "))
	}
	return fit(strings.Join(parts, " "), w)
}

// bottomLine is what covers the body's bottom border: the notice of
// journal writes, else, on the dashboard, the runbook's late clocks, so
// that the screen the operator is on never hides an overdue step.
func (m Model) bottomLine() (string, bool) {
	if n := &m.c.desk.notice; n.active() {
		return n.line(m.c.st, m.width), true
	}
	s := m.header.snap
	if m.c.desk.incidentScreen || s == nil || s.Incident == nil || s.Incident.Progress == nil {
		return "", false
	}
	late := 0
	for _, st := range s.Incident.Progress.Steps {
		if st.Overdue || st.RepeatOverdue {
			late++
		}
	}
	if late == 0 {
		return "", false
	}
	return fit(m.c.st.Loud.Render(fmt.Sprintf(" !! %d runbook step(s) overdue · I shows the runbook ", late)), m.width), true
}
