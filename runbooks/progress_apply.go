package runbooks

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Check reports whether ev can apply now, and why not. The room calls it
// before journaling an action, so that the journal only records actions
// the runbook allows; Compute uses it to skip impossible events in replay.
func (p *Progress) Check(ev StepEvent) error {
	s, ok := p.State(ev.Step)
	if !ok {
		return fmt.Errorf("no step `%s` in runbook `%s`", ev.Step, p.Runbook.ID)
	}
	switch s.Status {
	case StatusLocked:
		return fmt.Errorf("step `%s` is locked: waiting for %s", s.Step.ID, strings.Join(p.waitingFor(s), ", "))
	case StatusBranchSkipped:
		return fmt.Errorf("step `%s` is on a branch the decision did not take", s.Step.ID)
	case StatusDone, StatusSkipped:
		if !s.repeatable(ev.Kind) {
			return fmt.Errorf("step `%s` is already %s", s.Step.ID, s.Status)
		}
	}
	return s.checkKind(ev)
}

// repeatable: a done repeat_every step takes its next cycle's events.
func (s *StepState) repeatable(k EventKind) bool {
	if s.Status != StatusDone || s.Step.RepeatEvery == "" {
		return false
	}
	if s.Step.Kind == KindMessage {
		return k == EventDrafted || k == EventApproved || k == EventPublished || k == EventEvidence
	}
	return k == EventDone || k == EventEvidence
}

func (s *StepState) checkKind(ev StepEvent) error {
	st := s.Step
	switch ev.Kind {
	case EventStarted:
		if s.Status != StatusAvailable && s.Status != StatusBlocked {
			return fmt.Errorf("step `%s` is already %s", st.ID, s.Status)
		}
	case EventDone:
		switch st.Kind {
		case KindDecision:
			return fmt.Errorf("step `%s` is a decision: record the answer instead", st.ID)
		case KindMessage:
			return fmt.Errorf("step `%s` is a message: it is done when published", st.ID)
		}
		return s.checkEvidence()
	case EventSkipped, EventBlocked:
		if strings.TrimSpace(ev.Reason) == "" {
			return fmt.Errorf("say why step `%s` is %s", st.ID, ev.Kind)
		}
	case EventDecision:
		if st.Kind != KindDecision {
			return fmt.Errorf("step `%s` is not a decision", st.ID)
		}
		if _, ok := st.Branches[ev.Answer]; !ok {
			return fmt.Errorf("`%s` is not an answer of `%s`; answers: %s", ev.Answer, st.ID, quoteList(sortedKeys(st.Branches)))
		}
		return s.checkEvidence()
	case EventDrafted, EventApproved, EventPublished:
		return s.checkMessage(ev)
	case EventEvidence:
		if !slices.Contains(EvidenceKinds(), ev.Evidence) {
			return fmt.Errorf("unknown evidence kind `%s`", ev.Evidence)
		}
	default:
		return fmt.Errorf("unknown event kind `%s`", ev.Kind)
	}
	return nil
}

func (s *StepState) checkMessage(ev StepEvent) error {
	st := s.Step
	if st.Kind != KindMessage {
		return fmt.Errorf("step `%s` is not a message", st.ID)
	}
	switch ev.Kind {
	case EventApproved:
		if s.Stage != StageDrafted {
			return fmt.Errorf("message `%s` must be drafted before it is approved", st.ID)
		}
		if st.ApproverRole != "" && ev.Role != st.ApproverRole {
			return fmt.Errorf("message `%s` must be approved by role `%s`", st.ID, st.ApproverRole)
		}
	case EventPublished:
		if s.Stage != StageApproved {
			return fmt.Errorf("message `%s` must be approved before it is published", st.ID)
		}
		return s.checkEvidence()
	}
	return nil
}

