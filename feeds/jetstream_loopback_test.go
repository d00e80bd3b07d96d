package feeds

import (
	"context"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// loopback is a 127.0.0.1 websocket server for protocol tests that can be
// stopped like a crash (listener and every connection closed, no close
// frame) and restarted on the same port. Each connection's handler gets
// the upgrade request, to check the subscription URL and headers.
type loopback struct {
	t      *testing.T
	addr   string
	handle func(n int, r *http.Request, conn *websocket.Conn)
	// refuse, when set, answers every handshake with this HTTP status.
	refuse atomic.Int32
	conns  atomic.Int64

	mu    sync.Mutex
	srv   *http.Server
	live  map[*websocket.Conn]bool
	wg    sync.WaitGroup
	reqMu sync.Mutex
	reqs  []*http.Request
}

func newLoopback(t *testing.T, handle func(n int, r *http.Request, conn *websocket.Conn)) *loopback {
	l := &loopback{t: t, addr: "127.0.0.1:0", handle: handle, live: map[*websocket.Conn]bool{}}
	l.start()
	t.Cleanup(l.stop)
	return l
}

func (l *loopback) url() string { return "ws://" + l.addr }

func (l *loopback) start() {
	l.t.Helper()
	var ln net.Listener
	var err error
	for try := 0; try < 50; try++ { // the old port may linger a moment
		if ln, err = net.Listen("tcp", l.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		l.t.Fatal(err)
	}
	l.addr = ln.Addr().String()
	srv := &http.Server{Handler: http.HandlerFunc(l.serve)}
	l.mu.Lock()
	l.srv = srv
	l.mu.Unlock()
	go srv.Serve(ln)
}

func (l *loopback) serve(w http.ResponseWriter, r *http.Request) {
	n := int(l.conns.Add(1) - 1)
	l.reqMu.Lock()
	l.reqs = append(l.reqs, r)
	l.reqMu.Unlock()
	if code := l.refuse.Load(); code != 0 {
		http.Error(w, "refused", int(code))
		return
	}
	up := websocket.Upgrader{}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	l.mu.Lock()
	l.live[conn] = true
	l.wg.Add(1)
	l.mu.Unlock()
	defer func() {
		l.mu.Lock()
		delete(l.live, conn)
		l.mu.Unlock()
		conn.Close()
		l.wg.Done()
	}()
	l.handle(n, r, conn)
}

// request returns the n-th upgrade request.
func (l *loopback) request(n int) *http.Request {
	l.reqMu.Lock()
	defer l.reqMu.Unlock()
	if n >= len(l.reqs) {
		return nil
	}
	return l.reqs[n]
}

// stop crashes the server: no close frames, connections cut.
func (l *loopback) stop() {
	l.mu.Lock()
	if l.srv != nil {
		l.srv.Close()
		l.srv = nil
	}
	for c := range l.live {
		c.UnderlyingConn().Close()
	}
	l.mu.Unlock()
	l.wg.Wait()
}

// restart crashes the server and brings it back on the same port.
func (l *loopback) restart() {
	l.stop()
	l.start()
}

// startClient runs a client for adapter against url until the test ends.
func startClient(t *testing.T, url string, a Adapter, s Sink) *Client {
	t.Helper()
	cfg := fastConfig(url, s)
	cfg.Adapter = a
	c, err := NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	runClient(t, c)
	return c
}

// countIDs returns how many times each id reached the sink.
func countIDs(ms []*Mention) map[string]int {
	n := map[string]int{}
	for _, m := range ms {
		n[m.ID]++
	}
	return n
}

// readUntilClosed drains a server connection (answering pings) until the
// client goes or ctx ends.
func readUntilClosed(ctx context.Context, conn *websocket.Conn) {
	go func() {
		<-ctx.Done()
		conn.UnderlyingConn().Close()
	}()
	holdOpen(conn)
}
