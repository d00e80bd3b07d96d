package incidents

import (
	"fmt"
	"time"
)

// Chain builds the entries a fresh journal would hold after appending
// drafts in order, without touching a file: for fixtures, simulations and
// benchmarks. Drafts without an actor are given actor.
func Chain(drafts []Draft, clock func() time.Time, actor Actor) ([]Entry, error) {
	var h head
	out := make([]Entry, 0, len(drafts))
	for i, d := range drafts {
		if d.Actor.Name == "" {
			d.Actor = actor
		}
		if d.Source == "" {
			d.Source = SourceOperator
		}
		data, err := canonicalData(d.Data)
		if err != nil {
			return nil, fmt.Errorf("draft %d: %w", i, err)
		}
		e, _, err := h.next(d, data, clock())
		if err != nil {
			return nil, fmt.Errorf("draft %d: %w", i, err)
		}
		out = append(out, e)
	}
	return out, nil
}
