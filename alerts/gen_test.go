package alerts

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// t0 is a Monday 00:00 UTC: tests start on a minute boundary.
var t0 = time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)

// poisson draws from Poisson(lambda) exactly: Knuth's method on chunks of
// at most 30, since a sum of Poisson variables is Poisson.
func poisson(rng *rand.Rand, lambda float64) int {
	n := 0
	for lambda > 0 {
		l := math.Min(lambda, 30)
		lambda -= l
		limit, p := math.Exp(-l), rng.Float64()
		for p > limit {
			n++
			p *= rng.Float64()
		}
	}
	return n
}

// sim drives an engine minute by minute with synthetic traffic and
// collects everything Tick returns.
type sim struct {
	t      testing.TB
	e      *Engine
	rng    *rand.Rand
	now    time.Time
	pool   []*feeds.Mention
	next   int
	events []Alert
}

func newSim(t testing.TB, cfg Config, seed uint64) *sim {
	t.Helper()
	e, err := NewEngine(cfg)
	if err != nil {
		t.Fatal(err)
	}
	s := &sim{t: t, e: e, rng: rand.New(rand.NewPCG(seed, 7)), now: t0}
	for i := range 64 {
		s.pool = append(s.pool, &feeds.Mention{
			ID: fmt.Sprintf("p%d", i), Platform: []string{"bluesky", "mastodon"}[i%2], Text: "just a post",
			Author: feeds.Author{Handle: fmt.Sprintf("user%d", i), Followers: int64(i * 10)},
			Topics: []string{"brand"},
		})
	}
	return s
}

// minute feeds n mentions spread over the current minute, made by mk (nil:
// the shared pool), then ticks at the start of the next minute.
func (s *sim) minute(n int, mk func(i int) *feeds.Mention) {
	for i := range n {
		m := mk
		var mention *feeds.Mention
		if m != nil {
			mention = m(i)
		} else {
			mention = s.pool[s.next%len(s.pool)]
			s.next++
		}
		s.e.Observe(mention, s.now.Add(time.Duration(i)*time.Minute/time.Duration(n)))
	}
	s.now = s.now.Add(time.Minute)
	s.events = append(s.events, s.e.Tick(s.now, nil)...)
}

// steady runs minutes of Poisson traffic at rate per minute.
func (s *sim) steady(minutes int, rate float64) {
	for range minutes {
		s.minute(poisson(s.rng, rate), nil)
	}
}

// firings returns the events in which rule fired (a new alert, a merge
// or an upgrade).
func (s *sim) firings(rule string) []Alert {
	var out []Alert
	for _, a := range s.events {
		if a.Latest().Rule == rule && a.Change != ChangeResolved && a.Change != ChangeUnsnoozed {
			out = append(out, a)
		}
	}
	return out
}
