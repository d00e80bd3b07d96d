package feeds

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"
)

// readFrames returns the lines of a fixture file, one frame each.
func readFrames(t testing.TB, path string) [][]byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var frames [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			frames = append(frames, []byte(line))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return frames
}

func TestJetstreamDecodeFixtures(t *testing.T) {
	j := NewJetstream(0)
	var got []*Mention
	for i, f := range readFrames(t, "testdata/jetstream/frames.jsonl") {
		var err error
		if got, err = j.Decode(f, got); err != nil {
			t.Fatalf("frame %d: %v", i+1, err)
		}
	}
	const did1 = "did:plc:testuser0000000000000001"
	post1 := "at://" + did1 + "/app.bsky.feed.post/3laaaaaaaaa2a"
	post2 := "at://did:plc:testuser0000000000000002/app.bsky.feed.post/3lbbbbbbbbb2b"
	want := []Mention{
		{ID: "bluesky:" + post1, Op: OpCreate, Lang: "fr", Text: "Acme a encore augmenté ses prix, c'est honteux",
			URL:       "https://bsky.app/profile/" + did1 + "/post/3laaaaaaaaa2a",
			CreatedAt: time.Date(2026, 11, 22, 10, 0, 0, 123e6, time.UTC)},
		{ID: "bluesky:" + post2, Op: OpCreate, Lang: "en", ReplyTo: post1,
			CreatedAt: time.Date(2026, 11, 22, 10, 0, 1, 0, time.UTC)},
		{ID: "bluesky:at://did:plc:testuser0000000000000003/app.bsky.feed.post/3lccccccccc2c", Quotes: post2},
		{ID: "bluesky:at://did:plc:testuser0000000000000004/app.bsky.feed.post/3lddddddddd2d", Quotes: post1},
		{ID: "bluesky:at://did:plc:testuser0000000000000005/app.bsky.feed.post/3leeeeeeeee2e",
			Text: "bad facet and bad embed, text survives"},
		{ID: "bluesky:" + post1, Op: OpUpdate, Text: "Acme a encore augmenté ses prix (edit)"},
		{ID: "bluesky:" + post2, Op: OpDelete, CreatedAt: time.UnixMicro(1760000000000007)},
		{ID: "bluesky:at://did:plc:testuser0000000000000008/app.bsky.feed.post/3liiiiiiiii2i",
			CreatedAt: time.Date(2026, 11, 22, 10, 0, 7, 0, time.UTC)},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d mentions, want %d (identity, account and likes are ignored)", len(got), len(want))
	}
	for i, w := range want {
		checkMention(t, i, got[i], w)
	}
	if got[0].Platform != "bluesky" || got[0].Author.ID != did1 {
		t.Errorf("platform %q author %q", got[0].Platform, got[0].Author.ID)
	}
	if c := j.Cursor(); c != "1760000000000011" {
		t.Errorf("cursor = %q", c)
	}
}

// checkMention compares the fields of want that are set.
func checkMention(t *testing.T, i int, got *Mention, want Mention) {
	t.Helper()
	check := func(field, g, w string) {
		if w != "" && g != w {
			t.Errorf("mention %d: %s = %q, want %q", i, field, g, w)
		}
	}
	check("id", got.ID, want.ID)
	check("op", string(got.Op), string(want.Op))
	check("lang", got.Lang, want.Lang)
	check("text", got.Text, want.Text)
	check("url", got.URL, want.URL)
	check("reply_to", got.ReplyTo, want.ReplyTo)
	check("quotes", got.Quotes, want.Quotes)
	check("author.handle", got.Author.Handle, want.Author.Handle)
	if !want.CreatedAt.IsZero() && !got.CreatedAt.Equal(want.CreatedAt) {
		t.Errorf("mention %d: created_at = %v, want %v", i, got.CreatedAt, want.CreatedAt)
	}
	if want.Metrics != (Metrics{}) && got.Metrics != want.Metrics {
		t.Errorf("mention %d: metrics = %+v, want %+v", i, got.Metrics, want.Metrics)
	}
}

