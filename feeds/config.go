package feeds

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"time"

	"github.com/gorilla/websocket"
)

// Clock is the client's source of time for timestamps (observed_at, last
// event, gaps) and for the backoff waits. Socket deadlines always use the
// real clock: the kernel knows no other.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

// Dialer opens a websocket connection; *websocket.Dialer is one.
type Dialer interface {
	DialContext(ctx context.Context, url string, h http.Header) (*websocket.Conn, *http.Response, error)
}

// Config configures a Client. Name, URL, Adapter and Sink are required; a
// zero value in any other field takes the default its comment gives.
type Config struct {
	Name    string  // feed name, stamped on each mention
	URL     string  // base URL handed to Adapter.Dial
	Adapter Adapter // protocol
	Sink    Sink    // receives accepted batches

	Clock  Clock          // default: the real clock
	Dialer Dialer         // default: a websocket.Dialer with proxy from env, 15 s handshake
	Rand   func() float64 // in [0, 1), for backoff jitter; default math/rand/v2
	// ReadLimit is the hard cap on a frame: a bigger one ends the
	// connection (the peer is misbehaving). Default 16 MiB.
	ReadLimit int64
	// MaxFrame is the soft cap: a bigger frame is skipped and counted as
	// oversized, the connection goes on. Default 1 MiB.
	MaxFrame int
	// MaxText caps a mention's text in runes. Default 5,000.
	MaxText int
	// PingEvery is how often we ping; PongWait how long we wait for any
	// frame or pong before declaring the connection half-open. Defaults
	// 15 s and 40 s: a dead peer is noticed within 45 s.
	PingEvery, PongWait time.Duration
	// WriteWait bounds a write; CloseWait how long we wait for the peer's
	// close frame after sending ours. Defaults 10 s and 2 s.
	WriteWait, CloseWait time.Duration
	Backoff              Backoff // default DefaultBackoff()
	// HealthyAfter is how long a session must stay live for the backoff
	// to start again from its minimum. Default 30 s.
	HealthyAfter time.Duration
	// QuietAfter is copied to Status (how long silence is tolerated).
	QuietAfter time.Duration
	// LagWindow is how many recent mentions the lag percentiles cover.
	// Default 1,024.
	LagWindow int
	// MaxGaps bounds the gap history kept in Status. Default 256.
	MaxGaps int
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// withDefaults fills unset fields and checks the required ones.
func (c Config) withDefaults() (Config, error) {
	switch {
	case c.Name == "":
		return c, errors.New("feed config: name is required")
	case c.URL == "":
		return c, errors.New("feed " + c.Name + ": url is required")
	case c.Adapter == nil:
		return c, errors.New("feed " + c.Name + ": adapter is required")
	case c.Sink == nil:
		return c, errors.New("feed " + c.Name + ": sink is required")
	}
	if u, err := url.Parse(c.URL); err != nil || u.Host == "" {
		return c, fmt.Errorf("feed %s: url %q is not an absolute URL", c.Name, RedactURL(c.URL))
	}
	if c.Clock == nil {
		c.Clock = realClock{}
	}
	if c.Dialer == nil {
		c.Dialer = &websocket.Dialer{Proxy: http.ProxyFromEnvironment, HandshakeTimeout: 15 * time.Second}
	}
	if c.Rand == nil {
		c.Rand = rand.Float64
	}
	setDefault(&c.ReadLimit, 16<<20)
	setDefault(&c.MaxFrame, 1<<20)
	setDefault(&c.MaxText, 5000)
	setDefault(&c.PingEvery, 15*time.Second)
	setDefault(&c.PongWait, 40*time.Second)
	setDefault(&c.WriteWait, 10*time.Second)
	setDefault(&c.CloseWait, 2*time.Second)
	setDefault(&c.HealthyAfter, 30*time.Second)
	setDefault(&c.LagWindow, 1024)
	setDefault(&c.MaxGaps, 256)
	if c.Backoff.Min <= 0 || c.Backoff.Max < c.Backoff.Min {
		c.Backoff = DefaultBackoff()
	}
	return c, nil
}

func setDefault[T int | int64 | time.Duration](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}
