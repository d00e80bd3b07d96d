package sim

import (
	"context"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/internal/cputime"
)

// countingSink counts mentions and signals when it has seen want.
type countingSink struct {
	n    atomic.Int64
	want int64
	done chan struct{}
}

func (s *countingSink) Ingest(b []*feeds.Mention) {
	if s.n.Add(int64(len(b))) >= s.want && s.want > 0 {
		select {
		case s.done <- struct{}{}:
		default:
		}
	}
}

// BenchmarkLoopback streams b.N mentions from the simulator in load mode
// into a native feeds.Client over loopback websocket (generate, encode,
// frame, decode, normalize, sanitize). One op is one mention; mentions/s is
// the rate the client accepted, mentions/cpu-s that rate per CPU second
// spent by simulator and client together. "rate50000" checks the simulator holds
// 50,000/s; "unthrottled" shows the headroom.
func BenchmarkLoopback(b *testing.B) {
	for _, c := range []struct {
		name string
		rate int
	}{{"rate50000", 50000}, {"unthrottled", 50_000_000}} {
		b.Run(c.name, func(b *testing.B) { benchLoopback(b, c.rate) })
	}
}

func benchLoopback(b *testing.B, rate int) {
	srv, err := NewServer(DefaultScenario(), Options{Seed: 1, Rate: rate, Speed: 30})
	if err != nil {
		b.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	defer hs.Close()
	defer srv.Close()
	sink := &countingSink{want: int64(b.N), done: make(chan struct{}, 1)}
	c, err := feeds.NewClient(feeds.Config{
		Name: "bench", URL: "ws" + strings.TrimPrefix(hs.URL, "http"), Adapter: feeds.NewNative(), Sink: sink,
	})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	b.ReportAllocs()
	b.ResetTimer()
	start, cpu0 := time.Now(), cputime.Used()
	go func() { _ = c.Run(ctx) }()
	select {
	case <-sink.done:
	case <-time.After(5*time.Minute + time.Duration(b.N/max(rate/2, 1))*time.Second):
		b.Fatalf("received %d of %d mentions", sink.n.Load(), b.N)
	}
	elapsed := time.Since(start)
	b.StopTimer()
	b.ReportMetric(float64(sink.n.Load())/elapsed.Seconds(), "mentions/s")
	b.ReportMetric(float64(sink.n.Load())/(cputime.Used()-cpu0).Seconds(), "mentions/cpu-s")
	if st := c.Status(); len(st.Rejected) > 0 || st.Reconnects > 0 {
		b.Errorf("rejected %v, reconnects %d", st.Rejected, st.Reconnects)
	}
}

// BenchmarkGenerateEncode is the simulator's own cost per mention in load
// mode, network aside: draw a post, encode it into a batch frame.
func BenchmarkGenerateEncode(b *testing.B) {
	sc := DefaultScenario()
	g := newGenerator(&sc, 1, time.Now(), 30)
	buf := make([]byte, 0, 1<<20)
	b.ReportAllocs()
	cpu0 := cputime.Used()
	for i := 0; b.Loop(); i++ {
		if i%256 == 0 {
			buf = buf[:0]
		}
		buf = feeds.AppendJSON(buf, g.at(time.Duration(i)*time.Millisecond))
	}
	b.ReportMetric(float64(b.N)/(cputime.Used()-cpu0).Seconds(), "mentions/cpu-s")
}
