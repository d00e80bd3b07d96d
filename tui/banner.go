package tui

import (
	"fmt"

	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/room"
)

// bannerHeight is the alert banner's line under the header; topHeight is
// everything above the panes. Both are always on screen.
const (
	bannerHeight = 1
	topHeight    = headerHeight + bannerHeight
)

// banner is the alert line under the header. It never takes focus or keys:
// it shows the most severe firing alert to whoever looks at the room, and
// counts the new firings that should ring the bell.
type banner struct {
	*common
	list []alerts.Alert
	// seen is each alert's state in the last snapshot, to tell a new
	// firing from one already shown.
	seen map[string]alerts.State
	// fresh counts firings new since the bell last rang.
	fresh int
}

func newBanner(c *common) *banner { return &banner{common: c, seen: map[string]alerts.State{}} }

// SetSnapshot keeps the alerts and counts the new firings: an alert never
// seen firing, or back to firing (snooze ran out, severity rose after an
// acknowledgement). Only the alerts of this snapshot are remembered, so
// the map stays as small as the room's list.
func (b *banner) SetSnapshot(s *room.Snapshot) {
	b.list = s.Alerts
	seen := make(map[string]alerts.State, len(s.Alerts))
	for _, a := range s.Alerts {
		if prev, ok := b.seen[a.ID]; a.State == alerts.StateFiring && (!ok || prev != alerts.StateFiring) {
			b.fresh++
		}
		seen[a.ID] = a.State
	}
	b.seen = seen
}

// takeFresh reports whether new firings arrived since the last call.
func (b *banner) takeFresh() bool {
	n := b.fresh
	b.fresh = 0
	return n > 0
}

// top picks the most severe firing alert, the most recently updated on a
// tie, and counts the other active alerts.
func (b *banner) top() (top alerts.Alert, firing, others int) {
	found := false
	for _, a := range b.list {
		if !a.Active() {
			continue
		}
		others++
		if a.State != alerts.StateFiring {
			continue
		}
		firing++
		if !found || a.Severity.Rank() > top.Severity.Rank() ||
			(a.Severity == top.Severity && a.UpdatedAt.After(top.UpdatedAt)) {
			top, found = a, true
		}
	}
	if found {
		others--
	}
	return top, firing, others
}

// View is the banner's single line, exactly w columns.
func (b *banner) View(w int) string {
	st := b.st
	a, firing, others := b.top()
	if firing == 0 {
		if others > 0 {
			return fit(st.Warn.Render(fmt.Sprintf(" no alert firing · %d active, handled (acknowledged, snoozed or escalated)", others)), w)
		}
		return fit(st.OK.Render(" ✓ no active alert"), w)
	}
	text := fmt.Sprintf(" !! %s ALERT %s · %s · %s ago · %s", sevTag(a.Severity), a.Rule, subject(a),
		shortAge(b.now.Sub(a.FiredAt)), a.Summary)
	more := " [!] " // the key that goes to the alert pane
	if others > 0 {
		more = fmt.Sprintf(" +%d other active [!] ", others)
	}
	ink := st.Warn
	if a.Severity.Rank() >= alerts.High.Rank() {
		ink = st.Loud
	}
	// The count of others is kept whole: the summary, last, gives way first.
	body := fit(text+" ", max(w-len(more), 0))
	return fit(ink.Render(body)+st.Bold.Render(more), w)
}
