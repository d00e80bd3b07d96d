package feeds

import (
	"bytes"
	"encoding/json"
	"errors"
	"time"
	"unicode/utf8"

	gojson "github.com/goccy/go-json"
)

// DecodeNative parses one frame of the native wire: a canonical mention
// object or a JSON array of them. Mentions are appended to dst raw (not
// normalized). A frame that is not valid UTF-8 or not JSON, or whose root is
// neither an object nor an array, is refused whole; in an array each bad
// element is refused alone (the error is then Rejects) and the others kept.
func DecodeNative(frame []byte, dst []*Mention) ([]*Mention, error) {
	return nativeDecoder{decodeJSON}.decode(frame, dst)
}

// nativeDecoder is the native wire decoder over a JSON library, so that the
// benchmarks can compare libraries on the same code.
type nativeDecoder struct {
	unmarshal func([]byte, any) error
}

func (d nativeDecoder) decode(frame []byte, dst []*Mention) ([]*Mention, error) {
	if !utf8.Valid(frame) {
		return dst, Reject(RejectInvalidUTF8, "")
	}
	frame = bytes.TrimLeft(frame, " \t\r\n")
	if len(frame) == 0 {
		return dst, Reject(RejectMalformedJSON, "empty frame")
	}
	switch frame[0] {
	case '{':
		m, err := d.one(frame)
		if err != nil {
			return dst, err
		}
		return append(dst, m), nil
	case '[':
		return d.batch(frame, dst)
	}
	if !json.Valid(frame) {
		return dst, Reject(RejectMalformedJSON, "")
	}
	return dst, Reject(RejectWrongType, "frame is neither an object nor an array")
}

// batch decodes an array in one pass; if that fails on an element
// (not on syntax) it salvages the good elements one by one.
func (d nativeDecoder) batch(frame []byte, dst []*Mention) ([]*Mention, error) {
	var batch []*wireMention
	err := d.unmarshal(frame, &batch)
	if err == nil {
		var bad Rejects
		for _, w := range batch {
			if w == nil {
				bad = append(bad, &RejectError{Reason: RejectWrongType, Detail: "null element"})
				continue
			}
			m, err := w.mention()
			if err == nil {
				err = m.Validate()
			}
			if err != nil {
				bad = append(bad, asReject(err))
				continue
			}
			dst = append(dst, m)
		}
		return dst, rejectsOrNil(bad)
	}
	if classify(err).Reason == RejectMalformedJSON {
		return dst, classify(err)
	}
	var raws []json.RawMessage
	if err := d.unmarshal(frame, &raws); err != nil {
		return dst, classify(err)
	}
	var bad Rejects
	for _, raw := range raws {
		m, err := d.one(raw)
		if err != nil {
			bad = append(bad, asReject(err))
			continue
		}
		dst = append(dst, m)
	}
	return dst, rejectsOrNil(bad)
}

// one decodes and validates a single mention object.
func (d nativeDecoder) one(raw []byte) (*Mention, error) {
	var w *wireMention
	if err := d.unmarshal(raw, &w); err != nil {
		return nil, classify(err)
	}
	if w == nil {
		return nil, Reject(RejectWrongType, "null mention")
	}
	m, err := w.mention()
	if err != nil {
		return nil, err
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// wireMention is a Mention as the wire spells it: created_at is taken as
// text to parse and observed_at, ours to set, as anything at all. time.Time's
// own UnmarshalJSON costs the decoder a copy and an allocation per time, and
// the Mention is embedded by value so that one allocation holds both.
type wireMention struct {
	Mention
	CreatedAt  string `json:"created_at"`
	ObservedAt any    `json:"observed_at"`
}

// mention returns the decoded mention, refusing a created_at that is not
// RFC 3339 (null, empty or absent leave it zero, which Validate refuses).
func (w *wireMention) mention() (*Mention, error) {
	if w.CreatedAt != "" {
		t, err := parseRFC3339(w.CreatedAt)
		if err != nil {
			return nil, Reject(RejectBadTime, err.Error())
		}
		w.Mention.CreatedAt = t
	}
	w.ObservedAt = nil
	return &w.Mention, nil
}

// parseRFC3339 parses an RFC 3339 time, with or without fractional seconds.
func parseRFC3339(s string) (time.Time, error) {
	return time.Parse(time.RFC3339Nano, s)
}

// classify maps a JSON decoding error to a reject reason.
func classify(err error) *RejectError {
	var re *RejectError
	if errors.As(err, &re) {
		return re
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &RejectError{Reason: RejectWrongType, Detail: te.Field + ": " + te.Value}
	}
	var gte *gojson.UnmarshalTypeError
	if errors.As(err, &gte) {
		return &RejectError{Reason: RejectWrongType, Detail: gte.Field + ": " + gte.Value}
	}
	return &RejectError{Reason: RejectMalformedJSON, Detail: err.Error()}
}

func asReject(err error) *RejectError {
	var re *RejectError
	if errors.As(err, &re) {
		return re
	}
	return classify(err)
}

func rejectsOrNil(r Rejects) error {
	if len(r) == 0 {
		return nil
	}
	return r
}

// decodeJSON decodes the native wire, the hot path. goccy/go-json does it
// about 5x faster than encoding/json (BENCHMARKS.md, "Feeds and
// simulator") with the same struct tags and Unmarshaler contract.
func decodeJSON(b []byte, v any) error { return gojson.Unmarshal(b, v) }

// unmarshalJSON is encoding/json, for the protocol adapters, whose error
// handling reads encoding/json's error types.
func unmarshalJSON(b []byte, v any) error { return json.Unmarshal(b, v) }
