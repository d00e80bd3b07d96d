package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/runbooks"
)

// Update turns the pane's keys into journal writes, asking for a reason,
// an answer or a draft first where the step needs one.
func (p *runbookPane) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(k, p.keys.Up):
		p.move(-1)
	case key.Matches(k, p.keys.Down):
		p.move(1)
	case key.Matches(k, p.keys.Top):
		p.move(-1 << 20)
	case key.Matches(k, p.keys.Bottom):
		p.move(1 << 20)
	case key.Matches(k, p.keys.Esc):
		p.ui.notice.dismiss()
	case key.Matches(k, p.keys.Note):
		p.ui.open(p.notePrompt())
	case key.Matches(k, p.keys.Attach):
		p.ui.open(p.attachPrompt())
	case key.Matches(k, p.keys.Role):
		p.ui.open(p.rolePrompt())
	case key.Matches(k, p.keys.Status):
		p.ui.open(p.statusPrompt())
	default:
		return p.stepKey(k)
	}
	return nil
}

// stepKey handles the keys that act on the selected step.
func (p *runbookPane) stepKey(k tea.KeyMsg) tea.Cmd {
	s := p.selected()
	if s == nil {
		return nil
	}
	if err := kindFits(k, p.keys, s.Step); err != nil {
		p.ui.notice.refuse(k.String(), err)
		return nil
	}
	switch {
	case key.Matches(k, p.keys.Next):
		return p.next(s)
	case key.Matches(k, p.keys.Start):
		return p.act(s, runbooks.EventStarted, "", "")
	case key.Matches(k, p.keys.Done):
		return p.act(s, runbooks.EventDone, "", "")
	case key.Matches(k, p.keys.Skip):
		p.ui.open(p.reasonPrompt(s, runbooks.EventSkipped))
	case key.Matches(k, p.keys.Block):
		p.ui.open(p.reasonPrompt(s, runbooks.EventBlocked))
	case key.Matches(k, p.keys.Decide):
		p.ui.open(p.decisionPrompt(s))
	case key.Matches(k, p.keys.Draft):
		p.ui.open(p.draftPrompt(s))
	case key.Matches(k, p.keys.Approve):
		p.ui.open(p.approvePrompt(s))
	case key.Matches(k, p.keys.Publish):
		return p.publish(s)
	}
	return nil
}

// kindFits refuses, before any form opens, the keys that only make sense
// on another kind of step (a draft on a check, an answer on an action).
func kindFits(k tea.KeyMsg, keys runbookKeys, st *runbooks.Step) error {
	switch {
	case key.Matches(k, keys.Decide) && st.Kind != runbooks.KindDecision:
		return fmt.Errorf("step `%s` (%s) is not a decision", st.ID, st.Kind)
	case (key.Matches(k, keys.Draft) || key.Matches(k, keys.Approve) || key.Matches(k, keys.Publish)) &&
		st.Kind != runbooks.KindMessage:
		return fmt.Errorf("step `%s` (%s) is not a message", st.ID, st.Kind)
	}
	return nil
}

// next is the natural next action of a step: answer a decision, take a
// message along draft -> approve -> publish, otherwise mark it done.
func (p *runbookPane) next(s *runbooks.StepState) tea.Cmd {
	switch s.Step.Kind {
	case runbooks.KindDecision:
		p.ui.open(p.decisionPrompt(s))
	case runbooks.KindMessage:
		switch s.Stage {
		case runbooks.StageDrafted:
			p.ui.open(p.approvePrompt(s))
		case runbooks.StageApproved:
			return p.publish(s)
		default:
			p.ui.open(p.draftPrompt(s))
		}
	default:
		return p.act(s, runbooks.EventDone, "", "")
	}
	return nil
}

// act journals one step action; the room refuses what the runbook does.
func (p *runbookPane) act(s *runbooks.StepState, kind runbooks.EventKind, answer, reason string) tea.Cmd {
	a := room.StepAction{Step: s.Step.ID, Kind: kind, Answer: answer, Reason: reason}
	return p.ui.write(actCmd(p.ui.desk, fmt.Sprintf("%s: %s", kind, s.Step.Title), a))
}

func (p *runbookPane) publish(s *runbooks.StepState) tea.Cmd {
	a := room.StepAction{Step: s.Step.ID, Kind: runbooks.EventPublished, Text: p.lastDraft(s.Step.ID)}
	return p.ui.write(actCmd(p.ui.desk, "published: "+s.Step.Title, a))
}

