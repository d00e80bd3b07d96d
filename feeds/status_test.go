package feeds

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// refusing is a native adapter whose Decode fails terminally on "stop".
type refusing struct{ *Native }

func (refusing) Decode(frame []byte, dst []*Mention) ([]*Mention, error) {
	if string(frame) == "stop" {
		return dst, fmt.Errorf("subscription refused \x1b]0;x\x07: %w", ErrTerminal)
	}
	return DecodeNative(frame, dst)
}

func TestTerminalAdapterErrorMeansDown(t *testing.T) {
	srv := newWSServer(t, func(n int, conn *websocket.Conn) {
		_ = conn.WriteMessage(websocket.TextMessage, []byte("stop"))
		holdOpen(conn)
	})
	cfg := fastConfig(srv.url(), newSink())
	cfg.Adapter = refusing{NewNative()}
	c, _ := NewClient(cfg)
	stop := runClient(t, c)
	waitFor(t, "down", func() bool { return c.Status().State == StateDown })
	if err := stop(); !errors.Is(err, ErrTerminal) {
		t.Errorf("Run = %v, want ErrTerminal", err)
	}
	st := c.Status()
	if strings.Contains(st.LastError, "\x1b") || !strings.Contains(st.LastError, "subscription refused") {
		t.Errorf("last error %q: not sanitized or lost", st.LastError)
	}
	if srv.conns.Load() != 1 {
		t.Errorf("%d connections after a terminal error", srv.conns.Load())
	}
}

func TestStatusLagPercentiles(t *testing.T) {
	now := time.Now().UTC()
	srv := newWSServer(t, func(n int, conn *websocket.Conn) {
		var b strings.Builder
		b.WriteByte('[')
		for i := 1; i <= 100; i++ { // lags of 1 s .. 100 s
			if i > 1 {
				b.WriteByte(',')
			}
			created := now.Add(-time.Duration(i) * time.Second).Format(time.RFC3339Nano)
			fmt.Fprintf(&b, `{"id":"x%d","text":"t","created_at":%q}`, i, created)
		}
		b.WriteByte(']')
		_ = conn.WriteMessage(websocket.TextMessage, []byte(b.String()))
		holdOpen(conn)
	})
	s := newSink()
	cfg := fastConfig(srv.url(), s)
	cfg.Clock = fixedClock{now}
	c, _ := NewClient(cfg)
	runClient(t, c)
	waitFor(t, "the batch", func() bool { return len(s.all()) == 100 })
	st := c.Status()
	if st.LagP50 != 50*time.Second || st.LagP95 != 95*time.Second {
		t.Errorf("lag p50 %v p95 %v, want 50s 95s", st.LagP50, st.LagP95)
	}
	if !st.LastEvent.Equal(now) {
		t.Errorf("last event %v, want the clock's %v", st.LastEvent, now)
	}
}

// fixedClock always says t; its After is real.
type fixedClock struct{ t time.Time }

func (c fixedClock) Now() time.Time                       { return c.t }
func (fixedClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

func TestNewClientNeedsTheEssentials(t *testing.T) {
	ok := Config{Name: "n", URL: "ws://127.0.0.1:1/", Adapter: NewNative(), Sink: newSink()}
	for _, mutate := range []func(*Config){
		func(c *Config) { c.Name = "" }, func(c *Config) { c.URL = "" },
		func(c *Config) { c.Adapter = nil }, func(c *Config) { c.Sink = nil },
		func(c *Config) { c.URL = "127.0.0.1:8765" }, func(c *Config) { c.URL = "ws://%zz" },
	} {
		cfg := ok
		mutate(&cfg)
		if _, err := NewClient(cfg); err == nil {
			t.Errorf("config %+v accepted", cfg)
		}
	}
	if _, err := NewClient(ok); err != nil {
		t.Fatal(err)
	}
}

// greeting is a native adapter that subscribes with two hello frames.
type greeting struct{ *Native }

func (greeting) Hello() ([][]byte, error) { return [][]byte{[]byte("sub 1"), []byte("sub 2")}, nil }

func TestClientSendsHelloFramesInOrder(t *testing.T) {
	got := make(chan string, 4)
	srv := newWSServer(t, func(n int, conn *websocket.Conn) {
		for {
			_, msg, err := conn.ReadMessage()
			if err != nil {
				return
			}
			got <- string(msg)
		}
	})
	cfg := fastConfig(srv.url(), newSink())
	cfg.Adapter = greeting{NewNative()}
	c, _ := NewClient(cfg)
	runClient(t, c)
	for _, want := range []string{"sub 1", "sub 2"} {
		select {
		case msg := <-got:
			if msg != want {
				t.Fatalf("server got %q, want %q", msg, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("server never got %q", want)
		}
	}
}
