package feeds

import (
	"context"
	"io"
)

// ctxReader reads r from a goroutine, one chunk ahead at most, and gives up
// when ctx ends. The goroutine itself ends at r's next error, or at once if
// it is waiting to hand over a chunk when ctx ends.
type ctxReader struct {
	ctx     context.Context
	chunks  chan ctxChunk
	pending []byte
	err     error
}

type ctxChunk struct {
	data []byte
	err  error
}

func newCtxReader(ctx context.Context, r io.Reader) *ctxReader {
	c := &ctxReader{ctx: ctx, chunks: make(chan ctxChunk)}
	go c.pump(r)
	return c
}

func (c *ctxReader) pump(r io.Reader) {
	for {
		buf := make([]byte, 32<<10)
		n, err := r.Read(buf)
		select {
		case c.chunks <- ctxChunk{buf[:n], err}:
		case <-c.ctx.Done():
			return
		}
		if err != nil {
			return
		}
	}
}

func (c *ctxReader) Read(p []byte) (int, error) {
	for len(c.pending) == 0 {
		if c.err != nil {
			return 0, c.err
		}
		select {
		case ch := <-c.chunks:
			c.pending, c.err = ch.data, ch.err
		case <-c.ctx.Done():
			return 0, c.ctx.Err()
		}
	}
	n := copy(p, c.pending)
	c.pending = c.pending[n:]
	return n, nil
}
