package feeds

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// mastoUpdate is the streaming event of the i-th status (local id 500+i).
func mastoUpdate(i int) []byte {
	st := map[string]any{
		"id": fmt.Sprint(500 + i), "uri": fmt.Sprintf("https://m.example.test/users/u/statuses/%d", i),
		"url": fmt.Sprintf("https://m.example.test/@u/%d", i), "created_at": "2026-11-22T10:00:00.000Z",
		"content":  fmt.Sprintf("<p>status %d about <a href=\"#\" class=\"mention hashtag\">#<span>acme</span></a></p>", i),
		"language": "fr", "account": map[string]any{"acct": "u", "display_name": "U", "followers_count": 10},
	}
	payload, _ := json.Marshal(st)
	b, _ := json.Marshal(map[string]any{"stream": []string{"hashtag", "acme"}, "event": "update", "payload": string(payload)})
	return b
}

func mastoID(i int) string {
	return fmt.Sprintf("mastodon:https://m.example.test/users/u/statuses/%d", i)
}

// readSubscriptions reads the client's subscribe messages.
func readSubscriptions(t *testing.T, conn *websocket.Conn, n int) []mastodonSubscribe {
	var subs []mastodonSubscribe
	for range n {
		var s mastodonSubscribe
		if err := conn.ReadJSON(&s); err != nil {
			t.Errorf("reading subscriptions: %v", err)
			return subs
		}
		subs = append(subs, s)
	}
	return subs
}

// TestMastodonStreamAndReconnect: the token arrives as a header, both
// subscriptions are sent on each connection, statuses and a delete are
// decoded, and a drop is recorded as a gap that cannot be replayed.
func TestMastodonStreamAndReconnect(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	l := newLoopback(t, func(n int, r *http.Request, conn *websocket.Conn) {
		if got := r.Header.Get("Authorization"); got != "Bearer tok-1" || r.URL.Path != "/api/v1/streaming" {
			t.Errorf("handshake: auth %q path %q", got, r.URL.Path)
		}
		subs := readSubscriptions(t, conn, 2)
		if len(subs) == 2 && (subs[0] != mastodonSubscribe{Type: "subscribe", Stream: "public"} ||
			subs[1] != mastodonSubscribe{Type: "subscribe", Stream: "hashtag", Tag: "acme"}) {
			t.Errorf("connection %d subscriptions %+v", n, subs)
		}
		for i := n * 5; i < n*5+5; i++ {
			conn.WriteMessage(websocket.TextMessage, mastoUpdate(i))
		}
		if n == 0 {
			conn.WriteMessage(websocket.TextMessage, []byte(`{"stream":["hashtag","acme"],"event":"delete","payload":"501"}`))
			return // abrupt drop
		}
		readUntilClosed(ctx, conn)
	})
	t.Cleanup(cancel)
	s := newSink()
	c := startClient(t, l.url(), NewMastodon("tok-1", []string{"public"}, []string{"#acme"}), s)
	waitFor(t, "ten statuses and a delete", func() bool { return len(s.all()) == 11 })
	got := s.all()
	creates := got[:5:5]
	creates = append(creates, got[6:]...)
	checkOnce(t, creates, 10, mastoID)
	if got[5].Op != OpDelete || got[5].ID != mastoID(1) {
		t.Errorf("delete decoded as %s %s", got[5].Op, got[5].ID)
	}
	if got[0].Text != "status 0 about #acme" || got[0].Author.Handle != "@u@127.0.0.1" {
		t.Errorf("status decoded as %q by %q", got[0].Text, got[0].Author.Handle)
	}
	waitFor(t, "the gap", func() bool { return len(c.Status().Gaps) == 1 })
	if g := c.Status().Gaps[0]; g.Replayable {
		t.Errorf("the streaming API cannot replay: gap %+v", g)
	}
}

// TestMastodonAuthFailure: a 401 at the handshake, or in-band, ends the
// feed in auth_failed after one attempt: no reconnect loop.
func TestMastodonAuthFailure(t *testing.T) {
	t.Run("handshake 401", func(t *testing.T) {
		l := newLoopback(t, func(int, *http.Request, *websocket.Conn) {})
		l.refuse.Store(http.StatusUnauthorized)
		checkAuthFailed(t, l, NewMastodon("bad-token", nil, nil))
	})
	t.Run("in-band 401", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		l := newLoopback(t, func(n int, r *http.Request, conn *websocket.Conn) {
			readSubscriptions(t, conn, 1)
			conn.WriteMessage(websocket.TextMessage, []byte(`{"error":"Access token does not have the required scopes","status":401}`))
			readUntilClosed(ctx, conn)
		})
		t.Cleanup(cancel)
		checkAuthFailed(t, l, NewMastodon("weak-token", nil, nil))
	})
}

func checkAuthFailed(t *testing.T, l *loopback, a Adapter) {
	t.Helper()
	s := newSink()
	cfg := fastConfig(l.url(), s)
	cfg.Adapter = a
	c, err := NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := c.Run(ctx); err == nil {
		t.Fatal("Run returned nil on an auth failure")
	}
	if st := c.Status(); st.State != StateAuthFailed {
		t.Errorf("state %s, want auth_failed (last error %q)", st.State, st.LastError)
	}
	time.Sleep(50 * time.Millisecond) // ten backoff periods: no retry may come
	if n := l.conns.Load(); n != 1 {
		t.Errorf("%d connection attempts, want 1", n)
	}
}

// TestMastodonBadFrames: broken payloads and unknown events are counted or
// ignored on the same connection.
func TestMastodonBadFrames(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	l := newLoopback(t, func(n int, r *http.Request, conn *websocket.Conn) {
		readSubscriptions(t, conn, 1)
		for _, f := range []string{
			`{"event":"update","payload":"{not json"}`,
			`{"event":"update","payload":"{\"uri\":\"u\",\"created_at\":\"2026-01-01T00:00:00Z\",\"content\":7}"}`,
			`{"event":"announcement","payload":"{}"}`,
			`{"error":"Error parsing stream"}`,
			`{"event":"update","payload":`,
		} {
			conn.WriteMessage(websocket.TextMessage, []byte(f))
		}
		conn.WriteMessage(websocket.TextMessage, mastoUpdate(0))
		readUntilClosed(ctx, conn)
	})
	t.Cleanup(cancel)
	s := newSink()
	c := startClient(t, l.url(), NewMastodon("", nil, nil), s)
	waitFor(t, "the good status", func() bool { return len(s.all()) == 1 })
	waitFor(t, "all frames", func() bool { return c.Status().Frames == 6 })
	st := c.Status()
	if st.Rejected[RejectMalformedJSON] != 2 || st.Rejected[RejectWrongType] != 1 || st.Rejected["error"] != 1 {
		t.Errorf("rejected %v", st.Rejected)
	}
	if st.LastError == "" || l.conns.Load() != 1 {
		t.Errorf("last error %q, %d connections", st.LastError, l.conns.Load())
	}
}
