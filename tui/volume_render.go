package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// View draws: a rate line, the chart with its value axis, a time axis.
func (v *volume) View() []string {
	w, h := v.width, v.height
	if v.snap == nil || h <= 0 {
		return block([]string{v.st.Muted.Render("no data yet")}, w, h)
	}
	a := &v.snap.Agg
	// The axis label is as wide as the largest value it may print.
	axisW := 5
	chartW, chartH := max(w-axisW-1, 1), max(h-2, 1)
	s := pickSeries(a, v.mode, chartW)
	vals := counts(s.bins)
	var peak int64
	for _, c := range vals {
		peak = max(peak, c)
	}
	scale := niceCeil(float64(peak))
	lines := []string{v.rateLine(s.step, peak)}
	for i, row := range blockChart(vals, chartW, chartH, scale) {
		lines = append(lines, v.axisLabel(i, chartH, scale, axisW)+v.st.Chart.Render(row))
	}
	if h >= 3 {
		lines = append(lines, v.timeAxis(axisW, chartW, s.step))
	}
	return block(lines, w, h)
}

func (v *volume) rateLine(step time.Duration, peak int64) string {
	a, st := &v.snap.Agg, v.st
	var now int64
	if n := len(a.Seconds); n >= 2 {
		now = a.Seconds[n-2].Count // the last complete second
	}
	return st.Bold.Render(humanCount(int64(a.RatePerMin+0.5))+"/min") +
		st.Muted.Render(" · ") + st.Text.Render(humanCount(now)+"/s now") +
		st.Muted.Render(fmt.Sprintf(" · peak %s per %s · %s", humanCount(peak), stepName(step), v.mode))
}

// axisLabel labels the top of the chart with the scale, its bottom with 0
// and, when the rows split evenly, the middle with half the scale.
func (v *volume) axisLabel(row, rows int, scale float64, w int) string {
	label := ""
	switch {
	case row == 0:
		label = humanCount(int64(scale))
	case rows >= 4 && rows%2 == 0 && row == rows/2:
		label = humanCount(int64(scale / 2))
	case row == rows-1 && rows >= 3:
		label = "0"
	}
	return v.st.Muted.Render(fmt.Sprintf("%*s┤", w, ansi.Truncate(label, w, "")))
}

// timeAxis names how far back the leftmost column stands, and "now".
func (v *volume) timeAxis(axisW, chartW int, step time.Duration) string {
	back := "-" + shortAge(time.Duration(chartW-1)*step)
	fill := max(chartW-len(back)-3, 0)
	line := strings.Repeat(" ", axisW) + "└" + back + strings.Repeat("─", fill) + "now"
	return v.st.Muted.Render(line)
}

// stepName is what one column stands for: "1s", "5s", "1m".
func stepName(d time.Duration) string {
	if d%time.Minute == 0 {
		return fmt.Sprintf("%dm", int(d/time.Minute))
	}
	return fmt.Sprintf("%ds", int(d/time.Second))
}
