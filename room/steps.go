package room

import (
	"context"
	"errors"
	"fmt"

	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/runbooks"
)

// StepAction is an operator's action on a step of the attached runbook.
type StepAction struct {
	Step string
	Kind runbooks.EventKind // started, done, skipped, blocked, decision, drafted, approved, published
	// Answer is a decision's answer; Reason its rationale, or why a step
	// is skipped or blocked.
	Answer, Reason string
	// Text is a drafted message's body.
	Text string
	// Role is the role the operator acts as (approvals need the right one).
	Role string
}

// Act records a step action in the journal. The runbook's own rules (a
// skip needs a reason, an approval the approver's role) are checked before
// anything is written, so a refused action leaves no trace to correct.
func (l *Live) Act(ctx context.Context, a StepAction) (incidents.Entry, error) {
	l.desk.mu.Lock()
	j, rb, actor := l.desk.journal, l.desk.runbook, l.desk.actor
	l.desk.mu.Unlock()
	if j == nil {
		return incidents.Entry{}, ErrNoIncident
	}
	if rb == nil {
		return incidents.Entry{}, errors.New("no runbook attached")
	}
	step, ok := rb.Step(a.Step)
	if !ok {
		return incidents.Entry{}, fmt.Errorf("runbook %s has no step %q", rb.ID, a.Step)
	}
	if err := l.check(j, rb, a); err != nil {
		return incidents.Entry{}, err
	}
	d, err := draftFor(rb, step, a)
	if err != nil {
		return incidents.Entry{}, err
	}
	if a.Role != "" {
		d.Actor = incidents.Actor{Name: actor.Name, Role: a.Role}
	}
	return j.Append(ctx, d)
}

// check replays the journal with the new action appended and refuses it if
// the runbook engine would.
func (l *Live) check(j *incidents.Journal, rb *runbooks.Runbook, a StepAction) error {
	entries := j.Entries()
	now := l.clock()
	events := append(StepEvents(entries, rb), runbooks.StepEvent{Step: a.Step, Kind: a.Kind, Answer: a.Answer,
		Reason: a.Reason, Role: a.Role, At: now})
	p := runbooks.Compute(rb, attachedAt(entries, rb), events, now)
	for _, r := range p.Rejected {
		if r.Event.At.Equal(now) && r.Event.Step == a.Step && r.Event.Kind == a.Kind {
			return r.Err
		}
	}
	return nil
}

// draftFor builds the journal entry for an action.
func draftFor(rb *runbooks.Runbook, step *runbooks.Step, a StepAction) (incidents.Draft, error) {
	sd := incidents.StepData{Runbook: rb.ID, Step: step.ID, Title: step.Title,
		DueAfter: incidents.Duration(step.DueAfter.Value()), Reason: a.Reason}
	d := incidents.Draft{Source: incidents.SourceOperator, Body: step.Title, Data: sd}
	switch a.Kind {
	case runbooks.EventStarted:
		d.Kind = incidents.KindStepStarted
	case runbooks.EventDone:
		d.Kind = incidents.KindStepDone
	case runbooks.EventSkipped:
		d.Kind = incidents.KindStepSkipped
	case runbooks.EventBlocked:
		d.Kind = incidents.KindStepBlocked
	case runbooks.EventDecision:
		d.Kind, d.Body = incidents.KindDecision, step.Question
		d.Data = incidents.DecisionData{Runbook: rb.ID, Step: step.ID, Question: step.Question, Answer: a.Answer, Rationale: a.Reason}
	case runbooks.EventDrafted, runbooks.EventApproved, runbooks.EventPublished:
		return messageDraft(rb, step, a)
	default:
		return d, fmt.Errorf("unknown step action %q", a.Kind)
	}
	return d, nil
}

func messageDraft(rb *runbooks.Runbook, step *runbooks.Step, a StepAction) (incidents.Draft, error) {
	tpl := rb.Templates[step.Template]
	md := incidents.MessageData{ID: step.ID, Channel: tpl.Channel, Holding: tpl.Holding, Text: a.Text}
	if a.Kind == runbooks.EventDrafted && a.Text == "" {
		return incidents.Draft{}, errors.New("a drafted message needs its text")
	}
	return incidents.Draft{Source: incidents.SourceOperator, Kind: messageKind(a.Kind), Body: step.Title, Data: md}, nil
}

// StepEvents replays the journal into the runbook engine's events: step
// entries of rb, decisions and messages of its steps, and evidence (a note,
// a pinned mention, a feed snapshot) offered to every step that asks for
// that kind. Superseded entries are left out: a correction undoes them.
func StepEvents(entries []incidents.Entry, rb *runbooks.Runbook) []runbooks.StepEvent {
	superseded := map[int64]bool{}
	for _, e := range entries {
		if e.Supersedes > 0 {
			superseded[e.Supersedes] = true
		}
	}
	var out []runbooks.StepEvent
	for _, e := range entries {
		if superseded[e.Seq] {
			continue
		}
		out = append(out, eventsOf(e, rb)...)
	}
	return out
}

func eventsOf(e incidents.Entry, rb *runbooks.Runbook) []runbooks.StepEvent {
	kind, evidence, ok := runbooks.FromJournal(string(e.Kind))
	if !ok {
		return nil
	}
	base := runbooks.StepEvent{Kind: kind, At: e.At(), Role: e.Actor.Role}
	switch kind {
	case runbooks.EventEvidence:
		return evidenceEvents(base, evidence, rb)
	case runbooks.EventDecision:
		var d incidents.DecisionData
		if e.Decode(&d) != nil || d.Runbook != rb.ID {
			return nil
		}
		base.Step, base.Answer, base.Reason = d.Step, d.Answer, d.Rationale
	case runbooks.EventDrafted, runbooks.EventApproved, runbooks.EventPublished:
		var d incidents.MessageData
		if e.Decode(&d) != nil {
			return nil
		}
		if _, ok := rb.Step(d.ID); !ok {
			return nil
		}
		base.Step = d.ID
	default: // step.started, done, skipped, blocked
		var d incidents.StepData
		if e.Decode(&d) != nil || d.Runbook != rb.ID {
			return nil
		}
		base.Step, base.Reason = d.Step, d.Reason
	}
	return []runbooks.StepEvent{base}
}

func evidenceEvents(base runbooks.StepEvent, ev runbooks.Evidence, rb *runbooks.Runbook) []runbooks.StepEvent {
	var out []runbooks.StepEvent
	for _, s := range rb.Steps {
		for _, want := range s.Evidence {
			if want == ev {
				e := base
				e.Step, e.Kind, e.Evidence = s.ID, runbooks.EventEvidence, ev
				out = append(out, e)
			}
		}
	}
	return out
}

// messageKind maps an event of a message's path to its entry kind.
func messageKind(k runbooks.EventKind) incidents.Kind {
	switch k {
	case runbooks.EventDrafted:
		return incidents.KindMessageDrafted
	case runbooks.EventApproved:
		return incidents.KindMessageApproved
	}
	return incidents.KindMessagePublished
}
