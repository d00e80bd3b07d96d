package tui

import (
	"fmt"
	"strconv"
	"time"
)

// humanCount writes a count the way a dashboard reads: 950, 1.2k, 12k, 3.4M.
func humanCount(n int64) string {
	neg := n < 0
	if neg {
		n = -n
	}
	var s string
	switch {
	case n < 1_000:
		s = strconv.FormatInt(n, 10)
	case n < 10_000:
		s = trimZero(fmt.Sprintf("%.1f", float64(n)/1e3)) + "k"
	case n < 1_000_000:
		s = strconv.FormatInt(n/1_000, 10) + "k"
	case n < 10_000_000:
		s = trimZero(fmt.Sprintf("%.1f", float64(n)/1e6)) + "M"
	case n < 1_000_000_000:
		s = strconv.FormatInt(n/1_000_000, 10) + "M"
	default:
		s = trimZero(fmt.Sprintf("%.1f", float64(n)/1e9)) + "B"
	}
	if neg {
		return "-" + s
	}
	return s
}

// trimZero turns "1.0" into "1" so that 1000 reads 1k, not 1.0k.
func trimZero(s string) string {
	if len(s) > 2 && s[len(s)-2:] == ".0" {
		return s[:len(s)-2]
	}
	return s
}

// shortAge writes a duration to the second: 45s, 2m14s, 1h03m, 3d04h.
func shortAge(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int64(d / time.Second)
	switch {
	case s < 60:
		return fmt.Sprintf("%ds", s)
	case s < 3600:
		return fmt.Sprintf("%dm%02ds", s/60, s%60)
	case s < 86400:
		return fmt.Sprintf("%dh%02dm", s/3600, s%3600/60)
	}
	return fmt.Sprintf("%dd%02dh", s/86400, s%86400/3600)
}

// percent is part/total as a whole percentage, 0 when total is 0.
func percent(part, total int64) int {
	if total <= 0 {
		return 0
	}
	return int((part*100 + total/2) / total)
}
