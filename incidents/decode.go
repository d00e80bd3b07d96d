package incidents

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/go-json-experiment/json/jsontext"
)

// lineDecoder reads journal lines token by token with json v2's jsontext
// (no reflection), interning the few strings that repeat on every line
// (incident, actor, source, kind). One per goroutine.
type lineDecoder struct {
	rd      bytes.Reader
	dec     *jsontext.Decoder
	intern  map[string]string
	scratch []byte
	spans   [nText][2]int
}

// maxInterned bounds the intern table; past it strings are just copied.
const maxInterned = 4096

func newLineDecoder() *lineDecoder {
	d := &lineDecoder{intern: map[string]string{}}
	d.dec = jsontext.NewDecoder(&d.rd)
	return d
}

func (d *lineDecoder) str(b []byte) string {
	if s, ok := d.intern[string(b)]; ok { // no allocation for the lookup
		return s
	}
	s := string(b)
	if len(d.intern) < maxInterned {
		d.intern[s] = s
	}
	return s
}

// Text members collected per line into one buffer, converted to a string
// once: one allocation for all of a line's unique strings.
const (
	fID = iota
	fBody
	fPrevHash
	fHash
	fRecordedAt
	fEventAt
	nText
)

var textFields = [nText]string{"id", "body", "prev_hash", "hash", "recorded_at", "event_at"}

// decode parses line into e.
func (d *lineDecoder) decode(line []byte, e *Entry) error {
	d.rd.Reset(line)
	d.dec.Reset(&d.rd)
	d.scratch = d.scratch[:0]
	d.spans = [nText][2]int{}
	if err := d.object("entry", func(key []byte) error { return d.member(key, e) }); err != nil {
		return err
	}
	if _, err := d.dec.ReadToken(); err == nil {
		return fmt.Errorf("data after the entry")
	}
	return d.setTexts(e)
}

// member reads the value of key. key is only valid until the next read,
// so it is looked at first.
func (d *lineDecoder) member(key []byte, e *Entry) error {
	var dst *string
	text := -1
	switch string(key) {
	case "actor":
		return d.actor(&e.Actor)
	case "data":
		v, err := d.dec.ReadValue()
		e.Data = json.RawMessage(bytes.Clone(v))
		return err
	case "seq":
		return d.int(&e.Seq)
	case "supersedes":
		return d.int(&e.Supersedes)
	case "incident":
		dst = &e.Incident
	case "source":
		dst = (*string)(&e.Source)
	case "kind":
		dst = (*string)(&e.Kind)
	default:
		for i, f := range textFields {
			if f == string(key) {
				text = i
			}
		}
		if text < 0 {
			return fmt.Errorf("unknown member %q", key)
		}
	}
	v, err := d.stringValue()
	if err != nil {
		return fmt.Errorf("%s: %w", key, err)
	}
	if dst != nil {
		*dst = d.str(v)
		return nil
	}
	d.spans[text] = [2]int{len(d.scratch), len(d.scratch) + len(v)}
	d.scratch = append(d.scratch, v...)
	return nil
}

func (d *lineDecoder) int(n *int64) error {
	tok, err := d.dec.ReadToken()
	if err != nil {
		return err
	}
	*n, err = tok.Int()
	return err
}

func (d *lineDecoder) stringValue() ([]byte, error) {
	v, err := d.dec.ReadValue()
	if err != nil {
		return nil, err
	}
	if v.Kind() != '"' {
		return nil, fmt.Errorf("want a string")
	}
	return unquote(v)
}

// setTexts converts the collected text members with one allocation.
func (d *lineDecoder) setTexts(e *Entry) error {
	all := string(d.scratch)
	text := func(f int) string { return all[d.spans[f][0]:d.spans[f][1]] }
	e.ID, e.Body, e.PrevHash, e.Hash = text(fID), text(fBody), text(fPrevHash), text(fHash)
	var err error
	if e.RecordedAt, err = time.Parse(time.RFC3339Nano, text(fRecordedAt)); err != nil {
		return fmt.Errorf("recorded_at: %w", err)
	}
	if at := text(fEventAt); at != "" {
		t, err := time.Parse(time.RFC3339Nano, at)
		if err != nil {
			return fmt.Errorf("event_at: %w", err)
		}
		e.EventAt = &t
	}
	return nil
}

// object reads an object, calling member for each name; member must read
// the value. The name is valid only until that read.
func (d *lineDecoder) object(what string, member func(key []byte) error) error {
	if tok, err := d.dec.ReadToken(); err != nil || tok.Kind() != '{' {
		return fmt.Errorf("%s: want a JSON object", what)
	}
	for d.dec.PeekKind() != '}' {
		name, err := d.dec.ReadValue()
		if err != nil {
			return err
		}
		key, err := unquote(name)
		if err != nil {
			return err
		}
		if err := member(key); err != nil {
			return err
		}
	}
	_, err := d.dec.ReadToken()
	return err
}

func (d *lineDecoder) actor(a *Actor) error {
	return d.object("actor", func(key []byte) error {
		field := &a.Name
		switch string(key) {
		case "name":
		case "role":
			field = &a.Role
		default:
			return fmt.Errorf("actor: unknown member %q", key)
		}
		v, err := d.stringValue()
		if err != nil {
			return err
		}
		*field = d.str(v)
		return nil
	})
}

// unquote returns the content of a JSON string value (already validated
// by the decoder); only a value with escapes needs a copy.
func unquote(v jsontext.Value) ([]byte, error) {
	if bytes.IndexByte(v, '\\') < 0 {
		return v[1 : len(v)-1], nil
	}
	return jsontext.AppendUnquote(nil, v)
}
