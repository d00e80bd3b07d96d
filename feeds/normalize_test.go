package feeds

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestNormalizeSanitizesEveryString(t *testing.T) {
	evil := "x\x1b]0;t\x07\u202ey"
	m := &Mention{
		ID: evil, Op: Op(evil), Platform: evil, Feed: "ignored", URL: evil, Text: evil + " " + strings.Repeat("é", 50),
		Author: Author{ID: evil, Handle: evil, Name: evil, Followers: -3}, Lang: evil, ReplyTo: evil, Quotes: evil,
		Metrics:       Metrics{Likes: -1, Reposts: -2, Replies: -3},
		Sentiment:     &Sentiment{Score: -7, Label: Label(evil), Model: evil, Confidence: math.NaN()},
		FeedSentiment: &Sentiment{Score: math.NaN()},
		Topics:        []string{evil, "\x1b[0m", "brand"},
	}
	Normalize(m, "main\x1b[2J", time.Date(2026, 3, 1, 10, 0, 0, 123456789, time.FixedZone("CET", 3600)), 10)
	for name, s := range map[string]string{
		"id": m.ID, "op": string(m.Op), "platform": m.Platform, "url": m.URL, "author.id": m.Author.ID,
		"handle": m.Author.Handle, "name": m.Author.Name, "lang": m.Lang, "reply_to": m.ReplyTo,
		"quotes": m.Quotes, "model": m.Sentiment.Model, "topic": m.Topics[0],
	} {
		if s != "xy" {
			t.Errorf("%s = %q, want xy", name, s)
		}
	}
	if m.Text != "xy éééééé…" || m.Feed != "main" || m.Schema != Schema {
		t.Errorf("text %q feed %q schema %q", m.Text, m.Feed, m.Schema)
	}
	if len(m.Topics) != 2 || m.Topics[1] != "brand" {
		t.Errorf("topics %q: the empty one should go", m.Topics)
	}
	if m.Author.Followers != 0 || m.Metrics != (Metrics{}) {
		t.Errorf("negative counts kept: %+v %+v", m.Author, m.Metrics)
	}
	if s := m.Sentiment; s.Score != -1 || s.Label != Negative || s.Confidence != 0 {
		t.Errorf("sentiment %+v", s)
	}
	if m.FeedSentiment != nil {
		t.Errorf("NaN feed sentiment kept: %+v", m.FeedSentiment)
	}
	if want := time.Date(2026, 3, 1, 9, 0, 0, 123e6, time.UTC); m.ObservedAt != want {
		t.Errorf("observed_at %v, want %v", m.ObservedAt, want)
	}
}

func TestNormalizeTimes(t *testing.T) {
	paris := time.FixedZone("CEST", 2*3600)
	m := &Mention{ID: "a", Text: "t", CreatedAt: time.Date(2026, 6, 1, 12, 0, 0, 999999999, paris)}
	Normalize(m, "f", time.Time{}, 100)
	if want := time.Date(2026, 6, 1, 10, 0, 0, 999e6, time.UTC); m.CreatedAt != want {
		t.Errorf("created_at %v, want %v", m.CreatedAt, want)
	}
	if !m.ObservedAt.IsZero() {
		t.Errorf("zero observed time became %v", m.ObservedAt)
	}
}

func TestRedactURL(t *testing.T) {
	cases := map[string]string{
		"wss://user:pw@host/stream?access_token=abc&tag=x": "wss://host/stream?access_token=redacted&tag=x",
		"ws://127.0.0.1:8765/":                             "ws://127.0.0.1:8765/",
		"wss://relay/?apiKey=1":                            "wss://relay/?apiKey=redacted",
	}
	for in, want := range cases {
		if got := RedactURL(in); got != want {
			t.Errorf("RedactURL(%q) = %q, want %q", in, got, want)
		}
	}
}
