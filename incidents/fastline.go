package incidents

import (
	"bytes"
	"crypto/sha256"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
)

// The fast path reads a line only when its bytes are exactly what
// encodeLine writes: members in schema order, no whitespace, strings
// escaped as encoding/json escapes them, integers and times in their one
// written form, data canonical. Such a line is its own canonical JSON, so
// hashing its bytes is hashing the canonical form, and no general JSON
// tokenizer is needed. Any other line falls back to the jsontext decoder
// and an explicit re-encoding (see lineDecoder.line). fastline_test.go
// checks that both paths agree on written and mutated lines.

// cursor walks a line in the canonical layout; ok turns false at the first
// byte that is not where the layout puts it, after which every step fails.
type cursor struct {
	b   []byte
	i   int
	ok  bool
	esc bool // the last string read had escapes
}

// lit consumes s.
func (c *cursor) lit(s string) {
	if c.ok && bytes.HasPrefix(c.b[c.i:], []byte(s)) {
		c.i += len(s)
		return
	}
	c.ok = false
}

// peek reports whether s comes next.
func (c *cursor) peek(s string) bool {
	return c.ok && bytes.HasPrefix(c.b[c.i:], []byte(s))
}

// str consumes a string in encoding/json's escaping and returns it quoted.
func (c *cursor) str() []byte {
	if !c.ok || c.i >= len(c.b) || c.b[c.i] != '"' {
		c.ok = false
		return nil
	}
	start := c.i
	c.esc = false
	for i := start + 1; i < len(c.b); {
		for i < len(c.b) && plain[c.b[i]] {
			i++
		}
		if i == len(c.b) {
			break
		}
		b := c.b[i]
		switch {
		case b == '"':
			c.i = i + 1
			return c.b[start:c.i]
		case b == '\\':
			n := escapeLen(c.b[i:])
			if n == 0 {
				c.ok = false
				return nil
			}
			c.esc = true
			i += n
		case b < 0x20:
			c.ok = false
			return nil
		case b < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRune(c.b[i:])
			if (r == utf8.RuneError && size == 1) || r == '\u2028' || r == '\u2029' {
				c.ok = false // encoding/json escapes these
				return nil
			}
			i += size
		}
	}
	c.ok = false
	return nil
}

// plain marks the bytes encoding/json writes unescaped and alone: ASCII
// from space on, except the quote and the backslash.
var plain = func() (t [256]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\'
	}
	return t
}()

// escapeLen is the length of the escape sequence at the start of b when
// encoding/json writes it that way, else 0: \" \\ \b \f \n \r \t, \u00xx
// (lower-case hex) for the other control bytes, \u2028 and \u2029. (The
// journal writes no byte that is not UTF-8, so never \ufffd: see validUTF8.)
func escapeLen(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	switch b[1] {
	case '"', '\\', 'b', 'f', 'n', 'r', 't':
		return 2
	case 'u':
	default:
		return 0
	}
	if len(b) < 6 {
		return 0
	}
	switch u := string(b[2:6]); u {
	case "2028", "2029":
		return 6
	default:
		v, err := strconv.ParseUint(u, 16, 8)
		if err != nil || u[:2] != "00" || u != lowerHex4(v) || v >= 0x20 || shortEscape(byte(v)) {
			return 0
		}
		return 6
	}
}

func lowerHex4(v uint64) string {
	const digits = "0123456789abcdef"
	return string([]byte{'0', '0', digits[v>>4&0xf], digits[v&0xf]})
}

func shortEscape(b byte) bool {
	return b == '\b' || b == '\f' || b == '\n' || b == '\r' || b == '\t'
}

// text is the content of the quoted string q that str just read.
func (c *cursor) text(q []byte) []byte {
	if !c.ok {
		return nil
	}
	if !c.esc {
		return q[1 : len(q)-1]
	}
	out, err := jsontext.AppendUnquote(nil, q)
	if err != nil {
		c.ok = false
	}
	return out
}

