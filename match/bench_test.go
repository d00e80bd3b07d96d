package match

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/warroom-dev/warroom/internal/cputime"
)

// benchPosts are made-up post texts in English and French, most matching
// nothing, as in a firehose (shared with the feeds benchmarks).
func benchPosts(b *testing.B) []string {
	data, err := os.ReadFile("testdata/posts.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}

func benchMatcher(b *testing.B, topics, terms int) {
	m, err := New(manyTopics(topics, terms))
	if err != nil {
		b.Fatal(err)
	}
	posts := benchPosts(b)
	dst := make([]string, 0, 8)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	for i := 0; b.Loop(); i++ {
		dst = m.Match(posts[i%len(posts)], "fr", dst[:0])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "posts/s")
	// Wall time on a shared machine counts other processes' turns.
	b.ReportMetric(float64(b.N)/(cputime.Used()-cpu0).Seconds(), "posts/cpu-s")
}

// BenchmarkMatch1000Terms: 100 topics of 10 terms and one phrase each.
func BenchmarkMatch1000Terms(b *testing.B) { benchMatcher(b, 100, 10) }

// BenchmarkMatch10000Terms shows that cost does not grow with the terms.
func BenchmarkMatch10000Terms(b *testing.B) { benchMatcher(b, 1000, 10) }

func BenchmarkMatchSizes(b *testing.B) {
	for _, n := range []int{10, 1000} {
		b.Run(fmt.Sprint(n, "topics"), func(b *testing.B) { benchMatcher(b, n, 1) })
	}
}

// BenchmarkPeerRegexp1000Terms is a peer for scale: one case-insensitive
// alternation of the same 1,000 terms and 100 phrases with word boundaries,
// matched by Go's regexp (no accent folding, no topics, no exclusions: it
// only answers "does any term occur").
func BenchmarkPeerRegexp1000Terms(b *testing.B) {
	var alts []string
	for _, t := range manyTopics(100, 10) {
		for _, p := range append(t.Terms, t.Phrases...) {
			alts = append(alts, regexp.QuoteMeta(p))
		}
	}
	re := regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
	posts := benchPosts(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		re.MatchString(posts[i%len(posts)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "posts/s")
}
