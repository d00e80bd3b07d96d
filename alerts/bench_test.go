package alerts

import (
	"fmt"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
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