func (s *StepState) checkEvidence() error {
	if len(s.MissingEvidence) == 0 {
		return nil
	}
	var names []string
	for _, e := range s.MissingEvidence {
		names = append(names, string(e))
	}
	return errors.New("evidence required first: " + strings.Join(names, ", "))
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// waitingFor names what a locked step waits for.
func (p *Progress) waitingFor(s *StepState) []string {
	i := p.g.index[s.Step.ID]
	var out []string
	for _, j := range p.g.waitsFor(i) {
		if !p.Steps[j].Status.Terminal() {
			out = append(out, "`"+p.Steps[j].Step.ID+"`")
		}
	}
	if len(out) == 0 {
		out = append(out, "a decision choosing it")
	}
	return out
}

// apply records a checked event on its step.
func (p *Progress) apply(ev StepEvent) {
	s, _ := p.State(ev.Step)
	if s.StartedAt.IsZero() && ev.Kind != EventEvidence && ev.Kind != EventSkipped {
		s.StartedAt = ev.At
	}
	switch ev.Kind {
	case EventStarted, EventDrafted, EventApproved:
		if s.acted == StatusBlocked {
			s.Reason = "" // resumed: the blocking reason no longer holds
		}
		if !s.Status.Terminal() {
			s.acted = StatusInProgress
		}
		s.Stage, s.ApprovedBy = stageAfter(ev, s.Stage, s.ApprovedBy)
	case EventBlocked:
		s.acted, s.Reason = StatusBlocked, ev.Reason
	case EventSkipped:
		s.acted, s.Reason, s.DoneAt = StatusSkipped, ev.Reason, ev.At
	case EventDecision:
		s.Answer, s.Reason = ev.Answer, ev.Reason
		s.complete(ev.At)
	case EventDone:
		s.complete(ev.At)
	case EventPublished:
		s.Stage = StagePublished
		s.complete(ev.At)
	case EventEvidence:
		if !slices.Contains(s.Evidence, ev.Evidence) {
			s.Evidence = append(s.Evidence, ev.Evidence)
		}
	}
}

func stageAfter(ev StepEvent, stage Stage, by string) (Stage, string) {
	switch ev.Kind {
	case EventDrafted:
		return StageDrafted, "" // a new draft needs a new approval
	case EventApproved:
		return StageApproved, ev.Role
	}
	return stage, by
}

func (s *StepState) complete(at time.Time) {
	if s.DoneAt.IsZero() {
		s.DoneAt = at
	}
	s.acted = StatusDone
	s.Completions++
	s.LastCompletedAt = at
}

// derive recomputes statuses and availability from the acted statuses,
// in dependency order.
func (p *Progress) derive() {
	skipped := p.g.branchSkipped(
		func(i int) (string, bool) { s := &p.Steps[i]; return s.Answer, s.acted == StatusDone && s.Answer != "" },
		func(i int) bool { return p.Steps[i].acted == StatusSkipped })
	for i := range p.Steps {
		p.Steps[i].Status = StatusLocked // steps on a cycle (never in order) stay locked
	}
	for _, i := range p.g.order {
		s := &p.Steps[i]
		s.MissingEvidence = missing(s.Step.Evidence, s.Evidence)
		switch {
		case s.acted == StatusDone || s.acted == StatusSkipped:
			s.Status = s.acted
		case skipped[i]:
			s.Status, s.AvailableAt, s.DoneAt = StatusBranchSkipped, time.Time{}, p.latest(i, false)
		default:
			at, ready := p.readyAt(i)
			s.Status, s.AvailableAt = StatusLocked, time.Time{}
			if ready {
				s.Status, s.AvailableAt = StatusAvailable, at
				if s.acted != "" {
					s.Status = s.acted
				}
			}
		}
	}
}

// readyAt reports whether step i's requirements are met, and since when.
func (p *Progress) readyAt(i int) (time.Time, bool) {
	for _, j := range p.g.preds[i] {
		if !p.Steps[j].Status.Terminal() {
			return time.Time{}, false
		}
	}
	if gates := p.g.gates[i]; len(gates) > 0 && !slices.ContainsFunc(gates, func(d int) bool {
		s := &p.Steps[d]
		return s.Status == StatusDone && s.Step.Branches[s.Answer] == p.Steps[i].Step.ID
	}) {
		return time.Time{}, false
	}
	return p.latest(i, true), true
}

// latest is the latest finish time among what step i waits for (only the
// deciding steps that chose it when chosen is true), not before attachment.
func (p *Progress) latest(i int, chosen bool) time.Time {
	at := p.AttachedAt
	for _, j := range p.g.waitsFor(i) {
		s := &p.Steps[j]
		if chosen && slices.Contains(p.g.gates[i], j) && s.Step.Branches[s.Answer] != p.Steps[i].Step.ID {
			continue
		}
		if s.DoneAt.After(at) {
			at = s.DoneAt
		}
	}
	return at
}

func missing(required, have []Evidence) []Evidence {
	var out []Evidence
	for _, e := range required {
		if !slices.Contains(have, e) {
			out = append(out, e)
		}
	}
	return out
}

// Allowed lists the actions the room may offer on step id right now (the
// keys to show), each checked with a representative event: a reason, the
// first answer, the approver's role, the first missing evidence.
func (p *Progress) Allowed(id string) []EventKind {
	s, ok := p.State(id)
	if !ok {
		return nil
	}
	var out []EventKind
	for _, k := range []EventKind{EventStarted, EventDone, EventSkipped, EventBlocked, EventDecision,
		EventDrafted, EventApproved, EventPublished, EventEvidence} {
		ev := StepEvent{Step: id, Kind: k, Reason: "-", Role: s.Step.ApproverRole, Evidence: EvidenceNote}
		if answers := p.Runbook.Answers(s.Step); len(answers) > 0 {
			ev.Answer = answers[0]
		}
		if len(s.MissingEvidence) > 0 {
			ev.Evidence = s.MissingEvidence[0]
		}
		if p.Check(ev) == nil {
			out = append(out, k)
		}
	}
	return out
}