// int consumes an integer as strconv.AppendInt writes it.
func (c *cursor) int() int64 {
	if !c.ok {
		return 0
	}
	j := c.i
	if j < len(c.b) && c.b[j] == '-' {
		j++
	}
	for j < len(c.b) && c.b[j] >= '0' && c.b[j] <= '9' {
		j++
	}
	s := c.b[c.i:j]
	n, err := strconv.ParseInt(string(s), 10, 64)
	var written [20]byte
	if err != nil || !bytes.Equal(strconv.AppendInt(written[:0], n, 10), s) {
		c.ok = false
		return 0
	}
	c.i = j
	return n
}

// fastDecode fills e from a line in the canonical layout and returns its
// prev_hash member; ok is false for any other line. e.PrevHash is left for
// the chain to set; e.Data is checked to be canonical.
func (d *lineDecoder) fastDecode(line []byte, e *Entry) (prev []byte, ok bool) {
	c := cursor{b: line, ok: true}
	d.scratch = d.scratch[:0]
	d.spans = [nText][2]int{}
	c.lit(`{"seq":`)
	e.Seq = c.int()
	c.lit(`,"id":`)
	d.keep(&c, fID)
	c.lit(`,"incident":`)
	e.Incident = d.interned(&c)
	c.lit(`,"recorded_at":`)
	at := c.str()
	if c.peek(`,"event_at":`) {
		c.lit(`,"event_at":`)
		d.keep(&c, fEventAt)
	}
	c.lit(`,"actor":{"name":`)
	e.Actor.Name = d.interned(&c)
	if c.peek(`,"role":`) {
		c.lit(`,"role":`)
		if e.Actor.Role = d.interned(&c); e.Actor.Role == "" {
			return nil, false // omitempty: never written empty
		}
	}
	c.lit(`},"source":`)
	e.Source = Source(d.interned(&c))
	c.lit(`,"kind":`)
	e.Kind = Kind(d.interned(&c))
	if c.peek(`,"body":`) {
		c.lit(`,"body":`)
		if d.keep(&c, fBody) == 0 {
			return nil, false
		}
	}
	if c.peek(`,"data":`) {
		c.lit(`,"data":`)
		if !d.data(&c, e) {
			return nil, false
		}
	}
	if c.peek(`,"supersedes":`) {
		c.lit(`,"supersedes":`)
		if e.Supersedes = c.int(); e.Supersedes == 0 {
			return nil, false
		}
	}
	c.lit(`,"prev_hash":`)
	if !c.peek(`""`) {
		prev = c.hexHash()
	} else {
		c.lit(`""`)
	}
	c.lit(`,"hash":`)
	hash := c.hexHash()
	c.lit(`}`)
	if !c.ok || c.i != len(line) || !d.times(at, e) {
		return nil, false
	}
	d.spans[fHash] = [2]int{len(d.scratch), len(d.scratch) + len(hash)}
	d.scratch = append(d.scratch, hash...)
	all := string(d.scratch)
	text := func(f int) string { return all[d.spans[f][0]:d.spans[f][1]] }
	e.ID, e.Body, e.Hash = text(fID), text(fBody), text(fHash)
	return prev, true
}

// hexHash consumes a quoted SHA-256 in lower-case hex and returns the digits.
func (c *cursor) hexHash() []byte {
	const n = 2*sha256.Size + 2
	if !c.ok || len(c.b)-c.i < n || c.b[c.i] != '"' || c.b[c.i+n-1] != '"' {
		c.ok = false
		return nil
	}
	h := c.b[c.i+1 : c.i+n-1]
	for _, b := range h {
		if !lowerHex[b] {
			c.ok = false
			return nil
		}
	}
	c.i += n
	return h
}

var lowerHex = func() (t [256]bool) {
	for _, b := range []byte("0123456789abcdef") {
		t[b] = true
	}
	return t
}()

// keep reads a string into the line's shared text buffer; it returns the
// text's length.
func (d *lineDecoder) keep(c *cursor, f int) int {
	t := c.text(c.str())
	d.spans[f] = [2]int{len(d.scratch), len(d.scratch) + len(t)}
	d.scratch = append(d.scratch, t...)
	return len(t)
}

func (d *lineDecoder) interned(c *cursor) string {
	t := c.text(c.str())
	if !c.ok {
		return ""
	}
	return d.str(t)
}