func TestJetstreamRejects(t *testing.T) {
	post := func(rec string) string {
		return `{"did":"did:plc:x","time_us":5,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"r","record":` + rec + `}}`
	}
	tests := []struct{ name, frame, reason string }{
		{"not json", `{"did":`, RejectMalformedJSON},
		{"array", `[1,2]`, RejectWrongType},
		{"no time_us", `{"did":"did:plc:x","kind":"commit"}`, RejectMissingTime},
		{"commit of wrong type", `{"did":"d","time_us":5,"kind":"commit","commit":"x"}`, RejectWrongType},
		{"no rkey", `{"did":"d","time_us":5,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post"}}`, RejectMissingID},
		{"unknown op", `{"did":"d","time_us":5,"kind":"commit","commit":{"operation":"explode","collection":"app.bsky.feed.post","rkey":"r"}}`, RejectUnknownOp},
		{"no record", `{"did":"d","time_us":5,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"r"}}`, RejectMissingText},
		{"text not a string", post(`{"text":5,"createdAt":"2026-01-01T00:00:00Z"}`), RejectWrongType},
		{"bad createdAt", post(`{"text":"hi","createdAt":"yesterday"}`), RejectBadTime},
		{"no createdAt", post(`{"text":"hi"}`), RejectBadTime},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NewJetstream(0).Decode([]byte(tt.frame), nil)
			if len(got) != 0 || ReasonOf(err) != tt.reason {
				t.Fatalf("got %d mentions, err %v; want reason %s", len(got), err, tt.reason)
			}
		})
	}
}

func TestJetstreamEmptyTextIgnored(t *testing.T) {
	frame := `{"did":"d","time_us":5,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"r","record":{"text":"","createdAt":"2026-01-01T00:00:00Z"}}}`
	got, err := NewJetstream(0).Decode([]byte(frame), nil)
	if err != nil || len(got) != 0 {
		t.Fatalf("got %d, %v", len(got), err)
	}
}

func TestJetstreamDialAndResume(t *testing.T) {
	j := NewJetstream(3 * time.Second)
	u, _, err := j.Dial("wss://jetstream.example.test?wantedDids=did:plc:a&cursor=42")
	if err != nil {
		t.Fatal(err)
	}
	want := "wss://jetstream.example.test/subscribe?cursor=42&wantedCollections=app.bsky.feed.post&wantedDids=did%3Aplc%3Aa"
	if u != want || j.Replayable() {
		t.Fatalf("first dial = %q (replayable %v), want %q", u, j.Replayable(), want)
	}
	frame := `{"did":"d","time_us":10000000,"kind":"identity"}`
	if _, err := j.Decode([]byte(frame), nil); err != nil {
		t.Fatal(err)
	}
	u, _, _ = j.Dial("wss://jetstream.example.test/subscribe?cursor=1")
	if !strings.Contains(u, "cursor=7000000") || strings.Contains(u, "cursor=1&") || !j.Replayable() {
		t.Fatalf("resume dial = %q, want cursor 7000000", u)
	}
	// Replayed events at or before the cursor are dropped.
	old := `{"did":"d","time_us":9000000,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"r","record":{"text":"x","createdAt":"2026-01-01T00:00:00Z"}}}`
	if got, err := j.Decode([]byte(old), nil); len(got) != 0 || err != nil {
		t.Fatalf("replayed event decoded: %d %v", len(got), err)
	}
}

func TestJetstreamRefusesCompress(t *testing.T) {
	_, _, err := NewJetstream(0).Dial("wss://j.example.test/subscribe?compress=true")
	if err == nil || !strings.Contains(err.Error(), "compress") {
		t.Fatalf("err = %v", err)
	}
}

// TestJetstreamLangs pins how the langs array is read: the first tag, more
// tags than the decoder keeps, none, and a broken langs that is dropped
// alone (the post is kept, its language unknown).
func TestJetstreamLangs(t *testing.T) {
	tests := []struct{ langs, want string }{
		{`["fr"]`, "fr"},
		{`["de","fr","en","es","it","pt"]`, "de"},
		{`[]`, ""},
		{`null`, ""},
		{`"fr"`, ""},
		{`[5,"fr"]`, ""},
	}
	for _, tt := range tests {
		frame := `{"did":"d","time_us":5,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post",` +
			`"rkey":"r","record":{"text":"hi","createdAt":"2026-01-01T00:00:00Z","langs":` + tt.langs + `}}}`
		got, err := NewJetstream(0).Decode([]byte(frame), nil)
		if err != nil || len(got) != 1 || got[0].Lang != tt.want {
			t.Errorf("langs %s: got %d mentions (err %v), want one with lang %q", tt.langs, len(got), err, tt.want)
		}
	}
}
