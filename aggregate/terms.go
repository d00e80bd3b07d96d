package aggregate

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed stopwords.txt
var stopwordsText string

// parseStopwords reads the embedded list: words separated by white space,
// lines starting with # ignored.
func parseStopwords(text string) map[string]struct{} {
	set := map[string]struct{}{}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			set[w] = struct{}{}
		}
	}
	return set
}

// tokenizer splits a post into candidate trending terms without allocating
// for terms it has seen before: tokens are built in a scratch buffer and
// interned, so map keys are shared strings.
type tokenizer struct {
	stop map[string]struct{}
	// vocab maps every word seen to its entry, which a stop word has too
	// (marked), so that one lookup settles a token already met and reaches
	// the counter its occurrence goes to.
	vocab map[string]*termEntry
	buf   []byte
}

// termEntry is one interned word: its shared string (the tally's key) and
// its count in the current minute (see counter).
type termEntry struct {
	tally[string, int64]
	stop bool
}

// maxIntern bounds the intern table; past it the table starts over, which
// costs a few allocations and keeps memory flat on a firehose.
const maxIntern = 100_000

// ignore adds words that never trend: the brand's own name is in every post
// and says nothing about what is happening to it.
func (t *tokenizer) ignore(words ...string) {
	for _, w := range words {
		for _, term := range t.split(w, nil) {
			term = strings.TrimPrefix(term, "#")
			t.stop[term] = struct{}{}
			t.stop["#"+term] = struct{}{}
			delete(t.vocab, term)
			delete(t.vocab, "#"+term)
		}
	}
}

func newTokenizer() *tokenizer {
	return &tokenizer{stop: parseStopwords(stopwordsText), vocab: map[string]*termEntry{}}
}

// split appends to dst every term of text (see entries).
func (t *tokenizer) split(text string, dst []string) []string {
	for _, e := range t.entries(text, nil) {
		dst = append(dst, e.key)
	}
	return dst
}

// entries appends to dst the entry of every term of text: lower-cased words
// of at least three letters, hashtags with their '#', elisions (l', qu',
// c'...) removed; URLs, @handles, numbers and stop words skipped.
func (t *tokenizer) entries(text string, dst []*termEntry) []*termEntry {
	for i := 0; i < len(text); {
		var shape tokenShape
		if c := text[i]; c < utf8.RuneSelf { // ASCII: no decoding
			if !asciiTermStart(c) {
				i++
				continue
			}
			if 'A' <= c && c <= 'Z' {
				shape = shapeNotLower
			}
			end, rest := tokenEnd(text, i, i+1)
			dst = t.emit(text[i:end], shape|rest, dst)
			i = end
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		end, rest := tokenEnd(text, i, i+size)
		dst = t.emit(text[i:end], shapeNotLower|shapeWide|rest, dst)
		i = end
	}
	return dst
}

func asciiTermStart(c byte) bool {
	return c == '#' || c == '@' || isAlnum(c)
}

// tokenShape is what the scan of a token learnt about it, so that emit only
// does the work a token needs.
type tokenShape uint8

const (
	shapeNotLower tokenShape = 1 << iota // upper case or non-ASCII: lower-case it
	shapeColon                           // a ':' that may make it a URL
	shapeApos                            // an apostrophe near the start: maybe an elision
	shapeWide                            // a non-ASCII character: bytes are not runes
)

// elisionReach is how far into a token an elision's apostrophe can be:
// "puisqu'" is the longest.
const elisionReach = 9

// tokenEnd returns where the token that starts at start ends, scanning from
// i: letters, digits, apostrophes, hyphens and underscores, plus URL
// characters so that a URL stays one token and can be skipped whole.
func tokenEnd(text string, start, i int) (int, tokenShape) {
	var shape tokenShape
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf { // ASCII: no decoding
			if !asciiTokenByte(c) {
				break
			}
			switch {
			case 'A' <= c && c <= 'Z':
				shape |= shapeNotLower
			case c == ':':
				shape |= shapeColon
			case c == '\'' && i-start < elisionReach:
				shape |= shapeApos
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '’' {
			if i-start < elisionReach {
				shape |= shapeApos
			}
		} else if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		shape |= shapeNotLower | shapeWide
		i += size
	}
	return i, shape
}

// asciiTokenByte tells the ASCII bytes a token may hold.
func asciiTokenByte(c byte) bool { return tokenBytes[c] }

// tokenBytes is asciiTokenByte's table, built once: the scan asks it for
// every byte of every post, where a switch cost a tenth of the tokenizer.
var tokenBytes = func() (t [256]bool) {
	for _, c := range []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'-_:/.?=&%") {
		t[c] = true
	}
	return t
}()

func (t *tokenizer) emit(tok string, shape tokenShape, dst []*termEntry) []*termEntry {
	if tok[0] == '@' || shape&shapeColon != 0 && strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") {
		return dst
	}
	tok = trimTrailing(tok)
	if shape&shapeApos != 0 {
		tok = stripElision(tok)
	}
	if len(tok) < 3 || shape&shapeWide != 0 && len(tok) < 12 && utf8.RuneCountInString(tok) < 3 ||
		startsNumeric(tok) && isNumber(tok) {
		return dst
	}
	if e := t.entry(tok, shape); !e.stop {
		return append(dst, e)
	}
	return dst
}

