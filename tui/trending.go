package tui

import (
	"fmt"
	"math"
	"strings"

	"github.com/warroom-dev/warroom/room"
)

// trending lists the terms whose recent rate most exceeds their baseline.
type trending struct {
	base
	passive
	snap *room.Snapshot
}

func newTrending(c *common) *trending { return &trending{base: base{common: c}} }

func (p *trending) Title() string                { return "Trending terms" }
func (p *trending) SetSnapshot(s *room.Snapshot) { p.snap = s }

// View lists term, recent count and lift, with a bar of the lift on a log
// scale so a x40 term does not flatten the x2 ones.
func (p *trending) View() []string {
	w, h := p.width, p.height
	if p.snap == nil || h <= 0 {
		return block([]string{p.st.Muted.Render("no data yet")}, w, h)
	}
	st := p.st
	terms := p.snap.Agg.Trending
	lines := []string{st.Muted.Render("term · last 5 min · lift")}
	termW := max(min(w-20, 24), 4)
	barW := max(w-termW-16, 0)
	maxLift := 1.0
	for _, t := range terms {
		maxLift = math.Max(maxLift, t.Lift)
	}
	for _, t := range terms {
		if len(lines) >= h {
			break
		}
		bar := ""
		if barW > 0 && t.Lift > 1 {
			bar = strings.Repeat("▪", max(int(math.Round(math.Log(t.Lift)/math.Log(maxLift)*float64(barW))), 0))
		}
		lines = append(lines, st.Bold.Render(fit(t.Term, termW))+
			st.Muted.Render(fmt.Sprintf(" %5s ", humanCount(t.Recent)))+
			st.Warn.Render(fmt.Sprintf("%-7s", liftText(t.Lift)))+" "+st.Chart.Render(bar))
	}
	if len(terms) == 0 {
		lines = append(lines, st.Muted.Render("nothing trending yet"))
	}
	return block(lines, w, h)
}

// liftText writes a lift compactly: ×1.8, ×12, ×340; "new" when the room
// has no baseline yet to compare with.
func liftText(l float64) string {
	if l == 0 {
		return "new"
	}
	return "×" + liftNumber(l)
}

func liftNumber(l float64) string {
	if l < 10 {
		return fmt.Sprintf("%.1f", l)
	}
	return humanCount(int64(math.Round(l)))
}
