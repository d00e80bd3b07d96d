package alerts

import (
	"fmt"
	"math"
	"time"
)

// minBaselineShare keeps the binomial sigma of a surge away from zero when
// the baseline had no negative mention at all.
const minBaselineShare = 0.02

// checkNegative evaluates the negative surge rule on topic t's window
// ending with the closed minute m.
func (e *Engine) checkNegative(t *topic, m int64, now time.Time) {
	c := t.rules.Negative
	if c.Off {
		return
	}
	in, ok := e.negativeInputs(t, m)
	if !ok || in.Scored < int64(c.MinScored) || in.X < c.Floor || in.X < in.Mean+c.Margin {
		e.judge(t.target, t.name, "", RuleNegative, nil, e.cfg.Longevity, now)
		return
	}
	w := int64(c.Window / time.Minute)
	sev := Medium
	if in.X >= c.HighShare {
		sev = High
	}
	f := &Firing{
		Severity: sev,
		Inputs:   in,
		Top:      t.topPosts(m-w+1, m, true),
		Summary: fmt.Sprintf("%s: %.0f%% negative over %s (%d scored) vs %.0f%% baseline, floor %.0f%%, margin %.0f pts",
			t.name, 100*in.X, c.Window, in.Scored, 100*in.Mean, 100*c.Floor, 100*c.Margin),
	}
	e.judge(t.target, t.name, "", RuleNegative, f, e.cfg.Longevity, now)
}

// negativeInputs returns the window's negative share (X), the trailing
// baseline share before the window (Mean) and the binomial z of the
// difference; ok is false during warm-up or without a scored baseline.
func (e *Engine) negativeInputs(t *topic, m int64) (in Inputs, ok bool) {
	c := t.rules.Negative
	w := int64(c.Window / time.Minute)
	if !e.warm(m) {
		return in, false
	}
	win := t.total(max(m-w+1, e.startBin), m+1)
	from := e.baselineFrom(m - w + 1)
	base := t.total(from, m-w+1)
	if base.scored < uint32(c.MinScored) || win.scored == 0 {
		return in, false
	}
	share := float64(win.neg) / float64(win.scored)
	p := math.Max(float64(base.neg)/float64(base.scored), minBaselineShare)
	sigma := math.Sqrt(p * (1 - p) / float64(win.scored))
	return Inputs{
		Window: c.Window, X: share, Mean: float64(base.neg) / float64(base.scored), Sigma: sigma,
		Z: (share - p) / sigma, Baseline: BaselineTrailing, Scored: int64(win.scored),
		Floor: c.Floor, Margin: c.Margin, History: time.Duration(m-w+1-from) * time.Minute,
	}, true
}
