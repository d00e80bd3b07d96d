package feeds

import (
	"encoding/json"
	"errors"
	"strings"
	"time"
)

// jetstreamEvent is the part of a Jetstream event we read, decoded in one
// pass (the record included): the JSON library is most of a post's cost.
type jetstreamEvent struct {
	Did    string          `json:"did"`
	TimeUS int64           `json:"time_us"`
	Kind   string          `json:"kind"`
	Commit jetstreamCommit `json:"commit"`
}

type jetstreamCommit struct {
	Operation  string       `json:"operation"`
	Collection string       `json:"collection"`
	Rkey       string       `json:"rkey"`
	Record     *blueskyPost `json:"record"`
}

// blueskyPost is the part of an app.bsky.feed.post record we read.
type blueskyPost struct {
	Text      string   `json:"text"`
	CreatedAt string   `json:"createdAt"`
	Langs     []string `json:"langs"`
	Reply     struct {
		Parent strongRef `json:"parent"`
	} `json:"reply"`
	Embed blueskyEmbed `json:"embed"`
}

// blueskyEmbed covers app.bsky.embed.record (record is the quoted post's
// ref) and app.bsky.embed.recordWithMedia (record.record is).
type blueskyEmbed struct {
	Type   string `json:"$type"`
	Record struct {
		URI    string    `json:"uri"`
		Record strongRef `json:"record"`
	} `json:"record"`
}

type strongRef struct {
	URI string `json:"uri"`
}

// Decode turns a commit on a post into a mention. Events at or before the
// cursor were seen before the reconnect and are dropped.
func (j *Jetstream) Decode(frame []byte, dst []*Mention) ([]*Mention, error) {
	ev := &j.ev
	*ev = jetstreamEvent{}
	if err := decodeJetstreamEvent(frame, ev); err != nil && !jetstreamMinor(err) {
		return dst, classify(err)
	}
	if ev.TimeUS <= 0 {
		return dst, Reject(RejectMissingTime, "no time_us")
	}
	if ev.TimeUS <= j.last.Load() {
		return dst, nil // replayed after a resume: already processed
	}
	// Processed from here on, even if refused: a replay must not count
	// the same bad frame twice.
	j.last.Store(ev.TimeUS)
	if ev.Kind != "commit" || ev.Commit.Collection != jetstreamCollection {
		return dst, nil // identity, account, other collections
	}
	m, err := j.commit(ev)
	if err != nil || m == nil {
		return dst, err
	}
	return append(dst, m), nil
}

// decodeJetstreamEvent decodes with the fast library (goccy/go-json, see
// decodeJSON) and, if it fails, again with encoding/json, whose errors say
// which field broke and which decodes the rest of the frame around a field
// of the wrong type: bad frames are rare, so only they pay the slow path.
func decodeJetstreamEvent(frame []byte, ev *jetstreamEvent) error {
	if decodeJSON(frame, ev) == nil {
		return nil
	}
	*ev = jetstreamEvent{}
	return unmarshalJSON(frame, ev)
}

// jetstreamMinor reports whether err is a type error in a part that may
// break alone. A value of the wrong type in a field a mention cannot do
// without refuses the frame; elsewhere (langs, reply, embed, facets) the
// broken part is dropped alone: encoding/json skips a field of the wrong
// type and decodes the rest.
func jetstreamMinor(err error) bool {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return false
	}
	switch te.Field {
	case "", "did", "time_us", "kind", "commit", "commit.operation", "commit.collection",
		"commit.rkey", "commit.record", "commit.record.text", "commit.record.createdAt":
		return false
	}
	return true
}

// commit builds the mention of a post commit (nil for a post with no text,
// an image alone, which no topic can match).
func (j *Jetstream) commit(ev *jetstreamEvent) (*Mention, error) {
	c := &ev.Commit
	if ev.Did == "" || c.Rkey == "" {
		return nil, Reject(RejectMissingID, "commit without did or rkey")
	}
	m := &Mention{
		ID:       blueskyPlatform + ":at://" + ev.Did + "/" + jetstreamCollection + "/" + c.Rkey,
		Platform: blueskyPlatform,
		URL:      "https://bsky.app/profile/" + ev.Did + "/post/" + c.Rkey,
		Author:   Author{ID: ev.Did},
	}
	switch c.Operation {
	case "create":
		m.Op = OpCreate
	case "update":
		m.Op = OpUpdate
	case "delete":
		m.Op = OpDelete
		m.CreatedAt = time.UnixMicro(ev.TimeUS)
		return m, nil
	default:
		return nil, Reject(RejectUnknownOp, c.Operation)
	}
	rec := c.Record
	switch {
	case rec == nil:
		return nil, Reject(RejectMissingText, "commit without record")
	case rec.Text == "":
		return nil, nil
	}
	t, err := parseBlueskyTime(rec.CreatedAt)
	if err != nil {
		return nil, Reject(RejectBadTime, err.Error())
	}
	m.Text, m.CreatedAt = rec.Text, t
	if len(rec.Langs) > 0 {
		m.Lang = rec.Langs[0]
	}
	m.ReplyTo = rec.Reply.Parent.URI
	m.Quotes = rec.Embed.quoted()
	return m, nil
}

// quoted returns the URI of the quoted post, "" if none.
func (e *blueskyEmbed) quoted() string {
	switch e.Type {
	case "app.bsky.embed.record":
		return e.Record.URI
	case "app.bsky.embed.recordWithMedia":
		return e.Record.Record.URI
	}
	return ""
}

// parseBlueskyTime accepts createdAt with Z or a numeric offset, and the
// zone-less form some clients write (read as UTC).
func parseBlueskyTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, errors.New("no createdAt")
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err == nil {
		return t, nil
	}
	if !strings.ContainsAny(s[min(len(s), 19):], "Z+-") {
		if t, err2 := time.Parse("2006-01-02T15:04:05.999999999", s); err2 == nil {
			return t, nil
		}
	}
	return time.Time{}, err
}
