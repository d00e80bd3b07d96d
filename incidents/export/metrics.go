package export

import (
	"slices"
	"time"

	"github.com/warroom-dev/warroom/incidents"
)

// Metrics are the postmortem's response times. A nil duration means the
// journal holds no event to measure it from (no alert, no publication, ...).
// Drills get no metrics at all.
type Metrics struct {
	// TimeToDetect runs from the first alert fired to the declaration.
	TimeToDetect *incidents.Duration `json:"time_to_detect,omitempty"`
	// TimeToAcknowledge runs from the first alert fired to its first ack.
	TimeToAcknowledge *incidents.Duration `json:"time_to_acknowledge,omitempty"`
	// TimeToHoldingStatement runs from the declaration to the first
	// published holding statement (the first publication if none is marked).
	TimeToHoldingStatement *incidents.Duration `json:"time_to_holding_statement,omitempty"`
	// TimeToResolve runs from the declaration to the resolution.
	TimeToResolve *incidents.Duration `json:"time_to_resolve,omitempty"`
	Steps         []StepMetric        `json:"steps,omitempty"`
	Cadence       Cadence             `json:"cadence"`
}

// StepMetric is one runbook step's latency against its target, both
// counted from the runbook's attachment.
type StepMetric struct {
	Runbook string              `json:"runbook"`
	Step    string              `json:"step"`
	Title   string              `json:"title,omitempty"`
	State   incidents.StepState `json:"state"`
	Target  *incidents.Duration `json:"target,omitempty"`
	Actual  *incidents.Duration `json:"actual,omitempty"`
	// Met is nil when there is no target or the step is not done.
	Met *bool  `json:"met,omitempty"`
	By  string `json:"by,omitempty"`
}

// Cadence says whether public updates came as often as promised: each
// interval between publications (and from the last one to the resolution)
// is kept when it is at most Target.
type Cadence struct {
	Target  incidents.Duration  `json:"target"`
	Updates int                 `json:"updates"`
	Kept    int                 `json:"kept"`
	Missed  int                 `json:"missed"`
	Longest *incidents.Duration `json:"longest,omitempty"`
}

func span(from, to time.Time) *incidents.Duration {
	if from.IsZero() || to.IsZero() {
		return nil
	}
	d := incidents.Duration(to.Sub(from))
	return &d
}

// computeMetrics derives the metrics from the state; nil for a drill.
func computeMetrics(s incidents.State) *Metrics {
	if s.Drill || s.Declared == nil {
		return nil
	}
	declared := s.Declared.At()
	m := &Metrics{TimeToResolve: span(declared, s.ResolvedAt)}
	if len(s.Alerts) > 0 {
		first := s.Alerts[0]
		for _, a := range s.Alerts[1:] {
			if a.FiredAt.Before(first.FiredAt) {
				first = a
			}
		}
		m.TimeToDetect = span(first.FiredAt, declared)
		m.TimeToAcknowledge = span(first.FiredAt, first.AckedAt)
	}
	pubs := publications(s)
	if at := holdingAt(s, pubs); !at.IsZero() {
		m.TimeToHoldingStatement = span(declared, at)
	}
	m.Steps = stepMetrics(s)
	m.Cadence = cadence(s, pubs)
	return m
}

// publications are the times messages were published, in journal order.
func publications(s incidents.State) []time.Time {
	var out []time.Time
	for _, msg := range s.Messages {
		for _, p := range msg.Path {
			if p.State == incidents.MessagePublished {
				out = append(out, p.At)
			}
		}
	}
	slices.SortFunc(out, time.Time.Compare)
	return out
}

func holdingAt(s incidents.State, pubs []time.Time) time.Time {
	var at time.Time
	for _, msg := range s.Messages {
		for _, p := range msg.Path {
			if msg.Holding && p.State == incidents.MessagePublished && (at.IsZero() || p.At.Before(at)) {
				at = p.At
			}
		}
	}
	if at.IsZero() && len(pubs) > 0 {
		at = pubs[0]
	}
	return at
}

func stepMetrics(s incidents.State) []StepMetric {
	var out []StepMetric
	for _, st := range s.Steps {
		m := StepMetric{Runbook: st.Runbook, Step: st.ID, Title: st.Title, State: st.State, By: st.By.Name}
		if st.DueAfter > 0 {
			t := incidents.Duration(st.DueAfter)
			m.Target = &t
		}
		if st.State == incidents.StepDone && !st.Due.IsZero() {
			m.Actual = span(st.Due.Add(-st.DueAfter), st.EndedAt)
			met := !st.EndedAt.After(st.Due)
			m.Met = &met
		}
		out = append(out, m)
	}
	return out
}

func cadence(s incidents.State, pubs []time.Time) Cadence {
	c := Cadence{Target: incidents.Duration(s.UpdateEvery), Updates: len(pubs)}
	if len(pubs) == 0 {
		return c
	}
	marks := pubs
	if s.Resolved && s.ResolvedAt.After(pubs[len(pubs)-1]) {
		marks = append(append([]time.Time(nil), pubs...), s.ResolvedAt)
	}
	var longest time.Duration
	for i := 1; i < len(marks); i++ {
		gap := marks[i].Sub(marks[i-1])
		longest = max(longest, gap)
		if gap <= s.UpdateEvery {
			c.Kept++
		} else {
			c.Missed++
		}
	}
	if len(marks) > 1 {
		l := incidents.Duration(longest)
		c.Longest = &l
	}
	return c
}
