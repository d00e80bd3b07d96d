package export

import (
	"fmt"
	"html/template"
	"strings"
	"time"

	"github.com/warroom-dev/warroom/incidents"
)

// Chart geometry, in SVG user units.
const (
	chartW, chartH = 860.0, 190.0
	padL, padR     = 48.0, 12.0
	padT, padB     = 14.0, 26.0
)

// mark is a timeline event drawn on the charts.
type mark struct {
	at    time.Time
	label string // one letter
	title string
	color string
}

// chartSpan is the time axis: the snapshots and the marks, end to end.
type chartSpan struct{ from, to time.Time }

func (c chartSpan) x(t time.Time) float64 {
	total := c.to.Sub(c.from)
	if total <= 0 {
		return padL
	}
	return padL + (chartW-padL-padR)*float64(t.Sub(c.from))/float64(total)
}

func marksOf(r *report) []mark {
	s := r.state
	var ms []mark
	add := func(at time.Time, label, color, title string) {
		ms = append(ms, mark{at: at, label: label, color: color, title: r.utc(at) + " " + title})
	}
	if s.Declared != nil {
		add(s.Declared.At(), "D", "#b00020", "declared")
	}
	for _, c := range s.SeverityHistory[min(1, len(s.SeverityHistory)):] {
		add(c.At, "S", "#d35400", "severity "+string(c.To))
	}
	for _, c := range s.StatusHistory[min(1, len(s.StatusHistory)):] {
		add(c.At, "T", "#555", "status "+string(c.To))
	}
	for _, a := range s.Alerts {
		add(a.FiredAt, "A", "#c0392b", "alert "+a.ID+": "+a.Summary)
	}
	for _, d := range s.Decisions {
		add(d.At, "?", "#2c3e50", "decision: "+d.Answer)
	}
	for _, m := range s.Messages {
		for _, p := range m.Path {
			if p.State == incidents.MessagePublished {
				add(p.At, "P", "#1e7b34", "published "+m.ID)
			}
		}
	}
	return ms
}

// charts draws the volume and sentiment charts; empty without snapshots.
func charts(r *report) template.HTML {
	snaps := r.state.Snapshots
	if len(snaps) == 0 {
		return ""
	}
	marks := marksOf(r)
	span := chartSpan{from: snaps[0].At, to: snaps[len(snaps)-1].At}
	for _, m := range marks {
		if m.at.Before(span.from) {
			span.from = m.at
		}
		if m.at.After(span.to) {
			span.to = m.at
		}
	}
	var b strings.Builder
	volumeChart(&b, r, snaps, span, marks)
	sentimentChart(&b, r, snaps, span, marks)
	b.WriteString(`<p class="legend">Marks: D declared, S severity change, T status change, A alert fired, ? decision, P message published (hover a mark for its time).</p>` + "\n")
	return template.HTML(b.String())
}

func svgOpen(b *strings.Builder, title string) {
	fmt.Fprintf(b, `<figure><figcaption>%s</figcaption><svg viewBox="0 0 %.0f %.0f" role="img" aria-label="%s">`,
		template.HTMLEscapeString(title), chartW, chartH, template.HTMLEscapeString(title))
	fmt.Fprintf(b, `<rect x="%.0f" y="%.0f" width="%.0f" height="%.0f" fill="#fafafa" stroke="#ccc"/>`,
		padL, padT, chartW-padL-padR, chartH-padT-padB)
}

func svgClose(b *strings.Builder, r *report, span chartSpan, marks []mark) {
	for _, m := range marks {
		x := span.x(m.at)
		fmt.Fprintf(b, `<g><title>%s</title><line x1="%.1f" y1="%.0f" x2="%.1f" y2="%.0f" stroke="%s" stroke-dasharray="3 3"/>`+
			`<text x="%.1f" y="%.0f" font-size="10" fill="%s" text-anchor="middle">%s</text></g>`,
			template.HTMLEscapeString(m.title), x, padT, x, chartH-padB, m.color, x, padT-3, m.color, template.HTMLEscapeString(m.label))
	}
	fmt.Fprintf(b, `<text x="%.0f" y="%.0f" font-size="10">%s</text><text x="%.0f" y="%.0f" font-size="10" text-anchor="end">%s</text>`,
		padL, chartH-8, template.HTMLEscapeString(r.utc(span.from)), chartW-padR, chartH-8, template.HTMLEscapeString(r.utc(span.to)))
	b.WriteString("</svg></figure>\n")
}

func volumeChart(b *strings.Builder, r *report, snaps []incidents.Snapshot, span chartSpan, marks []mark) {
	peak := 1.0
	for _, s := range snaps {
		peak = max(peak, s.RatePerMin)
	}
	svgOpen(b, "Volume (mentions per minute) from feed snapshots")
	y := func(v float64) float64 { return chartH - padB - (chartH-padT-padB)*v/peak }
	var pts []string
	for _, s := range snaps {
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", span.x(s.At), y(s.RatePerMin)))
	}
	fmt.Fprintf(b, `<polyline points="%s" fill="none" stroke="#1f77b4" stroke-width="2"/>`, strings.Join(pts, " "))
	fmt.Fprintf(b, `<text x="%.0f" y="%.0f" font-size="10" text-anchor="end">%.0f/min</text><text x="%.0f" y="%.0f" font-size="10" text-anchor="end">0</text>`,
		padL-4, padT+10, peak, padL-4, chartH-padB)
	svgClose(b, r, span, marks)
}

func sentimentChart(b *strings.Builder, r *report, snaps []incidents.Snapshot, span chartSpan, marks []mark) {
	svgOpen(b, "Sentiment split (negative / neutral / positive share) from feed snapshots")
	h := chartH - padT - padB
	bands := []struct {
		color string
		lo    func(s incidents.Snapshot) float64
		hi    func(s incidents.Snapshot) float64
	}{
		{"#d62728", func(incidents.Snapshot) float64 { return 0 }, negShare},
		{"#bbbbbb", negShare, func(s incidents.Snapshot) float64 { return negShare(s) + share(s.Neu, s) }},
		{"#2ca02c", func(s incidents.Snapshot) float64 { return negShare(s) + share(s.Neu, s) }, func(incidents.Snapshot) float64 { return 1 }},
	}
	for _, band := range bands {
		var pts []string
		for _, s := range snaps {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", span.x(s.At), chartH-padB-h*band.hi(s)))
		}
		for i := len(snaps) - 1; i >= 0; i-- {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", span.x(snaps[i].At), chartH-padB-h*band.lo(snaps[i])))
		}
		fmt.Fprintf(b, `<polygon points="%s" fill="%s" fill-opacity="0.75"/>`, strings.Join(pts, " "), band.color)
	}
	fmt.Fprintf(b, `<text x="%.0f" y="%.0f" font-size="10" text-anchor="end">100%%</text><text x="%.0f" y="%.0f" font-size="10" text-anchor="end">0</text>`,
		padL-4, padT+10, padL-4, chartH-padB)
	svgClose(b, r, span, marks)
}

func share(n int64, s incidents.Snapshot) float64 {
	total := s.Neg + s.Neu + s.Pos
	if total == 0 {
		return 0
	}
	return float64(n) / float64(total)
}

func negShare(s incidents.Snapshot) float64 { return share(s.Neg, s) }