// data reads the data member and accepts it only as canonicalData writes
// it. jsontext validates the value and finds its end; canonicalValue then
// checks its spelling without decoding it.
func (d *lineDecoder) data(c *cursor, e *Entry) bool {
	if !c.ok {
		return false
	}
	d.rd.Reset(c.b[c.i:])
	d.dec.Reset(&d.rd)
	v, err := d.dec.ReadValue()
	if err != nil || bytes.Equal(v, []byte("null")) || !canonicalValue(v) {
		return false
	}
	e.Data = bytes.Clone(v)
	c.i += len(v)
	return true
}

// canonicalValue reports whether v, valid JSON, is spelled as
// canonicalData writes it: compact, object keys in increasing byte order
// and unique, strings escaped as encoding/json escapes them, numbers as
// given. fastline_test.go checks it against canonicalData itself.
func canonicalValue(v []byte) bool {
	c := cursor{b: v, ok: true}
	c.value()
	return c.ok && c.i == len(v)
}

// value consumes one canonical value.
func (c *cursor) value() {
	if !c.ok || c.i >= len(c.b) {
		c.ok = false
		return
	}
	switch c.b[c.i] {
	case '{':
		c.object()
	case '[':
		c.i++
		for n := 0; c.ok && !c.peek("]"); n++ {
			if n > 0 {
				c.lit(",")
			}
			c.value()
		}
		c.lit("]")
	case '"':
		c.str()
	case 't':
		c.lit("true")
	case 'f':
		c.lit("false")
	case 'n':
		c.lit("null")
	default: // a number, already validated: kept verbatim
		for c.i < len(c.b) && strings.IndexByte("+-.0123456789eE", c.b[c.i]) >= 0 {
			c.i++
		}
	}
}

func (c *cursor) object() {
	c.i++
	var prev []byte
	for n := 0; c.ok && !c.peek("}"); n++ {
		if n > 0 {
			c.lit(",")
		}
		key := c.text(c.str())
		if n > 0 && bytes.Compare(prev, key) >= 0 {
			c.ok = false // out of order or repeated
		}
		prev = key
		c.lit(":")
		c.value()
	}
	c.lit("}")
}

// times parses recorded_at (timeLayout exactly) and event_at (RFC 3339 as
// written from the parsed time).
func (d *lineDecoder) times(at []byte, e *Entry) bool {
	t, ok := parseRecordedAt(at[1 : len(at)-1])
	if !ok {
		return false
	}
	e.RecordedAt = t
	if span := d.spans[fEventAt]; span[1] > span[0] {
		ev := string(d.scratch[span[0]:span[1]])
		t, err := time.Parse(time.RFC3339Nano, ev)
		if err != nil || t.Format(time.RFC3339Nano) != ev {
			return false
		}
		e.EventAt = &t
	}
	return true
}

// parseRecordedAt reads "2006-01-02T15:04:05.000Z" without allocating.
// Every field has a fixed width, so a time read this way is written back
// the same way.
func parseRecordedAt(b []byte) (time.Time, bool) {
	const pattern = "0000-00-00T00:00:00.000Z" // 0: a digit
	if len(b) != len(pattern) {
		return time.Time{}, false
	}
	for i := range len(pattern) {
		if p := pattern[i]; (p == '0' && (b[i] < '0' || b[i] > '9')) || (p != '0' && b[i] != p) {
			return time.Time{}, false
		}
	}
	num := func(lo, hi int) int {
		n := 0
		for _, ch := range b[lo:hi] {
			n = n*10 + int(ch-'0')
		}
		return n
	}
	year, month, day := num(0, 4), time.Month(num(5, 7)), num(8, 10)
	hour, minute, sec := num(11, 13), num(14, 16), num(17, 19)
	t := time.Date(year, month, day, hour, minute, sec, num(20, 23)*int(time.Millisecond), time.UTC)
	// time.Date normalizes out-of-range fields (month 13, 31 April): refuse them.
	y, m, d := t.Date()
	return t, y == year && m == month && d == day && hour < 24 && minute < 60 && sec < 60
}

func isHash(b []byte) bool {
	c := cursor{b: append(append([]byte{'"'}, b...), '"'), ok: true}
	c.hexHash()
	return c.ok && c.i == len(c.b)
}
