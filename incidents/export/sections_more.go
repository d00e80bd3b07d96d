package export

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/warroom-dev/warroom/incidents"
)

func (r *report) runbookSteps() section {
	sec := section{ID: "runbooks", Title: "Runbook steps"}
	for _, rb := range r.state.Runbooks {
		sec.Paras = append(sec.Paras, fmt.Sprintf("Runbook %s version %s attached %s (%s), sha256 %s.",
			rb.ID, orDash(rb.Version), r.utc(rb.At), r.local(rb.At), orDash(rb.SHA256)))
	}
	t := &table{Head: []string{"Runbook", "Step", "Title", "State", "Target", "Actual", "Met", "By", "Note"}}
	var byStep map[string]StepMetric
	if r.metrics != nil {
		byStep = map[string]StepMetric{}
		for _, m := range r.metrics.Steps {
			byStep[m.Runbook+"/"+m.Step] = m
		}
	}
	for _, st := range r.state.Steps {
		target, actual, met := "—", "—", "—"
		if st.DueAfter > 0 {
			target = fmtDur(st.DueAfter)
		}
		if m, ok := byStep[st.Runbook+"/"+st.ID]; ok {
			actual = dur(m.Actual)
			if m.Met != nil {
				met = map[bool]string{true: "yes", false: "MISSED"}[*m.Met]
			}
		}
		t.Rows = append(t.Rows, []string{st.Runbook, st.ID, orDash(st.Title), string(st.State), target, actual, met, orDash(st.By.Name), orDash(st.Reason)})
	}
	sec.Table = t
	return sec
}

func (r *report) decisions() section {
	t := &table{Head: append([]string{"#"}, append(r.timeCols(), "By", "Step", "Question", "Answer", "Rationale")...)}
	for _, d := range r.state.Decisions {
		t.Rows = append(t.Rows, []string{seq(d.Seq), r.utc(d.At), r.local(d.At), who(d.Actor), orDash(d.Step), orDash(d.Question), d.Answer, orDash(d.Rationale)})
	}
	return section{ID: "decisions", Title: "Decisions", Table: t}
}

func (r *report) messages() section {
	t := &table{Head: []string{"Message", "Channel", "Holding", "State", "Approval path", "Text"}}
	for _, m := range r.state.Messages {
		var path []string
		for _, p := range m.Path {
			path = append(path, fmt.Sprintf("%s by %s at %s (%s)", p.State, p.Actor.Name, r.utc(p.At), r.local(p.At)))
		}
		holding := map[bool]string{true: "yes", false: "no"}[m.Holding]
		t.Rows = append(t.Rows, []string{m.ID, orDash(m.Channel), holding, string(m.State), strings.Join(path, " → "), orDash(m.Text)})
	}
	return section{ID: "messages", Title: "Messages", Table: t}
}

func (r *report) evidence() section {
	t := &table{Head: []string{"#", "Captured (UTC)", "Author", "Followers", "Likes/reposts/replies", "Text", "Raw payload sha256"}}
	for _, e := range r.state.Evidence {
		m := e.Mention
		author := "@" + m.Author.Handle
		if m.Platform != "" {
			author += " on " + m.Platform
		}
		t.Rows = append(t.Rows, []string{seq(e.Seq), r.utc(e.CapturedAt), author, strconv.FormatInt(e.Followers, 10),
			fmt.Sprintf("%d/%d/%d", e.Metrics.Likes, e.Metrics.Reposts, e.Metrics.Replies), m.Text, e.RawSHA256})
	}
	return section{ID: "evidence", Title: "Pinned evidence", Table: t}
}

func (r *report) alerts() section {
	t := &table{Head: []string{"Alert", "Rule", "Fired (UTC)", "Fired (local)", "Acked (UTC)", "Acked by", "Summary"}}
	for _, a := range r.state.Alerts {
		t.Rows = append(t.Rows, []string{a.ID, orDash(a.Rule), r.utc(a.FiredAt), r.local(a.FiredAt), r.utc(a.AckedAt), orDash(a.AckedBy.Name), orDash(a.Summary)})
	}
	return section{ID: "alerts", Title: "Alerts", Table: t}
}

func (r *report) gaps() section {
	t := &table{Head: []string{"Feed", "From (UTC)", "To (UTC)", "Blind for", "Reason"}}
	for _, g := range r.state.Gaps {
		t.Rows = append(t.Rows, []string{g.Feed, r.utc(g.From), r.utc(g.To), fmtDur(g.To.Sub(g.From)), orDash(g.Reason)})
	}
	return section{ID: "gaps", Title: "Feed gaps", Table: t}
}

func blindTime(gs []incidents.Gap) time.Duration {
	var d time.Duration
	for _, g := range gs {
		d += g.To.Sub(g.From)
	}
	return d
}

func (r *report) corrections() section {
	t := &table{Head: []string{"#", "UTC", "By", "Supersedes", "Kind", "Correction"}}
	for _, c := range r.state.Corrections {
		t.Rows = append(t.Rows, []string{seq(c.Seq), r.utc(c.At), who(c.Actor), seq(c.Supersedes), string(c.Kind), orDash(c.Body)})
	}
	return section{ID: "corrections", Title: "Corrections", Table: t}
}

func (r *report) timeline() section {
	t := &table{Head: append([]string{"#"}, append(r.timeCols(), "Actor", "Source", "Kind", "What")...)}
	t.Rows = make([][]string, 0, len(r.entries))
	for _, e := range r.entries {
		what := incidents.Summary(e)
		if by, ok := r.state.Superseded[e.Seq]; ok {
			what = "[superseded by #" + strconv.FormatInt(by, 10) + "] " + what
		}
		if e.EventAt != nil {
			what += " [happened " + r.local(*e.EventAt) + "]"
		}
		t.Rows = append(t.Rows, []string{seq(e.Seq), r.utc(e.RecordedAt), r.local(e.RecordedAt), who(e.Actor), string(e.Source), string(e.Kind), what})
	}
	return section{ID: "timeline", Title: "Timeline", Table: t}
}

func (r *report) verification() section {
	s := r.state
	return section{ID: "verification", Title: "Verification", Paras: []string{
		fmt.Sprintf("The journal's %d entries verify as one SHA-256 chain ending at seq %d, hash %s. "+
			"timeline.jsonl holds that chain byte for byte; `warroom verify timeline.jsonl` checks it, "+
			"and manifest.json gives the SHA-256 of every file of this bundle.", s.Entries, s.HeadSeq, orDash(s.HeadHash)),
		fmt.Sprintf("Generated by %s at %s.", r.tool, r.utc(r.generated)),
	}}
}
