package feeds

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/gorilla/websocket"
)

// ErrAuth marks an authentication or authorization failure: the feed goes to
// auth_failed and stops, since retrying with the same credentials is futile.
// Adapters wrap it (with ErrTerminal) for an in-band refusal.
var ErrAuth = errors.New("authentication failed")

// Client keeps one websocket feed connected: it dials through its Adapter,
// reads and decodes frames, normalizes and sanitizes mentions, hands batches
// to the Sink, and reconnects with backoff. Status may be called from any
// goroutine at any time.
type Client struct {
	cfg Config
	h   *health
}

// NewClient checks cfg and fills its defaults.
func NewClient(cfg Config) (*Client, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	return &Client{cfg: cfg, h: newHealth(cfg)}, nil
}

// Status returns a copy of the feed's health.
func (c *Client) Status() Status { return c.h.snapshot() }

// Name is the feed's name.
func (c *Client) Name() string { return c.cfg.Name }

// Run connects and keeps the feed connected until ctx is cancelled (it then
// closes the connection with a close handshake and returns nil) or a
// terminal error: an authentication failure (state auth_failed) or an error
// wrapping ErrTerminal (state down). Run must be called once.
func (c *Client) Run(ctx context.Context) error {
	attempt := 0
	for {
		live, err := c.connectOnce(ctx, attempt)
		if ctx.Err() != nil {
			c.h.setState(StateStopped, 0, time.Time{})
			return nil
		}
		if terr := c.terminal(err); terr != nil {
			return terr
		}
		if live >= c.cfg.HealthyAfter {
			attempt = 0
		}
		attempt++
		wait := c.cfg.Backoff.Delay(attempt, c.cfg.Rand())
		c.h.setState(StateReconnecting, attempt, c.cfg.Clock.Now().Add(wait))
		select {
		case <-ctx.Done():
			c.h.setState(StateStopped, 0, time.Time{})
			return nil
		case <-c.cfg.Clock.After(wait):
		}
	}
}

// terminal records and returns err if it ends the feed, nil otherwise.
func (c *Client) terminal(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrAuth):
		c.h.fail(StateAuthFailed, err)
		return fmt.Errorf("feed %s: %w", c.cfg.Name, err)
	case errors.Is(err, ErrTerminal):
		c.h.fail(StateDown, err)
		return fmt.Errorf("feed %s: %w", c.cfg.Name, err)
	}
	return nil
}

// connectOnce dials and, if that works, runs one session to its end. It
// returns how long the session was live and why it ended.
func (c *Client) connectOnce(ctx context.Context, attempt int) (live time.Duration, err error) {
	if attempt == 0 {
		c.h.setState(StateConnecting, 0, time.Time{})
	}
	url, header, err := c.cfg.Adapter.Dial(c.cfg.URL)
	if err != nil { // the adapter cannot build a URL: retrying will not help
		return 0, fmt.Errorf("%w: %w", ErrTerminal, err)
	}
	conn, resp, err := c.cfg.Dialer.DialContext(ctx, url, header)
	if err != nil {
		err = handshakeError(resp, err)
		c.h.note(err)
		return 0, err
	}
	start := c.cfg.Clock.Now()
	c.h.live(start, c.cfg.Adapter.Replayable())
	err = c.session(ctx, conn)
	end := c.cfg.Clock.Now()
	c.h.ended(end, err)
	return end.Sub(start), err
}

// handshakeError turns a 401 or 403 at the handshake into ErrAuth.
func handshakeError(resp *http.Response, err error) error {
	if resp == nil || !errors.Is(err, websocket.ErrBadHandshake) {
		return err
	}
	switch resp.StatusCode {
	case http.StatusUnauthorized, http.StatusForbidden:
		return fmt.Errorf("%w: server answered %s", ErrAuth, resp.Status)
	}
	return fmt.Errorf("handshake refused: %s", resp.Status)
}
