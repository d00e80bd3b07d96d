package sanitize

import "strings"

// Lines is Text for multi-line text (a drafted statement, a note): line
// breaks (\n, \r\n, \r) are kept as \n, each line is made safe as Text makes
// it, and the whole is capped at max runes (max <= 0: no cap).
func Lines(s string, max int) string {
	if !strings.ContainsAny(s, "\r\n") {
		return Text(s, max)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	parts := strings.Split(s, "\n")
	for i, p := range parts {
		parts[i] = Text(p, 0)
	}
	out := strings.Join(parts, "\n")
	if max > 0 && len([]rune(out)) > max {
		out = capped(out, max)
	}
	return out
}
