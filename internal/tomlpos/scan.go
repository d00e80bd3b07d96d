package tomlpos

import (
	"strconv"
	"strings"
)

// scanner walks the source byte by byte. It is not a validating parser: it
// only knows enough TOML to find where keys are, and every loop advances at
// least one byte so that invalid input terminates.
type scanner struct {
	src       []byte
	off       int
	line, col int
	idx       *Index
	// arrays counts the elements of each [[array]] table seen so far, by
	// pathKey of the array's path.
	arrays map[string]int
	table  []any
}

func (s *scanner) eof() bool { return s.off >= len(s.src) }

func (s *scanner) peek() byte { return s.peekAt(0) }

func (s *scanner) peekAt(n int) byte {
	if s.off+n >= len(s.src) {
		return 0
	}
	return s.src[s.off+n]
}

func (s *scanner) advance() {
	if s.eof() {
		return
	}
	if s.src[s.off] == '\n' {
		s.line++
		s.col = 1
	} else {
		s.col++
	}
	s.off++
}

func (s *scanner) advanceN(n int) {
	for range n {
		s.advance()
	}
}

func (s *scanner) pos() Pos { return Pos{Line: s.line, Col: s.col} }

func (s *scanner) hasPrefix(p string) bool {
	return strings.HasPrefix(string(s.src[s.off:min(len(s.src), s.off+len(p))]), p)
}

func (s *scanner) skipWS() {
	for c := s.peek(); c == ' ' || c == '\t'; c = s.peek() {
		s.advance()
	}
}

// skipWSNL skips blanks, newlines and comments.
func (s *scanner) skipWSNL() {
	for !s.eof() {
		switch s.peek() {
		case ' ', '\t', '\r', '\n':
			s.advance()
		case '#':
			s.skipLine()
		default:
			return
		}
	}
}

func (s *scanner) skipLine() {
	for !s.eof() && s.peek() != '\n' {
		s.advance()
	}
}

func (s *scanner) document() {
	for {
		s.skipWSNL()
		if s.eof() {
			return
		}
		start := s.off
		if s.peek() == '[' {
			s.header()
		} else {
			s.keyval(s.table)
		}
		s.skipWS()
		if c := s.peek(); c != '\n' && c != '\r' && c != '#' {
			s.skipLine() // junk after a statement: resynchronise
		}
		if s.off == start {
			s.advance()
		}
	}
}

// header reads [a.b] or [[a.b]] and makes it the current table.
func (s *scanner) header() {
	s.advance()
	array := s.peek() == '['
	if array {
		s.advance()
	}
	s.skipWS()
	keys, poss := s.keyPath()
	s.skipWS()
	for s.peek() == ']' {
		s.advance()
	}
	var path []any
	for i, k := range keys {
		path = extend(path, k)
		last := i == len(keys)-1
		if last && array {
			s.idx.add(path, poss[i], poss[i])
			ak := pathKey(path)
			n := s.arrays[ak]
			s.arrays[ak] = n + 1
			path = extend(path, n)
		} else if n, ok := s.arrays[pathKey(path)]; ok && !last {
			path = extend(path, n-1)
		}
		s.idx.add(path, poss[i], poss[i])
	}
	s.table = path
}

// keyval reads key = value under prefix.
func (s *scanner) keyval(prefix []any) {
	keys, poss := s.keyPath()
	s.skipWS()
	if s.peek() != '=' {
		return
	}
	s.advance()
	s.skipWS()
	path := prefix
	for i, k := range keys[:len(keys)-1] {
		path = extend(path, k)
		s.idx.add(path, poss[i], poss[i])
	}
	path = extend(path, keys[len(keys)-1])
	s.idx.add(path, poss[len(poss)-1], s.pos())
	s.value(path)
}

// keyPath reads a dotted key and the position of each part.
func (s *scanner) keyPath() ([]string, []Pos) {
	var keys []string
	var poss []Pos
	for {
		s.skipWS()
		poss = append(poss, s.pos())
		keys = append(keys, s.simpleKey())
		s.skipWS()
		if s.peek() != '.' {
			return keys, poss
		}
		s.advance()
	}
}

func (s *scanner) simpleKey() string {
	switch s.peek() {
	case '"':
		raw := s.quoted('"', true)
		if v, err := strconv.Unquote(raw); err == nil {
			return v
		}
		return strings.Trim(raw, `"`)
	case '\'':
		return strings.Trim(s.quoted('\'', false), "'")
	}
	start := s.off
	for isBare(s.peek()) {
		s.advance()
	}
	return string(s.src[start:s.off])
}

func isBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// quoted reads a one-line string delimited by q and returns it with its
// quotes.
func (s *scanner) quoted(q byte, escapes bool) string {
	start := s.off
	s.advance()
	for !s.eof() && s.peek() != '\n' {
		c := s.peek()
		s.advance()
		if escapes && c == '\\' {
			s.advance()
			continue
		}
		if c == q {
			break
		}
	}
	return string(s.src[start:s.off])
}

// multiline skips a """ or ”' string, including up to two quotes that end
// its content right before the closing delimiter.
func (s *scanner) multiline(q byte) {
	delim := strings.Repeat(string(q), 3)
	s.advanceN(3)
	for !s.eof() {
		if q == '"' && s.peek() == '\\' {
			s.advanceN(2)
			continue
		}
		if s.hasPrefix(delim) {
			s.advanceN(3)
			for n := 0; n < 2 && s.peek() == q; n++ {
				s.advance()
			}
			return
		}
		s.advance()
	}
}

func (s *scanner) value(path []any) {
	switch c := s.peek(); {
	case c == '"' && s.hasPrefix(`"""`), c == '\'' && s.hasPrefix(`'''`):
		s.multiline(c)
	case c == '"':
		s.quoted('"', true)
	case c == '\'':
		s.quoted('\'', false)
	case c == '{':
		s.inlineTable(path)
	case c == '[':
		s.array(path)
	default:
		for c := s.peek(); !s.eof() && !strings.ContainsRune(",]}#\r\n", rune(c)); c = s.peek() {
			s.advance()
		}
	}
}

func (s *scanner) inlineTable(path []any) {
	s.advance()
	for {
		s.skipWSNL()
		if s.eof() {
			return
		}
		if s.peek() == '}' {
			s.advance()
			return
		}
		start := s.off
		s.keyval(path)
		s.skipWSNL()
		if s.peek() == ',' {
			s.advance()
		} else if s.off == start {
			s.advance()
		}
	}
}

func (s *scanner) array(path []any) {
	s.advance()
	for i := 0; ; i++ {
		s.skipWSNL()
		if s.eof() {
			return
		}
		if s.peek() == ']' {
			s.advance()
			return
		}
		start := s.off
		el := extend(path, i)
		s.idx.add(el, s.pos(), s.pos())
		s.value(el)
		s.skipWSNL()
		if s.peek() == ',' {
			s.advance()
		} else if s.off == start {
			s.advance()
		}
	}
}

// extend returns a new path; it never shares the backing array with path.
func extend(path []any, el any) []any {
	out := make([]any, len(path), len(path)+1)
	copy(out, path)
	return append(out, el)
}
