// Package feeds holds the canonical mention, the websocket client, the
// protocol adapters and the crisis simulator. It knows nothing of the TUI.
package feeds

import (
	"errors"
	"time"
)

// Schema is the value of the "schema" field of every canonical mention.
const Schema = "warroom.mention/v1"

// Op says what a mention event does to the post it names.
type Op string

const (
	OpCreate Op = "create"
	OpUpdate Op = "update"
	OpDelete Op = "delete"
)

// Mention is the canonical mention, warroom.mention/v1, used on every wire and
// file of the project. Only ID, Text and CreatedAt are required on input;
// every other field is optional and its zero value means "unknown".
type Mention struct {
	Schema     string     `json:"schema"`
	ID         string     `json:"id"`
	Op         Op         `json:"op,omitempty"`
	Platform   string     `json:"platform,omitempty"`
	Feed       string     `json:"feed,omitempty"`
	URL        string     `json:"url,omitempty"`
	Author     Author     `json:"author"`
	Text       string     `json:"text"`
	Lang       string     `json:"lang,omitempty"`
	CreatedAt  time.Time  `json:"created_at"`
	ObservedAt time.Time  `json:"observed_at"`
	Metrics    Metrics    `json:"metrics"`
	Sentiment  *Sentiment `json:"sentiment,omitempty"`
	// FeedSentiment keeps the score the feed itself supplied (if any) once
	// our own engine has scored the mention, so the UI can show either.
	FeedSentiment *Sentiment `json:"feed_sentiment,omitempty"`
	Topics        []string   `json:"topics,omitempty"`
	// Refs are the posts this one replies to or quotes (platform URIs).
	ReplyTo string `json:"reply_to,omitempty"`
	Quotes  string `json:"quotes,omitempty"`
}

// Author is who wrote a mention. Followers 0 means unknown or none; reach
// ranking treats both alike.
type Author struct {
	ID        string `json:"id,omitempty"`
	Handle    string `json:"handle,omitempty"`
	Name      string `json:"name,omitempty"`
	Followers int64  `json:"followers,omitempty"`
}

// Metrics are engagement counts at observation time.
type Metrics struct {
	Likes   int64 `json:"likes,omitempty"`
	Reposts int64 `json:"reposts,omitempty"`
	Replies int64 `json:"replies,omitempty"`
}

// Label is a sentiment class.
type Label string

const (
	Negative Label = "neg"
	Neutral  Label = "neu"
	Positive Label = "pos"
)

// Sentiment is a score with its provenance.
type Sentiment struct {
	Score      float64 `json:"score"`
	Label      Label   `json:"label"`
	Model      string  `json:"model,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
	// Unscored is true when the model could not score the text (an
	// unsupported language, say): the neutral score is not a judgement.
	Unscored bool `json:"unscored,omitempty"`
}

// LabelFor maps a compound score to its label with VADER's +/-0.05 bounds.
func LabelFor(score float64) Label {
	switch {
	case score >= 0.05:
		return Positive
	case score <= -0.05:
		return Negative
	}
	return Neutral
}

// Reject reasons, shared by every adapter so that counts line up across feeds.
const (
	RejectMalformedJSON = "malformed_json"
	RejectWrongType     = "wrong_type"
	RejectMissingID     = "missing_id"
	RejectMissingText   = "missing_text"
	RejectMissingTime   = "missing_created_at"
	RejectBadTime       = "bad_created_at"
	RejectOversized     = "oversized"
	RejectInvalidUTF8   = "invalid_utf8"
	RejectBinaryFrame   = "binary_frame"
	RejectUnknownOp     = "unknown_op"
)

// RejectError is a frame or mention refused for a named reason.
type RejectError struct {
	Reason string
	Detail string
}

func (e *RejectError) Error() string {
	if e.Detail == "" {
		return e.Reason
	}
	return e.Reason + ": " + e.Detail
}

// Reject builds a RejectError.
func Reject(reason, detail string) error { return &RejectError{Reason: reason, Detail: detail} }

// ReasonOf returns the reject reason of err, or "error" for any other error.
func ReasonOf(err error) string {
	var re *RejectError
	if errors.As(err, &re) {
		return re.Reason
	}
	return "error"
}

// Validate checks the fields every mention needs.
func (m *Mention) Validate() error {
	switch {
	case m.ID == "":
		return Reject(RejectMissingID, "")
	case m.CreatedAt.IsZero():
		return Reject(RejectMissingTime, m.ID)
	case m.CreatedAt.UTC().Year() < 1 || m.CreatedAt.UTC().Year() > 9999:
		return Reject(RejectBadTime, m.ID+": year outside RFC 3339")
	}
	switch m.Op {
	case "", OpCreate, OpUpdate:
		if m.Text == "" {
			return Reject(RejectMissingText, m.ID)
		}
	case OpDelete:
	default:
		return Reject(RejectUnknownOp, string(m.Op))
	}
	return nil
}
