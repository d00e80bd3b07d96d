package feeds

import (
	"encoding/json"
	"errors"
	"strings"
	"time"
)

// mastodonKnown is what a delete needs of a status seen earlier.
type mastodonKnown struct {
	uri     string
	created time.Time
}

type mastodonStatus struct {
	ID          string          `json:"id"`
	URI         string          `json:"uri"`
	URL         string          `json:"url"`
	CreatedAt   string          `json:"created_at"`
	Content     string          `json:"content"`
	SpoilerText string          `json:"spoiler_text"`
	Language    string          `json:"language"`
	Account     json.RawMessage `json:"account"`
	Reblog      json.RawMessage `json:"reblog"`
	InReplyToID string          `json:"in_reply_to_id"`
	Quote       json.RawMessage `json:"quote"`
	Replies     int64           `json:"replies_count"`
	Reblogs     int64           `json:"reblogs_count"`
	Favourites  int64           `json:"favourites_count"`
}

type mastodonAccount struct {
	Acct        string `json:"acct"`
	DisplayName string `json:"display_name"`
	URL         string `json:"url"`
	Followers   int64  `json:"followers_count"`
}

// status decodes a status payload. A boost is the repost of its inner
// status: the mention is the inner status (its URI the id, its counts
// including this boost), so boosts of one post are one post. Boosts do not
// nest: a boost inside a boost is refused rather than followed.
func (m *Mastodon) status(raw json.RawMessage, edit, boosted bool) (*Mention, error) {
	b, err := payloadBytes(raw)
	if err != nil {
		return nil, err
	}
	var st mastodonStatus
	if err := unmarshalJSON(b, &st); err != nil {
		var te *json.UnmarshalTypeError
		if !errors.As(err, &te) || mastodonVital(te.Field) {
			return nil, classify(err)
		}
		// A broken optional part (counts, language) drops only itself.
	}
	if len(st.Reblog) > 0 && string(st.Reblog) != "null" {
		if boosted {
			return nil, Reject(RejectWrongType, "boost of a boost")
		}
		return m.status(st.Reblog, false, true)
	}
	return m.mention(&st, edit)
}

// mastodonVital reports whether a status field is one a mention cannot do
// without.
func mastodonVital(field string) bool {
	switch field {
	case "id", "uri", "created_at", "content", "reblog":
		return true
	}
	return false
}

func (m *Mastodon) mention(st *mastodonStatus, edit bool) (*Mention, error) {
	if st.URI == "" {
		return nil, Reject(RejectMissingID, "status without uri")
	}
	created, err := time.Parse(time.RFC3339Nano, st.CreatedAt)
	if err != nil {
		return nil, Reject(RejectBadTime, st.CreatedAt)
	}
	text := htmlText(st.Content)
	if st.SpoilerText != "" { // the content warning is part of what is said
		text = st.SpoilerText + "\n\n" + text
	}
	if strings.TrimSpace(text) == "" {
		return nil, Reject(RejectMissingText, st.URI)
	}
	if st.ID != "" {
		m.ids.put(st.ID, mastodonKnown{uri: st.URI, created: created})
	}
	mm := &Mention{
		ID: mastodonPlatform + ":" + st.URI, Op: OpCreate, Platform: mastodonPlatform,
		URL: st.URL, Text: text, Lang: st.Language, CreatedAt: created,
		Author:  m.account(st.Account),
		Metrics: Metrics{Likes: st.Favourites, Reposts: st.Reblogs, Replies: st.Replies},
		Quotes:  quotedStatus(st.Quote),
	}
	if mm.URL == "" {
		mm.URL = st.URI
	}
	if edit {
		mm.Op = OpUpdate
	}
	if parent, ok := m.ids.get(st.InReplyToID); ok && st.InReplyToID != "" {
		mm.ReplyTo = parent.uri
	}
	return mm, nil
}

// account decodes the author; a broken account object leaves it unknown.
func (m *Mastodon) account(raw json.RawMessage) Author {
	var a mastodonAccount
	if len(raw) == 0 || unmarshalJSON(raw, &a) != nil {
		return Author{}
	}
	acct := a.Acct
	if acct != "" && !strings.Contains(acct, "@") && m.host != "" {
		acct += "@" + m.host // a local account: make the handle global
	}
	handle := ""
	if acct != "" {
		handle = "@" + acct
	}
	return Author{ID: a.URL, Handle: handle, Name: a.DisplayName, Followers: a.Followers}
}

// quotedStatus returns the URI of the quoted status (Mastodon 4.4's quote
// object), "" if none or broken.
func quotedStatus(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var q struct {
		QuotedStatus struct {
			URI string `json:"uri"`
		} `json:"quoted_status"`
	}
	if unmarshalJSON(raw, &q) != nil {
		return ""
	}
	return q.QuotedStatus.URI
}
