package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/gorilla/websocket"
)

// session runs one connection to its end: a writer goroutine sends the hello
// frames, the pings and, on cancellation, the close frame; the reader runs
// on this goroutine. It returns nil when ctx ended the session.
func (c *Client) session(ctx context.Context, conn *websocket.Conn) error {
	defer conn.Close()
	conn.SetReadLimit(c.cfg.ReadLimit)
	hello, err := c.cfg.Adapter.Hello()
	if err != nil {
		return fmt.Errorf("hello: %w", err)
	}
	readerDone := make(chan struct{})
	writerErr := make(chan error, 1)
	go func() { writerErr <- c.writer(ctx, conn, hello, readerDone) }()
	err = c.reader(conn)
	close(readerDone)
	werr := <-writerErr
	switch {
	case ctx.Err() != nil:
		return nil
	case werr != nil:
		return werr
	}
	return err
}

// writer owns every data write of the connection. Control frames go through
// WriteControl, which gorilla allows concurrently with the reader.
func (c *Client) writer(ctx context.Context, conn *websocket.Conn, hello [][]byte, readerDone <-chan struct{}) error {
	for _, f := range hello {
		_ = conn.SetWriteDeadline(time.Now().Add(c.cfg.WriteWait))
		if err := conn.WriteMessage(websocket.TextMessage, f); err != nil {
			conn.Close() // unblocks the reader
			return fmt.Errorf("hello: %w", err)
		}
	}
	ping := time.NewTicker(c.cfg.PingEvery)
	defer ping.Stop()
	for {
		select {
		case <-readerDone:
			return nil
		case <-ping.C:
			if err := conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(c.cfg.WriteWait)); err != nil {
				conn.Close()
				return fmt.Errorf("ping: %w", err)
			}
		case <-ctx.Done():
			c.closeHandshake(conn, readerDone)
			return nil
		}
	}
}

// closeHandshake sends a normal close and waits for the reader to see the
// peer's answer, or CloseWait.
func (c *Client) closeHandshake(conn *websocket.Conn, readerDone <-chan struct{}) {
	msg := websocket.FormatCloseMessage(websocket.CloseNormalClosure, "client closing")
	if err := conn.WriteControl(websocket.CloseMessage, msg, time.Now().Add(c.cfg.WriteWait)); err != nil {
		conn.Close()
		return
	}
	t := time.NewTimer(c.cfg.CloseWait)
	defer t.Stop()
	select {
	case <-readerDone:
	case <-t.C:
		conn.Close()
	}
}

// reader reads frames until the connection fails. Every frame, pong and ping
// pushes the read deadline PongWait ahead, so only a silent peer times out.
func (c *Client) reader(conn *websocket.Conn) error {
	extend := func() { _ = conn.SetReadDeadline(time.Now().Add(c.cfg.PongWait)) }
	extend()
	conn.SetPongHandler(func(string) error { extend(); return nil })
	answer := conn.PingHandler()
	conn.SetPingHandler(func(data string) error { extend(); return answer(data) })
	f := frameReader{c: c, rejects: map[string]int64{}}
	for {
		typ, r, err := conn.NextReader()
		if err != nil {
			return f.fail(err)
		}
		extend()
		if err := f.read(typ, r); err != nil {
			return err
		}
	}
}

// frameReader holds the reader's reusable buffers.
type frameReader struct {
	c       *Client
	buf     bytes.Buffer
	scratch []*Mention
	rejects map[string]int64
}

// read takes one frame: bounded read, decode, normalize, count, hand over.
// Only a connection error or a terminal adapter error is returned.
func (f *frameReader) read(typ int, r io.Reader) error {
	c := f.c
	clear(f.rejects)
	f.buf.Reset()
	_, err := f.buf.ReadFrom(io.LimitReader(r, int64(c.cfg.MaxFrame)+1))
	if err == nil && f.buf.Len() > c.cfg.MaxFrame {
		_, err = io.Copy(io.Discard, r) // skip the rest, keep the connection
		f.rejects[RejectOversized]++
	}
	if err != nil {
		return f.fail(err)
	}
	now := c.cfg.Clock.Now()
	var batch []*Mention
	switch {
	case f.rejects[RejectOversized] > 0:
	case typ == websocket.BinaryMessage:
		f.rejects[RejectBinaryFrame]++
	default:
		batch, err = f.decode(now)
	}
	c.h.frame(now, batch, f.rejects, c.cfg.Adapter.Cursor())
	if len(batch) > 0 {
		c.cfg.Sink.Ingest(batch)
	}
	return err
}

// fail ends the connection on a read error. A frame over the hard limit
// (which gorilla may refuse from its header, before any byte is read) is
// counted as oversized: the peer sent it, the operator should see it.
func (f *frameReader) fail(err error) error {
	if errors.Is(err, websocket.ErrReadLimit) {
		clear(f.rejects)
		f.rejects[RejectOversized] = 1
		f.c.h.frame(f.c.cfg.Clock.Now(), nil, f.rejects, f.c.cfg.Adapter.Cursor())
	}
	return err
}

// decode runs the adapter and keeps the mentions that survive normalization.
// The returned batch is freshly allocated: the Sink owns it.
func (f *frameReader) decode(now time.Time) ([]*Mention, error) {
	c := f.c
	ms, err := c.cfg.Adapter.Decode(f.buf.Bytes(), f.scratch[:0])
	count := func(reason string) { f.rejects[reason]++ }
	if !EachReject(err, count) {
		if errors.Is(err, ErrTerminal) {
			return nil, err
		}
		count(ReasonOf(err))
		c.h.note(err)
		if errors.Is(err, ErrReconnect) {
			return nil, err // the reader ends the connection; Run reconnects
		}
	}
	batch := make([]*Mention, 0, len(ms))
	for _, m := range ms {
		Normalize(m, c.cfg.Name, now, c.cfg.MaxText)
		if err := m.Validate(); err != nil {
			count(ReasonOf(err))
			continue
		}
		batch = append(batch, m)
	}
	clear(ms) // let the scratch slice forget the mentions
	f.scratch = ms[:0]
	return batch, nil
}
