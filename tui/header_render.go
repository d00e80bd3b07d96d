package tui

import (
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/warroom-dev/warroom/feeds"
)

func itoa(n int) string { return strconv.Itoa(n) }

// View returns the header's lines, exactly w columns each.
func (h *header) View(w int) []string {
	return block([]string{h.titleLine(w), h.feedLine()}, w, headerHeight)
}

// titleLine is brand and totals on the left, the clocks on the right; the
// totals give way first when the line is short.
func (h *header) titleLine(w int) string {
	st := h.st
	brand := h.brand
	if brand == "" && h.snap != nil {
		brand = h.snap.Brand
	}
	left := st.BarBrand.Render(" WARROOM ") + " " + st.Bold.Render(brand)
	clock := h.clocks()
	if w < ansi.StringWidth(clock)+24 {
		clock = "" // too narrow for both: who we are matters more
	}
	if wait := h.now.Sub(h.pullingSince); !h.pullingSince.IsZero() && wait > roomStallAfter {
		left += " " + st.Loud.Render("!! ROOM NOT ANSWERING "+shortAge(wait))
	}
	if h.snap == nil {
		left += "  " + st.Warn.Render("waiting for the room…")
	} else {
		left += "  " + h.totals()
	}
	gap := w - ansi.StringWidth(left) - ansi.StringWidth(clock)
	if gap < 1 {
		left = ansi.Truncate(left, max(w-ansi.StringWidth(clock)-1, 0), "…")
		gap = w - ansi.StringWidth(left) - ansi.StringWidth(clock)
	}
	return left + strings.Repeat(" ", max(gap, 0)) + clock
}

func (h *header) totals() string {
	st, a := h.st, &h.snap.Agg
	t := a.Totals
	scored := t.Neg + t.Neu + t.Pos
	s := st.Bold.Render(humanCount(t.Unique)) + st.Muted.Render(" mentions · ") +
		st.Bold.Render(humanCount(int64(a.RatePerMin+0.5))) + st.Muted.Render("/min · ") +
		st.Neg.Render(itoa(percent(t.Neg, scored))+"% neg")
	if t.Duplicates > 0 {
		s += st.Muted.Render(" · " + humanCount(t.Duplicates) + " dup")
	}
	return s
}

// clocks shows UTC and the cell's local time, named by its city when the
// zone has one.
func (h *header) clocks() string {
	now := h.now
	name := path.Base(h.loc.String())
	if name == "Local" || name == "." || name == "UTC" {
		name = now.In(h.loc).Format("MST")
	}
	utc := h.st.Muted.Render("? keys  UTC ") + h.st.Bold.Render(now.UTC().Format("15:04:05"))
	if h.loc == time.UTC {
		return utc + " "
	}
	return utc + h.st.Muted.Render("  "+strings.ReplaceAll(name, "_", " ")+" ") +
		h.st.Bold.Render(now.In(h.loc).Format("15:04:05")) + " "
}

// feedLine shows every feed, silent ones first and loud.
func (h *header) feedLine() string {
	st := h.st
	if h.snap == nil {
		return ""
	}
	if len(h.snap.Feeds) == 0 {
		return st.Loud.Render(" !! NO FEEDS CONFIGURED ")
	}
	parts := make([]string, 0, len(h.snap.Feeds))
	for _, f := range feedsLoudFirst(h.snap.Feeds, h.now) {
		parts = append(parts, h.feedChip(f))
	}
	return strings.Join(parts, "  ")
}

func (h *header) feedChip(f feeds.Status) string {
	st := h.st
	if alarm := feedAlarm(f, h.now); alarm != "" {
		if f.State == feeds.StateConnecting {
			return st.Warn.Render("… " + f.Name + " " + alarm)
		}
		return st.Loud.Render("!! " + f.Name + " " + alarm)
	}
	s := st.OK.Render("● ") + st.Text.Render(f.Name) + st.Muted.Render(" live")
	if !f.LastEvent.IsZero() {
		s += st.Muted.Render(" " + shortAge(h.now.Sub(f.LastEvent)))
	}
	return s
}
