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
	base := runbooks.StepEvent{At: e.At(), Role: e.Actor.Role}
	if k, ok := stepKind(e.Kind); ok {
		var d incidents.StepData
		if e.Decode(&d) != nil || d.Runbook != rb.ID {
			return nil
		}
		base.Step, base.Kind, base.Reason = d.Step, k, d.Reason
		return []runbooks.StepEvent{base}
	}
	switch e.Kind {
	case incidents.KindDecision:
		var d incidents.DecisionData
		if e.Decode(&d) != nil || d.Runbook != rb.ID {
			return nil
		}
		base.Step, base.Kind, base.Answer, base.Reason = d.Step, runbooks.EventDecision, d.Answer, d.Rationale
		return []runbooks.StepEvent{base}
	case incidents.KindMessageDrafted, incidents.KindMessageApproved, incidents.KindMessagePublished:
		var d incidents.MessageData
		if e.Decode(&d) != nil {
			return nil
		}
		if _, ok := rb.Step(d.ID); !ok {
			return nil
		}
		base.Step, base.Kind = d.ID, messageEvent(e.Kind)
		return []runbooks.StepEvent{base}
	}
	if ev, ok := evidenceKind(e.Kind); ok {
		return evidenceEvents(base, ev, rb)
	}
	return nil
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

// stepKind maps a step entry kind to its event.
func stepKind(k incidents.Kind) (runbooks.EventKind, bool) {
	switch k {
	case incidents.KindStepStarted:
		return runbooks.EventStarted, true
	case incidents.KindStepDone:
		return runbooks.EventDone, true
	case incidents.KindStepSkipped:
		return runbooks.EventSkipped, true
	case incidents.KindStepBlocked:
		return runbooks.EventBlocked, true
	}
	return "", false
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

func messageEvent(k incidents.Kind) runbooks.EventKind {
	switch k {
	case incidents.KindMessageDrafted:
		return runbooks.EventDrafted
	case incidents.KindMessageApproved:
		return runbooks.EventApproved
	}
	return runbooks.EventPublished
}

// evidenceKind maps an entry kind to the evidence it provides.
func evidenceKind(k incidents.Kind) (runbooks.Evidence, bool) {
	switch k {
	case incidents.KindNote:
		return runbooks.EvidenceNote, true
	case incidents.KindMentionPinned:
		return runbooks.EvidencePinnedMention, true
	case incidents.KindFeedSnapshot:
		return runbooks.EvidenceFeedSnapshot, true
	}
	return "", false
}
