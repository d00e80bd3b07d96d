package match

import (
	"fmt"
	"testing"
)

// benchPosts are post-shaped texts (made up) in English and French, most
// matching nothing, as in a firehose.
func benchPosts() []string {
	base := []string{
		"Just landed in Lyon, the weather is lovely and the croissants even better. Who's around tonight?",
		"Le service client ne répond plus depuis trois jours, c'est inadmissible. Quelqu'un a un numéro ?",
		"Thread: ten things I learned shipping a side project this year (1/10) #buildinpublic",
		"term12x3 just posted an update and honestly it is not great, people are angry about the outage",
		"Ça fait plaisir de revoir les copains après si longtemps 🥳🎉 #weekend",
		"new blog post on distributed systems and why your retries need jitter https://example.org/x",
		"brand 7 crisis: the statement they released is worse than saying nothing at all",
		"Mon avis sur le nouveau modèle : écran superbe, batterie décevante, prix élevé. Bref, bof.",
	}
	return base
}

func benchMatcher(b *testing.B, topics, terms int) {
	m, err := New(manyTopics(topics, terms))
	if err != nil {
		b.Fatal(err)
	}
	posts := benchPosts()
	dst := make([]string, 0, 8)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		dst = m.Match(posts[i%len(posts)], "fr", dst[:0])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "posts/s")
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
