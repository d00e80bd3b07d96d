package feeds

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func nostrID(n int) string { return fmt.Sprintf("%064x", n) }

func TestNostrDecodeFixtures(t *testing.T) {
	n := NewNostr("", 0, nil)
	var got []*Mention
	for i, f := range readFrames(t, "testdata/nostr/frames.jsonl") {
		var err error
		if got, err = n.Decode(f, got); err != nil {
			t.Fatalf("frame %d: %v", i+1, err)
		}
	}
	want := []Mention{
		{ID: "nostr:" + nostrID(1), Op: OpCreate, Lang: "fr", Text: "Acme encore en panne ce matin #acme",
			CreatedAt: time.Unix(1795000001, 0)},
		{ID: "nostr:" + nostrID(2), ReplyTo: nostrID(9)},
		{ID: "nostr:" + nostrID(3), ReplyTo: nostrID(2)},
		{ID: "nostr:" + nostrID(4), Quotes: nostrID(1), Text: "quoting nostr:note1xyz #AcmeFail"},
		{ID: "nostr:" + nostrID(6), ReplyTo: nostrID(1)},
		{ID: "nostr:" + nostrID(7), Text: "broken tags, text survives"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d mentions, want %d (duplicate id, reaction, EOSE, OK, AUTH add none)", len(got), len(want))
	}
	for i, w := range want {
		checkMention(t, i, got[i], w)
	}
	if got[0].Author.ID != strings.Repeat("ab", 32) || got[0].Platform != "nostr" {
		t.Errorf("author %q platform %q", got[0].Author.ID, got[0].Platform)
	}
	if n.Cursor() != "1795000007" || !n.Replayable() {
		t.Errorf("cursor %q replayable %v", n.Cursor(), n.Replayable())
	}
}

func TestNostrHelloSinceAndResume(t *testing.T) {
	now := time.Unix(1795000000, 0)
	n := NewNostr("acme OR globex", time.Minute, func() time.Time { return now })
	hello, err := n.Hello()
	if err != nil {
		t.Fatal(err)
	}
	want := `["REQ","warroom",{"kinds":[1],"since":1795000000,"search":"acme OR globex"}]`
	if len(hello) != 1 || string(hello[0]) != want {
		t.Fatalf("first REQ = %s, want %s", hello, want)
	}
	now = now.Add(time.Hour) // the first connection died before any note
	if again, _ := n.Hello(); string(again[0]) != want {
		t.Fatalf("second REQ before any note = %s, want the first since again", again[0])
	}
	ev := `["EVENT","warroom",{"id":"` + nostrID(1) + `","pubkey":"p","created_at":1795000500,"kind":1,"tags":[],"content":"x"}]`
	if _, err := n.Decode([]byte(ev), nil); err != nil {
		t.Fatal(err)
	}
	hello, _ = n.Hello()
	if !strings.Contains(string(hello[0]), `"since":1795000440`) {
		t.Fatalf("resume REQ = %s, want since newest minus the margin", hello[0])
	}
	if got, _ := n.Decode([]byte(ev), nil); len(got) != 0 {
		t.Fatal("a replayed event must be dropped")
	}
	if hello, _ := NewNostr("", 0, nil).Hello(); strings.Contains(string(hello[0]), "search") {
		t.Errorf("no search, no search field: %s", hello[0])
	}
}

func TestNostrMessages(t *testing.T) {
	n := NewNostr("", 0, nil)
	_, err := n.Decode([]byte(`["CLOSED","warroom","auth-required: we only serve members"]`), nil)
	if !errors.Is(err, ErrTerminal) || !errors.Is(err, ErrAuth) {
		t.Errorf("auth-required CLOSED: %v, want terminal", err)
	}
	_, err = n.Decode([]byte(`["CLOSED","warroom","unsupported: search is not supported"]`), nil)
	if !errors.Is(err, ErrTerminal) || errors.Is(err, ErrAuth) {
		t.Errorf("unsupported CLOSED: %v, want terminal, not auth", err)
	}
	_, err = n.Decode([]byte(`["CLOSED","warroom","error: shutting down"]`), nil)
	if err == nil || errors.Is(err, ErrTerminal) {
		t.Errorf("other CLOSED: %v, want a feed error", err)
	}
	_, err = n.Decode([]byte(`["NOTICE","slow down"]`), nil)
	if err == nil || !strings.Contains(err.Error(), "slow down") || ReasonOf(err) != "error" {
		t.Errorf("NOTICE: %v", err)
	}
	if _, _, err := n.Dial("https://relay.example.test"); err == nil {
		t.Error("a non-websocket relay url must be refused")
	}
}

func TestNostrRejects(t *testing.T) {
	event := func(body string) string { return `["EVENT","warroom",` + body + `]` }
	id := nostrID(1)
	tests := []struct{ name, frame, reason string }{
		{"not json", `["EVENT"`, RejectMalformedJSON},
		{"object", `{"a":1}`, RejectWrongType},
		{"empty", `[]`, RejectWrongType},
		{"type not a string", `[5]`, RejectWrongType},
		{"short EVENT", `["EVENT","warroom"]`, RejectWrongType},
		{"bad id", event(`{"id":"xyz","kind":1,"created_at":5,"content":"x"}`), RejectMissingID},
		{"upper-case id", event(`{"id":"` + strings.ToUpper(nostrID(0xabc)) + `","kind":1,"created_at":5,"content":"x"}`), RejectMissingID},
		{"no time", event(`{"id":"` + id + `","kind":1,"content":"x"}`), RejectMissingTime},
		{"no content", event(`{"id":"` + id + `","kind":1,"created_at":5,"content":" "}`), RejectMissingText},
		{"content wrong type", event(`{"id":"` + id + `","kind":1,"created_at":5,"content":5}`), RejectWrongType},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NewNostr("", 0, nil).Decode([]byte(tt.frame), nil)
			if len(got) != 0 || ReasonOf(err) != tt.reason {
				t.Fatalf("got %d mentions, err %v; want reason %s", len(got), err, tt.reason)
			}
		})
	}
}
