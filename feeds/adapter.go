package feeds

import (
	"errors"
	"net/http"
)

// Adapter speaks one protocol over a websocket connection and turns its
// frames into canonical mentions. The client calls Dial, Hello and Decode
// from one goroutine per connection, never concurrently; Cursor may be called
// from any goroutine.
type Adapter interface {
	// Kind names the protocol: native, jetstream, mastodon, nostr.
	Kind() string
	// Dial returns the URL and headers of the next connection attempt,
	// built from the configured base URL; a resume cursor goes here.
	Dial(base string) (url string, header http.Header, err error)
	// Hello returns the frames to send once connected (subscriptions).
	Hello() ([][]byte, error)
	// Decode parses one text frame and appends the mentions it carries to
	// dst. A frame of no interest (heartbeat, identity event, EOSE) returns
	// dst unchanged and nil. A bad frame returns a *RejectError and the
	// connection goes on; an error wrapping ErrTerminal ends the feed (an
	// auth failure reported in-band, say). Mentions are returned raw: the
	// client normalizes and sanitizes them. frame is only valid during the
	// call (the client reuses its buffer). A batch frame with some bad
	// elements may return the good mentions together with a Rejects error.
	Decode(frame []byte, dst []*Mention) ([]*Mention, error)
	// Replayable reports whether a reconnect can replay what was missed
	// (a cursor or a since filter), for the gap record.
	Replayable() bool
	// Cursor is the protocol's resume position, "" when it has none.
	Cursor() string
}

// ErrTerminal marks an error after which reconnecting is pointless (bad
// credentials, a refused subscription): the feed goes to auth_failed (when
// the error also wraps ErrAuth) or down.
var ErrTerminal = errors.New("terminal feed error")

// ErrReconnect marks an in-band error after which the connection is useless
// but a new one may work (a relay closing our subscription while shutting
// down or rate limiting): the client ends the connection, counts the error,
// and reconnects with backoff from the adapter's cursor. Without it the
// feed would sit connected and silent until quiet_after flagged it.
var ErrReconnect = errors.New("feed asks to reconnect")

// Sink receives accepted batches of normalized, sanitized mentions. Ingest is
// called from feed goroutines and must never block on a user interface. The
// batch slice and its mentions belong to the Sink once handed over; mentions
// are not modified by the feed afterwards.
type Sink interface {
	Ingest(batch []*Mention)
}
