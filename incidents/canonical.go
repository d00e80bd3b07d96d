package incidents

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/warroom-dev/warroom/sanitize"
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
	generic, err := genericJSON(v)
	if err != nil || generic == nil {
		return nil, err
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

var errNotCanonical = errors.New("not in canonical form: the line is not as the journal writes it")

// decodeLine parses one line (without its newline) and checks its hash
// against its own bytes.
func decodeLine(line []byte, e *Entry) error {
	prev, err := newLineDecoder().line(line, e)
	if e.PrevHash == "" {
		e.PrevHash = string(prev)
	}
	return err
}

// line decodes line into e and checks that it is canonical and that its
// hash member is the SHA-256 of its bytes without that member. prev is the
// line's prev_hash member, valid as long as line; e.PrevHash is left for
// the caller to share with the previous entry's hash.
func (d *lineDecoder) line(line []byte, e *Entry) (prev []byte, err error) {
	*e = Entry{}
	n := len(line)
	if n < hashSuffixLen+2 || !bytes.HasPrefix(line[n-hashSuffixLen:], []byte(`,"hash":"`)) ||
		!bytes.HasSuffix(line, []byte(`"}`)) {
		return nil, errors.New("not a journal entry: no trailing hash member")
	}
	prev, fast := d.fastDecode(line, e)
	if !fast {
		*e = Entry{}
		return d.slowLine(line, e)
	}
	return prev, checkHash(line)
}

// slowLine reads a line that is not in the canonical layout, to say what
// is wrong with it: malformed, altered, or valid JSON written otherwise.
func (d *lineDecoder) slowLine(line []byte, e *Entry) ([]byte, error) {
	// jsontext (json v2) refuses duplicate member names, which the hash
	// alone would not catch.
	if err := d.decode(line, e); err != nil {
		return nil, fmt.Errorf("malformed JSON: %v", err)
	}
	if err := checkHash(line); err != nil {
		return nil, err
	}
	data, err := canonicalData(e.Data)
	if err != nil || !bytes.Equal(data, e.Data) {
		return nil, errNotCanonical
	}
	written, _, err := encodeLine(*e)
	if err != nil || !bytes.Equal(written[:len(written)-1], line) {
		return nil, errNotCanonical
	}
	return []byte(e.PrevHash), nil
}

// checkHash compares the hash member with the SHA-256 of the line without
// it, which is the entry's canonical JSON when the line is canonical.
func checkHash(line []byte) error {
	n := len(line)
	written := line[n-hashSuffixLen+9 : n-2]
	h := sha256.New()
	h.Write(line[:n-hashSuffixLen])
	h.Write([]byte("}"))
	var sum [sha256.Size]byte
	var got [2 * sha256.Size]byte
	hex.Encode(got[:], h.Sum(sum[:0]))
	switch {
	case bytes.Equal(got[:], written):
		return nil
	case !isHash(written):
		return errors.New("hash is not 64 lower-case hex digits")
	}
	return errHashMismatch
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

// Caps of journal text, in runes.
const (
	maxBody = 20_000
	maxName = 128
)

// sanitizedData returns v as generic JSON with every string made safe (see
// sanitizeStrings), for Append; canonicalData stays a pure re-spelling, so
// reading a journal never depends on the sanitizer.
func sanitizedData(v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	generic, err := genericJSON(v)
	if err != nil {
		return nil, err
	}
	return sanitizeStrings(generic), nil
}

// genericJSON marshals v and decodes it back into maps, slices, strings,
// json.Numbers, booleans and nil: the form both sanitizing and re-spelling
// walk.
func genericJSON(v any) (any, error) {
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
	return generic, nil
}

// sanitizeStrings makes every string of decoded JSON (keys included) safe
// for a terminal, keeping line breaks: data carries operator text (a
// rationale, a drafted statement) as well as already sanitized mentions,
// which it leaves unchanged.
func sanitizeStrings(v any) any {
	switch x := v.(type) {
	case string:
		return sanitize.Lines(x, maxBody)
	case []any:
		for i := range x {
			x[i] = sanitizeStrings(x[i])
		}
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[sanitize.Text(k, maxName)] = sanitizeStrings(e)
		}
		return out
	}
	return v
}
