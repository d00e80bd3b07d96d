package tui

import (
	"strings"

	"github.com/warroom-dev/warroom/runbooks"
)

// evidenceHow says how to provide each kind of evidence from the room.
var evidenceHow = map[runbooks.Evidence]string{
	runbooks.EvidencePinnedMention: "P on a mention in the stream",
	runbooks.EvidenceFeedSnapshot:  "S for a feed snapshot",
	runbooks.EvidenceNote:          "n for a note",
}

// actionKeys names the key of each action the runbook allows now.
var actionKeys = []struct {
	kind runbooks.EventKind
	key  string
}{
	{runbooks.EventStarted, "t start"}, {runbooks.EventDone, "d done"}, {runbooks.EventSkipped, "x skip"},
	{runbooks.EventBlocked, "b blocked"}, {runbooks.EventDecision, "a decide"}, {runbooks.EventDrafted, "m draft"},
	{runbooks.EventApproved, "A approve"}, {runbooks.EventPublished, "u published"},
}

// detailLines describe the selected step: what to do, what it still
// needs, and the keys that apply to it now.
func (p *runbookPane) detailLines(w int) []string {
	s := p.selected()
	if s == nil {
		return nil
	}
	st, step := p.st, s.Step
	role := step.OwnerRole
	if r, ok := p.inc.Runbook.Roles[role]; ok {
		role += " (" + r.Title + ")"
	}
	lines := []string{st.Bold.Render(step.Title) + st.Muted.Render(" · "+string(step.Kind)+" · owner "+role)}
	lines = append(lines, wrap(step.Detail, w)...)
	if step.Question != "" {
		lines = append(lines, st.Accent.Render("? "+step.Question))
		for _, a := range p.inc.Runbook.Answers(step) {
			lines = append(lines, st.Muted.Render("  "+a+" → "+step.Branches[a]))
		}
	}
	lines = append(lines, p.stateLines(s)...)
	if keys := p.allowedKeys(s); keys != "" {
		lines = append(lines, st.HelpKey.Render("keys: ")+st.Text.Render(keys))
	}
	return lines
}

// stateLines are the step's answer, reason, message stage and missing
// evidence.
func (p *runbookPane) stateLines(s *runbooks.StepState) []string {
	st := p.st
	var out []string
	if s.Answer != "" {
		out = append(out, st.OK.Render("decided: "+s.Answer)+st.Muted.Render(" · "+s.Reason))
	} else if s.Reason != "" {
		out = append(out, st.Warn.Render(string(s.Status)+": "+s.Reason))
	}
	if s.Step.Kind == runbooks.KindMessage {
		stage := string(s.Stage)
		if stage == "" {
			stage = "no draft yet"
		}
		if s.ApprovedBy != "" {
			stage += " by " + s.ApprovedBy
		}
		if s.Step.ApproverRole != "" {
			stage += " · approval by " + s.Step.ApproverRole
		}
		out = append(out, st.Muted.Render("message: "+stage))
	}
	for _, e := range s.MissingEvidence {
		out = append(out, st.Warn.Render("needs evidence: "+string(e))+st.Muted.Render(" ("+evidenceHow[e]+")"))
	}
	return out
}

// allowedKeys lists the keys of the actions the runbook engine allows on
// the step now.
func (p *runbookPane) allowedKeys(s *runbooks.StepState) string {
	allowed := p.inc.Progress.Allowed(s.Step.ID)
	var out []string
	for _, a := range actionKeys {
		for _, k := range allowed {
			if k == a.kind {
				out = append(out, a.key)
			}
		}
	}
	return strings.Join(out, " · ")
}
