package feeds

import (
	"encoding/json"
	"math"
	"reflect"
	"regexp"
	"testing"
	"time"
)

func sampleMention() *Mention {
	return &Mention{
		Schema: Schema, ID: "bluesky:abc", Op: OpCreate, Platform: "bluesky", Feed: "main",
		URL:    "https://bsky.app/profile/x/post/abc?a=1&b=<2>",
		Author: Author{ID: "did:plc:x", Handle: "x.bsky.social", Name: "Ex \"Q\" \\ Why", Followers: 1200},
		Text:   "plain «text» with \u2028 line sep, tab\t, nul \x00, emoji 👨‍👩‍👧 and bad \xff byte",
		Lang:   "fr", CreatedAt: time.Date(2026, 3, 1, 10, 0, 0, 120e6, time.FixedZone("CET", 3600)),
		ObservedAt:    time.Date(2026, 3, 1, 9, 0, 1, 0, time.UTC),
		Metrics:       Metrics{Likes: 3, Reposts: 1},
		Sentiment:     &Sentiment{Score: -0.62, Label: Negative, Model: "vader", Confidence: 1e-7},
		FeedSentiment: &Sentiment{Score: 0, Label: Neutral, Unscored: true},
		Topics:        []string{"brand", "recall"}, ReplyTo: "at://x/1", Quotes: "at://y/2",
	}
}

func TestAppendJSONGolden(t *testing.T) {
	m := &Mention{ID: "sim:1", Text: "hi", CreatedAt: time.Date(2026, 3, 1, 9, 0, 0, 5e6, time.UTC)}
	want := `{"schema":"warroom.mention/v1","id":"sim:1","author":{},"text":"hi",` +
		`"created_at":"2026-03-01T09:00:00.005Z","observed_at":"0001-01-01T00:00:00.000Z","metrics":{}}`
	if got := string(AppendJSON(nil, m)); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestAppendJSONMatchesEncodingJSON checks that every field decodes to what
// encoding/json's encoding of the same struct decodes to, times aside.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	m := sampleMention()
	ours := AppendJSON(nil, m)
	if !json.Valid(ours) {
		t.Fatalf("invalid JSON: %s", ours)
	}
	theirs, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var a, b map[string]any
	if err := json.Unmarshal(ours, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(theirs, &b); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"created_at", "observed_at"} {
		ta, _ := time.Parse(time.RFC3339Nano, a[k].(string))
		tb, _ := time.Parse(time.RFC3339Nano, b[k].(string))
		if !ta.Equal(tb) {
			t.Errorf("%s: %v != %v", k, ta, tb)
		}
		delete(a, k)
		delete(b, k)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("ours   %s\ntheirs %s", ours, theirs)
	}
}

func TestAppendJSONTimesHaveThreeDigitsUTC(t *testing.T) {
	re := regexp.MustCompile(`"(created|observed)_at":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"`)
	if got := re.FindAll(AppendJSON(nil, sampleMention()), -1); len(got) != 2 {
		t.Errorf("times not in RFC 3339 UTC with 3 digits: %q", got)
	}
}

func TestAppendJSONNonFiniteScore(t *testing.T) {
	m := sampleMention()
	m.Sentiment.Score = math.Inf(-1)
	if out := AppendJSON(nil, m); !json.Valid(out) {
		t.Errorf("invalid JSON for an infinite score: %s", out)
	}
}

func TestAppendJSONRoundTripsThroughDecoder(t *testing.T) {
	m := sampleMention()
	Normalize(m, "main", m.ObservedAt, 5000)
	got, err := DecodeNative(AppendJSON(nil, m), nil)
	if err != nil || len(got) != 1 {
		t.Fatalf("decode: %v (%d mentions)", err, len(got))
	}
	back := got[0]
	Normalize(back, "main", m.ObservedAt, 5000)
	if !reflect.DeepEqual(back, m) {
		t.Errorf("round trip changed the mention:\n%+v\n%+v", back, m)
	}
}

func TestAppendTimeMatchesLayout(t *testing.T) {
	for _, tm := range []time.Time{
		{}, time.Date(2026, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(1999, 1, 2, 3, 4, 5, 6e6, time.FixedZone("X", -5*3600)),
		time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-3, 1, 1, 0, 0, 0, 0, time.UTC),
	} {
		want := `"` + tm.UTC().Format(TimeLayout) + `"`
		if got := string(appendTime(nil, tm)); got != want {
			t.Errorf("appendTime(%v) = %s, want %s", tm, got, want)
		}
	}
}
