package feeds

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

const jsBase = int64(1_760_000_000_000_000) // time_us of event 0

// jsEvent is the i-th post of the fake Jetstream's log, one second apart.
func jsEvent(i int) []byte {
	return fmt.Appendf(nil, `{"did":"did:plc:loop%04d","time_us":%d,"kind":"commit","commit":{"rev":"r","operation":"create","collection":"app.bsky.feed.post","rkey":"k%04d","record":{"$type":"app.bsky.feed.post","createdAt":"2026-11-22T10:00:00Z","langs":["en"],"text":"post %d about Acme"},"cid":"c"}}`,
		i, jsBase+int64(i)*1e6, i, i)
}

// jsStart is where a Jetstream replays from: the first event at or after
// the cursor, or from (live position) without one.
func jsStart(t *testing.T, r *http.Request, from int) int {
	t.Helper()
	if r.URL.Path != "/subscribe" || r.URL.Query()["wantedCollections"][0] != "app.bsky.feed.post" {
		t.Errorf("subscription request %s", r.URL)
	}
	c := r.URL.Query().Get("cursor")
	if c == "" {
		return from
	}
	cur, err := strconv.ParseInt(c, 10, 64)
	if err != nil {
		t.Errorf("cursor %q", c)
		return from
	}
	i := int((cur - jsBase + 999_999) / 1e6)
	return max(i, 0)
}

func sendJS(conn *websocket.Conn, from, to int) error {
	for i := from; i < to; i++ {
		if err := conn.WriteMessage(websocket.TextMessage, jsEvent(i)); err != nil {
			return err
		}
	}
	return nil
}

// checkOnce fails unless every id of posts 0..n-1 arrived exactly once.
func checkOnce(t *testing.T, got []*Mention, n int, id func(int) string) {
	t.Helper()
	counts := countIDs(got)
	for i := range n {
		if c := counts[id(i)]; c != 1 {
			t.Errorf("post %d arrived %d times", i, c)
		}
	}
	if len(got) != n {
		t.Errorf("got %d mentions, want %d", len(got), n)
	}
}

func jsID(i int) string {
	return fmt.Sprintf("bluesky:at://did:plc:loop%04d/app.bsky.feed.post/k%04d", i, i)
}

// TestJetstreamResumeAfterDrop: the connection drops after 20 posts; the
// client resumes 5 s before the last one, the server replays from there,
// and every post is counted once.
func TestJetstreamResumeAfterDrop(t *testing.T) {
	const total = 40
	ctx, cancel := context.WithCancel(context.Background())
	l := newLoopback(t, func(n int, r *http.Request, conn *websocket.Conn) {
		start := jsStart(t, r, 0)
		if n == 0 {
			sendJS(conn, start, 20)
			return // abrupt drop
		}
		sendJS(conn, start, total)
		readUntilClosed(ctx, conn)
	})
	t.Cleanup(cancel)
	s := newSink()
	c := startClient(t, l.url(), NewJetstream(0), s)
	waitFor(t, "all posts", func() bool { return len(s.all()) >= total })
	time.Sleep(20 * time.Millisecond) // a duplicate would arrive now
	checkOnce(t, s.all(), total, jsID)
	if r := l.request(1); r == nil || r.URL.Query().Get("cursor") != strconv.FormatInt(jsBase+19e6-5e6, 10) {
		t.Fatalf("resume request %v, want cursor 5 s before post 19", r.URL)
	}
	st := c.Status()
	if len(st.Gaps) != 1 || !st.Gaps[0].Replayable || st.Cursor != strconv.FormatInt(jsBase+(total-1)*1e6, 10) {
		t.Errorf("gaps %+v cursor %s", st.Gaps, st.Cursor)
	}
}

// TestJetstreamServerRestart: the server crashes and comes back on the same
// port with its log; the client resumes without loss or duplicates.
func TestJetstreamServerRestart(t *testing.T) {
	const total = 30
	ctx, cancel := context.WithCancel(context.Background())
	sent := make(chan struct{}, 1)
	l := newLoopback(t, func(n int, r *http.Request, conn *websocket.Conn) {
		start := jsStart(t, r, 0)
		end := total
		if n == 0 {
			end = 12
		}
		sendJS(conn, start, end)
		if n == 0 {
			sent <- struct{}{}
		}
		readUntilClosed(ctx, conn)
	})
	t.Cleanup(cancel)
	s := newSink()
	c := startClient(t, l.url(), NewJetstream(0), s)
	<-sent
	waitFor(t, "first posts", func() bool { return len(s.all()) == 12 })
	l.restart()
	waitFor(t, "all posts", func() bool { return len(s.all()) >= total })
	checkOnce(t, s.all(), total, jsID)
	if c.Status().Reconnects < 1 {
		t.Errorf("reconnects %d", c.Status().Reconnects)
	}
}

