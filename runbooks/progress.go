package runbooks

import (
	"slices"
	"time"
)

// EventKind is what happened to a step. Each maps to a journal entry kind
// (step.started, decision, message.drafted...); the journal is the truth,
// these events are its replay.
type EventKind string

const (
	EventStarted   EventKind = "started"
	EventDone      EventKind = "done"
	EventSkipped   EventKind = "skipped"
	EventBlocked   EventKind = "blocked"
	EventDecision  EventKind = "decision"
	EventDrafted   EventKind = "drafted"
	EventApproved  EventKind = "approved"
	EventPublished EventKind = "published"
	// EventEvidence attaches evidence (a note, a pinned mention, a feed
	// snapshot) to a step.
	EventEvidence EventKind = "evidence"
)

// StepEvent is one action on a step, in journal order.
type StepEvent struct {
	Step string
	Kind EventKind
	// Answer is the decision's answer (a key of the step's branches).
	Answer string
	// Reason is the rationale of a decision, or why a step was skipped or
	// blocked (required for skipped and blocked).
	Reason string
	// Role is the role the actor acted as; an approval of a message with an
	// approver_role must come from that role.
	Role string
	// Evidence is the kind attached, for EventEvidence.
	Evidence Evidence
	At       time.Time
}

// Status is where a step stands.
type Status string

const (
	StatusLocked     Status = "locked"      // waiting for other steps or a decision
	StatusAvailable  Status = "available"   // can start
	StatusInProgress Status = "in_progress" // started, drafted or approved
	StatusBlocked    Status = "blocked"     // stuck, with a reason
	StatusDone       Status = "done"
	StatusSkipped    Status = "skipped" // skipped by the operator, with a reason
	// StatusBranchSkipped: a decision chose another branch.
	StatusBranchSkipped Status = "skipped_by_branch"
)

// Terminal reports whether the step is finished one way or another.
func (s Status) Terminal() bool {
	return s == StatusDone || s == StatusSkipped || s == StatusBranchSkipped
}

// Stage is where a message step's message stands.
type Stage string

const (
	StageNone      Stage = ""
	StageDrafted   Stage = "drafted"
	StageApproved  Stage = "approved"
	StagePublished Stage = "published"
)

// warnShare is the share of a step's time below which it shows a warning.
const warnShare = 5 // 1/5 = 20%

// StepState is the derived state of one step at Progress.Now.
type StepState struct {
	Step   *Step
	Status Status
	// AvailableAt is when the step's requirements were met (zero if locked).
	AvailableAt time.Time
	// DueAt is AvailableAt + due_after, or + repeat_every for a cadence step
	// without due_after (zero without either, or while locked).
	DueAt time.Time
	// Warning: less than 20% of the step's time is left; Overdue: none is.
	// Both are false for finished steps.
	Warning, Overdue bool
	StartedAt        time.Time
	// DoneAt is when the step was first done, skipped, decided or
	// published; for a branch-skipped step, when the decision was taken.
	DoneAt time.Time
	Answer string // the decision's answer
	Reason string // the decision's rationale, or why skipped or blocked
	// Stage and ApprovedBy follow the current cycle of a message step.
	Stage      Stage
	ApprovedBy string
	// Completions counts completions of a repeat_every step (publications
	// of a message step); NextRepeatAt is LastCompletedAt + repeat_every,
	// with RepeatWarning and RepeatOverdue on the same 20% rule.
	Completions                  int
	LastCompletedAt              time.Time
	NextRepeatAt                 time.Time
	RepeatWarning, RepeatOverdue bool
	// Evidence attached so far, and what is still required before done.
	Evidence        []Evidence
	MissingEvidence []Evidence

	// acted is the status the events gave the step ("" for none); derive
	// combines it with the requirements.
	acted Status
}

// Progress is the state of every step of a runbook at one instant.
type Progress struct {
	Runbook    *Runbook
	AttachedAt time.Time
	Now        time.Time
	// Steps is in file order.
	Steps []StepState
	// Rejected lists the events that could not apply, with why; a
	// well-behaved room never writes them, but a replay never fails.
	Rejected []Rejected
	g        *graph
}

// Rejected is an event Compute ignored.
type Rejected struct {
	Event StepEvent
	Err   error
}

