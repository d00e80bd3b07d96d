package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/room"
)

// feedHealth details every feed: state, freshness, lag, what was accepted
// and rejected, reconnects, cursor and gaps. A silent or dead feed comes
// first and loud: silence must never look like calm.
type feedHealth struct {
	base
	passive
	feeds []feeds.Status
	ready bool
}

func newFeedHealth(c *common) *feedHealth { return &feedHealth{base: base{common: c}} }

func (p *feedHealth) Title() string {
	n := 0
	for _, f := range p.feeds {
		if f.Silent(p.now) {
			n++
		}
	}
	if n > 0 {
		return "Feeds · " + itoa(n) + " NOT LIVE"
	}
	return "Feeds"
}

func (p *feedHealth) SetSnapshot(s *room.Snapshot) {
	p.ready = true
	p.feeds = feedsLoudFirst(s.Feeds, p.now)
}

// View gives each feed two lines: its state and flow, then its rejects,
// cursor and gaps.
func (p *feedHealth) View() []string {
	w, h := p.width, p.height
	st := p.st
	if !p.ready || h <= 0 {
		return block([]string{st.Muted.Render("no data yet")}, w, h)
	}
	if len(p.feeds) == 0 {
		return block([]string{st.Loud.Render("!! NO FEEDS CONFIGURED: the room hears nothing")}, w, h)
	}
	var lines []string
	for _, f := range p.feeds {
		lines = append(lines, p.stateLine(f), st.Muted.Render("   "+p.detailLine(f)))
	}
	return block(lines, w, h)
}

// stateLine is the feed's name and state (loud unless live and fresh),
// then its flow: last event, lag, accepted, reconnects.
func (p *feedHealth) stateLine(f feeds.Status) string {
	st := p.st
	last := "never"
	if !f.LastEvent.IsZero() {
		last = shortAge(p.now.Sub(f.LastEvent)) + " ago"
	}
	flow := fmt.Sprintf(" · last event %s · lag p50 %s p95 %s · %s accepted · %d reconnects",
		last, lagText(f.LagP50), lagText(f.LagP95), humanCount(f.Accepted), f.Reconnects)
	head := f.Name + " (" + f.Kind + ")"
	if alarm := feedAlarm(f, p.now); alarm != "" {
		return st.Loud.Render("!! "+head+" "+alarm) + st.Text.Render(flow)
	}
	return st.OK.Render("● ") + st.Bold.Render(head) + st.OK.Render(" live") + st.Text.Render(flow)
}

// detailLine is the rejects by reason, the cursor, the gaps and the last
// error.
func (p *feedHealth) detailLine(f feeds.Status) string {
	parts := []string{"rejected " + rejectText(f.Rejected)}
	if f.Cursor != "" {
		parts = append(parts, "cursor "+f.Cursor)
	}
	parts = append(parts, gapText(f.Gaps, p.now))
	if f.LastError != "" && f.State != feeds.StateLive {
		parts = append(parts, "error: "+f.LastError)
	}
	return strings.Join(parts, " · ")
}

// rejectText lists rejects by reason, largest first: "12 malformed_json, 3 oversized".
func rejectText(r map[string]int64) string {
	if len(r) == 0 {
		return "none"
	}
	reasons := make([]string, 0, len(r))
	for k := range r {
		reasons = append(reasons, k)
	}
	slices.SortFunc(reasons, func(a, b string) int {
		if r[a] != r[b] {
			return int(r[b] - r[a])
		}
		return strings.Compare(a, b)
	})
	for i, k := range reasons {
		reasons[i] = humanCount(r[k]) + " " + k
	}
	return strings.Join(reasons, ", ")
}

// gapText counts the gaps and describes the last one (UTC); an open gap
// is one the feed has not resumed from yet.
func gapText(gs []feeds.Gap, now time.Time) string {
	if len(gs) == 0 {
		return "no gap"
	}
	g := gs[len(gs)-1]
	from := g.From.UTC().Format("15:04:05")
	last := ""
	switch {
	case g.To.IsZero():
		last = fmt.Sprintf("blind since %s (%s, open)", from, shortAge(now.Sub(g.From)))
	case g.Replayable:
		last = fmt.Sprintf("%s–%s (%s, replayed)", from, g.To.UTC().Format("15:04:05"), shortAge(g.To.Sub(g.From)))
	default:
		last = fmt.Sprintf("%s–%s (%s, LOST)", from, g.To.UTC().Format("15:04:05"), shortAge(g.To.Sub(g.From)))
	}
	return fmt.Sprintf("%d gap(s), last %s", len(gs), last)
}

// lagText writes a lag to a useful precision: 850ms, 2.1s, 1m05s; "-"
// before any mention was measured.
func lagText(d time.Duration) string {
	switch {
	case d <= 0:
		return "-"
	case d < time.Second:
		return fmt.Sprintf("%dms", d.Milliseconds())
	case d < time.Minute:
		return fmt.Sprintf("%.1fs", d.Seconds())
	}
	return shortAge(d)
}
