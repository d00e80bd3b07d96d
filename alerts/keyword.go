package alerts

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// checkKeywords evaluates the keyword trigger on topic t at now: the posts
// matching a configured word over the window, against the words' own
// trailing rate so that a word a brand hears daily does not fire all day.
func (e *Engine) checkKeywords(t *topic, now time.Time) {
	c := t.rules.Keyword
	cur := minuteOf(now)
	w := int64(c.Window / time.Minute)
	if c.Off || (!t.kwOn && t.lastHit <= cur-w) {
		return
	}
	win := t.total(cur-w+1, cur+1)
	mean := e.keywordRate(t, cur-w+1) * float64(w)
	sigma := sigmaOf(mean, 0)
	x := float64(win.kw)
	z := (x - mean) / sigma
	t.kwOn = x >= float64(c.MinCount) && z >= c.K
	if !t.kwOn {
		e.judge(t.target, t.name, "", RuleKeyword, nil, 1, now)
		return
	}
	top, words := t.recentHits(cur - w + 1)
	sev := Low
	switch {
	case x >= 10*float64(c.MinCount):
		sev = High
	case x >= 3*float64(c.MinCount):
		sev = Medium
	}
	f := &Firing{
		Severity: sev,
		Inputs: Inputs{Window: c.Window, X: x, Mean: mean, Sigma: sigma, Z: z, K: c.K,
			Baseline: BaselineTrailing, Keywords: words},
		Top: top,
		Summary: fmt.Sprintf("%s: %.0f posts with %s in %s vs %.1f expected, z=%.1f ≥ %g",
			t.name, x, strings.Join(words, ", "), c.Window, mean, z, c.K),
	}
	e.judge(t.target, t.name, "", RuleKeyword, f, 1, now)
}

// keywordRate is the mean keyword posts per minute over the trailing
// baseline ending before minute to (0 without history), cached per minute
// since ticks come every second.
func (e *Engine) keywordRate(t *topic, to int64) float64 {
	if t.kwBaseTo == to && t.kwBaseOK {
		return t.kwBase
	}
	from := e.baselineFrom(to)
	t.kwBase, t.kwBaseTo, t.kwBaseOK = 0, to, true
	if to > from {
		t.kwBase = float64(t.total(from, to).kw) / float64(to-from)
	}
	return t.kwBase
}

// recentHits returns the remembered keyword posts since minute from,
// highest reach first, and the distinct words they matched.
func (t *topic) recentHits(from int64) ([]Post, []string) {
	var top [topK]*feeds.Mention
	var words []string
	for i := range recentHits {
		h := t.hits[(t.hitNext+i)%recentHits]
		if h.m == nil || h.minute < from {
			continue
		}
		insertTop(&top, h.m)
		for _, w := range h.words[:h.n] {
			if !slices.Contains(words, w) {
				words = append(words, w)
			}
		}
	}
	return postsOf(top[:]), words
}
