package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// partSep separates the figures of one explanation line.
const partSep = " · "

// wrapParts packs the partSep-separated parts of plain text s into lines at
// most w columns wide, so that a narrow pane shows every figure whole
// rather than cutting the last ones off; continuation lines are indented.
// A single part wider than w stays alone on its line (cut when drawn).
func wrapParts(s string, w int, indent string) []string {
	parts := strings.Split(s, partSep)
	lines := []string{parts[0]}
	for _, p := range parts[1:] {
		last := &lines[len(lines)-1]
		if ansi.StringWidth(*last)+len(partSep)+ansi.StringWidth(p) <= w {
			*last += partSep + p
			continue
		}
		lines = append(lines, indent+p)
	}
	return lines
}
