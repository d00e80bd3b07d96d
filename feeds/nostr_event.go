package feeds

import (
	"encoding/json"
	"errors"
	"strings"
	"time"
)

type nostrEvent struct {
	ID        string            `json:"id"`
	Pubkey    string            `json:"pubkey"`
	CreatedAt int64             `json:"created_at"`
	Kind      int               `json:"kind"`
	Tags      []json.RawMessage `json:"tags"`
	Content   string            `json:"content"`
}

// event turns a kind-1 note into a mention. Signatures are not verified
// (no secp256k1 here): the relay is trusted as far as any feed is.
func (n *Nostr) event(raw json.RawMessage, dst []*Mention) ([]*Mention, error) {
	var ev nostrEvent
	if err := unmarshalJSON(raw, &ev); err != nil {
		var te *json.UnmarshalTypeError
		if !errors.As(err, &te) || te.Field != "tags" && !strings.HasPrefix(te.Field, "tags.") {
			return dst, classify(err)
		}
		// Broken tags drop only themselves.
	}
	switch {
	case !isHex64(ev.ID):
		return dst, Reject(RejectMissingID, "event id is not 64 hex digits")
	case ev.Kind != 1:
		return dst, nil
	case ev.CreatedAt <= 0:
		return dst, Reject(RejectMissingTime, ev.ID)
	case strings.TrimSpace(ev.Content) == "":
		return dst, Reject(RejectMissingText, ev.ID)
	}
	if _, dup := n.seen.get(ev.ID); dup {
		return dst, nil // replayed after a resume, or sent twice
	}
	n.seen.put(ev.ID, struct{}{})
	if ev.CreatedAt > n.newest.Load() {
		n.newest.Store(ev.CreatedAt)
	}
	m := &Mention{
		ID: nostrPlatform + ":" + ev.ID, Op: OpCreate, Platform: nostrPlatform,
		Author:    Author{ID: ev.Pubkey},
		Text:      ev.Content,
		CreatedAt: time.Unix(ev.CreatedAt, 0),
	}
	applyNostrTags(m, ev.Tags)
	return append(dst, m), nil
}

// applyNostrTags reads the tags we use: "t" hashtags (appended to the text
// when the content does not show them, so hashtag topics can match), NIP-10
// replies, NIP-18 "q" quotes and NIP-32 ISO-639-1 language labels. A
// malformed tag is skipped alone.
func applyNostrTags(m *Mention, tags []json.RawMessage) {
	var e nostrThread
	for _, raw := range tags {
		var tag []string
		if unmarshalJSON(raw, &tag) != nil || len(tag) < 2 {
			continue
		}
		switch tag[0] {
		case "t":
			if tag[1] != "" && !containsFold(m.Text, "#"+tag[1]) {
				m.Text += " #" + tag[1]
			}
		case "e":
			e.add(tag)
		case "q":
			m.Quotes = tag[1]
		case "l":
			if len(tag) >= 3 && tag[2] == "ISO-639-1" {
				m.Lang = tag[1]
			}
		}
	}
	m.ReplyTo = e.parent()
}

// nostrThread collects NIP-10 "e" tags: marked ones ("root", "reply") or,
// in the older positional form, the last one is the parent.
type nostrThread struct {
	root, reply, last string
	marked            bool
}

func (t *nostrThread) add(tag []string) {
	t.last = tag[1]
	if len(tag) < 4 {
		return
	}
	switch tag[3] {
	case "root":
		t.root, t.marked = tag[1], true
	case "reply":
		t.reply, t.marked = tag[1], true
	}
}

func (t *nostrThread) parent() string {
	switch {
	case t.reply != "":
		return t.reply
	case t.root != "":
		return t.root // a direct reply to the root carries only its marker
	case t.marked:
		return ""
	}
	return t.last
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

func isHex64(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
