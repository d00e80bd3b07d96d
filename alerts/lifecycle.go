package alerts

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// ErrUnknownAlert is returned for an ID the engine does not hold (never
// fired, or pruned long after it was resolved).
var ErrUnknownAlert = errors.New("unknown alert")

// ErrTransition is returned for a lifecycle move the alert's state forbids.
var ErrTransition = errors.New("alert cannot go")

// transitions lists the states each state may move to by a person's action.
var transitions = map[State][]State{
	StateFiring:       {StateAcknowledged, StateSnoozed, StateEscalated, StateResolved},
	StateAcknowledged: {StateSnoozed, StateEscalated, StateResolved},
	StateSnoozed:      {StateAcknowledged, StateEscalated, StateResolved},
	StateEscalated:    {StateResolved},
}

// move finds alert id and checks that it may go to state.
func (e *Engine) move(id string, to State, now time.Time) (*tracked, error) {
	for _, a := range e.alerts {
		if a.ID != id {
			continue
		}
		if !slices.Contains(transitions[a.State], to) {
			return nil, fmt.Errorf("%w from %s to %s: %s", ErrTransition, a.State, to, id)
		}
		a.State, a.UpdatedAt = to, now
		return a, nil
	}
	return nil, fmt.Errorf("%w: %s", ErrUnknownAlert, id)
}

// Ack acknowledges alert id on behalf of by. A later firing of higher
// severity puts it back to firing.
func (e *Engine) Ack(id, by string, now time.Time) error {
	a, err := e.move(id, StateAcknowledged, now)
	if err == nil {
		a.AckedBy, a.AckedAt, a.SnoozedUntil = by, now, time.Time{}
	}
	return err
}

// Snooze silences alert id for d; it fires again when d has passed.
func (e *Engine) Snooze(id string, d time.Duration, now time.Time) error {
	if d <= 0 {
		return fmt.Errorf("snooze %s: duration must be positive, got %s", id, d)
	}
	a, err := e.move(id, StateSnoozed, now)
	if err == nil {
		a.SnoozedUntil = now.Add(d)
	}
	return err
}

// Escalate marks alert id as escalated: the caller declares the incident
// and proposes the matching runbooks. Escalated alerts are never resolved
// by the engine.
func (e *Engine) Escalate(id string, now time.Time) error {
	a, err := e.move(id, StateEscalated, now)
	if err == nil {
		a.EscalatedAt, a.SnoozedUntil = now, time.Time{}
	}
	return err
}

// Resolve closes alert id.
func (e *Engine) Resolve(id string, now time.Time) error {
	a, err := e.move(id, StateResolved, now)
	if err == nil {
		a.ResolvedAt, a.SnoozedUntil = now, time.Time{}
	}
	return err
}

// Get returns a copy of alert id.
func (e *Engine) Get(id string) (Alert, bool) {
	for _, a := range e.alerts {
		if a.ID == id {
			return a.Alert, true
		}
	}
	return Alert{}, false
}

// Active returns copies of the active alerts and of those resolved less
// than KeepResolved before now: active first, then by severity, most
// recently updated first.
func (e *Engine) Active(now time.Time) []Alert {
	var out []Alert
	for _, a := range e.alerts {
		if a.Active() || now.Sub(a.ResolvedAt) < e.cfg.KeepResolved {
			out = append(out, a.Alert)
		}
	}
	slices.SortStableFunc(out, func(a, b Alert) int {
		switch {
		case a.Active() != b.Active():
			return boolRank(b.Active()) - boolRank(a.Active())
		case a.Severity != b.Severity:
			return b.Severity.Rank() - a.Severity.Rank()
		}
		return b.UpdatedAt.Compare(a.UpdatedAt)
	})
	return out
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// housekeep ends snoozes, resolves alerts quiet for ResolveAfter and drops
// old resolved alerts beyond the caps.
func (e *Engine) housekeep(now time.Time) {
	for _, a := range e.alerts {
		switch {
		case a.State == StateSnoozed && !now.Before(a.SnoozedUntil):
			a.State, a.SnoozedUntil, a.UpdatedAt, a.Change = StateFiring, time.Time{}, now, ChangeUnsnoozed
			e.emit(a)
		case e.cfg.ResolveAfter > 0 && a.Active() && a.State != StateEscalated && now.Sub(a.seen) >= e.cfg.ResolveAfter:
			a.State, a.ResolvedAt, a.SnoozedUntil, a.UpdatedAt, a.Change = StateResolved, now, time.Time{}, now, ChangeResolved
			e.emit(a)
		}
	}
	e.alerts = slices.DeleteFunc(e.alerts, func(a *tracked) bool {
		return !a.Active() && now.Sub(a.ResolvedAt) >= e.cfg.KeepResolved
	})
	for len(e.alerts) > maxAlerts {
		i := slices.IndexFunc(e.alerts, func(a *tracked) bool { return !a.Active() })
		if i < 0 {
			i = 0
		}
		e.alerts = slices.Delete(e.alerts, i, i+1)
	}
}
