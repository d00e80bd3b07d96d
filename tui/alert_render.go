package tui

import (
	"fmt"
	"strings"

	"github.com/warroom-dev/warroom/alerts"
)

// View draws a status line, the list of alerts and, under it, why the
// selected alert fired.
func (p *alertPane) View() []string {
	w, h := p.width, p.height
	if h <= 0 {
		return nil
	}
	lines := []string{p.statusLine()}
	if len(p.list) == 0 {
		lines = append(lines, p.st.OK.Render("no alert: the rules see nothing unusual"))
		return block(lines, w, h)
	}
	rows := min(len(p.list), max((h-1)/3, 2), max(h-1, 0))
	off := max(p.cursor-rows+1, 0)
	for i := off; i < off+rows && i < len(p.list); i++ {
		lines = append(lines, p.row(p.list[i], i == p.cursor, w))
	}
	if a, ok := p.selected(); ok && len(lines) < h {
		lines = append(lines, p.st.Muted.Render(fit("── why "+a.ID+" "+strings.Repeat("─", max(w, 0)), w)))
		lines = append(lines, p.details(a)...)
	}
	return block(lines, w, h)
}

// statusLine is the last action's outcome, else the counts and the keys.
func (p *alertPane) statusLine() string {
	if p.flash != "" {
		if p.flashLoud {
			return p.st.Loud.Render(p.flash)
		}
		return p.st.Accent.Render(p.flash)
	}
	active := 0
	for _, a := range p.list {
		if a.Active() {
			active++
		}
	}
	return p.st.Muted.Render(fmt.Sprintf("%d active · %d recent · a ack · z snooze · e escalate · x resolve",
		active, len(p.list)-active))
}

// row is one alert: severity, state, age, rule and subject, summary.
func (p *alertPane) row(a alerts.Alert, selected bool, w int) string {
	sev := fmt.Sprintf("%-4s", sevTag(a.Severity))
	state := fmt.Sprintf("%-9s", stateTag(a.State))
	rest := fmt.Sprintf(" %6s  %s · %s  %s", shortAge(p.now.Sub(a.FiredAt)), a.Rule, subject(a), a.Summary)
	if selected {
		return p.st.Selected.Render(fit("▸"+sev+" "+state+rest, w))
	}
	if !a.Active() {
		return p.st.Muted.Render(fit(" "+sev+" "+state+rest, w))
	}
	return " " + p.sevInk(a).Render(sev) + " " + p.stateInk(a.State).Render(state) + p.st.Text.Render(rest)
}

// sevInk is loud for a high or critical alert still firing.
func (p *alertPane) sevInk(a alerts.Alert) Ink {
	switch {
	case a.State == alerts.StateFiring && a.Severity.Rank() >= alerts.High.Rank():
		return p.st.Loud
	case a.Severity.Rank() >= alerts.Medium.Rank():
		return p.st.Warn
	}
	return p.st.Text
}

func (p *alertPane) stateInk(s alerts.State) Ink {
	switch s {
	case alerts.StateFiring:
		return p.st.Warn
	case alerts.StateEscalated:
		return p.st.Accent
	}
	return p.st.Muted
}

// sevTag is a severity in four letters, readable without color.
func sevTag(s alerts.Severity) string {
	switch s {
	case alerts.Critical:
		return "CRIT"
	case alerts.High:
		return "HIGH"
	case alerts.Medium:
		return "MED"
	case alerts.Low:
		return "LOW"
	}
	return "?"
}

func stateTag(s alerts.State) string {
	switch s {
	case alerts.StateFiring:
		return "FIRING"
	case alerts.StateAcknowledged:
		return "acked"
	case alerts.StateEscalated:
		return "ESCALATED"
	}
	return string(s)
}

// subject is what the alert is about: its topic, else its feed.
func subject(a alerts.Alert) string {
	switch {
	case a.Topic != "":
		return a.Topic
	case a.Feed != "":
		return "feed " + a.Feed
	}
	return "-"
}
