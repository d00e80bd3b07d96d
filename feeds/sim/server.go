package sim

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// Options tune a Server.
type Options struct {
	Seed uint64
	// Speed is scenario seconds per wall second (30: half an hour of
	// crisis in a minute). Default 1.
	Speed float64
	// Rate, when positive, sends exactly Rate mentions per second whatever
	// the scenario's volume (load tests); content still follows the phases.
	Rate int
	// Duration ends each stream after this long (0: until the client goes).
	Duration time.Duration
	// Batch caps the mentions of one frame (an array). Default 256.
	Batch int
	// Start is the wall time of scenario time 0 (default: when the first
	// client connects, so a demo never misses its opening).
	Start time.Time
}

// Stats count what a Server sent, over all its connections.
type Stats struct {
	Connections int64 `json:"connections"`
	Frames      int64 `json:"frames"`
	Mentions    int64 `json:"mentions"`
	Duplicates  int64 `json:"duplicates"` // resends of an id already sent
}

// Server plays a scenario to every websocket client that connects: each
// gets the timeline from the moment it joins (load mode: from its start).
type Server struct {
	sc       Scenario
	opts     Options
	up       websocket.Upgrader
	startMu  sync.Mutex
	start    time.Time
	done     chan struct{}
	closeMu  sync.Mutex // orders streams.Add before Close's Wait
	closed   bool
	streams  sync.WaitGroup
	conns    atomic.Int64
	frames   atomic.Int64
	mentions atomic.Int64
	dups     atomic.Int64
}

// NewServer checks the scenario and options.
func NewServer(sc Scenario, opts Options) (*Server, error) {
	if err := sc.validate(); err != nil {
		return nil, fmt.Errorf("scenario %q: %w", sc.Name, err)
	}
	if opts.Speed == 0 {
		opts.Speed = 1
	}
	switch {
	case opts.Speed < 0:
		return nil, errors.New("speed must be positive")
	case opts.Rate < 0:
		return nil, errors.New("rate must not be negative")
	case opts.Duration < 0:
		return nil, errors.New("duration must not be negative")
	}
	if opts.Batch <= 0 {
		opts.Batch = 256
	}
	return &Server{sc: sc, opts: opts, start: opts.Start, done: make(chan struct{})}, nil
}

// Stats returns what was sent so far.
func (s *Server) Stats() Stats {
	return Stats{
		Connections: s.conns.Load(), Frames: s.frames.Load(),
		Mentions: s.mentions.Load(), Duplicates: s.dups.Load(),
	}
}

// Handler upgrades any request to a websocket and streams the scenario.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.enter() {
			http.Error(w, "simulator closed", http.StatusServiceUnavailable)
			return
		}
		defer s.streams.Done()
		conn, err := s.up.Upgrade(w, r, nil)
		if err != nil {
			return // the upgrader has answered
		}
		s.conns.Add(1)
		s.stream(conn)
	})
}

// Close ends every stream with a close frame and waits for them.
func (s *Server) Close() {
	s.closeMu.Lock()
	if !s.closed {
		s.closed = true
		close(s.done)
	}
	s.closeMu.Unlock()
	s.streams.Wait()
}

// enter registers a new stream unless the server is closed.
func (s *Server) enter() bool {
	s.closeMu.Lock()
	defer s.closeMu.Unlock()
	if s.closed {
		return false
	}
	s.streams.Add(1)
	return true
}

// Serve serves on ln until ctx ends, then closes every stream.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		s.Close()
		return err
	case <-ctx.Done():
	}
	s.Close()
	shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_ = hs.Shutdown(shut)
	return nil
}

// ListenAndServe listens on addr, which must be a loopback address: the
// simulator is a test fixture, not a service.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	ln, err := Listen(addr)
	if err != nil {
		return err
	}
	return s.Serve(ctx, ln)
}

// Listen opens a TCP listener on a loopback addr.
func Listen(addr string) (net.Listener, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("listen address %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("listen address %q: the simulator only listens on loopback (127.0.0.1, ::1)", addr)
	}
	return net.Listen("tcp", addr)
}

// timelineStart is the wall time of scenario time 0, fixed by the first
// stream when Options.Start is zero.
func (s *Server) timelineStart() time.Time {
	s.startMu.Lock()
	defer s.startMu.Unlock()
	if s.start.IsZero() {
		s.start = time.Now()
	}
	return s.start
}
