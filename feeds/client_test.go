package feeds

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// runClient starts c.Run and returns a stop function that cancels it and
// returns Run's error.
func runClient(t *testing.T, c *Client) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	stopped := false
	var err error
	stop = func() error {
		if !stopped {
			stopped = true
			cancel()
			select {
			case err = <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("Run did not return after cancel")
			}
		}
		return err
	}
	t.Cleanup(func() { stop() })
	return stop
}

func TestClientNormalizesAndSanitizes(t *testing.T) {
	srv := newWSServer(t, func(n int, conn *websocket.Conn) {
		frame := `{"id":"sim:1","text":"hi \u001b]0;pwned\u0007there \u202eevil","created_at":"2026-03-01T12:00:00.123456+02:00",` +
			`"author":{"handle":"a\u001b[31mb","followers":10},"observed_at":"1999-01-01T00:00:00Z"}`
		_ = conn.WriteMessage(websocket.TextMessage, []byte(frame))
		holdOpen(conn)
	})
	s := newSink()
	c, err := NewClient(fastConfig(srv.url(), s))
	if err != nil {
		t.Fatal(err)
	}
	stop := runClient(t, c)
	waitFor(t, "one mention", func() bool { return len(s.all()) == 1 })
	m := s.all()[0]
	if m.Text != "hi there evil" || m.Author.Handle != "ab" {
		t.Errorf("not sanitized: text %q handle %q", m.Text, m.Author.Handle)
	}
	if want := time.Date(2026, 3, 1, 10, 0, 0, 123e6, time.UTC); !m.CreatedAt.Equal(want) || m.CreatedAt.Location() != time.UTC {
		t.Errorf("created_at %v, want %v UTC", m.CreatedAt, want)
	}
	if m.ObservedAt.Year() < 2025 || m.Feed != "test" || m.Schema != Schema {
		t.Errorf("observed_at %v feed %q schema %q", m.ObservedAt, m.Feed, m.Schema)
	}
	st := c.Status()
	if st.State != StateLive || st.Accepted != 1 || st.Frames != 1 || st.Kind != "native" {
		t.Errorf("status %+v", st)
	}
	if err := stop(); err != nil {
		t.Errorf("Run after cancel: %v", err)
	}
	if st := c.Status(); st.State != StateStopped {
		t.Errorf("state after cancel %s", st.State)
	}
}

func TestClientCountsBadFramesAndKeepsRunning(t *testing.T) {
	frames := []struct {
		typ    int
		data   string
		reason string
	}{
		{websocket.TextMessage, `{"id":"x",`, RejectMalformedJSON},
		{websocket.TextMessage, `{"id":42,"text":"t","created_at":"2026-03-01T10:00:00Z"}`, RejectWrongType},
		{websocket.TextMessage, `"just a string"`, RejectWrongType},
		{websocket.TextMessage, `{"text":"t","created_at":"2026-03-01T10:00:00Z"}`, RejectMissingID},
		{websocket.TextMessage, `{"id":"a","created_at":"2026-03-01T10:00:00Z"}`, RejectMissingText},
		{websocket.TextMessage, `{"id":"a","text":"t"}`, RejectMissingTime},
		{websocket.TextMessage, `{"id":"a","text":"t","created_at":"yesterday"}`, RejectBadTime},
		{websocket.TextMessage, `{"id":"a","text":"` + strings.Repeat("x", 2000) + `","created_at":"2026-03-01T10:00:00Z"}`, RejectOversized},
		{websocket.TextMessage, "{\"id\":\"a\",\"text\":\"\xff\xfe\",\"created_at\":\"2026-03-01T10:00:00Z\"}", RejectInvalidUTF8},
		{websocket.BinaryMessage, mentionJSON("sim:b", "binary"), RejectBinaryFrame},
	}
	srv := newWSServer(t, func(n int, conn *websocket.Conn) {
		for _, f := range frames {
			_ = conn.WriteMessage(f.typ, []byte(f.data))
		}
		_ = conn.WriteMessage(websocket.TextMessage, []byte(mentionJSON("sim:ok", "still here")))
		holdOpen(conn)
	})
	s := newSink()
	cfg := fastConfig(srv.url(), s)
	cfg.MaxFrame = 1024
	c, err := NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	runClient(t, c)
	waitFor(t, "the good mention after the bad frames", func() bool { return len(s.all()) == 1 })
	st := c.Status()
	want := map[string]int64{}
	for _, f := range frames {
		want[f.reason]++
	}
	for reason, n := range want {
		if st.Rejected[reason] != n {
			t.Errorf("rejected[%s] = %d, want %d (all: %v)", reason, st.Rejected[reason], n, st.Rejected)
		}
	}
	if st.Reconnects != 0 || st.State != StateLive || st.Frames != int64(len(frames)+1) {
		t.Errorf("connection did not survive bad frames: %+v", st)
	}
}

func TestClientBatchKeepsGoodElements(t *testing.T) {
	srv := newWSServer(t, func(n int, conn *websocket.Conn) {
		batch := "[" + mentionJSON("sim:1", "one") + `,{"id":"sim:2","text":7,"created_at":"2026-03-01T10:00:00Z"},` +
			`null,{"text":"no id","created_at":"2026-03-01T10:00:00Z"},` + mentionJSON("sim:3", "three") + "]"
		_ = conn.WriteMessage(websocket.TextMessage, []byte(batch))
		holdOpen(conn)
	})
	s := newSink()
	c, _ := NewClient(fastConfig(srv.url(), s))
	runClient(t, c)
	waitFor(t, "two good mentions", func() bool { return len(s.all()) == 2 })
	st := c.Status()
	if st.Rejected[RejectWrongType] != 2 || st.Rejected[RejectMissingID] != 1 || st.Accepted != 2 {
		t.Errorf("status %+v", st)
	}
	if got := s.all(); got[0].ID != "sim:1" || got[1].ID != "sim:3" {
		t.Errorf("kept %q, %q", got[0].ID, got[1].ID)
	}
}

