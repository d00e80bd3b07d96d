package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// fit makes one line exactly w display columns: wider text is cut with an
// ellipsis (escape sequences and wide characters are measured, never split),
// narrower text is padded with spaces.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := ansi.StringWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "…")
		sw = ansi.StringWidth(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// block makes lines an exact w x h rectangle: extra lines are dropped,
// missing ones are blank.
func block(lines []string, w, h int) []string {
	out := make([]string, h)
	blank := strings.Repeat(" ", max(w, 0))
	for i := range out {
		if i < len(lines) {
			out[i] = fit(lines[i], w)
		} else {
			out[i] = blank
		}
	}
	return out
}

// edges are a frame's corners and sides: top-left, top, top-right, side,
// bottom-left, bottom, bottom-right.
type edges [7]string

// frameEdges is rounded for a pane, heavy for the focused one, so that
// focus shows without color (NO_COLOR, or a monochrome terminal).
func frameEdges(focused bool) edges {
	if focused {
		return edges{"┏", "━", "┓", "┃", "┗", "━", "┛"}
	}
	return edges{"╭", "─", "╮", "│", "╰", "─", "╯"}
}

// frameLines draws a border titled title around body, the whole being
// exactly w x h. The body gets (w-2) x (h-2).
func frameLines(title string, body []string, w, h int, focused bool, st *Styles) []string {
	if w < 4 || h < 2 {
		return block(nil, w, h)
	}
	bs, ts := st.Border, st.Title
	if focused {
		bs, ts = st.FocusBorder, st.FocusTitle
	}
	e := frameEdges(focused)
	out := make([]string, 0, h)
	t := ansi.Truncate(" "+title+" ", w-4, "…")
	rest := w - 3 - ansi.StringWidth(t)
	out = append(out, bs.Render(e[0]+e[1])+ts.Render(t)+bs.Render(strings.Repeat(e[1], rest)+e[2]))
	side := bs.Render(e[3])
	for _, l := range block(body, w-2, h-2) {
		out = append(out, side+l+side)
	}
	return append(out, bs.Render(e[4]+strings.Repeat(e[5], w-2)+e[6]))
}
