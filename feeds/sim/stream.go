package sim

import (
	"context"
	"time"

	"github.com/gorilla/websocket"
	"github.com/warroom-dev/warroom/feeds"
)

const writeWait = 10 * time.Second

// stream plays the scenario on one connection until the client goes, the
// duration is up or the server closes, then says goodbye with a close frame.
func (s *Server) stream(conn *websocket.Conn) {
	defer conn.Close()
	g := newGenerator(&s.sc, s.opts.Seed, s.timelineStart(), s.opts.Speed)
	ctx, cancel := context.WithCancel(context.Background())
	if s.opts.Duration > 0 {
		ctx, cancel = context.WithTimeout(context.Background(), s.opts.Duration)
	}
	defer cancel()
	go func() { // reads, so pings are answered and a close is noticed
		defer cancel()
		for {
			if _, _, err := conn.NextReader(); err != nil {
				return
			}
		}
	}()
	go func() {
		select {
		case <-s.done:
			cancel()
		case <-ctx.Done():
		}
	}()
	w := &frameWriter{s: s, conn: conn}
	if s.opts.Rate > 0 {
		s.load(ctx, w, g)
	} else {
		s.play(ctx, w, g)
	}
	msg := websocket.FormatCloseMessage(websocket.CloseNormalClosure, "end of simulation")
	_ = conn.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second))
}

// play sends the timeline at its own pace, from the moment the client
// joined: what happened before is skipped, as on a live firehose.
func (s *Server) play(ctx context.Context, w *frameWriter, g *generator) {
	joined := time.Now()
	for {
		m, at := g.next()
		due := g.wall(at)
		if due.Before(joined) {
			continue
		}
		if d := time.Until(due); d > 0 {
			if w.flush() != nil || !sleep(ctx, d) {
				return
			}
		}
		if w.add(m, g) != nil || ctx.Err() != nil {
			return
		}
	}
}

// load sends Rate mentions per second in batches every 10 ms; content
// follows the scenario time elapsed at Speed.
func (s *Server) load(ctx context.Context, w *frameWriter, g *generator) {
	t0 := time.Now()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	sent := 0
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-tick.C:
			elapsed := now.Sub(t0)
			target := int(float64(s.opts.Rate) * elapsed.Seconds())
			at := time.Duration(float64(elapsed) * s.opts.Speed)
			for ; sent < target; sent++ {
				if w.add(g.at(at), g) != nil {
					return
				}
			}
			if w.flush() != nil {
				return
			}
		}
	}
}

// sleep waits d or until ctx ends; it reports whether ctx is still alive.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// frameWriter batches encoded mentions into frames: one object alone, an
// array for more.
type frameWriter struct {
	s    *Server
	conn *websocket.Conn
	buf  []byte
	n    int
	dups uint64
}

// add appends m and sends the frame when it is full.
func (w *frameWriter) add(m *feeds.Mention, g *generator) error {
	if w.n == 0 {
		w.buf = append(w.buf[:0], '[')
	} else {
		w.buf = append(w.buf, ',')
	}
	w.buf = feeds.AppendJSON(w.buf, m)
	w.n++
	w.s.dups.Add(int64(g.dups - w.dups))
	w.dups = g.dups
	if w.n >= w.s.opts.Batch {
		return w.flush()
	}
	return nil
}

// flush sends what is pending.
func (w *frameWriter) flush() error {
	if w.n == 0 {
		return nil
	}
	frame := append(w.buf, ']')
	if w.n == 1 {
		frame = w.buf[1:] // a lone object
	}
	_ = w.conn.SetWriteDeadline(time.Now().Add(writeWait))
	err := w.conn.WriteMessage(websocket.TextMessage, frame)
	w.s.frames.Add(1)
	w.s.mentions.Add(int64(w.n))
	w.n = 0
	return err
}
