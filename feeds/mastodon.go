package feeds

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// Mastodon speaks the streaming API over a websocket: it subscribes to the
// public and hashtag streams by message, decodes each event's payload (a
// JSON string holding JSON), and maps local status ids to URIs so that a
// delete, which names only the local id, reaches the right mention. The
// URI is the dedupe key: the same status seen from two servers is one post.
// The streaming API has no replay, so a disconnect is an unrecoverable gap.
type Mastodon struct {
	token   string // never printed: it only goes into the header
	streams []string
	tags    []string
	host    string // for the acct of local accounts
	ids     *boundedMap[string, mastodonKnown]
}

// MastodonIDMemory is how many local id -> URI pairs are kept for deletes.
const MastodonIDMemory = 1 << 16

const mastodonPlatform = "mastodon"

// NewMastodon returns an adapter subscribing to streams ("public",
// "public:local", "public:remote"...) and to the hashtag stream of each tag
// (with or without '#'). With neither, it subscribes to "public". token may
// be empty for servers that stream public timelines without one.
func NewMastodon(token string, streams, tags []string) *Mastodon {
	if len(streams) == 0 && len(tags) == 0 {
		streams = []string{"public"}
	}
	clean := make([]string, 0, len(tags))
	for _, t := range tags {
		if t = strings.TrimPrefix(strings.TrimSpace(t), "#"); t != "" {
			clean = append(clean, t)
		}
	}
	return &Mastodon{token: token, streams: streams, tags: clean, ids: newBoundedMap[string, mastodonKnown](MastodonIDMemory)}
}

func (*Mastodon) Kind() string { return "mastodon" }

// Dial points at /api/v1/streaming when the base names only the server and
// sends the token as a bearer header, never in the URL (URLs get logged).
func (m *Mastodon) Dial(base string) (string, http.Header, error) {
	u, err := url.Parse(base)
	if err != nil {
		return "", nil, fmt.Errorf("mastodon url: %w", err)
	}
	if u.Path == "" || u.Path == "/" {
		u.Path = "/api/v1/streaming"
	}
	m.host = u.Hostname()
	h := http.Header{}
	if m.token != "" {
		h.Set("Authorization", "Bearer "+m.token)
	}
	return u.String(), h, nil
}

type mastodonSubscribe struct {
	Type   string `json:"type"`
	Stream string `json:"stream"`
	Tag    string `json:"tag,omitempty"`
}

// Hello subscribes to every configured stream and hashtag.
func (m *Mastodon) Hello() ([][]byte, error) {
	var out [][]byte
	add := func(s mastodonSubscribe) error {
		b, err := json.Marshal(s)
		out = append(out, b)
		return err
	}
	for _, s := range m.streams {
		if err := add(mastodonSubscribe{Type: "subscribe", Stream: s}); err != nil {
			return nil, err
		}
	}
	for _, t := range m.tags {
		if err := add(mastodonSubscribe{Type: "subscribe", Stream: "hashtag", Tag: t}); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (*Mastodon) Replayable() bool { return false }
func (*Mastodon) Cursor() string   { return "" }

type mastodonEnvelope struct {
	Event   string          `json:"event"`
	Payload json.RawMessage `json:"payload"`
	// An error object has these instead.
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// Decode handles update, status.update and delete events; other events
// (notifications, filters_changed, announcements...) are ignored. An error
// object is reported as a feed error, terminal if it is an auth refusal.
func (m *Mastodon) Decode(frame []byte, dst []*Mention) ([]*Mention, error) {
	var env mastodonEnvelope
	if err := unmarshalJSON(frame, &env); err != nil {
		return dst, classify(err)
	}
	if env.Error != "" {
		return dst, mastodonError(env.Error, env.Status)
	}
	switch env.Event {
	case "update", "status.update":
		mm, err := m.status(env.Payload, env.Event == "status.update", false)
		if err != nil {
			return dst, err
		}
		return append(dst, mm), nil
	case "delete":
		return m.delete(env.Payload, dst)
	}
	return dst, nil
}

// mastodonError turns an in-band error object into a feed error. The
// server's text is untrusted: the client sanitizes errors before showing
// them.
func mastodonError(msg string, status int) error {
	switch status {
	case http.StatusUnauthorized, http.StatusForbidden:
		return fmt.Errorf("mastodon: %s (status %d): %w: %w", msg, status, ErrAuth, ErrTerminal)
	}
	return fmt.Errorf("mastodon: server error: %s", msg)
}

// payloadBytes returns the payload's JSON: Mastodon sends it as a string of
// JSON; an object is accepted too.
func payloadBytes(raw json.RawMessage) ([]byte, error) {
	if len(raw) > 0 && raw[0] == '"' {
		var s string
		if err := unmarshalJSON(raw, &s); err != nil {
			return nil, classify(err)
		}
		return []byte(s), nil
	}
	if len(raw) == 0 || raw[0] != '{' {
		return nil, Reject(RejectWrongType, "payload is neither a string nor an object")
	}
	return raw, nil
}

// delete maps the local id in the payload to its URI; a status we never saw
// cannot be named and is ignored.
func (m *Mastodon) delete(raw json.RawMessage, dst []*Mention) ([]*Mention, error) {
	var id string
	if err := unmarshalJSON(raw, &id); err != nil {
		return dst, classify(err)
	}
	known, ok := m.ids.get(id)
	if !ok {
		return dst, nil
	}
	return append(dst, &Mention{ID: mastodonPlatform + ":" + known.uri, Op: OpDelete, Platform: mastodonPlatform,
		CreatedAt: known.created}), nil
}
