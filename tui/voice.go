package tui

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/room"
)

// voice is the share of voice in the window: volume and net sentiment per
// topic, the brand's topics against its competitors'.
type voice struct {
	base
	passive
	topics []aggregate.TopicStat // by volume, largest first
	window time.Duration
	ready  bool
}

func newVoice(c *common) *voice { return &voice{base: base{common: c}} }

func (p *voice) Title() string { return "Share of voice" }

func (p *voice) SetSnapshot(s *room.Snapshot) {
	p.ready, p.window = true, s.Agg.Window
	p.topics = slices.Clone(s.Agg.Topics)
	slices.SortStableFunc(p.topics, func(a, b aggregate.TopicStat) int { return cmp.Compare(b.Mentions, a.Mentions) })
}

// View draws the brand / competitors split, then one row per topic: name,
// volume, share bar, net sentiment. Brand bars are solid and competitors'
// shaded so that the two read apart without color.
func (p *voice) View() []string {
	w, h := p.width, p.height
	st := p.st
	if !p.ready || h <= 0 {
		return block([]string{st.Muted.Render("no data yet")}, w, h)
	}
	if len(p.topics) == 0 {
		return block([]string{st.Muted.Render("no topic configured: add [[topics]] to compare with competitors")}, w, h)
	}
	var total, ours int64
	for _, t := range p.topics {
		total += t.Mentions
		if !t.Competitor {
			ours += t.Mentions
		}
	}
	lines := []string{st.Chart.Render("█ brand "+itoa(percent(ours, total))+"%") +
		st.Muted.Render("  ▒ competitors "+itoa(percent(total-ours, total))+"%  of "+
			humanCount(total)+" in "+shortAge(p.window))}
	// Names matter more than bars: they get what the figures (22 columns)
	// leave, up to 22, and the bar keeps at least 5 when it can.
	rest := w - 22
	nameW := min(max(rest-5, 6), 22)
	barW := max(rest-nameW, 0)
	for _, t := range p.topics {
		lines = append(lines, p.row(t, total, nameW, barW))
	}
	return block(lines, w, h)
}

func (p *voice) row(t aggregate.TopicStat, total int64, nameW, barW int) string {
	st := p.st
	share := percent(t.Mentions, total)
	n := 0
	if total > 0 {
		n = int(math.Round(float64(t.Mentions) * float64(barW) / float64(total)))
	}
	name, bar := st.Bold.Render(fit(t.Topic, nameW)), st.Chart.Render(fit(strings.Repeat("█", n), barW))
	if t.Competitor {
		name, bar = st.Text.Render(fit(t.Topic, nameW)), st.Muted.Render(fit(strings.Repeat("▒", n), barW))
	}
	net := fmt.Sprintf("net %+.2f", t.Net)
	netInk := st.Neu
	switch {
	case t.Net <= -0.05:
		netInk = st.Neg
	case t.Net >= 0.05:
		netInk = st.Pos
	}
	return name + st.Muted.Render(fmt.Sprintf(" %5s %3d%% ", humanCount(t.Mentions), share)) + bar + " " + netInk.Render(net)
}