// TestJetstreamHalfOpen: the server stops answering without closing; the
// client notices (no pong), reconnects and resumes.
func TestJetstreamHalfOpen(t *testing.T) {
	const total = 20
	release := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	l := newLoopback(t, func(n int, r *http.Request, conn *websocket.Conn) {
		start := jsStart(t, r, 0)
		if n == 0 {
			sendJS(conn, start, 8)
			<-release // neither read nor write: pings go unanswered
			return
		}
		sendJS(conn, start, total)
		readUntilClosed(ctx, conn)
	})
	t.Cleanup(func() { cancel(); close(release) })
	s := newSink()
	startClient(t, l.url(), NewJetstream(0), s)
	waitFor(t, "all posts after the half-open connection", func() bool { return len(s.all()) >= total })
	checkOnce(t, s.all(), total, jsID)
}

// TestJetstreamBadFramesKeepConnection: malformed, binary, oversized and
// invalid frames are counted by reason and skipped on the same connection.
func TestJetstreamBadFramesKeepConnection(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	l := newLoopback(t, func(n int, r *http.Request, conn *websocket.Conn) {
		conn.WriteMessage(websocket.TextMessage, jsEvent(0))
		conn.WriteMessage(websocket.TextMessage, []byte(`{"did":"x","time_us":`))
		conn.WriteMessage(websocket.BinaryMessage, []byte{0x28, 0xb5, 0x2f, 0xfd})
		big := `{"did":"d","time_us":1760000000000000,"kind":"commit","pad":"` + strings.Repeat("x", 2<<20) + `"}`
		conn.WriteMessage(websocket.TextMessage, []byte(big))
		conn.WriteMessage(websocket.TextMessage, []byte(strings.Replace(string(jsEvent(1)), "2026-11-22T10:00:00Z", "noon", 1)))
		conn.WriteMessage(websocket.TextMessage, []byte(`{"did":"d","time_us":1760000001500000,"kind":"identity","identity":{}}`))
		conn.WriteMessage(websocket.TextMessage, jsEvent(2))
		readUntilClosed(ctx, conn)
	})
	t.Cleanup(cancel)
	s := newSink()
	c := startClient(t, l.url(), NewJetstream(0), s)
	waitFor(t, "the good posts", func() bool { return len(s.all()) == 2 })
	waitFor(t, "the frames counted", func() bool { return c.Status().Frames == 7 })
	st := c.Status()
	for reason, want := range map[string]int64{RejectMalformedJSON: 1, RejectBinaryFrame: 1, RejectOversized: 1, RejectBadTime: 1} {
		if st.Rejected[reason] != want {
			t.Errorf("rejected[%s] = %d, want %d (all: %v)", reason, st.Rejected[reason], want, st.Rejected)
		}
	}
	if l.conns.Load() != 1 || st.Reconnects != 0 {
		t.Errorf("bad frames cost the connection: %d connections", l.conns.Load())
	}
}

// TestGarbageFeedDoesNotStarveOthers: one feed floods garbage as fast as
// loopback allows while another delivers posts a millisecond apart; the
// good feed still gets every post within waitFor's deadline, and none of
// the garbage is accepted. Each feed has its own goroutines, so the flood
// costs CPU, never the other feed's turn.
func TestGarbageFeedDoesNotStarveOthers(t *testing.T) {
	flood := 200_000
	if testing.Short() {
		flood = 20_000
	}
	ctx, cancel := context.WithCancel(context.Background())
	floodDone := make(chan struct{})
	bad := newLoopback(t, func(n int, r *http.Request, conn *websocket.Conn) {
		if n > 0 {
			readUntilClosed(ctx, conn)
			return
		}
		junk := []byte(`{"did":"x","time_us":12,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"r","record":{"text":7}}}`)
		for i := 0; i < flood && ctx.Err() == nil; i++ {
			if conn.WriteMessage(websocket.TextMessage, junk) != nil {
				break
			}
		}
		close(floodDone)
		readUntilClosed(ctx, conn)
	})
	const posts = 200
	good := newLoopback(t, func(n int, r *http.Request, conn *websocket.Conn) {
		for i := 0; i < posts; i++ {
			conn.WriteMessage(websocket.TextMessage, jsEvent(i))
			time.Sleep(time.Millisecond)
		}
		readUntilClosed(ctx, conn)
	})
	t.Cleanup(cancel)
	badSink, goodSink := newSink(), newSink()
	bc := startClient(t, bad.url(), NewJetstream(0), badSink)
	startClient(t, good.url(), NewJetstream(0), goodSink)
	waitFor(t, "the good feed's posts", func() bool { return len(goodSink.all()) == posts })
	select {
	case <-floodDone:
		t.Logf("flood of %d frames ended before the good feed finished; rejected %d", flood, bc.Status().Rejected[RejectWrongType])
	default:
	}
	waitFor(t, "flood counted", func() bool { return bc.Status().Rejected[RejectWrongType] > 0 })
	if len(badSink.all()) != 0 {
		t.Errorf("garbage accepted")
	}
}
