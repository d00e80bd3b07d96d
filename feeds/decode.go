package feeds

import (
	"bytes"
	"encoding/json"
	"errors"
	"time"
	"unicode/utf8"
)

// DecodeNative parses one frame of the native wire: a canonical mention
// object or a JSON array of them. Mentions are appended to dst raw (not
// normalized). A frame that is not valid UTF-8 or not JSON, or whose root is
// neither an object nor an array, is refused whole; in an array each bad
// element is refused alone (the error is then Rejects) and the others kept.
func DecodeNative(frame []byte, dst []*Mention) ([]*Mention, error) {
	if !utf8.Valid(frame) {
		return dst, Reject(RejectInvalidUTF8, "")
	}
	frame = bytes.TrimLeft(frame, " \t\r\n")
	if len(frame) == 0 {
		return dst, Reject(RejectMalformedJSON, "empty frame")
	}
	switch frame[0] {
	case '{':
		m, err := decodeOne(frame)
		if err != nil {
			return dst, err
		}
		return append(dst, m), nil
	case '[':
		return decodeBatch(frame, dst)
	}
	if !json.Valid(frame) {
		return dst, Reject(RejectMalformedJSON, "")
	}
	return dst, Reject(RejectWrongType, "frame is neither an object nor an array")
}

// decodeBatch decodes an array in one pass; if that fails on an element
// (not on syntax) it salvages the good elements one by one.
func decodeBatch(frame []byte, dst []*Mention) ([]*Mention, error) {
	var batch []wireMention
	err := unmarshalJSON(frame, &batch)
	if err == nil {
		var bad Rejects
		for i := range batch {
			m := batch[i].Mention
			if m == nil {
				bad = append(bad, &RejectError{Reason: RejectWrongType, Detail: "null element"})
				continue
			}
			m.CreatedAt = time.Time(batch[i].CreatedAt)
			if err := m.Validate(); err != nil {
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
	if err := unmarshalJSON(frame, &raws); err != nil {
		return dst, classify(err)
	}
	var bad Rejects
	for _, raw := range raws {
		m, err := decodeOne(raw)
		if err != nil {
			bad = append(bad, asReject(err))
			continue
		}
		dst = append(dst, m)
	}
	return dst, rejectsOrNil(bad)
}

// decodeOne decodes and validates a single mention object.
func decodeOne(raw []byte) (*Mention, error) {
	var w wireMention
	if err := unmarshalJSON(raw, &w); err != nil {
		return nil, classify(err)
	}
	if w.Mention == nil {
		return nil, Reject(RejectWrongType, "null mention")
	}
	w.Mention.CreatedAt = time.Time(w.CreatedAt)
	if err := w.Mention.Validate(); err != nil {
		return nil, err
	}
	return w.Mention, nil
}

// wireMention decodes a Mention but takes created_at through wireTime (so a
// bad time is reported as such) and ignores observed_at, which is ours to set.
type wireMention struct {
	*Mention
	CreatedAt  wireTime `json:"created_at"`
	ObservedAt ignored  `json:"observed_at"`
}

// UnmarshalJSON lets a JSON null stand for an absent element.
func (w *wireMention) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	if w.Mention == nil {
		w.Mention = new(Mention)
	}
	type plain wireMention // no methods: no recursion
	return unmarshalJSON(b, (*plain)(w))
}

type ignored struct{}

func (*ignored) UnmarshalJSON([]byte) error { return nil }

// wireTime is an RFC 3339 time; null or absent leaves it zero.
type wireTime time.Time

func (t *wireTime) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return Reject(RejectWrongType, "created_at is not a string")
	}
	v, err := parseRFC3339(b[1 : len(b)-1])
	if err != nil {
		return Reject(RejectBadTime, err.Error())
	}
	*t = wireTime(v)
	return nil
}

// parseRFC3339 parses an RFC 3339 time, with or without fractional seconds.
func parseRFC3339(b []byte) (time.Time, error) {
	return time.Parse(time.RFC3339Nano, string(b))
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

// unmarshalJSON is the one place the JSON library is named, so that the hot
// path can be measured against another (see BenchmarkDecodeNormalize).
func unmarshalJSON(b []byte, v any) error { return json.Unmarshal(b, v) }
