package export

import (
	"fmt"
	"strconv"

	"github.com/warroom-dev/warroom/incidents"
)

func (r *report) summary() section {
	s := r.state
	declared := ""
	if s.Declared != nil {
		declared = r.utc(s.Declared.At()) + " / " + r.local(s.Declared.At())
	}
	initial := ""
	if len(s.SeverityHistory) > 0 {
		initial = string(s.SeverityHistory[0].To)
	}
	rows := [][]string{
		{"Incident", orDash(s.Incident)},
		{"Title", orDash(s.Title)},
		{"Drill", map[bool]string{true: "yes", false: "no"}[s.Drill]},
		{"Severity", fmt.Sprintf("%s (declared %s)", orDash(string(s.Severity)), orDash(initial))},
		{"Status", orDash(string(s.Status))},
		{"Declared", orDash(declared)},
		{"Declared by", who(s.DeclaredBy)},
		{"Resolved", r.resolvedText()},
		{"Time zone", r.zone.String()},
		{"Entries", strconv.Itoa(s.Entries)},
	}
	return section{ID: "summary", Title: "Summary", Table: &table{Head: []string{"Field", "Value"}, Rows: rows}}
}

func (r *report) resolvedText() string {
	s := r.state
	if !s.Resolved {
		return "not resolved"
	}
	text := r.utc(s.ResolvedAt) + " / " + r.local(s.ResolvedAt)
	if s.Declared != nil {
		text += " (after " + fmtDur(s.ResolvedAt.Sub(s.Declared.At())) + ")"
	}
	return text
}

func (r *report) impact() section {
	s := r.state
	sec := section{ID: "impact", Title: "Impact", Charts: true}
	var peak incidents.Snapshot
	var neg, total int64
	for _, sn := range s.Snapshots {
		if sn.RatePerMin > peak.RatePerMin {
			peak = sn
		}
		neg += sn.Neg
		total += sn.Neg + sn.Neu + sn.Pos
	}
	rows := [][]string{
		{"Feed snapshots", strconv.Itoa(len(s.Snapshots))},
		{"Peak volume", fmt.Sprintf("%.0f mentions/min at %s", peak.RatePerMin, r.utc(peak.At))},
		{"Negative share (all snapshots)", pct(neg, total)},
		{"Pinned evidence", strconv.Itoa(len(s.Evidence))},
		{"Alerts fired", strconv.Itoa(len(s.Alerts))},
		{"Feed gaps", fmt.Sprintf("%d (%s blind)", len(s.Gaps), fmtDur(blindTime(s.Gaps)))},
		{"Messages published", strconv.Itoa(len(publications(s)))},
	}
	sec.Table = &table{Head: []string{"Figure", "Value"}, Rows: rows}
	return sec
}

func pct(part, total int64) string {
	if total == 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(part)/float64(total))
}

func (r *report) metricsSection() section {
	sec := section{ID: "metrics", Title: "Metrics"}
	m := r.metrics
	if m == nil {
		sec.Paras = []string{"No metrics: this incident is a drill (or was never declared), so it is kept out of metrics."}
		return sec
	}
	c := m.Cadence
	rows := [][]string{
		{"Time to detect (first alert → declared)", dur(m.TimeToDetect)},
		{"Time to acknowledge (first alert → ack)", dur(m.TimeToAcknowledge)},
		{"Time to first holding statement (declared → published)", dur(m.TimeToHoldingStatement)},
		{"Time to resolve (declared → resolved)", dur(m.TimeToResolve)},
		{"Update cadence", fmt.Sprintf("target every %s: %d updates, %d intervals kept, %d missed, longest %s",
			fmtDur(c.Target.D()), c.Updates, c.Kept, c.Missed, dur(c.Longest))},
	}
	sec.Table = &table{Head: []string{"Metric", "Value"}, Rows: rows}
	return sec
}

func (r *report) severityHistory() section {
	t := &table{Head: append([]string{"#"}, append(r.timeCols(), "From", "To", "By", "Note")...)}
	for _, c := range r.state.SeverityHistory {
		t.Rows = append(t.Rows, []string{seq(c.Seq), r.utc(c.At), r.local(c.At), orDash(string(c.From)), string(c.To), who(c.Actor), orDash(c.Note)})
	}
	return section{ID: "severity", Title: "Severity history", Table: t}
}

func (r *report) statusHistory() section {
	t := &table{Head: append([]string{"#"}, append(r.timeCols(), "From", "To", "By", "Note")...)}
	for _, c := range r.state.StatusHistory {
		t.Rows = append(t.Rows, []string{seq(c.Seq), r.utc(c.At), r.local(c.At), orDash(string(c.From)), string(c.To), who(c.Actor), orDash(c.Note)})
	}
	return section{ID: "status", Title: "Status history", Table: t}
}

func (r *report) roles() section {
	t := &table{Head: append([]string{"#"}, append(r.timeCols(), "Role", "Holder", "Assigned by", "Current")...)}
	for _, a := range r.state.RoleHistory {
		current := "no"
		if cur, ok := r.state.Roles[a.Role]; ok && cur.Seq == a.Seq {
			current = "yes"
		}
		t.Rows = append(t.Rows, []string{seq(a.Seq), r.utc(a.At), r.local(a.At), a.Role, orDash(a.Name), who(a.By), current})
	}
	return section{ID: "roles", Title: "Roles", Table: t}
}

func seq(n int64) string { return "#" + strconv.FormatInt(n, 10) }
