package tui

import (
	"slices"

	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/runbooks"
)

// newEscalationForm is the declare form opened by escalating an alert: its
// title is the alert's summary, its severity follows the alert's, and the
// runbooks the room matched to the alert come first, the best preselected.
// The operator still reads, edits and confirms: nothing is declared for them.
func newEscalationForm(c *common, d room.Desk, snap *room.Snapshot, msg EscalatedMsg) *declareForm {
	f := newDeclareForm(c, d, snap)
	f.title.SetValue(msg.Alert.Summary)
	f.title.CursorEnd()
	f.sev = slices.Index(severities, room.IncidentSeverity(msg.Alert.Severity))
	if len(msg.Runbooks) == 0 {
		return f
	}
	first := []runbookChoice{{}}
	for _, rb := range msg.Runbooks {
		first = append(first, runbookChoice{rb: rb, matched: true})
	}
	for _, b := range f.books[1:] {
		if !slices.ContainsFunc(msg.Runbooks, func(rb *runbooks.Runbook) bool { return rb == b.rb }) {
			b.matched = false
			first = append(first, b)
		}
	}
	f.books, f.proposed, f.book = first, len(msg.Runbooks), 1
	return f
}
