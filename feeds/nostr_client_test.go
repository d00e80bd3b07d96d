package feeds

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

var nostrBase = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// nostrNote is the i-th note of the fake relay's store, 30 s apart.
func nostrNote(i int) int64 { return nostrBase.Unix() + int64(i)*30 }

func nostrEventFrame(sub string, i int) []byte {
	b, _ := json.Marshal([]any{"EVENT", sub, map[string]any{
		"id": nostrID(1000 + i), "pubkey": nostrID(7), "created_at": nostrNote(i), "kind": 1,
		"tags": [][]string{{"t", "acme"}}, "content": fmt.Sprintf("note %d", i), "sig": "00",
	}})
	return b
}

// readREQ reads the client's subscription and returns its id and filter.
func readREQ(t *testing.T, conn *websocket.Conn) (string, nostrFilter) {
	var msg []json.RawMessage
	var typ, sub string
	var f nostrFilter
	if err := conn.ReadJSON(&msg); err != nil || len(msg) != 3 {
		t.Errorf("REQ: %v %s", err, msg)
		return "", f
	}
	json.Unmarshal(msg[0], &typ)
	json.Unmarshal(msg[1], &sub)
	if err := json.Unmarshal(msg[2], &f); err != nil || typ != "REQ" || len(f.Kinds) != 1 || f.Kinds[0] != 1 {
		t.Errorf("REQ %s: %v", msg, err)
	}
	return sub, f
}

// relaySend sends the stored notes [0, upTo) whose created_at is at or
// after since, as a relay answering a REQ does.
func relaySend(conn *websocket.Conn, sub string, since int64, upTo int) {
	for i := 0; i < upTo; i++ {
		if nostrNote(i) >= since {
			conn.WriteMessage(websocket.TextMessage, nostrEventFrame(sub, i))
		}
	}
}

// TestNostrResumeSince: after a drop the REQ asks since the newest note
// minus the margin; the relay resends the notes of that margin, which are
// dropped by id, and every note is counted once.
func TestNostrResumeSince(t *testing.T) {
	const total = 20
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	var sinces []int64
	l := newLoopback(t, func(n int, r *http.Request, conn *websocket.Conn) {
		sub, f := readREQ(t, conn)
		mu.Lock()
		sinces = append(sinces, f.Since)
		mu.Unlock()
		if n == 0 {
			relaySend(conn, sub, f.Since, 10)
			conn.WriteMessage(websocket.TextMessage, []byte(`["EOSE","`+sub+`"]`))
			return // drop
		}
		relaySend(conn, sub, f.Since, total)
		conn.WriteMessage(websocket.TextMessage, []byte(`["EOSE","`+sub+`"]`))
		readUntilClosed(ctx, conn)
	})
	t.Cleanup(cancel)
	s := newSink()
	c := startClient(t, l.url(), NewNostr("acme", 0, func() time.Time { return nostrBase }), s)
	waitFor(t, "all notes", func() bool { return len(s.all()) >= total })
	time.Sleep(20 * time.Millisecond)
	checkOnce(t, s.all(), total, func(i int) string { return "nostr:" + nostrID(1000+i) })
	mu.Lock()
	defer mu.Unlock()
	if len(sinces) != 2 || sinces[0] != nostrBase.Unix() || sinces[1] != nostrNote(9)-120 {
		t.Errorf("since per connection %v, want start then newest minus 2 min", sinces)
	}
	if g := c.Status().Gaps; len(g) != 1 || !g[0].Replayable {
		t.Errorf("gaps %+v", g)
	}
}

// TestNostrRelayRefusals: CLOSED auth-required is terminal; a NOTICE is
// reported and the feed goes on.
func TestNostrRelayRefusals(t *testing.T) {
	t.Run("closed auth-required", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		l := newLoopback(t, func(n int, r *http.Request, conn *websocket.Conn) {
			sub, _ := readREQ(t, conn)
			conn.WriteMessage(websocket.TextMessage, []byte(`["CLOSED","`+sub+`","auth-required: members only"]`))
			readUntilClosed(ctx, conn)
		})
		t.Cleanup(cancel)
		checkAuthFailed(t, l, NewNostr("", 0, nil))
	})
	t.Run("closed error reconnects and resumes", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		l := newLoopback(t, func(n int, r *http.Request, conn *websocket.Conn) {
			sub, f := readREQ(t, conn)
			if n == 0 {
				relaySend(conn, sub, f.Since, 2)
				conn.WriteMessage(websocket.TextMessage, []byte(`["CLOSED","`+sub+`","error: shutting down"]`))
			} else {
				relaySend(conn, sub, f.Since, 4) // replays from since: dedupe drops the overlap
			}
			readUntilClosed(ctx, conn)
		})
		t.Cleanup(cancel)
		s := newSink()
		c := startClient(t, l.url(), NewNostr("", 0, func() time.Time { return nostrBase }), s)
		waitFor(t, "every note once after the reconnect", func() bool { return len(s.all()) == 4 })
		time.Sleep(20 * time.Millisecond)
		if n := len(s.all()); n != 4 {
			t.Fatalf("%d notes, want 4: the replayed overlap must be dropped", n)
		}
		st := c.Status()
		if st.Reconnects != 1 || st.State != StateLive || st.Rejected["error"] != 1 {
			t.Errorf("reconnects %d state %s rejected %v", st.Reconnects, st.State, st.Rejected)
		}
	})
	t.Run("notice", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		l := newLoopback(t, func(n int, r *http.Request, conn *websocket.Conn) {
			sub, _ := readREQ(t, conn)
			conn.WriteMessage(websocket.TextMessage, []byte(`["NOTICE","rate limited, slow down"]`))
			conn.WriteMessage(websocket.TextMessage, []byte(`["EVENT","`+sub+`",{"id":"zz"}]`))
			relaySend(conn, sub, 0, 1)
			readUntilClosed(ctx, conn)
		})
		t.Cleanup(cancel)
		s := newSink()
		c := startClient(t, l.url(), NewNostr("", 0, nil), s)
		waitFor(t, "the note", func() bool { return len(s.all()) == 1 })
		st := c.Status()
		if st.State != StateLive || st.Rejected[RejectMissingID] != 1 || l.conns.Load() != 1 {
			t.Errorf("state %s rejected %v conns %d", st.State, st.Rejected, l.conns.Load())
		}
		if st.LastError == "" {
			t.Error("the notice should be the last error")
		}
	})
}
