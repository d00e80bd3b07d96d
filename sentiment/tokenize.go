package sentiment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokFlags are the flags of a token.
type tokFlags uint16

// Token flags.
const (
	tCaps      tokFlags = 1 << iota // written in capitals: a cased letter and no lower-case one
	tStretched                      // a letter was repeated 3+ times ("nuuuul"), collapsed to 2
	tEmoji                          // a pictograph, scored as itself
	tHashtag                        // written #word
	tBoundary                       // a clause ends before this token (. , ; : ! ?)
	tApos                           // holds an apostrophe (English "n't")
	tNeBracket                      // between French "ne" and its partner ("je n'aime pas")
	tLiteral                        // a placeholder for a URL or a user handle
	tNeClosed                       // a French partner that closes "ne" ("ne ... plus"): it negates what follows
	tEmoticon                       // an emoticon kept whole (":-)", "<3"), scored as itself
	tAfterIU                        // follows a dropped lone "i" or "u" ("I like", "u like")
)

// tSymbol marks the language-neutral tokens: emoji and emoticons.
const tSymbol = tEmoji | tEmoticon

// token is one word, emoticon or emoji of the text. Its key is
// buf[start:end], folded to lower case without accents; tokens are written
// to buf separated by one space, so that a multi-word key is a plain slice.
//
// Its fields are grouped so that it has at most four: the compiler then
// keeps a token passed by value (s.is, key) in registers, where a wider
// struct is copied to the stack at every call, inlined or not.
type token struct {
	span
	ent int32 // entry index in the lexicon, -1 when unknown
	tag
	val float64
}

// span is where a token's key lies in the tokenizer's buf.
type span struct{ start, end int32 }

// tag is what the tokenizer and the lookup learn of a token.
type tag struct {
	flags tokFlags
	kind  kind   // the entry's kind, copied by lookup (0 when unknown): the rules test it often
	hash  uint32 // fnv32 of the key, computed while the word was read
}

// tokenizer splits a text into tokens in reusable buffers. Its zero value is
// ready to use; it allocates only while its buffers grow.
type tokenizer struct {
	buf  []byte
	toks []token
	// votes for language detection, gathered while reading
	frMarks, otherMarks, elisions int
	excl, quest                   int // "!" and "?" in the text
	// state of the word being read
	inWord, pendingHash, pendingBoundary bool
	lone                                 byte // a lone letter dropped just before the next token, or 0
	prevLower                            bool // the last ASCII letter read was lower-case
	wordStart                            int
	hasUpper, hasLower, stretched, apos  bool
	runLen                               int
	// h is the FNV-1a hash of the word read so far, kept while hashed: the
	// lookup then needs no second pass over the key. A word whose bytes
	// are not only appended (an elision, rewritten in full) is hashed at
	// its end.
	h      uint32
	hashed bool
}

func (t *tokenizer) reset() {
	t.buf, t.toks = t.buf[:0], t.toks[:0]
	t.frMarks, t.otherMarks, t.elisions, t.excl, t.quest = 0, 0, 0, 0, 0
	t.inWord, t.pendingHash, t.pendingBoundary, t.lone = false, false, false, 0
}

// run tokenizes text: whitespace-separated chunks, each an emoticon, a URL,
// a user handle or a run of words and emoji. It also counts "!" and "?".
func (t *tokenizer) run(text string) {
	t.reset()
	for i := 0; i < len(text); {
		if b := text[i]; b < utf8.RuneSelf {
			if asciiSpace(b) { // tested here: spaceAt is a call
				i++
				continue
			}
		} else if w := spaceAt(text, i); w > 0 {
			i += w
			continue
		}
		i = t.chunk(text, i)
	}
}

// chunk reads the chunk that starts at text[i] and returns where it ends.
// Most chunks are one plain word ("service", "Worst"): it reads that word,
// and leaves the rest to mixedChunk.
func (t *tokenizer) chunk(text string, i int) int {
	if mayBeLiteral(text, i) {
		if end, ok := t.literal(text, i); ok {
			return end
		}
	}
	start, toks0, buf0 := i, len(t.toks), len(t.buf)
	if !t.pendingHash { // as mixedChunk's loop reads a word's first letters
		switch b := text[i]; {
		case 'a' <= b && b <= 'z':
			t.startLetter(b, false)
			i = t.lowerRun(text, i+1)
		case 'A' <= b && b <= 'Z':
			t.startLetter(b+'a'-'A', true)
			i = t.lowerRun(text, i+1)
		}
		if i == len(text) || asciiSpace(text[i]) {
			t.endWord() // letters only: no emoticon
			return i
		}
	}
	return t.mixedChunk(text, start, i, toks0, buf0)
}

