package tui

import "time"

// bothClocks writes t in UTC and in the cell's zone: "09:14 UTC · 10:14 CET".
// Reports and statements are in UTC; people think in local time.
func bothClocks(t time.Time, loc *time.Location) string {
	u := t.UTC().Format("15:04") + " UTC"
	if loc == nil || loc == time.UTC {
		return u
	}
	return u + " · " + t.In(loc).Format("15:04 MST")
}

// countdown writes the time left until due: "12m04s", or "-3m10s" late.
func countdown(due, now time.Time) string {
	if d := due.Sub(now); d < 0 {
		return "-" + shortAge(-d)
	}
	return shortAge(due.Sub(now))
}
