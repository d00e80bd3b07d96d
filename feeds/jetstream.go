package feeds

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"sync/atomic"
	"time"
)

// Jetstream speaks Bluesky's Jetstream /subscribe wire: one JSON event per
// text frame, "commit" events carrying app.bsky.feed.post records, "identity"
// and "account" events that we ignore. time_us is the cursor: a reconnect
// resumes a few seconds before the last processed event and drops whatever
// it has already seen, so every post is counted once and nothing the server
// still holds is lost.
type Jetstream struct {
	// last is the time_us of the last processed event (0: none yet).
	last atomic.Int64
	// rewind is how far before last a resume starts, to cover events in
	// flight when the connection broke.
	rewind time.Duration
}

// JetstreamRewind is the default resume margin.
const JetstreamRewind = 5 * time.Second

const (
	jetstreamCollection = "app.bsky.feed.post"
	blueskyPlatform     = "bluesky"
)

// NewJetstream returns an adapter that resumes rewind before the last event
// on reconnect (JetstreamRewind if rewind <= 0).
func NewJetstream(rewind time.Duration) *Jetstream {
	if rewind <= 0 {
		rewind = JetstreamRewind
	}
	return &Jetstream{rewind: rewind}
}

func (*Jetstream) Kind() string { return "jetstream" }

// Dial adds wantedCollections (repeated key, as Jetstream expects; keys the
// base already has, such as wantedDids, are kept) and the resume cursor.
// Compressed mode is refused: it needs Jetstream's zstd dictionary.
func (j *Jetstream) Dial(base string) (string, http.Header, error) {
	u, err := url.Parse(base)
	if err != nil {
		return "", nil, fmt.Errorf("jetstream url: %w", err)
	}
	if u.Path == "" || u.Path == "/" {
		u.Path = "/subscribe"
	}
	q := u.Query()
	if c := q.Get("compress"); c != "" && c != "false" {
		return "", nil, fmt.Errorf("jetstream url: compress=%s is not supported (zstd frames); %w", c, ErrTerminal)
	}
	if !hasValue(q["wantedCollections"], jetstreamCollection) {
		q.Add("wantedCollections", jetstreamCollection)
	}
	q.Del("cursor")
	if last := j.last.Load(); last > 0 {
		q.Set("cursor", strconv.FormatInt(last-j.rewind.Microseconds(), 10))
	}
	u.RawQuery = q.Encode()
	return u.String(), nil, nil
}

func hasValue(vs []string, v string) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// Hello sends nothing: the subscription is in the URL.
func (*Jetstream) Hello() ([][]byte, error) { return nil, nil }

// Replayable is true once a cursor is known: Jetstream replays from it.
func (j *Jetstream) Replayable() bool { return j.last.Load() > 0 }

// Cursor is the time_us of the last processed event.
func (j *Jetstream) Cursor() string {
	if last := j.last.Load(); last > 0 {
		return strconv.FormatInt(last, 10)
	}
	return ""
}

type jetstreamEvent struct {
	Did    string           `json:"did"`
	TimeUS int64            `json:"time_us"`
	Kind   string           `json:"kind"`
	Commit *jetstreamCommit `json:"commit"`
}

type jetstreamCommit struct {
	Operation  string          `json:"operation"`
	Collection string          `json:"collection"`
	Rkey       string          `json:"rkey"`
	Record     json.RawMessage `json:"record"`
}

// Decode turns a commit on a post into a mention. Events at or before the
// cursor were seen before the reconnect and are dropped.
func (j *Jetstream) Decode(frame []byte, dst []*Mention) ([]*Mention, error) {
	var ev jetstreamEvent
	if err := unmarshalJSON(frame, &ev); err != nil {
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
	if ev.Kind != "commit" || ev.Commit == nil || ev.Commit.Collection != jetstreamCollection {
		return dst, nil // identity, account, other collections
	}
	m, err := j.commit(&ev)
	if err != nil || m == nil {
		return dst, err
	}
	return append(dst, m), nil
}

// commit builds the mention of a post commit (nil for a post with no text,
// an image alone, which no topic can match).
func (j *Jetstream) commit(ev *jetstreamEvent) (*Mention, error) {
	c := ev.Commit
	if ev.Did == "" || c.Rkey == "" {
		return nil, Reject(RejectMissingID, "commit without did or rkey")
	}
	uri := "at://" + ev.Did + "/" + jetstreamCollection + "/" + c.Rkey
	m := &Mention{
		ID:       blueskyPlatform + ":" + uri,
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
	ok, err := decodePostRecord(c.Record, m)
	if err != nil || !ok {
		return nil, err
	}
	return m, nil
}

// blueskyPost is the part of an app.bsky.feed.post record we read. Reply
// and embed are decoded on their own: a broken one drops only itself.
type blueskyPost struct {
	Text      string          `json:"text"`
	CreatedAt string          `json:"createdAt"`
	Langs     []string        `json:"langs"`
	Reply     json.RawMessage `json:"reply"`
	Embed     json.RawMessage `json:"embed"`
}

type strongRef struct {
	URI string `json:"uri"`
}

// decodePostRecord fills m from a post record and reports whether the post
// has text.
func decodePostRecord(raw json.RawMessage, m *Mention) (bool, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return false, Reject(RejectMissingText, "commit without record")
	}
	var rec blueskyPost
	if err := unmarshalJSON(raw, &rec); err != nil {
		var te *json.UnmarshalTypeError
		if !errors.As(err, &te) || te.Field == "text" || te.Field == "createdAt" {
			return false, classify(err)
		}
		// A sub-part of the wrong type (langs: 3) drops only itself.
	}
	if rec.Text == "" {
		return false, nil
	}
	t, err := parseBlueskyTime(rec.CreatedAt)
	if err != nil {
		return false, Reject(RejectBadTime, err.Error())
	}
	m.Text, m.CreatedAt = rec.Text, t
	if len(rec.Langs) > 0 {
		m.Lang = rec.Langs[0]
	}
	m.ReplyTo = replyParent(rec.Reply)
	m.Quotes = quotedRecord(rec.Embed)
	return true, nil
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
	if t, err2 := time.Parse("2006-01-02T15:04:05.999999999", s); err2 == nil {
		return t, nil
	}
	return time.Time{}, err
}

// replyParent returns the URI of the post replied to, "" if none or broken.
func replyParent(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var r struct {
		Parent strongRef `json:"parent"`
	}
	if unmarshalJSON(raw, &r) != nil {
		return ""
	}
	return r.Parent.URI
}

// quotedRecord returns the URI of a quoted post (embed.record, or
// embed.recordWithMedia's record.record), "" if none or broken.
func quotedRecord(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var e struct {
		Type   string          `json:"$type"`
		Record json.RawMessage `json:"record"`
	}
	if unmarshalJSON(raw, &e) != nil {
		return ""
	}
	var ref struct {
		strongRef
		Record strongRef `json:"record"`
	}
	switch e.Type {
	case "app.bsky.embed.record":
		if unmarshalJSON(e.Record, &ref) == nil {
			return ref.URI
		}
	case "app.bsky.embed.recordWithMedia":
		if unmarshalJSON(e.Record, &ref) == nil {
			return ref.Record.URI
		}
	}
	return ""
}