// mixedChunk reads on the chunk that starts at text[start], from text[i],
// and returns where it ends; toks0 and buf0 are the lengths of t.toks and
// t.buf at start. Words are read in one pass; a short chunk that turns out
// to be an emoticon (":-)", "<3", "o_O") is then taken back and kept whole,
// as VADER does.
func (t *tokenizer) mixedChunk(text string, start, i, toks0, buf0 int) int {
	boundary0, elisions0 := t.pendingBoundary, t.elisions // letters changed neither
	marks := false
	for i < len(text) {
		b := text[i]
		if b < utf8.RuneSelf {
			switch {
			case 'a' <= b && b <= 'z' && (!t.pendingHash || t.inWord):
				// Inside a hashtag too: lower-case letters never split it.
				if !t.inWord {
					t.startLetter(b, false)
					i++
				}
				i = t.lowerRun(text, i)
				continue
			case 'A' <= b && b <= 'Z' && !t.pendingHash && !t.inWord:
				t.startLetter(b+'a'-'A', true) // "Worst": a capital, then the tight loop
				i = t.lowerRun(text, i+1)
				continue
			case asciiWord(b):
				t.asciiRune(b)
			case asciiSpace(b):
				goto end
			default:
				marks = marks || isEmoticonMark(b)
				t.punct(text, i, rune(b))
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			goto end
		case isWordRune(r):
			t.wordRune(text[i:], r)
		case isJoiner(r):
		case isEmoji(r):
			t.endWord()
			t.emitEmoji(text[i : i+w])
		default:
			t.punct(text, i, r)
		}
		i += w
	}
end:
	t.endWord()
	if (marks || i-start == 3 && isWideEyes(text[start:i])) && isEmoticon(text[start:i]) {
		t.toks, t.buf, t.pendingBoundary, t.elisions = t.toks[:toks0], t.buf[:buf0], boundary0, elisions0
		t.emitEmoticon(text[start:i])
	}
	return i
}

// mayBeLiteral is literal's cheap first test: "http", "www." or "@" at
// text[i]. Most chunks are ruled out by their first byte.
func mayBeLiteral(text string, i int) bool {
	switch text[i] {
	case '@':
		return true
	case 'h', 'w':
		c := text[i:]
		return len(c) >= 4 && (c[:4] == "http" || c[:4] == "www.")
	}
	return false
}

// literal emits a placeholder for a URL or a user handle starting at
// text[i], if there is one, and returns where its chunk ends.
func (t *tokenizer) literal(text string, i int) (int, bool) {
	c := text[i:]
	var key string
	switch {
	case strings.HasPrefix(c, "http://") || strings.HasPrefix(c, "https://") || strings.HasPrefix(c, "www."):
		key = "<url>"
	case len(c) > 1 && c[0] == '@' && isWordRune(rune(c[1])):
		key = "<user>"
	default:
		return i, false // checked before finding the chunk's end: most words start with h or w
	}
	end := t.skipChunk(text, i)
	t.emitLiteral(key)
	// Punctuation closing the chunk ends the clause, as after a word:
	// "thanks to @Nordbank. Fantastic" is two clauses.
	if r, _ := utf8.DecodeLastRuneInString(text[i:end]); isClauseEnd(r) {
		t.pendingBoundary = true
	}
	return end, true
}

// skipChunk returns where the chunk at text[i:] ends, counting its "!" and
// "?" (a URL or handle read as a whole).
func (t *tokenizer) skipChunk(text string, i int) int {
	for ; i < len(text); i++ {
		switch b := text[i]; {
		case b == '!':
			t.excl++
		case b == '?':
			t.quest++
		case asciiSpace(b):
			return i
		case b >= utf8.RuneSelf && spaceAt(text, i) > 0:
			return i
		}
	}
	return i
}

// punct handles a character that is neither a letter, a digit nor a space:
// an apostrophe or hyphen inside a word, a hashtag mark, or punctuation that
// ends the word (and, for . , ; : ! ?, the clause).
func (t *tokenizer) punct(text string, i int, r rune) {
	w := utf8.RuneLen(r)
	switch {
	case isApostrophe(r) && t.inWord && i+w < len(text):
		t.apostrophe(text[i+w:])
	case r == '-' && t.inWord && i+1 < len(text) && isWordRune(rune(text[i+1])):
		t.buf = append(t.buf, '-')
		t.h = fnvByte(t.h, '-')
		t.runLen = 0
	case r == '#' && !t.inWord:
		t.pendingHash = true
	default:
		switch r {
		case '!':
			t.excl++
		case '?':
			t.quest++
		}
		t.endWord()
		t.pendingHash = false
		if isClauseEnd(r) {
			t.pendingBoundary = true
		}
	}
}

func (t *tokenizer) emitLiteral(key string) {
	t.endWord()
	start := len(t.buf)
	t.buf = append(t.buf, key...)
	t.push(start, tLiteral, fnv32(t.buf[start:]))
}

// emitEmoticon keeps the emoticon as written (ASCII, see isEmoticon): case
// tells "D:" (horror) from "d:" (tongue out).
func (t *tokenizer) emitEmoticon(c string) {
	start := len(t.buf)
	t.buf = append(t.buf, c...)
	t.push(start, tEmoticon, fnv32(t.buf[start:]))
}

func (t *tokenizer) emitEmoji(e string) {
	start := len(t.buf)
	t.buf = append(t.buf, e...)
	t.push(start, tEmoji, fnv32(t.buf[start:]))
}

// push ends the token that starts at buf[start:], whose key hashes to h,
// and writes its separator.
func (t *tokenizer) push(start int, flags tokFlags, h uint32) {
	if t.pendingBoundary {
		flags |= tBoundary
		t.pendingBoundary = false
	}
	if t.lone == 'i' || t.lone == 'u' {
		flags |= tAfterIU
	}
	t.toks = append(t.toks, token{span: span{int32(start), int32(len(t.buf))}, ent: -1, tag: tag{flags: flags, hash: h}})
	t.lone = 0
	t.buf = append(t.buf, ' ')
}

// key returns the folded text of token k (no allocation: a slice of buf).
func (t *tokenizer) key(k token) []byte { return t.buf[k.start:k.end] }
