package tui

import (
	"cmp"
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

// View gives each feed its state line then its counters, wrapped to the
// width so that no figure is cut off: first flow (last event, lag,
// accepted, reconnects), then rejects, cursor, gaps and the last error.
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
		lines = append(lines, p.feedLines(f, w)...)
	}
	return block(lines, w, h)
}

// feedLines styles a feed's wrapped lines: the first loud unless the feed
// is live and fresh, the rest muted.
func (p *feedHealth) feedLines(f feeds.Status, w int) []string {
	st := p.st
	alarm := feedAlarm(f, p.now)
	head := "● " + f.Name + " (" + f.Kind + ") live"
	if alarm != "" {
		// The alarm stays whole on the first line: its own separators
		// are not wrapping points.
		head = "!! " + f.Name + " (" + f.Kind + ") " + strings.ReplaceAll(alarm, partSep, ", ")
	}
	out := wrapParts(head+partSep+p.flow(f), w, "   ")
	out = append(out, wrapParts("   "+p.detail(f), w, "   ")...)
	for i, l := range out {
		switch {
		case i == 0 && alarm != "":
			out[i] = st.Loud.Render(l)
		case i == 0:
			out[i] = st.OK.Render(l[:len("●")]) + st.Text.Render(l[len("●"):])
		default:
			out[i] = st.Muted.Render(l)
		}
	}
	return out
}

// flow is the feed's freshness and throughput.
func (p *feedHealth) flow(f feeds.Status) string {
	last := "never"
	if !f.LastEvent.IsZero() {
		last = shortAge(p.now.Sub(f.LastEvent)) + " ago"
	}
	return strings.Join([]string{"last event " + last,
		"lag p50 " + lagText(f.LagP50) + " p95 " + lagText(f.LagP95),
		humanCount(f.Frames) + " frames, " + humanCount(f.Accepted) + " accepted",
		itoa(int(f.Reconnects)) + " reconnects"}, partSep)
}

// detail is the rejects by reason, the cursor, the gaps and the last
// error of a feed that is not live.
func (p *feedHealth) detail(f feeds.Status) string {
	parts := []string{"rejected " + rejectText(f.Rejected)}
	if f.Cursor != "" {
		parts = append(parts, "cursor "+f.Cursor)
	}
	parts = append(parts, gapText(f.Gaps, p.now))
	if f.LastError != "" && f.State != feeds.StateLive {
		parts = append(parts, "error: "+f.LastError)
	}
	return strings.Join(parts, partSep)
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
		if c := cmp.Compare(r[b], r[a]); c != 0 {
			return c
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
