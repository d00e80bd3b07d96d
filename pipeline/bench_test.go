package pipeline

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/internal/cputime"
	"github.com/warroom-dev/warroom/match"
	"github.com/warroom-dev/warroom/sentiment"
)

// benchTexts are crisis-shaped posts in both languages, some with accents,
// emoji, hashtags and a URL, so that the sanitizer and tokenizer do real work.
var benchTexts = [...]string{
	"Du plastique dans les yaourts P'tit Beaumont de mon fils ?! C'est inadmissible #BoycottBeaumont",
	"Beaumont customer service sorted my refund in 10 minutes, impressed 👏",
	"Quelqu'un sait si les crèmes dessert Beaumont sont encore en rayon à Lyon ?",
	"Recall rumour about Beaumont fromage frais: anyone with a lot number? https://example.org/a/b",
	"Je viens de jeter tous nos P'tit Beaumont. Plus jamais. 😡 #RappelConso",
	"Petit comparatif du matin : Beaumont ou Vallon pour le goûter des enfants ?",
	"Unbelievable: weeks of ignored complaints and Beaumont says nothing. Not good enough.",
	"Le communiqué de Beaumont arrive enfin, mieux vaut tard que jamais",
}

// benchFrames encodes n mentions as native frames of batch mentions each.
func benchFrames(n, batch int) [][]byte {
	rng := rand.New(rand.NewPCG(1, 2))
	t0 := time.Date(2026, 11, 22, 14, 0, 0, 0, time.UTC)
	var frames [][]byte
	for i := 0; i < n; i += batch {
		b := []byte{'['}
		for k := i; k < i+batch && k < n; k++ {
			if k > i {
				b = append(b, ',')
			}
			m := &feeds.Mention{Schema: feeds.Schema, ID: fmt.Sprintf("bluesky:%08d", k), Platform: "bluesky",
				URL: fmt.Sprintf("https://bsky.app/profile/u%d/post/%d", k%5000, k), Lang: []string{"fr", "en", ""}[k%3],
				Author:    feeds.Author{ID: fmt.Sprintf("did:plc:%d", k%5000), Handle: fmt.Sprintf("user%d.bsky.social", k%5000), Followers: int64(rng.ExpFloat64() * 800)},
				Text:      benchTexts[k%len(benchTexts)],
				CreatedAt: t0.Add(time.Duration(k) * time.Millisecond), Metrics: feeds.Metrics{Likes: int64(k % 40)}}
			b = feeds.AppendJSON(b, m)
		}
		frames = append(frames, append(b, ']'))
	}
	return frames
}

// runFrames is the path a feed goroutine takes per frame: decode, normalize
// (sanitize), then the pipeline (dedupe, match, score, aggregate). Every
// mention must be new, or dedupe would skip the rest of the work: when the
// corpus has been played once, a fresh pipeline takes over.
func runFrames(b *testing.B, newPipeline func() *Pipeline, frames [][]byte, perFrame int) {
	b.Helper()
	now := time.Date(2026, 11, 22, 14, 0, 1, 0, time.UTC)
	scratch := make([]*feeds.Mention, 0, perFrame)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	n := 0
	var p *Pipeline
	for i := 0; i < b.N; i++ {
		if i%len(frames) == 0 {
			p = newPipeline()
		}
		f := frames[i%len(frames)]
		ms, err := feeds.DecodeNative(f, scratch[:0])
		if err != nil {
			b.Fatal(err)
		}
		for _, m := range ms {
			feeds.Normalize(m, "bench", now, 5000)
		}
		p.Ingest(ms)
		n += len(ms)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "mentions/s")
	// On a shared machine wall time counts the neighbours' turns; the CPU
	// time of this process (run with -cpu 1) is the steadier figure.
	b.ReportMetric(float64(n)/(cputime.Used()-cpu0).Seconds(), "mentions/cpu-s")
}

// BenchmarkPipelineCore is issue 2's target: decode, sanitize, dedupe and
// aggregate, one core. One op is one frame of 100 new mentions.
func BenchmarkPipelineCore(b *testing.B) {
	frames := benchFrames(200_000, 100)
	runFrames(b, func() *Pipeline { return New(aggregate.New(), Options{}) }, frames, 100)
}

// BenchmarkPipelineFull adds topic matching and our sentiment scoring.
func BenchmarkPipelineFull(b *testing.B) {
	frames := benchFrames(200_000, 100)
	m, err := match.New([]match.Topic{{Name: "beaumont", Kind: "brand", Terms: []string{"Beaumont"}},
		{Name: "vallon", Kind: "competitor", Terms: []string{"Vallon"}}})
	if err != nil {
		b.Fatal(err)
	}
	model := sentiment.Default()
	runFrames(b, func() *Pipeline {
		return New(aggregate.New(), Options{Matcher: m, Scorer: NewSentimentScorer(model)})
	}, frames, 100)
}
