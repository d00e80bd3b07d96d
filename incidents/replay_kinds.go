package incidents

import "time"

func (r *replayer) declared(e *Entry) error {
	var d DeclaredData
	if err := e.Decode(&d); err != nil {
		return err
	}
	s := r.s
	decl := *e
	s.Incident, s.Title, s.Drill, s.TimeZone = e.Incident, d.Title, d.Drill, d.TimeZone
	s.Declared, s.DeclaredBy = &decl, e.Actor
	s.UpdateEvery = time.Duration(d.UpdateEvery)
	if s.UpdateEvery == 0 {
		s.UpdateEvery = DefaultCadence(d.Severity)
	}
	r.severity(e, d.Severity)
	r.status(e, StatusInvestigating)
	return nil
}

// DefaultCadence is the public update cadence promised for a severity when
// the declaration names none.
func DefaultCadence(s Severity) time.Duration {
	switch s {
	case SEV1:
		return 30 * time.Minute
	case SEV2:
		return time.Hour
	case SEV3:
		return 2 * time.Hour
	}
	return 4 * time.Hour
}

// change moves *cur to to and records the step; false when nothing changed.
func change[T comparable](hist *[]Change[T], cur *T, e *Entry, to T) bool {
	if to == *cur {
		return false
	}
	*hist = append(*hist, Change[T]{Seq: e.Seq, At: e.At(), Actor: e.Actor, From: *cur, To: to, Note: e.Body})
	*cur = to
	return true
}

func (r *replayer) status(e *Entry, to Status) {
	s := r.s
	if !change(&s.StatusHistory, &s.Status, e, to) {
		return
	}
	switch {
	case to != StatusResolved && to != StatusClosed:
		s.Resolved, s.ResolvedAt = false, time.Time{} // reopened
	case !s.Resolved:
		s.Resolved, s.ResolvedAt = true, e.At()
	}
}

func (r *replayer) severity(e *Entry, to Severity) {
	change(&r.s.SeverityHistory, &r.s.Severity, e, to)
}

func (r *replayer) role(e *Entry, d RoleData) {
	a := Assignment{Seq: e.Seq, At: e.At(), Role: d.Role, Name: d.Name, By: e.Actor}
	r.s.RoleHistory = append(r.s.RoleHistory, a)
	if d.Name == "" {
		delete(r.s.Roles, d.Role)
		return
	}
	r.s.Roles[d.Role] = a
}

func (r *replayer) runbook(e *Entry, d RunbookData) {
	r.s.Runbooks = append(r.s.Runbooks, Runbook{Seq: e.Seq, At: e.At(), RunbookData: d})
	r.attached[d.ID] = e.At()
}

var stepStates = map[Kind]StepState{
	KindStepStarted: StepStarted, KindStepDone: StepDone, KindStepSkipped: StepSkipped, KindStepBlocked: StepBlocked,
}

func (r *replayer) step(e *Entry, d StepData) {
	key := d.Runbook + "/" + d.Step
	i, ok := r.steps[key]
	if !ok {
		i = len(r.s.Steps)
		r.steps[key] = i
		r.s.Steps = append(r.s.Steps, Step{Runbook: d.Runbook, ID: d.Step, State: StepOpen})
	}
	st := &r.s.Steps[i]
	if d.Title != "" {
		st.Title = d.Title
	}
	if d.DueAfter > 0 {
		st.DueAfter = time.Duration(d.DueAfter)
		if at, ok := r.attached[d.Runbook]; ok {
			st.Due = at.Add(st.DueAfter)
		}
	}
	state := stepStates[e.Kind]
	st.State, st.Reason, st.By = state, d.Reason, e.Actor
	switch state {
	case StepStarted:
		if st.StartedAt.IsZero() {
			st.StartedAt = e.At()
		}
	case StepDone, StepSkipped:
		st.EndedAt = e.At()
	}
	st.Events = append(st.Events, StepEvent{Seq: e.Seq, At: e.At(), Actor: e.Actor, State: state, Reason: d.Reason})
}

var messageStates = map[Kind]MessageState{
	KindMessageDrafted: MessageDrafted, KindMessageApproved: MessageApproved, KindMessagePublished: MessagePublished,
}

func (r *replayer) message(e *Entry, d MessageData) {
	i, ok := r.msgs[d.ID]
	if !ok {
		i = len(r.s.Messages)
		r.msgs[d.ID] = i
		r.s.Messages = append(r.s.Messages, Message{ID: d.ID})
	}
	m := &r.s.Messages[i]
	if d.Channel != "" {
		m.Channel = d.Channel
	}
	if d.Text != "" {
		m.Text = d.Text
	}
	if d.URL != "" {
		m.URL = d.URL
	}
	m.Holding = m.Holding || d.Holding
	m.State = messageStates[e.Kind]
	m.Path = append(m.Path, MessageStep{Seq: e.Seq, At: e.At(), Actor: e.Actor, State: m.State})
}

func (r *replayer) alert(e *Entry, d AlertData) {
	i, ok := r.alerts[d.ID]
	if e.Kind == KindAlertFired || !ok {
		i = len(r.s.Alerts)
		r.alerts[d.ID] = i
		r.s.Alerts = append(r.s.Alerts, Alert{Seq: e.Seq, AlertData: d})
	}
	a := &r.s.Alerts[i]
	if e.Kind == KindAlertFired {
		a.FiredAt = e.At()
		return
	}
	if a.AckedAt.IsZero() {
		a.AckedAt, a.AckedBy = e.At(), e.Actor
	}
}
