package tui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/incidents"
)

// statusChoices are the incident's statuses and severities, as one list:
// "status:monitoring", "severity:SEV1".
func statusChoices(st incidents.State) []choice {
	var cs []choice
	for _, s := range []incidents.Status{incidents.StatusInvestigating, incidents.StatusIdentified,
		incidents.StatusMonitoring, incidents.StatusResolved, incidents.StatusClosed} {
		cs = append(cs, choice{value: "status:" + string(s), label: "status " + string(s) + nowMark(st.Status == s)})
	}
	for _, s := range severities {
		cs = append(cs, choice{value: "severity:" + string(s), label: "severity " + string(s) + nowMark(st.Severity == s)})
	}
	return cs
}

func nowMark(current bool) string {
	if current {
		return "  (now)"
	}
	return ""
}

// statusPrompt changes the incident's status or severity; resolving it
// lets the cell declare the next one.
func (p *runbookPane) statusPrompt() modal {
	var cs []choice
	if p.inc != nil {
		cs = statusChoices(p.inc.State)
	}
	pr := newPrompt(p.common, "Status / severity", []string{"The change is journaled with who made it."}, noText, "").
		withChoices(cs, "")
	pr.check = func(string) string {
		if len(cs) == 0 {
			return "no incident is open"
		}
		return ""
	}
	pr.submit = func(v, _ string) tea.Cmd { return statusCmd(p.ui.desk, v) }
	return pr
}

// statusDraft is the journal entry for a "status:x" or "severity:y" choice.
func statusDraft(v string) incidents.Draft {
	what, to, _ := strings.Cut(v, ":")
	if what == "severity" {
		return incidents.Draft{Kind: incidents.KindSeverityChanged, Body: "severity " + to,
			Data: incidents.SeverityData{Severity: incidents.Severity(to)}}
	}
	return incidents.Draft{Kind: incidents.KindStatusChanged, Body: "status " + to,
		Data: incidents.StatusData{Status: incidents.Status(to)}}
}
