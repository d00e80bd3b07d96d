package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// partSep separates the figures of one explanation line; partSepW is its
// width in columns (the dot is two bytes, one column).
const (
	partSep  = " · "
	partSepW = 3
)

// wrapParts packs the partSep-separated parts of plain text s into lines at
// most w columns wide, so that a narrow pane shows every figure whole
// rather than cutting the last ones off; continuation lines are indented.
// A single part wider than w stays alone on its line (cut when drawn).
func wrapParts(s string, w int, indent string) []string {
	parts := strings.Split(s, partSep)
	lines := []string{parts[0]}
	lastW := ansi.StringWidth(parts[0]) // the last line's width, kept as it grows
	for _, p := range parts[1:] {
		pw := ansi.StringWidth(p)
		if lastW+partSepW+pw <= w {
			lines[len(lines)-1] += partSep + p
			lastW += partSepW + pw
			continue
		}
		lines = append(lines, indent+p)
		lastW = len(indent) + pw
	}
	return lines
}
