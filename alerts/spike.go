package alerts

import (
	"fmt"
	"time"
)

// minScoredForShare is the fewest scored mentions a bin needs before its
// negative share may raise a spike's severity.
const minScoredForShare = 10

// checkSpike evaluates the volume spike rule on topic t's closed minute m.
func (e *Engine) checkSpike(t *topic, m int64, now time.Time) {
	c := t.rules.Spike
	if c.Off {
		return
	}
	in, ok := e.spikeInputs(t, m)
	hit := ok && in.X >= float64(c.MinCount) && in.Z >= c.K
	if hit {
		t.spikeRun++
	} else {
		t.spikeRun = 0
	}
	// One noisy minute must not page anyone: a single bin needs StrongK,
	// otherwise two consecutive bins must reach K.
	if !hit || in.Z < c.StrongK && t.spikeRun < 2 {
		e.judge(t.target, t.name, "", RuleSpike, nil, e.cfg.Longevity, now)
		return
	}
	e.spikeDetails(t, m, &in)
	f := &Firing{
		Severity: spikeSeverity(c, in),
		Inputs:   in,
		Top:      t.topPosts(m-int64(min(t.spikeRun, 2))+1, m, false),
		Summary: fmt.Sprintf("%s: %.0f mentions/min vs %.1f expected (%s), z=%.1f ≥ %g, spiking on %d of %d platforms",
			t.name, in.X, in.Mean, in.Baseline, in.Z, in.K, in.Breadth, len(t.plats)),
	}
	e.judge(t.target, t.name, "", RuleSpike, f, e.cfg.Longevity, now)
}

// spikeInputs computes x, the baseline and z for minute m; ok is false
// during warm-up.
func (e *Engine) spikeInputs(t *topic, m int64) (in Inputs, ok bool) {
	if !e.warm(m) {
		return in, false
	}
	from := e.baselineFrom(m)
	mean, variance := moments(from, m, t.count)
	in = Inputs{Window: time.Minute, X: t.count(m), Mean: mean, Sigma: sigmaOf(mean, variance),
		K: t.rules.Spike.K, Baseline: BaselineTrailing, History: time.Duration(m-from) * time.Minute}
	// The same clock hour last week, when the history reaches it, wins if
	// it expects more: a Monday-morning peak is not a crisis.
	wk := int64(week / time.Minute)
	if wFrom := m - mod(m, 60) - wk; wFrom >= e.startBin {
		wMean, wVar := moments(wFrom, wFrom+60, t.count)
		if wMean > mean {
			in.Mean, in.Sigma, in.Baseline = wMean, sigmaOf(wMean, wVar), BaselineWeekly
			in.History = time.Duration(m-e.startBin) * time.Minute
		}
	}
	in.Z = (in.X - in.Mean) / in.Sigma
	return in, true
}

// spikeDetails fills breadth (platforms whose own count spiked) and the
// negative share of minute m.
func (e *Engine) spikeDetails(t *topic, m int64, in *Inputs) {
	c := t.rules.Spike
	from := max(e.baselineFrom(m), m-recentBins+1)
	for i := range t.plats {
		p := &t.plats[i]
		x := p.count(m)
		mean, variance := moments(from, m, p.count)
		if x >= float64(c.MinCount) && (x-mean)/sigmaOf(mean, variance) >= c.K {
			in.Platforms = append(in.Platforms, p.name)
		}
	}
	in.Breadth = len(in.Platforms)
	b := t.counts.at(m)
	in.Scored = int64(b.scored)
	if b.scored > 0 {
		in.NegShare = float64(b.neg) / float64(b.scored)
	}
}

// spikeSeverity grades a spike: low at K, medium at StrongK, high at twice
// StrongK, one level more when it spans several platforms and one more
// when its negative share is high.
func spikeSeverity(c SpikeConfig, in Inputs) Severity {
	rank := 1
	if in.Z >= c.StrongK {
		rank++
	}
	if in.Z >= 2*c.StrongK {
		rank++
	}
	if in.Breadth >= 2 {
		rank++
	}
	if in.Scored >= minScoredForShare && in.NegShare >= c.NegShare {
		rank++
	}
	return severityOf(rank)
}
