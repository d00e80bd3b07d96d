package alerts

import (
	"fmt"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// checkReach fires on the negative posts of accounts above a follower tier
// observed since the last tick. A post is one event: a higher tier upgrades
// the topic's alert at once (longevity 1).
func (e *Engine) checkReach(t *topic, now time.Time) {
	pending := t.reach
	t.reach = [topK]*feeds.Mention{}
	c := t.rules.Reach
	if c.Off || pending[0] == nil {
		e.judge(t.target, t.name, "", RuleReach, nil, 1, now)
		return
	}
	best := pending[0]
	tier := 0
	for i, v := range c.Tiers {
		if best.Author.Followers >= v {
			tier = i
		}
	}
	in := Inputs{
		X: float64(best.Author.Followers), Mean: float64(c.Tiers[tier]), Followers: best.Author.Followers,
		Tier: c.Tiers[tier],
	}
	top := postsOf(pending[:])
	f := &Firing{
		Severity: severityOf(tier + 2),
		Inputs:   in,
		Top:      top,
		Summary: fmt.Sprintf("%s: negative post by %s (%d followers ≥ %d): %q",
			t.name, top[0].Author, best.Author.Followers, c.Tiers[tier], truncate(best.Text, 80)),
	}
	e.judge(t.target, t.name, "", RuleReach, f, 1, now)
}
