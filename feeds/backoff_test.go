package feeds

import (
	"context"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

func TestBackoffBounds(t *testing.T) {
	b := DefaultBackoff()
	want := []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second, 4 * time.Second,
		8 * time.Second, 16 * time.Second, 30 * time.Second, 30 * time.Second}
	for i, w := range want {
		n := i + 1
		if got := b.Ceiling(n); got != w {
			t.Errorf("Ceiling(%d) = %v, want %v", n, got, w)
		}
		if got := b.Delay(n, 0); got != 0 {
			t.Errorf("Delay(%d, 0) = %v, want 0 (full jitter)", n, got)
		}
		if got := b.Delay(n, 0.999999); got > w || got < w*99/100 {
			t.Errorf("Delay(%d, ~1) = %v, want just under %v", n, got, w)
		}
	}
	if got := b.Ceiling(1000); got != 30*time.Second {
		t.Errorf("Ceiling(1000) = %v: overflow", got)
	}
	if got := b.Delay(3, 1.5); got != 0 {
		t.Errorf("Delay with a bad random %v", got)
	}
}

// recordingClock is the real clock whose After records each wait and fires
// at once, so reconnect loops run instantly; it cancels after max waits.
type recordingClock struct {
	mu     sync.Mutex
	waits  []time.Duration
	max    int
	cancel context.CancelFunc
}

func (c *recordingClock) Now() time.Time { return time.Now() }

func (c *recordingClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.waits = append(c.waits, d)
	if len(c.waits) >= c.max {
		c.cancel()
	}
	ch := make(chan time.Time, 1)
	ch <- time.Now()
	return ch
}

// waitsOf runs a client against srv until it has waited n times.
func waitsOf(t *testing.T, srv *wsServer, healthyAfter time.Duration, n int) []time.Duration {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	clock := &recordingClock{max: n, cancel: cancel}
	cfg := fastConfig(srv.url(), newSink())
	cfg.Clock, cfg.Rand, cfg.Backoff, cfg.HealthyAfter = clock, func() float64 { return 0.999999 }, DefaultBackoff(), healthyAfter
	c, _ := NewClient(cfg)
	if err := c.Run(ctx); err != nil {
		t.Fatal(err)
	}
	clock.mu.Lock()
	defer clock.mu.Unlock()
	return append([]time.Duration(nil), clock.waits...)
}

func TestReconnectBackoffGrowsThenCaps(t *testing.T) {
	srv := newWSServer(t, func(int, *websocket.Conn) {})
	srv.status = http.StatusServiceUnavailable
	waits := waitsOf(t, srv, time.Hour, 9)
	for i, w := range waits {
		ceil := DefaultBackoff().Ceiling(i + 1)
		if w > ceil || w < ceil*99/100 {
			t.Errorf("wait %d = %v, want just under %v", i+1, w, ceil)
		}
	}
	if waits[len(waits)-1] > 30*time.Second {
		t.Errorf("backoff exceeded 30 s: %v", waits)
	}
}

func TestReconnectBackoffResetsAfterHealthySession(t *testing.T) {
	srv := newWSServer(t, func(n int, conn *websocket.Conn) {
		time.Sleep(20 * time.Millisecond) // a session that was healthy
		conn.Close()
	})
	for _, w := range waitsOf(t, srv, 5*time.Millisecond, 4) {
		if w > DefaultBackoff().Min {
			t.Errorf("wait %v after a healthy session, want at most %v", w, DefaultBackoff().Min)
		}
	}
	grown := waitsOf(t, srv, time.Hour, 4)
	if grown[3] < 3*time.Second {
		t.Errorf("waits %v after short sessions: backoff did not grow", grown)
	}
}

func TestStatusWhileReconnecting(t *testing.T) {
	srv := newWSServer(t, func(int, *websocket.Conn) {})
	srv.status = http.StatusBadGateway
	cfg := fastConfig(srv.url(), newSink())
	cfg.Backoff = Backoff{Min: time.Hour, Max: time.Hour}
	cfg.Rand = func() float64 { return 0.5 }
	c, _ := NewClient(cfg)
	runClient(t, c)
	waitFor(t, "reconnecting", func() bool { return c.Status().State == StateReconnecting })
	st := c.Status()
	if st.Attempt != 1 || time.Until(st.NextTry) < 29*time.Minute || st.LastError == "" {
		t.Errorf("attempt %d next try in %v, last error %q", st.Attempt, time.Until(st.NextTry), st.LastError)
	}
}
