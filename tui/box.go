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

// frameLines draws a rounded border titled title around body, the whole
// being exactly w x h. The body gets (w-2) x (h-2).
func frameLines(title string, body []string, w, h int, focused bool, st *Styles) []string {
	if w < 4 || h < 2 {
		return block(nil, w, h)
	}
	bs, ts := st.Border, st.Title
	if focused {
		bs, ts = st.FocusBorder, st.FocusTitle
	}
	out := make([]string, 0, h)
	t := ansi.Truncate(" "+title+" ", w-4, "…")
	rest := w - 3 - ansi.StringWidth(t)
	out = append(out, bs.Render("╭─")+ts.Render(t)+bs.Render(strings.Repeat("─", rest)+"╮"))
	side := bs.Render("│")
	for _, l := range block(body, w-2, h-2) {
		out = append(out, side+l+side)
	}
	return append(out, bs.Render("╰"+strings.Repeat("─", w-2)+"╯"))
}
