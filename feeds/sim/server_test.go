package sim

import (
	"context"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// collector is a feeds.Sink that keeps everything.
type collector struct {
	mu sync.Mutex
	ms []*feeds.Mention
}

func (c *collector) Ingest(b []*feeds.Mention) {
	c.mu.Lock()
	c.ms = append(c.ms, b...)
	c.mu.Unlock()
}

func (c *collector) snapshot() []*feeds.Mention {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]*feeds.Mention(nil), c.ms...)
}

// connect runs a native feeds.Client against srv until the test ends.
func connect(t *testing.T, srv *Server) (*feeds.Client, *collector) {
	t.Helper()
	hs := httptest.NewServer(srv.Handler())
	col := &collector{}
	c, err := feeds.NewClient(feeds.Config{
		Name: "sim", URL: "ws" + strings.TrimPrefix(hs.URL, "http"), Adapter: feeds.NewNative(), Sink: col,
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = c.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done; srv.Close(); hs.Close() })
	return c, col
}

func waitUntil(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestServerPlaysScenarioToClient(t *testing.T) {
	// At speed 600 the trigger (5m) comes after half a second.
	srv, err := NewServer(DefaultScenario(), Options{Seed: 3, Speed: 600})
	if err != nil {
		t.Fatal(err)
	}
	c, col := connect(t, srv)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("client status %+v; server %+v", c.Status(), srv.Stats())
		}
	})
	waitUntil(t, "the trigger post", 10*time.Second, func() bool {
		for _, m := range col.snapshot() {
			if m.Author.Handle == "alerteconso.fr" && strings.HasPrefix(m.Text, "⚠️ ALERTE") {
				return true
			}
		}
		return false
	})
	for _, m := range col.snapshot() {
		if strings.ContainsAny(m.Text, "\x1b\u202e\u2066\u009b\a") {
			t.Errorf("escape reached the sink: %q", m.Text)
		}
		if m.Feed != "sim" || m.Sentiment == nil || m.CreatedAt.After(m.ObservedAt) {
			t.Errorf("bad mention %+v", m)
		}
	}
	st := c.Status()
	if st.State != feeds.StateLive || len(st.Rejected) != 0 || st.Accepted < 10 {
		t.Errorf("client status %+v", st)
	}
}

func TestServerLoadModeBatchesAndStops(t *testing.T) {
	srv, err := NewServer(DefaultScenario(), Options{Seed: 1, Rate: 20000, Duration: 300 * time.Millisecond, Batch: 100})
	if err != nil {
		t.Fatal(err)
	}
	c, col := connect(t, srv)
	waitUntil(t, "the stream to end", 10*time.Second, func() bool { return c.Status().Reconnects > 0 })
	srv.Close() // ends any stream the reconnect opened
	st := srv.Stats()
	if st.Mentions < 1000 || st.Mentions > st.Connections*(20000*3/10+100) {
		t.Errorf("sent %d mentions on %d connections of 300 ms at 20,000/s", st.Mentions, st.Connections)
	}
	if st.Frames*2 > st.Mentions {
		t.Errorf("%d frames for %d mentions: not batched", st.Frames, st.Mentions)
	}
	waitUntil(t, "every mention sent to be accepted", 10*time.Second, func() bool {
		return int64(len(col.snapshot())) == st.Mentions
	})
	if rej := c.Status().Rejected; len(rej) != 0 {
		t.Errorf("rejected %v", rej)
	}
}

func TestNewServerRefusesBadOptions(t *testing.T) {
	for _, o := range []Options{{Speed: -1}, {Rate: -5}, {Duration: -time.Second}} {
		if _, err := NewServer(DefaultScenario(), o); err == nil {
			t.Errorf("options %+v accepted", o)
		}
	}
}

func TestListenOnlyOnLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", "192.0.2.1:0", ":0", "nonsense"} {
		if ln, err := Listen(addr); err == nil {
			ln.Close()
			t.Errorf("Listen(%q) accepted a non-loopback address", addr)
		}
	}
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
}
