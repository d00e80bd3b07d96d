package tui

import (
	"fmt"
	"strings"

	"github.com/warroom-dev/warroom/alerts"
)

// details explains one alert: its summary and lifecycle, the runbooks
// proposed on escalation, the figures, and the posts and authors behind it.
func (p *alertPane) details(a alerts.Alert) []string {
	st := p.st
	lines := []string{st.Bold.Render(a.Summary)}
	for _, l := range wrapParts(p.lifecycle(a), p.width, "  ") {
		lines = append(lines, st.Muted.Render(l))
	}
	if rbs, ok := p.proposed[a.ID]; ok {
		if len(rbs) == 0 {
			lines = append(lines, st.Warn.Render("no runbook matches this alert"))
		} else {
			lines = append(lines, st.Accent.Render("proposed runbooks (D declares the incident with one):"))
		}
		for _, rb := range rbs {
			lines = append(lines, st.Text.Render(fmt.Sprintf("  %s · %s (%s)", rb.ID, rb.Title, rb.Lang)))
		}
	}
	// A merged alert's latest firing may be another rule's than the one
	// that opened it: explain that firing, rule and figures together.
	last := a.Latest()
	for _, l := range explain(last.Rule, last.Inputs) {
		for _, part := range wrapParts(l, p.width, "  ") {
			lines = append(lines, st.Text.Render(part))
		}
	}
	if len(a.Top) > 0 {
		lines = append(lines, st.Accent.Render("behind it:"))
	}
	for _, post := range a.Top {
		lines = append(lines, p.postLine(post))
	}
	return lines
}

// lifecycle says when the alert fired and what people did with it.
func (p *alertPane) lifecycle(a alerts.Alert) string {
	parts := []string{"fired " + shortAge(p.now.Sub(a.FiredAt)) + " ago"}
	if n := len(a.Firings); n > 1 {
		parts = append(parts, itoa(n)+" firings merged")
	}
	switch a.State {
	case alerts.StateAcknowledged:
		parts = append(parts, "acknowledged by "+orNone(a.AckedBy)+" "+shortAge(p.now.Sub(a.AckedAt))+" ago")
	case alerts.StateSnoozed:
		parts = append(parts, "snoozed for "+shortAge(a.SnoozedUntil.Sub(p.now))+" more")
	case alerts.StateEscalated:
		parts = append(parts, "escalated "+shortAge(p.now.Sub(a.EscalatedAt))+" ago")
	case alerts.StateResolved:
		parts = append(parts, "resolved "+shortAge(p.now.Sub(a.ResolvedAt))+" ago")
	}
	return strings.Join(parts, partSep)
}

// postLine is one post behind a firing: author, reach, score, text.
func (p *alertPane) postLine(post alerts.Post) string {
	st := p.st
	score := st.Muted.Render(fmt.Sprintf("%+.2f", post.Sentiment))
	if post.Negative {
		score = st.Neg.Render(fmt.Sprintf("%+.2f", post.Sentiment))
	}
	return "  " + st.Bold.Render("@"+post.Author) + st.Muted.Render(" "+followers(post.Followers)+" · "+post.Platform+" ") +
		score + " " + st.Text.Render(post.Text)
}