func (p *runbookPane) stepContext(s *runbooks.StepState) []string {
	return []string{p.st.Bold.Render(s.Step.Title) + p.st.Muted.Render(" · "+string(s.Step.Kind)+" · "+s.Step.OwnerRole)}
}

func (p *runbookPane) reasonPrompt(s *runbooks.StepState, kind runbooks.EventKind) modal {
	verb := map[runbooks.EventKind]string{runbooks.EventSkipped: "Skip", runbooks.EventBlocked: "Blocked"}[kind]
	pr := newPrompt(p.common, verb+" · "+s.Step.ID, p.stepContext(s), lineText, "why")
	pr.check = required("a reason")
	pr.submit = func(_, text string) tea.Cmd {
		a := room.StepAction{Step: s.Step.ID, Kind: kind, Reason: text}
		return actCmd(p.ui.desk, fmt.Sprintf("%s: %s", kind, s.Step.Title), a)
	}
	return pr
}

func (p *runbookPane) decisionPrompt(s *runbooks.StepState) modal {
	rb := p.inc.Runbook
	var cs []choice
	for _, ans := range rb.Answers(s.Step) {
		label := ans
		if to, ok := rb.Step(s.Step.Branches[ans]); ok {
			label += "  → " + to.Title
		}
		cs = append(cs, choice{value: ans, label: label})
	}
	ctx := append(p.stepContext(s), s.Step.Question)
	pr := newPrompt(p.common, "Decision · "+s.Step.ID, ctx, lineText, "rationale").withChoices(cs, "")
	pr.check = required("a rationale")
	pr.submit = func(answer, text string) tea.Cmd {
		a := room.StepAction{Step: s.Step.ID, Kind: runbooks.EventDecision, Answer: answer, Reason: text}
		return actCmd(p.ui.desk, "decision: "+answer, a)
	}
	return pr
}

// approvePrompt asks which role the operator approves as: the journal
// records it, and the room refuses a role other than the approver's.
func (p *runbookPane) approvePrompt(s *runbooks.StepState) modal {
	rb := p.inc.Runbook
	var cs []choice
	for _, r := range rb.RoleKeys() {
		cs = append(cs, choice{value: r, label: r + " · " + rb.Roles[r].Title})
	}
	ctx := p.stepContext(s)
	if s.Step.ApproverRole != "" {
		ctx = append(ctx, "Approval required from: "+s.Step.ApproverRole)
	}
	ctx = append(ctx, "Approving as:")
	pr := newPrompt(p.common, "Approve · "+s.Step.ID, ctx, noText, "").withChoices(cs, s.Step.ApproverRole)
	pr.submit = func(role, _ string) tea.Cmd {
		a := room.StepAction{Step: s.Step.ID, Kind: runbooks.EventApproved, Role: role}
		return actCmd(p.ui.desk, "approved as "+role+": "+s.Step.Title, a)
	}
	return pr
}

func (p *runbookPane) notePrompt() modal {
	pr := newPrompt(p.common, "Note", []string{"A note goes into the journal as it is typed."}, lineText, "note")
	pr.check = required("the note")
	pr.submit = func(_, text string) tea.Cmd { return noteCmd(p.ui.desk, text) }
	return pr
}

// attachPrompt offers the library's runbooks, those matching the
// situation first.
func (p *runbookPane) attachPrompt() modal {
	sev := ""
	if p.inc != nil {
		sev = string(p.inc.State.Severity)
	}
	var cs []choice
	for _, b := range proposals(p.ui.desk.Library(), p.snap, sev)[1:] {
		mark := "  "
		if b.matched {
			mark = "★ "
		}
		cs = append(cs, choice{value: b.rb.ID + "\x00" + b.rb.Lang,
			label: fmt.Sprintf("%s[%s] %s · %s v%s", mark, b.rb.Lang, b.rb.Title, b.rb.ID, b.rb.Version)})
	}
	pr := newPrompt(p.common, "Attach a runbook", []string{"★ matches the current alerts and topics."}, noText, "").withChoices(cs, "")
	pr.check = func(string) string {
		if len(cs) == 0 {
			return "this room has no runbook library"
		}
		return ""
	}
	pr.submit = func(v, _ string) tea.Cmd {
		id, lang, _ := strings.Cut(v, "\x00")
		return attachCmd(p.ui.desk, id, lang)
	}
	return pr
}
