package feeds

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// wsServer is a loopback websocket server whose n-th connection (0-based)
// is handled by handle(n, conn). The handler owns the connection.
type wsServer struct {
	srv    *httptest.Server
	conns  atomic.Int64
	status int // when set, the handshake is refused with this status
}

func newWSServer(t *testing.T, handle func(n int, conn *websocket.Conn)) *wsServer {
	t.Helper()
	s := &wsServer{}
	up := websocket.Upgrader{}
	var wg sync.WaitGroup
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		wg.Add(1) // before the hijack, so srv.Close orders it before wg.Wait
		defer wg.Done()
		n := int(s.conns.Add(1) - 1)
		if s.status != 0 {
			http.Error(w, "no", s.status)
			return
		}
		conn, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		handle(n, conn)
	}))
	t.Cleanup(func() { s.srv.Close(); wg.Wait() })
	return s
}

func (s *wsServer) url() string { return "ws" + strings.TrimPrefix(s.srv.URL, "http") }

// sink collects batches and signals each one.
type sink struct {
	mu  sync.Mutex
	got []*Mention
	ch  chan struct{}
}

func newSink() *sink { return &sink{ch: make(chan struct{}, 1<<16)} }

func (s *sink) Ingest(b []*Mention) {
	s.mu.Lock()
	s.got = append(s.got, b...)
	s.mu.Unlock()
	s.ch <- struct{}{}
}

func (s *sink) all() []*Mention {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*Mention(nil), s.got...)
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// fastConfig is a client config with short intervals for tests.
func fastConfig(url string, s Sink) Config {
	return Config{
		Name: "test", URL: url, Adapter: NewNative(), Sink: s,
		// Generous against a loaded CI machine under -race: a late pong
		// must not look like a dead peer.
		PingEvery: 100 * time.Millisecond, PongWait: time.Second,
		CloseWait: 500 * time.Millisecond,
		Backoff:   Backoff{Min: 5 * time.Millisecond, Max: 20 * time.Millisecond},
	}
}

// mentionJSON is a valid native mention with the given id and text.
func mentionJSON(id, text string) string {
	return `{"id":"` + id + `","text":"` + text + `","created_at":"2026-03-01T10:00:00.123456Z","platform":"sim"}`
}

// holdOpen keeps a server connection open (reading, so pings are answered)
// until the client goes.
func holdOpen(conn *websocket.Conn) {
	for {
		if _, _, err := conn.ReadMessage(); err != nil {
			return
		}
	}
}