func TestClientReconnectsAfterServerDrop(t *testing.T) {
	srv := newWSServer(t, func(n int, conn *websocket.Conn) {
		_ = conn.WriteMessage(websocket.TextMessage, []byte(mentionJSON("sim:"+string(rune('a'+n)), "hello")))
		if n == 0 {
			conn.UnderlyingConn().Close() // abrupt drop, no close frame
			return
		}
		holdOpen(conn)
	})
	s := newSink()
	c, _ := NewClient(fastConfig(srv.url(), s))
	runClient(t, c)
	waitFor(t, "a mention from each connection", func() bool { return len(s.all()) == 2 })
	waitFor(t, "live again", func() bool { return c.Status().State == StateLive })
	st := c.Status()
	if st.Reconnects != 1 || len(st.Gaps) != 1 {
		t.Fatalf("reconnects %d gaps %v", st.Reconnects, st.Gaps)
	}
	if g := st.Gaps[0]; g.Replayable || !g.To.After(g.From) || g.Feed != "test" {
		t.Errorf("gap %+v", g)
	}
}

func TestClientDetectsHalfOpenConnection(t *testing.T) {
	release := make(chan struct{})
	srv := newWSServer(t, func(n int, conn *websocket.Conn) {
		if n == 0 {
			<-release // never read: pings go unanswered, nothing is sent
			return
		}
		holdOpen(conn)
	})
	t.Cleanup(func() { close(release) })
	s := newSink()
	c, _ := NewClient(fastConfig(srv.url(), s))
	start := time.Now()
	runClient(t, c)
	waitFor(t, "second connection", func() bool { return srv.conns.Load() >= 2 })
	if took := time.Since(start); took > 4*time.Second {
		t.Errorf("half-open connection detected after %v, PongWait is 1s", took)
	}
	if st := c.Status(); !strings.Contains(st.LastError, "timeout") {
		t.Errorf("last error %q, want a timeout", st.LastError)
	}
}

func TestDefaultsDetectHalfOpenWithin45s(t *testing.T) {
	cfg, err := Config{Name: "n", URL: "ws://x", Adapter: NewNative(), Sink: newSink()}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if cfg.PongWait > 45*time.Second || cfg.PingEvery >= cfg.PongWait {
		t.Errorf("PongWait %v PingEvery %v: a dead peer would not be noticed in 45 s", cfg.PongWait, cfg.PingEvery)
	}
}

func TestClientAuthFailureIsTerminal(t *testing.T) {
	for _, code := range []int{http.StatusUnauthorized, http.StatusForbidden} {
		srv := newWSServer(t, func(int, *websocket.Conn) {})
		srv.status = code
		c, _ := NewClient(fastConfig(srv.url(), newSink()))
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := c.Run(ctx)
		cancel()
		if !errors.Is(err, ErrAuth) {
			t.Errorf("%d: Run = %v, want ErrAuth", code, err)
		}
		if st := c.Status(); st.State != StateAuthFailed || srv.conns.Load() != 1 {
			t.Errorf("%d: state %s after %d attempts", code, st.State, srv.conns.Load())
		}
	}
}

func TestClientCancelSendsCloseFrame(t *testing.T) {
	closed := make(chan int, 1)
	srv := newWSServer(t, func(n int, conn *websocket.Conn) {
		_, _, err := conn.ReadMessage()
		var ce *websocket.CloseError
		if errors.As(err, &ce) {
			closed <- ce.Code
		}
		closed <- -1
	})
	c, _ := NewClient(fastConfig(srv.url(), newSink()))
	stop := runClient(t, c)
	waitFor(t, "live", func() bool { return c.Status().State == StateLive })
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	select {
	case code := <-closed:
		if code != websocket.CloseNormalClosure {
			t.Errorf("server saw close code %d, want %d", code, websocket.CloseNormalClosure)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("server saw no close frame")
	}
}

func TestClientQuietButHealthyPeerIsKept(t *testing.T) {
	srv := newWSServer(t, func(n int, conn *websocket.Conn) { holdOpen(conn) }) // answers pings, sends nothing
	c, _ := NewClient(fastConfig(srv.url(), newSink()))
	runClient(t, c)
	waitFor(t, "live", func() bool { return c.Status().State == StateLive })
	time.Sleep(2500 * time.Millisecond) // two and a half PongWaits of silence
	if st := c.Status(); st.State != StateLive || st.Reconnects != 0 || srv.conns.Load() != 1 {
		t.Errorf("a peer answering pings was dropped: %+v", st)
	}
}

func TestClientFrameOverHardLimitDropsConnection(t *testing.T) {
	srv := newWSServer(t, func(n int, conn *websocket.Conn) {
		if n == 0 {
			_ = conn.WriteMessage(websocket.TextMessage, []byte(strings.Repeat(" ", 8192)))
		}
		_ = conn.WriteMessage(websocket.TextMessage, []byte(mentionJSON("sim:"+string(rune('a'+n)), "after")))
		holdOpen(conn)
	})
	s := newSink()
	cfg := fastConfig(srv.url(), s)
	cfg.MaxFrame, cfg.ReadLimit = 1024, 4096
	c, _ := NewClient(cfg)
	runClient(t, c)
	waitFor(t, "a mention on the second connection", func() bool { return len(s.all()) >= 1 && srv.conns.Load() >= 2 })
	if st := c.Status(); st.Rejected[RejectOversized] != 1 || st.Reconnects < 1 {
		t.Errorf("status %+v", st)
	}
}
