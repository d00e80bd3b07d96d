// Package tomlpos finds where keys and values sit in a TOML document.
//
// BurntSushi/toml reports positions for syntax errors only; a loader that
// wants to say "file:12:3: unknown key `owner`" needs the position of every
// key. Index scans the source once, tracking [table] and [[array]] headers,
// dotted keys, inline tables and arrays, and records the position of each
// key and value under its full path, array indices included.
//
// The scanner assumes the document is valid TOML (parse it with toml.Decode
// first); on invalid input it records what it can and never panics.
package tomlpos

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Pos is a 1-based line and byte column.
type Pos struct {
	Line, Col int
}

// String formats the position as line:col.
func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Entry is one key (or array element) of the document.
type Entry struct {
	// Path is the full path: string keys and int array indices, e.g.
	// ["steps", 3, "requires", 0].
	Path []any
	// Key is where the key is written (for a table header, its name in the
	// header; for an array element, the element itself).
	Key Pos
	// Value is where the value starts (equal to Key for headers).
	Value Pos
}

// Index maps every path of a document to its entry.
type Index struct {
	entries []Entry
	byPath  map[string]int
}

// Parse indexes src.
func Parse(src []byte) *Index {
	s := &scanner{src: src, line: 1, col: 1, arrays: map[string]int{}}
	s.idx = &Index{byPath: map[string]int{}}
	s.document()
	return s.idx
}

// Find returns the position of the key at path in src. Path elements are
// strings (keys) and ints (array indices); a toml.Key or []string may be
// passed as a single element and is expanded.
func Find(src []byte, path ...any) (Pos, bool) {
	return Parse(src).Key(path...)
}

// Entries returns every entry in document order.
func (ix *Index) Entries() []Entry { return ix.entries }

// Lookup returns the entry at path.
func (ix *Index) Lookup(path ...any) (Entry, bool) {
	i, ok := ix.byPath[pathKey(flatten(path))]
	if !ok {
		return Entry{}, false
	}
	return ix.entries[i], true
}

// Key returns the position of the key at path.
func (ix *Index) Key(path ...any) (Pos, bool) {
	e, ok := ix.Lookup(path...)
	return e.Key, ok
}

// Value returns the position of the value at path.
func (ix *Index) Value(path ...any) (Pos, bool) {
	e, ok := ix.Lookup(path...)
	return e.Value, ok
}

// Nearest returns the position of path or, when path itself is absent (a
// missing field, say), of its closest present ancestor; the zero Pos when
// nothing matches.
func (ix *Index) Nearest(path ...any) Pos {
	p := flatten(path)
	for n := len(p); n > 0; n-- {
		if e, ok := ix.Lookup(p[:n]...); ok {
			return e.Key
		}
	}
	return Pos{}
}

// Matching returns the entries whose path equals keys once array indices
// are dropped: toml.MetaData reports keys of [[array]] tables without their
// index, so one undecoded key may stand for several places.
func (ix *Index) Matching(keys []string) []Entry {
	var out []Entry
	for _, e := range ix.entries {
		if sameKeys(e.Path, keys) {
			out = append(out, e)
		}
	}
	return out
}

func sameKeys(path []any, keys []string) bool {
	n := 0
	for _, el := range path {
		s, ok := el.(string)
		if !ok {
			continue
		}
		if n >= len(keys) || keys[n] != s {
			return false
		}
		n++
	}
	return n == len(keys)
}

func (ix *Index) add(path []any, key, value Pos) {
	k := pathKey(path)
	if _, dup := ix.byPath[k]; dup {
		return // implicit tables keep their first mention
	}
	ix.byPath[k] = len(ix.entries)
	ix.entries = append(ix.entries, Entry{Path: append([]any(nil), path...), Key: key, Value: value})
}

// flatten expands []string-like elements (toml.Key) into the path.
func flatten(path []any) []any {
	out := make([]any, 0, len(path))
	for _, el := range path {
		if ks, ok := asStrings(el); ok {
			for _, s := range ks {
				out = append(out, s)
			}
			continue
		}
		out = append(out, el)
	}
	return out
}

// asStrings accepts []string and named string slices such as toml.Key.
func asStrings(el any) ([]string, bool) {
	v := reflect.ValueOf(el)
	if v.Kind() != reflect.Slice || v.Type().Elem().Kind() != reflect.String {
		return nil, false
	}
	out := make([]string, v.Len())
	for i := range out {
		out[i] = v.Index(i).String()
	}
	return out, true
}

// pathKey is the map key of a path: keys quoted, indices bare, so that the
// key "0" and the index 0 never collide.
func pathKey(path []any) string {
	var b strings.Builder
	for _, el := range path {
		switch v := el.(type) {
		case string:
			b.WriteString(strconv.Quote(v))
		case int:
			b.WriteString(strconv.Itoa(v))
		default:
			fmt.Fprintf(&b, "?%v", v)
		}
		b.WriteByte('.')
	}
	return b.String()
}

// FormatPath renders a path the way a TOML author would write it:
// steps[3].requires[0].
func FormatPath(path []any) string {
	var b strings.Builder
	for _, el := range path {
		switch v := el.(type) {
		case int:
			fmt.Fprintf(&b, "[%d]", v)
		default:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			fmt.Fprint(&b, v)
		}
	}
	return b.String()
}