// entry returns the vocabulary's entry for tok, lower-cased as its shape
// requires, interning it the first time.
func (t *tokenizer) entry(tok string, shape tokenShape) *termEntry {
	if shape&shapeNotLower == 0 { // most tokens: looked up as they are, no copy
		if e, ok := t.vocab[tok]; ok {
			return e
		}
		return t.intern(strings.Clone(tok)) // a substring would keep the whole post alive
	}
	if shape&shapeWide == 0 {
		t.buf = appendLowerASCII(t.buf[:0], tok)
	} else {
		t.buf = appendLower(t.buf[:0], tok)
	}
	if e, ok := t.vocab[string(t.buf)]; ok { // no allocation for a lookup
		return e
	}
	return t.intern(string(t.buf))
}

// intern adds a word met for the first time.
func (t *tokenizer) intern(term string) *termEntry {
	if len(t.vocab) >= maxIntern {
		clear(t.vocab)
	}
	_, stop := t.stop[term]
	e := &termEntry{tally: tally[string, int64]{key: term}, stop: stop}
	t.vocab[term] = e
	return e
}

// elisions are the French words that drop their vowel before another word.
// Only these are stripped: "P'tit" or "aujourd'hui" are words of their own.
var elisions = [...]string{"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"}

// stripElision removes a French elided article or pronoun: l'usine -> usine.
// The tokenizer calls it only for a token with an apostrophe near its start.
func stripElision(tok string) string {
	for i := 1; i < len(tok) && i <= 6; i++ {
		size := apostropheAt(tok, i)
		if size == 0 {
			continue
		}
		for _, e := range elisions {
			if len(e) == i && strings.EqualFold(tok[:i], e) {
				return tok[i+size:]
			}
		}
		return tok
	}
	return tok
}

// apostropheAt returns the byte length of an apostrophe (' or ’) at i, or 0.
func apostropheAt(s string, i int) int {
	switch {
	case s[i] == '\'':
		return 1
	case strings.HasPrefix(s[i:], "’"):
		return len("’")
	}
	return 0
}

// trimTrailing drops the URL and punctuation characters tokenEnd lets into
// a token when they end it ("lyon." "ici'").
func trimTrailing(tok string) string {
	for len(tok) > 0 {
		if c := tok[len(tok)-1]; c < utf8.RuneSelf && asciiTokenByte(c) && !isAlnum(c) {
			tok = tok[:len(tok)-1]
			continue
		}
		if strings.HasSuffix(tok, "’") {
			tok = tok[:len(tok)-len("’")]
			continue
		}
		return tok
	}
	return tok
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func startsNumeric(tok string) bool { return tok[0] == '#' || '0' <= tok[0] && tok[0] <= '9' }

func isNumber(tok string) bool {
	for _, r := range tok {
		if !unicode.IsDigit(r) && r != '.' && r != ',' && r != '#' {
			return false
		}
	}
	return true
}

// appendLowerASCII is appendLower for a token the scan found all ASCII
// ("Beaumont", "RAPPEL"): byte by byte, no decoding.
func appendLowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func appendLower(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}
