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
	stop   map[string]struct{}
	intern map[string]string
	buf    []byte
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
		}
	}
}

func newTokenizer() *tokenizer {
	return &tokenizer{stop: parseStopwords(stopwordsText), intern: map[string]string{}}
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
	tok = strings.TrimRight(tok, "'’-_:/.?=&%")
	tok = stripElision(tok)
	if utf8.RuneCountInString(tok) < 3 || isNumber(tok) {
		return dst
	}
	t.buf = appendLower(t.buf[:0], tok)
	if _, stop := t.stop[string(t.buf)]; stop {
		return dst
	}
	term, ok := t.intern[string(t.buf)]
	if !ok {
		if len(t.intern) >= maxIntern {
			clear(t.intern)
		}
		term = string(t.buf)
		t.intern[term] = term
	}
	return append(dst, term)
}

// elisions are the French words that drop their vowel before another word.
// Only these are stripped: "P'tit" or "aujourd'hui" are words of their own.
var elisions = [...]string{"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"}

// stripElision removes a French elided article or pronoun: l'usine -> usine.
func stripElision(tok string) string {
	i := strings.IndexAny(tok, "'’")
	if i <= 0 || i > 6 {
		return tok
	}
	head := tok[:i]
	for _, e := range elisions {
		if strings.EqualFold(head, e) {
			_, size := utf8.DecodeRuneInString(tok[i:])
			return tok[i+size:]
		}
	}
	return tok
}

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
