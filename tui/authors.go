package tui

import (
	"fmt"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/room"
)

// authors lists who amplifies: the top authors by reach and by count.
type authors struct {
	base
	passive
	snap *room.Snapshot
}

func newAuthors(c *common) *authors { return &authors{base: base{common: c}} }

func (p *authors) Title() string                { return "Top authors" }
func (p *authors) SetSnapshot(s *room.Snapshot) { p.snap = s }

// View stacks the two rankings, each with its heading, sharing the height.
func (p *authors) View() []string {
	w, h := p.width, p.height
	if p.snap == nil || h <= 0 {
		return block([]string{p.st.Muted.Render("no data yet")}, w, h)
	}
	top := (h + 1) / 2
	lines := p.section("by reach", p.snap.Agg.TopByReach, w, top)
	lines = append(lines, p.section("by count", p.snap.Agg.TopByCount, w, h-top)...)
	return lines
}

func (p *authors) section(title string, list []aggregate.AuthorStat, w, h int) []string {
	if h <= 0 {
		return nil
	}
	st := p.st
	lines := []string{st.Accent.Render(title) + st.Muted.Render(" · followers · mentions · neg")}
	nameW := min(max(w-19, 4), 30)
	for _, a := range list {
		if len(lines) >= h {
			break
		}
		name := "@" + a.Handle
		if a.Handle == "" {
			name = a.Name
		}
		lines = append(lines, st.Bold.Render(fit(name, nameW))+
			st.Muted.Render(fmt.Sprintf(" %5s %5s ", followers(a.Followers), humanCount(a.Mentions)))+
			p.negShare(a))
	}
	return block(lines, w, h)
}

// negShare is the author's share of negative mentions, red when most are.
func (p *authors) negShare(a aggregate.AuthorStat) string {
	s := fmt.Sprintf("%3d%%", percent(a.Neg, a.Mentions))
	if a.Neg*2 > a.Mentions {
		return p.st.Neg.Render(s)
	}
	return p.st.Muted.Render(s)
}
