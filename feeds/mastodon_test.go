package feeds

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestMastodonDecodeFixtures(t *testing.T) {
	m := NewMastodon("", nil, []string{"acme"})
	if _, _, err := m.Dial("wss://m.example.test"); err != nil {
		t.Fatal(err)
	}
	var got []*Mention
	for i, f := range readFrames(t, "testdata/mastodon/frames.jsonl") {
		var err error
		if got, err = m.Decode(f, got); err != nil {
			t.Fatalf("frame %d: %v", i+1, err)
		}
	}
	const base = "mastodon:https://other.example.test/users/alice/statuses/"
	want := []Mention{
		{ID: base + "1001", Op: OpCreate, Lang: "fr", Text: "Le service client d'#Acme ne répond plus",
			URL: "https://other.example.test/@alice/1001", Author: Author{Handle: "@alice@other.example.test"},
			Metrics: Metrics{Likes: 3, Reposts: 2, Replies: 1}, CreatedAt: time.Date(2026, 11, 22, 10, 1, 0, 0, time.UTC)},
		{ID: base + "1002", Lang: "en", ReplyTo: "https://other.example.test/users/alice/statuses/1001",
			Author: Author{Handle: "@bob@m.example.test"}},
		{ID: base + "1003", Op: OpCreate, Text: "boosted post about Acme"},
		{ID: base + "1001", Op: OpUpdate, Text: "Le service client d'Acme ne répond plus (edit)"},
		{ID: base + "1002", Op: OpDelete},
		{ID: base + "1005", Text: "Acme layoffs\n\ndetails inside", Quotes: "https://other.example.test/users/alice/statuses/1001"},
		{ID: base + "1006", Text: "broken counts and account, text survives"},
		{ID: base + "1007", Text: "payload sent as an object"},
	}
	if len(got) != len(want) {
		for _, g := range got {
			t.Logf("%s %s", g.Op, g.ID)
		}
		t.Fatalf("got %d mentions, want %d", len(got), len(want))
	}
	for i, w := range want {
		checkMention(t, i, got[i], w)
	}
	if got[4].CreatedAt.IsZero() || got[4].Validate() != nil {
		t.Errorf("delete must carry the status time to be valid: %+v", got[4])
	}
	if got[6].Author != (Author{}) {
		t.Errorf("broken account should be unknown, got %+v", got[6].Author)
	}
}

func TestMastodonDialAndHello(t *testing.T) {
	m := NewMastodon("s3cret-token", []string{"public:local"}, []string{"#Acme", " ", "acmefail"})
	u, h, err := m.Dial("wss://m.example.test")
	if err != nil {
		t.Fatal(err)
	}
	if u != "wss://m.example.test/api/v1/streaming" || strings.Contains(u, "s3cret") {
		t.Errorf("url = %q", u)
	}
	if h.Get("Authorization") != "Bearer s3cret-token" {
		t.Errorf("authorization header = %q", h.Get("Authorization"))
	}
	hello, err := m.Hello()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`{"type":"subscribe","stream":"public:local"}`,
		`{"type":"subscribe","stream":"hashtag","tag":"Acme"}`,
		`{"type":"subscribe","stream":"hashtag","tag":"acmefail"}`,
	}
	if len(hello) != len(want) {
		t.Fatalf("hello = %q", hello)
	}
	for i := range want {
		if string(hello[i]) != want[i] {
			t.Errorf("hello[%d] = %s, want %s", i, hello[i], want[i])
		}
	}
	if _, h, _ := NewMastodon("", nil, nil).Dial("wss://m.example.test/"); h.Get("Authorization") != "" {
		t.Error("no token, no header")
	}
	if hello, _ := NewMastodon("", nil, nil).Hello(); len(hello) != 1 || !strings.Contains(string(hello[0]), `"public"`) {
		t.Errorf("default subscription = %q", hello)
	}
}

func TestMastodonErrors(t *testing.T) {
	m := NewMastodon("", nil, nil)
	_, err := m.Decode([]byte(`{"error":"Missing access token","status":401}`), nil)
	if !errors.Is(err, ErrTerminal) || !errors.Is(err, ErrAuth) {
		t.Fatalf("401 error object: %v, want terminal auth error", err)
	}
	_, err = m.Decode([]byte(`{"error":"Unknown stream type"}`), nil)
	if err == nil || errors.Is(err, ErrTerminal) || !strings.Contains(err.Error(), "Unknown stream type") {
		t.Fatalf("plain error object: %v", err)
	}
	if ReasonOf(err) != "error" {
		t.Errorf("an error object is a feed error, not a reject: %q", ReasonOf(err))
	}
}

func TestMastodonRejects(t *testing.T) {
	status := func(s string) string {
		return `{"event":"update","payload":` + s + `}`
	}
	tests := []struct{ name, frame, reason string }{
		{"not json", `{"event":`, RejectMalformedJSON},
		{"payload not json", status(`"{oops"`), RejectMalformedJSON},
		{"payload a number", status(`5`), RejectWrongType},
		{"no uri", status(`"{\"id\":\"1\",\"created_at\":\"2026-01-01T00:00:00Z\",\"content\":\"x\"}"`), RejectMissingID},
		{"bad time", status(`"{\"uri\":\"u\",\"created_at\":\"noon\",\"content\":\"x\"}"`), RejectBadTime},
		{"content wrong type", status(`"{\"uri\":\"u\",\"created_at\":\"2026-01-01T00:00:00Z\",\"content\":5}"`), RejectWrongType},
		{"empty content", status(`"{\"uri\":\"u\",\"created_at\":\"2026-01-01T00:00:00Z\",\"content\":\"<p></p>\"}"`), RejectMissingText},
		{"delete id not a string", `{"event":"delete","payload":5}`, RejectWrongType},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NewMastodon("", nil, nil).Decode([]byte(tt.frame), nil)
			if len(got) != 0 || ReasonOf(err) != tt.reason {
				t.Fatalf("got %d mentions, err %v; want reason %s", len(got), err, tt.reason)
			}
		})
	}
}
