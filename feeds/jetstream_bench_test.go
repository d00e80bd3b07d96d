package feeds_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/internal/cputime"
	"github.com/warroom-dev/warroom/match"
	"github.com/warroom-dev/warroom/pipeline"
	"github.com/warroom-dev/warroom/sentiment"
)

// benchTexts reads the made-up posts of the matching benchmarks, in the
// languages a French brand's room sees; about one in four names a topic.
func benchTexts(b *testing.B) []string {
	data, err := os.ReadFile("../match/testdata/posts.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}

// jetstreamFrames builds n Jetstream-shaped commit frames (facets, reply
// and quote on some). A run cycles through them with a fresh adapter each
// time (its cursor would drop a second pass) and a dedupe memory shorter
// than a cycle.
func jetstreamFrames(texts []string, n int) [][]byte {
	frames := make([][]byte, n)
	for i := range frames {
		k := i
		text := texts[i%len(texts)]
		extra := ""
		switch i % 4 {
		case 1:
			extra = `,"reply":{"parent":{"cid":"bafyreib2rxk3rh6kzwq","uri":"at://did:plc:bench0000000000000000001/app.bsky.feed.post/3laaaaaaaaaaa"},"root":{"cid":"bafyreib2rxk3rh6kzwq","uri":"at://did:plc:bench0000000000000000001/app.bsky.feed.post/3laaaaaaaaaaa"}}`
		case 2:
			extra = `,"embed":{"$type":"app.bsky.embed.record","record":{"cid":"bafyreib2rxk3rh6kzwq","uri":"at://did:plc:bench0000000000000000002/app.bsky.feed.post/3lbbbbbbbbbbb"}}`
		case 3:
			extra = `,"facets":[{"index":{"byteStart":0,"byteEnd":10},"features":[{"$type":"app.bsky.richtext.facet#link","uri":"https://example.org/x"}]}]`
		}
		frames[i] = fmt.Appendf(nil, `{"did":"did:plc:bench%018d","time_us":%d,"kind":"commit","commit":{"rev":"3lcccccccccc%d","operation":"create","collection":"app.bsky.feed.post","rkey":"3l%011d","record":{"$type":"app.bsky.feed.post","createdAt":"2026-11-22T10:00:00.000Z","langs":["fr"],"text":%q%s},"cid":"bafyreib2rxk3rh6kzwqxyz%d"}}`,
			i%5000, 1_760_000_000_000_000+int64(k), i%10, k, text, extra, i)
	}
	return frames
}

// benchTopics is 100 topics of 10 terms and one phrase: 1,000 terms.
func benchTopics() []match.Topic {
	topics := make([]match.Topic, 100)
	for i := range topics {
		topics[i] = match.Topic{Name: fmt.Sprintf("t%d", i), Phrases: []string{fmt.Sprintf("brand %d crisis", i)}}
		for j := range 10 {
			topics[i].Terms = append(topics[i].Terms, fmt.Sprintf("term%dx%d", i, j))
		}
	}
	topics[0].Terms = append(topics[0].Terms, "Acme")
	return topics
}

// benchJetstream runs Jetstream frames through the adapter and Normalize,
// as the client does, handing each frame's batch to sink; it reports
// posts/s on one goroutine.
func benchJetstream(b *testing.B, sink func([]*feeds.Mention)) {
	const n = 1 << 14
	texts := benchTexts(b)
	frames := jetstreamFrames(texts, n)
	j := feeds.NewJetstream(0)
	now := time.Now()
	var batch []*feeds.Mention
	posts := 0
	b.ReportAllocs()
	cpu0 := cputime.Used()
	for i := 0; b.Loop(); i++ {
		if i > 0 && i%n == 0 {
			j = feeds.NewJetstream(0) // the cursor would take a new cycle for a replay
		}
		var err error
		batch, err = j.Decode(frames[i%n], batch[:0])
		if err != nil {
			b.Fatal(err)
		}
		for _, m := range batch {
			feeds.Normalize(m, "bsky", now, 5000)
		}
		posts += len(batch)
		sink(batch)
	}
	b.ReportMetric(float64(posts)/b.Elapsed().Seconds(), "posts/s")
	// On a shared machine wall time counts other processes' turns too;
	// CPU time (user+system of this process, one goroutine at work plus
	// the garbage collector) does not.
	b.ReportMetric(float64(posts)/(cputime.Used()-cpu0).Seconds(), "posts/cpu-s")
}

// BenchmarkJetstreamDecodeNormalizeMatch: adapter, normalize (sanitize) and
// matching against 1,000 terms.
func BenchmarkJetstreamDecodeNormalizeMatch(b *testing.B) {
	m, err := match.New(benchTopics())
	if err != nil {
		b.Fatal(err)
	}
	var topics []string
	benchJetstream(b, func(batch []*feeds.Mention) {
		for _, x := range batch {
			topics = m.Match(x.Text, x.Lang, topics[:0])
		}
	})
}

// BenchmarkJetstreamPipeline: the same through the pipeline (dedupe,
// matching, aggregation), one Ingest per frame as the client does.
func BenchmarkJetstreamPipeline(b *testing.B) {
	benchPipeline(b, nil)
}

// BenchmarkJetstreamPipelineScored adds our sentiment scoring.
func BenchmarkJetstreamPipelineScored(b *testing.B) {
	benchPipeline(b, pipeline.NewSentimentScorer(sentiment.Default()))
}

func benchPipeline(b *testing.B, scorer pipeline.Scorer) {
	m, err := match.New(benchTopics())
	if err != nil {
		b.Fatal(err)
	}
	opts := pipeline.Options{Matcher: m, DedupeSize: 4096} // < a cycle: see jetstreamFrames
	if scorer != nil {
		opts.Scorer = scorer
	}
	p := pipeline.New(aggregate.New(), opts)
	benchJetstream(b, func(batch []*feeds.Mention) {
		p.Ingest(append([]*feeds.Mention(nil), batch...)) // the client hands over a fresh slice
	})
}
