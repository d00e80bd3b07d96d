package alerts

import (
	"fmt"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/internal/cputime"
)

// BenchmarkObserve measures the per-mention cost on the pipeline's hot path:
// ASCII and accented French texts, two topics each.
func BenchmarkObserve(b *testing.B) {
	e, err := NewEngine(DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	texts := []string{
		"Just tried the new flavour from @acme and honestly it is fine, nothing special but ok",
		"Énorme déception avec la livraison, le service client ne répond même pas, je vais porter plainte",
	}
	var ms []*feeds.Mention
	for i := range 64 {
		ms = append(ms, &feeds.Mention{ID: fmt.Sprint(i), Platform: "bluesky", Text: texts[i%2], Topics: []string{"brand", "product"},
			Author: feeds.Author{Followers: int64(i * 100)}, Sentiment: &feeds.Sentiment{Score: -0.3, Label: feeds.Negative}})
	}
	at := t0
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		at = at.Add(time.Millisecond)
		e.Observe(ms[i%len(ms)], at)
		if i%1000 == 0 {
			e.Tick(at, nil)
		}
		i++
	}
}

// BenchmarkEngineMillion is the engine's share of a backtest: a million
// mentions (24 hours at about 700 a minute, 10% negative, one topic)
// observed and ticked once per simulated second, without any decoding.
func BenchmarkEngineMillion(b *testing.B) {
	const n, span = 1_000_000, 24 * time.Hour
	texts := []string{"Just tried the new flavour, it is fine", "Énorme déception, je vais porter plainte", "rappel: soldes demain"}
	ms := make([]*feeds.Mention, n)
	for i := range ms {
		s := &feeds.Sentiment{Score: 0.1, Label: feeds.Neutral}
		if i%10 == 0 {
			s = &feeds.Sentiment{Score: -0.5, Label: feeds.Negative}
		}
		ms[i] = &feeds.Mention{ID: fmt.Sprint(i), Platform: []string{"bluesky", "mastodon"}[i%2], Text: texts[i%3],
			Topics: []string{"brand"}, Author: feeds.Author{Followers: int64(i % 20_000)}, Sentiment: s,
			CreatedAt: t0.Add(time.Duration(i) * (span / n))}
	}
	b.ReportAllocs()
	cpu0 := cputime.Used()
	for b.Loop() {
		e, err := NewEngine(DefaultConfig())
		if err != nil {
			b.Fatal(err)
		}
		last := int64(0)
		for _, m := range ms {
			if s := m.CreatedAt.Unix(); s > last {
				last = s
				e.Tick(m.CreatedAt.Truncate(time.Second), nil)
			}
			e.Observe(m, m.CreatedAt)
		}
	}
	// CPU time, not wall time, is comparable on a shared machine.
	b.ReportMetric((cputime.Used()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}