// Compute replays events (in journal order) on rb attached at attachedAt
// and derives every step's state at now. It has no clock of its own.
func Compute(rb *Runbook, attachedAt time.Time, events []StepEvent, now time.Time) *Progress {
	p := &Progress{Runbook: rb, AttachedAt: attachedAt, Now: now, g: newGraph(rb), Steps: make([]StepState, len(rb.Steps))}
	for i := range rb.Steps {
		p.Steps[i].Step = &rb.Steps[i]
	}
	p.derive()
	for _, ev := range events {
		if err := p.Check(ev); err != nil {
			p.Rejected = append(p.Rejected, Rejected{Event: ev, Err: err})
			continue
		}
		p.apply(ev)
		p.derive()
	}
	p.clocks()
	return p
}

// State returns the state of step id.
func (p *Progress) State(id string) (*StepState, bool) {
	i, ok := p.g.index[id]
	if !ok {
		return nil, false
	}
	return &p.Steps[i], true
}

// Open returns the steps someone should be working on (available, in
// progress or blocked) and the done repeating steps, soonest due first.
func (p *Progress) Open() []*StepState {
	var out []*StepState
	for i := range p.Steps {
		s := &p.Steps[i]
		if !s.Status.Terminal() && s.Status != StatusLocked || s.Status == StatusDone && !s.NextRepeatAt.IsZero() {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b *StepState) int { return nextDue(a).Compare(nextDue(b)) })
	return out
}

// nextDue is when a step next needs attention; steps without a clock sort
// last.
func nextDue(s *StepState) time.Time {
	switch {
	case s.Status == StatusDone && !s.NextRepeatAt.IsZero():
		return s.NextRepeatAt
	case !s.DueAt.IsZero():
		return s.DueAt
	}
	return time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
}

// NextUpdateAt is the earliest promised repeat of a message step (the next
// public update), zero when none is scheduled. It fills {{next_update}}.
func (p *Progress) NextUpdateAt() time.Time {
	var next time.Time
	for _, s := range p.Steps {
		if s.Step.Kind == KindMessage && !s.NextRepeatAt.IsZero() && (next.IsZero() || s.NextRepeatAt.Before(next)) {
			next = s.NextRepeatAt
		}
	}
	return next
}

// PromisedUpdateAt is the time a message drafted now should promise for the
// next public update ({{next_update}}): the earliest scheduled repeat or due
// time of a repeating message step; before any such step is available (the
// holding statement is usually what unlocks it), Now plus its first due
// delay. Zero when no repeating message step is still on the plan.
func (p *Progress) PromisedUpdateAt() time.Time {
	var next time.Time
	earliest := func(t time.Time) {
		if !t.IsZero() && (next.IsZero() || t.Before(next)) {
			next = t
		}
	}
	for _, s := range p.Steps {
		st := s.Step
		if st.Kind != KindMessage || st.RepeatEvery == "" || s.Status == StatusBranchSkipped || s.Status == StatusSkipped {
			continue
		}
		switch {
		case !s.NextRepeatAt.IsZero():
			earliest(s.NextRepeatAt)
		case !s.DueAt.IsZero():
			earliest(s.DueAt)
		default:
			earliest(p.Now.Add(st.firstDue()))
		}
	}
	return next
}

// Complete reports whether every step is finished (repeating steps count
// once done).
func (p *Progress) Complete() bool {
	for _, s := range p.Steps {
		if !s.Status.Terminal() {
			return false
		}
	}
	return true
}

// clocks sets the due, warning and overdue flags at Now.
func (p *Progress) clocks() {
	for i := range p.Steps {
		s := &p.Steps[i]
		if d := s.Step.firstDue(); d > 0 && !s.AvailableAt.IsZero() {
			s.DueAt = s.AvailableAt.Add(d)
			if !s.Status.Terminal() {
				s.Warning, s.Overdue = flags(s.DueAt, d, p.Now)
			}
		}
		if e := s.Step.RepeatEvery.Value(); e > 0 && s.Completions > 0 {
			s.NextRepeatAt = s.LastCompletedAt.Add(e)
			s.RepeatWarning, s.RepeatOverdue = flags(s.NextRepeatAt, e, p.Now)
		}
	}
}

// flags applies the 20% rule to a deadline with span of time allowed.
func flags(due time.Time, span time.Duration, now time.Time) (warning, overdue bool) {
	left := due.Sub(now)
	if left <= 0 {
		return false, true
	}
	return left < span/warnShare, false
}

// firstDue is the time a step is given once available: due_after, or for
// a cadence step without one, its cadence.
func (s *Step) firstDue() time.Duration {
	if d := s.DueAfter.Value(); d > 0 {
		return d
	}
	return s.RepeatEvery.Value()
}
