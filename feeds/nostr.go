package feeds

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// Nostr speaks NIP-01 to one relay: a REQ for text notes (kind 1), since
// the start or, after a reconnect, since the newest note seen minus a
// margin; EVENT, EOSE, CLOSED and NOTICE answers. Relays store notes, so a
// resume replays what was missed; the replayed notes we already had are
// dropped by event id. Relays may ignore NIP-50 search: matching is ours.
type Nostr struct {
	search string
	margin time.Duration
	now    func() time.Time
	// newest is the largest created_at seen (unix seconds, 0: none).
	newest atomic.Int64
	seen   *boundedMap[string, struct{}]
	sub    string
	// start is the first REQ's since, reused until a note arrives so that
	// a connection lost before its first note loses nothing either.
	start int64
}

// NostrMargin is the default resume margin: notes carry their author's
// clock, and relays receive them late.
const NostrMargin = 2 * time.Minute

// NostrIDMemory is how many event ids are remembered for dedupe.
const NostrIDMemory = 1 << 16

const nostrPlatform = "nostr"

// NewNostr returns an adapter asking for notes matching search ("" for
// all), resuming margin before the newest note (NostrMargin if <= 0). now
// sets the first connection's since; nil means time.Now.
func NewNostr(search string, margin time.Duration, now func() time.Time) *Nostr {
	if margin <= 0 {
		margin = NostrMargin
	}
	if now == nil {
		now = time.Now
	}
	return &Nostr{search: search, margin: margin, now: now, sub: "warroom",
		seen: newBoundedMap[string, struct{}](NostrIDMemory)}
}

func (*Nostr) Kind() string { return "nostr" }

func (*Nostr) Dial(base string) (string, http.Header, error) {
	if !strings.HasPrefix(base, "ws://") && !strings.HasPrefix(base, "wss://") {
		return "", nil, fmt.Errorf("nostr relay url %q: want ws:// or wss://", RedactURL(base))
	}
	return base, nil, nil
}

type nostrFilter struct {
	Kinds  []int  `json:"kinds"`
	Since  int64  `json:"since"`
	Search string `json:"search,omitempty"`
}

// Hello sends the REQ. The first one starts now: a war room wants what is
// said from now on, not the relay's archive.
func (n *Nostr) Hello() ([][]byte, error) {
	if n.start == 0 {
		n.start = n.now().Unix()
	}
	since := n.start
	if newest := n.newest.Load(); newest > 0 {
		since = newest - int64(n.margin/time.Second)
	}
	req, err := json.Marshal([]any{"REQ", n.sub, nostrFilter{Kinds: []int{1}, Since: since, Search: n.search}})
	if err != nil {
		return nil, err
	}
	return [][]byte{req}, nil
}

func (n *Nostr) Replayable() bool { return n.newest.Load() > 0 }

// Cursor is the created_at (unix seconds) of the newest note seen.
func (n *Nostr) Cursor() string {
	if v := n.newest.Load(); v > 0 {
		return strconv.FormatInt(v, 10)
	}
	return ""
}

// Decode handles one relay message.
func (n *Nostr) Decode(frame []byte, dst []*Mention) ([]*Mention, error) {
	var msg []json.RawMessage
	if err := unmarshalJSON(frame, &msg); err != nil {
		return dst, classify(err)
	}
	if len(msg) == 0 {
		return dst, Reject(RejectWrongType, "empty message")
	}
	var typ string
	if err := unmarshalJSON(msg[0], &typ); err != nil {
		return dst, classify(err)
	}
	switch typ {
	case "EVENT":
		if len(msg) < 3 {
			return dst, Reject(RejectWrongType, "EVENT without an event")
		}
		return n.event(msg[2], dst)
	case "CLOSED":
		return dst, nostrClosed(msg)
	case "NOTICE":
		return dst, fmt.Errorf("nostr relay notice: %s", nostrString(msg, 1))
	}
	return dst, nil // EOSE, OK, AUTH, COUNT and future messages
}

// nostrClosed reports the relay ending our subscription. Refusals that
// retrying cannot fix are terminal: access (NIP-01 prefixes auth-required,
// restricted, blocked: auth_failed) and our filter (unsupported, invalid:
// a relay without NIP-50 search, say). Others (error, rate-limited) end
// the connection: the client reconnects with backoff and resumes since the
// last note seen.
func nostrClosed(msg []json.RawMessage) error {
	reason := nostrString(msg, 2)
	prefix, _, _ := strings.Cut(reason, ":")
	switch prefix {
	case "auth-required", "restricted", "blocked":
		return fmt.Errorf("nostr relay closed the subscription: %s: %w: %w", reason, ErrAuth, ErrTerminal)
	case "unsupported", "invalid":
		return fmt.Errorf("nostr relay refused the subscription filter (search?): %s: %w", reason, ErrTerminal)
	}
	return fmt.Errorf("nostr relay closed the subscription: %s: %w", reason, ErrReconnect)
}

// nostrString returns msg[i] as a string, "" if absent or not a string.
func nostrString(msg []json.RawMessage, i int) string {
	var s string
	if i < len(msg) {
		_ = unmarshalJSON(msg[i], &s)
	}
	return s
}
