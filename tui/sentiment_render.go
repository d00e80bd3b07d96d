package tui

import (
	"fmt"
	"math"
	"strings"
)

// View draws the source label, the split bar and its figures, then the
// net trend as a chart that grows up when positive and down when negative.
func (p *sentiment) View() []string {
	w, h := p.width, p.height
	if p.snap == nil || h <= 0 {
		return block([]string{p.st.Muted.Render("no data yet")}, w, h)
	}
	var d sentimentData
	if p.score == scoreFeed {
		d = feedData(&p.snap.Agg, w)
	} else {
		d = oursData(&p.snap.Agg, w)
	}
	st := p.st
	scale := netScale(d.trend)
	lines := []string{
		st.Accent.Render(d.label) + st.Muted.Render("  [s] switch"),
		p.splitBar(d, w),
		p.splitFigures(d),
		st.Bold.Render(fmt.Sprintf("net %+.2f", d.split.Net)) + st.Muted.Render(fmt.Sprintf(" · trend per %s, scale ±%.2g", d.per, scale)),
	}
	if rows := h - len(lines); rows > 0 {
		lines = append(lines, p.trendChart(d.trend, scale, w, rows)...)
	}
	return block(lines, w, h)
}

// splitBar is w columns shared by the three classes; the glyphs differ too
// so that the split reads without color.
func (p *sentiment) splitBar(d sentimentData, w int) string {
	s := d.split
	total := s.Neg + s.Neu + s.Pos
	if total == 0 {
		return p.st.Muted.Render(strings.Repeat("·", w))
	}
	neg := int(math.Round(float64(s.Neg) * float64(w) / float64(total)))
	pos := int(math.Round(float64(s.Pos) * float64(w) / float64(total)))
	neu := max(w-neg-pos, 0)
	return p.st.Neg.Render(strings.Repeat("█", neg)) + p.st.Neu.Render(strings.Repeat("░", neu)) +
		p.st.Pos.Render(strings.Repeat("▓", max(w-neg-neu, 0)))
}

func (p *sentiment) splitFigures(d sentimentData) string {
	s, st := d.split, p.st
	total := s.Neg + s.Neu + s.Pos
	f := func(name string, n int64) string {
		return fmt.Sprintf("%s %d%% %s", name, percent(n, total), humanCount(n))
	}
	return st.Neg.Render("█ "+f("neg", s.Neg)) + "  " + st.Neu.Render("░ "+f("neu", s.Neu)) +
		"  " + st.Pos.Render("▓ "+f("pos", s.Pos))
}

// netScale is the smallest of a few round bounds that holds every net
// score of the trend, so that a crisis at -0.2 does not look flat.
func netScale(trend []float64) float64 {
	var peak float64
	for _, v := range trend {
		peak = math.Max(peak, math.Abs(v))
	}
	for _, s := range []float64{0.05, 0.1, 0.2, 0.5} {
		if peak <= s {
			return s
		}
	}
	return 1
}

// trendChart draws net scores in [-scale, scale]: the top half grows up
// from the middle for positive values (eighth blocks), the bottom half down
// for negative ones (half blocks, the finest that hang from the top).
func (p *sentiment) trendChart(trend []float64, scale float64, w, h int) []string {
	const axisW = 6
	labels := trendLabels(scale, h)
	w = max(w-axisW, 0)
	up := h / 2
	down := h - up
	vals := make([]float64, w)
	copy(vals[max(w-len(trend), 0):], trend[max(len(trend)-w, 0):])
	rows := make([]string, 0, h)
	var b strings.Builder
	for r := range up {
		b.Reset()
		floor := (up - 1 - r) * 8
		for _, v := range vals {
			e := int(math.Round(math.Max(v, 0) / scale * float64(up*8)))
			b.WriteRune(eighthBlock(e - floor))
		}
		rows = append(rows, p.st.Muted.Render(fmt.Sprintf("%*s┤", axisW-1, labels[len(rows)]))+
			p.st.Pos.Render(b.String()))
	}
	for r := range down {
		b.Reset()
		for _, v := range vals {
			halves := int(math.Round(math.Max(-v, 0) / scale * float64(down*2)))
			b.WriteRune([3]rune{' ', '▀', '█'}[min(max(halves-r*2, 0), 2)])
		}
		rows = append(rows, p.st.Muted.Render(fmt.Sprintf("%*s┤", axisW-1, labels[len(rows)]))+
			p.st.Neg.Render(b.String()))
	}
	return rows
}

// trendLabels names the top of the chart, the zero line (the top of the
// bottom half) and the bottom, when there are rows enough to tell them apart.
func trendLabels(scale float64, h int) []string {
	labels := make([]string, h)
	if h >= 3 {
		labels[0] = fmt.Sprintf("%+.2g", scale)
		labels[h-1] = fmt.Sprintf("%+.2g", -scale)
	}
	if h >= 2 {
		labels[h/2] = "0"
	}
	return labels
}
