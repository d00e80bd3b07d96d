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
	// vocab maps every word seen to its shared string, and to "" for a
	// stop word, so that one lookup settles a token already met.
	vocab map[string]string
	buf   []byte
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
	return &tokenizer{stop: parseStopwords(stopwordsText), vocab: map[string]string{}}
}

// split appends to dst every term of text: lower-cased words of at least three
// letters, hashtags with their '#', elisions (l', qu', c'...) removed; URLs,
// @handles, numbers and stop words skipped.
func (t *tokenizer) split(text string, dst []string) []string {
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTermStart(r) {
			i += size
			continue
		}
		end := tokenEnd(text, i+size)
		dst = t.emit(text[i:end], dst)
		i = end
	}
	return dst
}

func isTermStart(r rune) bool {
	return r == '#' || r == '@' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokenEnd returns where the token starting before i ends: letters, digits,
// apostrophes, hyphens and underscores, plus URL characters so that a URL
// stays one token and can be skipped whole.
func tokenEnd(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf { // ASCII: no decoding
			if !asciiTokenByte(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’') {
			break
		}
		i += size
	}
	return i
}

func asciiTokenByte(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	switch c {
	case '\'', '-', '_', ':', '/', '.', '?', '=', '&', '%':
		return true
	}
	return false
}

func (t *tokenizer) emit(tok string, dst []string) []string {
	if tok[0] == '@' || strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") {
		return dst
	}
	tok = trimTrailing(tok)
	tok = stripElision(tok)
	if len(tok) < 12 && utf8.RuneCountInString(tok) < 3 || startsNumeric(tok) && isNumber(tok) {
		return dst
	}
	var term string
	var ok bool
	lower := isLowerASCII(tok)
	if lower { // most tokens: looked up as they are, no copy
		term, ok = t.vocab[tok]
	} else {
		t.buf = appendLower(t.buf[:0], tok)
		term, ok = t.vocab[string(t.buf)] // no allocation for a lookup
	}
	if !ok {
		if len(t.vocab) >= maxIntern {
			clear(t.vocab)
		}
		if lower {
			term = strings.Clone(tok) // a substring would keep the whole post alive
		} else {
			term = string(t.buf)
		}
		if _, stop := t.stop[term]; stop {
			t.vocab[term] = ""
			return dst
		}
		t.vocab[term] = term
	}
	if term == "" {
		return dst // a stop word
	}
	return append(dst, term)
}

// elisions are the French words that drop their vowel before another word.
// Only these are stripped: "P'tit" or "aujourd'hui" are words of their own.
var elisions = [...]string{"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// stripElision removes a French elided article or pronoun: l'usine -> usine.
// It looks only at the first bytes: an elision is at most "puisqu'".
func stripElision(tok string) string {
	if strings.IndexByte(tok[:min(len(tok), 9)], '\'') < 0 && strings.IndexByte(tok[:min(len(tok), 9)], 0xE2) < 0 {
		return tok // no apostrophe near the start: the common case
	}
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
