package alerts

import (
	"math"
	"unicode/utf8"

	"github.com/warroom-dev/warroom/feeds"
)

// maxPostText caps a post's text in an alert: enough to judge it on screen
// and in the journal without carrying whole threads around.
const maxPostText = 280

// postsOf copies the non-nil mentions of ms into Posts.
func postsOf(ms []*feeds.Mention) []Post {
	var out []Post
	for _, m := range ms {
		if m != nil {
			out = append(out, postOf(m))
		}
	}
	return out
}

func postOf(m *feeds.Mention) Post {
	p := Post{
		ID: m.ID, Platform: m.Platform, URL: m.URL, Author: m.Author.Handle,
		Followers: m.Author.Followers, Text: truncate(m.Text, maxPostText), CreatedAt: m.CreatedAt,
	}
	if p.Author == "" {
		p.Author = m.Author.Name
	}
	if m.Sentiment != nil {
		p.Sentiment = m.Sentiment.Score
	}
	_, p.Negative = sentimentOf(m)
	return p
}

// truncate cuts s to at most n runes, the last being an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n-1 {
			return s[:j] + "…"
		}
		i++
	}
	return s
}

// sigmaOf is the standard deviation a count is judged against: the sample
// deviation, but at least the Poisson floor sqrt(mean) (a low-volume brand
// has a jumpy baseline) and at least 1 (an empty baseline must not divide
// by zero or make one mention an emergency).
func sigmaOf(mean, variance float64) float64 {
	return math.Max(math.Sqrt(variance), math.Max(math.Sqrt(mean), 1))
}
