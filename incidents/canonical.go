package incidents

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// The canonical JSON of an entry is its fields in schema order (seq, id,
// incident, recorded_at, event_at, actor, source, kind, body, data,
// supersedes, prev_hash), compact, without HTML escaping, empty optional
// fields omitted, data's object keys sorted, recorded_at as UTC with exactly
// three fractional digits. Its SHA-256 is the entry's hash, and the line on
// disk is that same JSON with `,"hash":"…"` inserted before the final brace,
// so the hash is checked on the very bytes that were written.

// timeLayout is recorded_at's format: UTC, milliseconds.
const timeLayout = "2006-01-02T15:04:05.000Z"

// hashSuffixLen is len(`,"hash":"` + 64 hex digits + `"}`).
const hashSuffixLen = 9 + 64 + 2

type wireEntry struct {
	Seq        int64           `json:"seq"`
	ID         string          `json:"id"`
	Incident   string          `json:"incident"`
	RecordedAt string          `json:"recorded_at"`
	EventAt    string          `json:"event_at,omitempty"`
	Actor      Actor           `json:"actor"`
	Source     Source          `json:"source"`
	Kind       Kind            `json:"kind"`
	Body       string          `json:"body,omitempty"`
	Data       json.RawMessage `json:"data,omitempty"`
	Supersedes int64           `json:"supersedes,omitempty"`
	PrevHash   string          `json:"prev_hash"`
}

// encodeLine returns the line for e (with its trailing newline) and e's
// hash. e.Data must already be canonical (see canonicalData).
func encodeLine(e Entry) (line []byte, hash string, err error) {
	w := wireEntry{
		Seq: e.Seq, ID: e.ID, Incident: e.Incident,
		RecordedAt: e.RecordedAt.UTC().Format(timeLayout),
		Actor:      e.Actor, Source: e.Source, Kind: e.Kind, Body: e.Body,
		Data: e.Data, Supersedes: e.Supersedes, PrevHash: e.PrevHash,
	}
	if e.EventAt != nil {
		w.EventAt = e.EventAt.Format(time.RFC3339Nano)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(w); err != nil {
		return nil, "", fmt.Errorf("encode entry: %w", err)
	}
	canon := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	sum := sha256.Sum256(canon)
	hash = hex.EncodeToString(sum[:])
	line = make([]byte, 0, len(canon)+hashSuffixLen)
	line = append(line, canon[:len(canon)-1]...)
	line = append(line, `,"hash":"`...)
	line = append(line, hash...)
	line = append(line, "\"}\n"...)
	return line, hash, nil
}

// canonicalData marshals v with sorted object keys, compact and unescaped.
func canonicalData(v any) (json.RawMessage, error) {
	if v == nil {
		return nil, nil
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("marshal data: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var generic any
	if err := dec.Decode(&generic); err != nil {
		return nil, fmt.Errorf("canonical data: %w", err)
	}
	if generic == nil {
		return nil, nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(generic); err != nil {
		return nil, fmt.Errorf("canonical data: %w", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

var errHashMismatch = errors.New("hash mismatch: the entry's content was altered")

// decodeLine parses one line (without its newline) and checks its hash
// against its own bytes.
func decodeLine(line []byte, e *Entry) error { return newLineDecoder().line(line, e) }

func (d *lineDecoder) line(line []byte, e *Entry) error {
	n := len(line)
	if n < hashSuffixLen+2 || !bytes.HasPrefix(line[n-hashSuffixLen:], []byte(`,"hash":"`)) ||
		!bytes.HasSuffix(line, []byte(`"}`)) {
		return errors.New("not a journal entry: no trailing hash member")
	}
	// jsontext (json v2) refuses duplicate member names, which the hash
	// alone would not catch, and decodes far faster than encoding/json.
	if err := d.decode(line, e); err != nil {
		return fmt.Errorf("malformed JSON: %v", err)
	}
	hexHash := line[n-hashSuffixLen+9 : n-2]
	var want [sha256.Size]byte
	if _, err := hex.Decode(want[:], hexHash); err != nil {
		return errors.New("hash is not 64 hex digits")
	}
	h := sha256.New()
	h.Write(line[:n-hashSuffixLen])
	h.Write([]byte("}"))
	var got [sha256.Size]byte
	if !bytes.Equal(h.Sum(got[:0]), want[:]) {
		return errHashMismatch
	}
	return nil
}

// MarshalLine re-encodes an entry as its journal line (newline included)
// and checks it still hashes to e.Hash, so an export of entries reproduces
// the verified chain byte for byte.
func MarshalLine(e Entry) ([]byte, error) {
	line, hash, err := encodeLine(e)
	if err != nil {
		return nil, err
	}
	if hash != e.Hash {
		return nil, fmt.Errorf("seq %d: %w", e.Seq, errHashMismatch)
	}
	return line, nil
}
