package feeds

import (
	"math"
	"time"

	"github.com/warroom-dev/warroom/sanitize"
)

// Caps in runes for the short fields of a mention; the text cap is the
// caller's (Normalize's maxText).
const (
	capID     = 512
	capShort  = 64 // platform, lang, op, label, model
	capName   = 256
	capURL    = 2048
	capTopic  = 128
	maxTopics = 32
)

// Normalize makes a raw mention canonical in place: it stamps the schema, the
// feed name and the time of receipt, brings both times to UTC at millisecond
// precision, and passes every string the feed supplied through
// sanitize.Text, the text capped at maxText runes. Counts below zero and
// scores that are not finite are treated as unknown. It is the single place
// where feed content is sanitized.
func Normalize(m *Mention, feed string, observed time.Time, maxText int) {
	m.Schema = Schema
	m.Feed = sanitize.Text(feed, capShort)
	m.ObservedAt = utcMillis(observed)
	m.CreatedAt = utcMillis(m.CreatedAt)
	m.ID = sanitize.Text(m.ID, capID)
	m.Op = Op(sanitize.Text(string(m.Op), capShort))
	m.Platform = sanitize.Text(m.Platform, capShort)
	m.URL = sanitize.Text(m.URL, capURL)
	m.Text = sanitize.Text(m.Text, maxText)
	m.Lang = sanitize.Text(m.Lang, capShort)
	m.ReplyTo = sanitize.Text(m.ReplyTo, capURL)
	m.Quotes = sanitize.Text(m.Quotes, capURL)
	normalizeAuthor(&m.Author)
	normalizeMetrics(&m.Metrics)
	m.Sentiment = normalizeSentiment(m.Sentiment)
	m.FeedSentiment = normalizeSentiment(m.FeedSentiment)
	m.Topics = normalizeTopics(m.Topics)
}

// utcMillis returns t in UTC truncated to the millisecond, the precision of
// the wire format (the zero time stays zero).
func utcMillis(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.UTC().Truncate(time.Millisecond)
}

func normalizeAuthor(a *Author) {
	a.ID = sanitize.Text(a.ID, capID)
	a.Handle = sanitize.Text(a.Handle, capName)
	a.Name = sanitize.Text(a.Name, capName)
	a.Followers = max(a.Followers, 0)
}

func normalizeMetrics(m *Metrics) {
	m.Likes = max(m.Likes, 0)
	m.Reposts = max(m.Reposts, 0)
	m.Replies = max(m.Replies, 0)
}

// normalizeSentiment drops a score that is not a number, clamps it to
// [-1, 1] and derives the label when the feed's is not one of ours.
func normalizeSentiment(s *Sentiment) *Sentiment {
	if s == nil || math.IsNaN(s.Score) {
		return nil
	}
	s.Score = max(-1, min(1, s.Score))
	s.Model = sanitize.Text(s.Model, capShort)
	if math.IsNaN(s.Confidence) {
		s.Confidence = 0
	}
	s.Confidence = max(0, min(1, s.Confidence))
	switch s.Label {
	case Negative, Neutral, Positive:
	default:
		s.Label = LabelFor(s.Score)
	}
	return s
}

// normalizeTopics sanitizes topics in place, dropping empty ones and keeping
// at most maxTopics.
func normalizeTopics(ts []string) []string {
	if len(ts) == 0 {
		return nil
	}
	out := ts[:0]
	for _, t := range ts {
		if len(out) == maxTopics {
			break
		}
		if t = sanitize.Text(t, capTopic); t != "" {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
