package export

import (
	"testing"
	"time"

	"github.com/warroom-dev/warroom/incidents"
)

func published(id string, holding bool, at time.Time) incidents.Message {
	return incidents.Message{ID: id, Holding: holding, State: incidents.MessagePublished,
		Path: []incidents.MessageStep{{At: at, State: incidents.MessagePublished}}}
}

func TestCadenceAndHoldingStatement(t *testing.T) {
	declared := &incidents.Entry{RecordedAt: day}
	h := func(n float64) time.Time { return day.Add(time.Duration(n * float64(time.Hour))) }
	cases := []struct {
		name         string
		msgs         []incidents.Message
		resolvedAt   time.Time
		kept, missed int
		holding      time.Duration
		longest      time.Duration
	}{
		{"none published", nil, time.Time{}, 0, 0, -1, -1},
		{"holding flagged wins over an earlier update", []incidents.Message{published("a", false, h(0.25)), published("b", true, h(0.5))},
			time.Time{}, 1, 0, 30 * time.Minute, 15 * time.Minute},
		{"first publication when none is flagged", []incidents.Message{published("a", false, h(0.25))}, time.Time{}, 0, 0, 15 * time.Minute, -1},
		{"resolution closes the last interval", []incidents.Message{published("a", true, h(0.5)), published("b", false, h(2))},
			h(2.5), 1, 1, 30 * time.Minute, 90 * time.Minute},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := incidents.State{Declared: declared, UpdateEvery: time.Hour, Messages: c.msgs,
				Resolved: !c.resolvedAt.IsZero(), ResolvedAt: c.resolvedAt}
			m := computeMetrics(s)
			if m.Cadence.Kept != c.kept || m.Cadence.Missed != c.missed || m.Cadence.Updates != len(c.msgs) {
				t.Errorf("cadence %+v", m.Cadence)
			}
			if got := durOr(m.TimeToHoldingStatement); got != c.holding {
				t.Errorf("holding %v, want %v", got, c.holding)
			}
			if got := durOr(m.Cadence.Longest); got != c.longest {
				t.Errorf("longest %v, want %v", got, c.longest)
			}
		})
	}
}

func durOr(d *incidents.Duration) time.Duration {
	if d == nil {
		return -1
	}
	return time.Duration(*d)
}

func TestNoMetricsForDrillOrUndeclared(t *testing.T) {
	if computeMetrics(incidents.State{Drill: true, Declared: &incidents.Entry{}}) != nil || computeMetrics(incidents.State{}) != nil {
		t.Fatal("metrics computed for a drill or an undeclared incident")
	}
}
