package sentiment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token flags.
const (
	tCaps      uint8 = 1 << iota // written in capitals: a cased letter and no lower-case one
	tStretched                   // a letter was repeated 3+ times ("nuuuul"), collapsed to 2
	tEmoji                       // a pictograph, scored as itself
	tHashtag                     // written #word
	tBoundary                    // a clause ends before this token (. , ; : ! ?)
	tApos                        // holds an apostrophe (English "n't")
	tNeBracket                   // between French "ne" and its partner ("je n'aime pas")
	tLiteral                     // a placeholder for a URL or a user handle
)

// token is one word, emoticon or emoji of the text. Its key is
// buf[start:end], folded to lower case without accents; tokens are written
// to buf separated by one space, so that a multi-word key is a plain slice.
type token struct {
	start, end int32
	ent        int32 // entry index in the lexicon, -1 when unknown
	flags      uint8
	val        float64
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
	wordStart                            int
	hasUpper, hasLower, stretched, apos  bool
	runLen                               int
}

func (t *tokenizer) reset() {
	t.buf, t.toks = t.buf[:0], t.toks[:0]
	t.frMarks, t.otherMarks, t.elisions, t.excl, t.quest = 0, 0, 0, 0, 0
	t.inWord, t.pendingHash, t.pendingBoundary = false, false, false
}

// run tokenizes text: whitespace-separated chunks, each an emoticon, a URL,
// a user handle or a run of words and emoji. It also counts "!" and "?".
func (t *tokenizer) run(text string) {
	t.reset()
	for i := 0; i < len(text); {
		if w := spaceAt(text, i); w > 0 {
			i += w
			continue
		}
		j := i
		for j < len(text) {
			switch text[j] {
			case '!':
				t.excl++
			case '?':
				t.quest++
			}
			if text[j] < utf8.RuneSelf {
				if asciiSpace(text[j]) {
					break
				}
				j++
				continue
			}
			if spaceAt(text, j) > 0 {
				break
			}
			_, w := utf8.DecodeRuneInString(text[j:])
			j += w
		}
		t.chunk(text[i:j])
		i = j
	}
}

func asciiSpace(b byte) bool { return b == ' ' || '\t' <= b && b <= '\r' }

// spaceAt returns the width of the white space rune at text[i], or 0.
func spaceAt(text string, i int) int {
	if b := text[i]; b < utf8.RuneSelf {
		if asciiSpace(b) {
			return 1
		}
		return 0
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	if unicode.IsSpace(r) {
		return w
	}
	return 0
}

func decodeRune(s string) (rune, int) {
	if s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// hasEmoticonMark reports a character that makes a short chunk an emoticon.
func hasEmoticonMark(c string) bool {
	for i := 0; i < len(c); i++ {
		switch c[i] {
		case ':', ';', '=', '<', '>', '(', ')', '[', ']', '{', '}', '|', '\\', '/', '^', '*', '_', '~':
			return true
		}
	}
	return false
}

// isClauseEnd reports punctuation that ends a clause for negation and phrases.
func isClauseEnd(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '…':
		return true
	}
	return false
}

func (t *tokenizer) chunk(c string) {
	switch {
	case (c[0] == 'h' || c[0] == 'w') && (strings.HasPrefix(c, "http://") || strings.HasPrefix(c, "https://") || strings.HasPrefix(c, "www.")):
		t.emitLiteral("<url>")
		return
	case len(c) > 1 && c[0] == '@' && isWordRune(rune(c[1])):
		t.emitLiteral("<user>")
		return
	case t.isEmoticon(c):
		t.emitEmoticon(c)
		return
	}
	for k := 0; k < len(c); {
		if b := c[k]; b < utf8.RuneSelf && asciiWord(b) {
			t.asciiRune(b)
			k++
			continue
		}
		r, w := decodeRune(c[k:])
		switch {
		case isWordRune(r):
			t.wordRune(c[k:], r)
		case isJoiner(r):
		case isEmoji(r):
			t.endWord()
			t.emitEmoji(c[k : k+w])
		case isApostrophe(r) && t.inWord && k+w < len(c):
			t.apostrophe(c[k+w:])
		case r == '-' && t.inWord && k+1 < len(c) && isWordRune(rune(c[k+1])):
			t.buf = append(t.buf, '-')
			t.runLen = 0
		case r == '#' && !t.inWord:
			t.pendingHash = true
		default:
			t.endWord()
			t.pendingHash = false
			if isClauseEnd(r) {
				t.pendingBoundary = true
			}
		}
		k += w
	}
	t.endWord()
}

// isEmoticon keeps a chunk of at most two letters or digits and some
// emoticon characters whole (":-)", ":D", "<3", "o_O"), as VADER does.
func (t *tokenizer) isEmoticon(c string) bool {
	if len(c) < 2 || len(c) > 12 || !hasEmoticonMark(c) {
		return false
	}
	letters := 0
	for _, r := range c {
		if isWordRune(r) {
			letters++
		} else if r >= utf8.RuneSelf {
			return false
		}
	}
	return letters <= 2
}

func (t *tokenizer) emitLiteral(key string) {
	t.endWord()
	start := len(t.buf)
	t.buf = append(t.buf, key...)
	t.push(start, tLiteral)
}

func (t *tokenizer) emitEmoticon(c string) {
	start := len(t.buf)
	for k, r := range c {
		t.buf = appendFolded(t.buf, c[k:], r)
	}
	t.push(start, 0)
}

func (t *tokenizer) emitEmoji(e string) {
	start := len(t.buf)
	t.buf = append(t.buf, e...)
	t.push(start, tEmoji)
}

// push ends the token that starts at buf[start:] and writes its separator.
func (t *tokenizer) push(start int, flags uint8) {
	if t.pendingBoundary {
		flags |= tBoundary
		t.pendingBoundary = false
	}
	t.toks = append(t.toks, token{start: int32(start), end: int32(len(t.buf)), ent: -1, flags: flags})
	t.buf = append(t.buf, ' ')
}

func asciiWord(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// asciiRune is wordRune for an ASCII letter or digit, the common case.
func (t *tokenizer) asciiRune(b byte) {
	if !t.inWord {
		t.inWord, t.wordStart = true, len(t.buf)
		t.hasUpper, t.hasLower, t.stretched, t.apos, t.runLen = false, false, false, false, 0
	}
	switch {
	case b >= 'a':
		t.hasLower = true
	case b >= 'A':
		t.hasUpper = true
		b += 'a' - 'A'
	}
	if n := len(t.buf); n > t.wordStart && t.buf[n-1] == b && b > '9' {
		t.runLen++
		if t.runLen >= 2 {
			t.stretched = true
			return
		}
	} else {
		t.runLen = 0
	}
	t.buf = append(t.buf, b)
}

// wordRune adds a letter or digit to the current word, folded, collapsing a
// run of 3 or more identical letters to 2 ("sooooo" -> "soo").
func (t *tokenizer) wordRune(s string, r rune) {
	if !t.inWord {
		t.inWord, t.wordStart = true, len(t.buf)
		t.hasUpper, t.hasLower, t.stretched, t.apos, t.runLen = false, false, false, false, 0
	}
	switch {
	case r < utf8.RuneSelf:
		if r >= 'a' {
			t.hasLower = true
		} else if r >= 'A' {
			t.hasUpper = true
		}
	case unicode.IsUpper(r):
		t.hasUpper = true
	case unicode.IsLower(r):
		t.hasLower = true
	}
	if r >= utf8.RuneSelf {
		if isFrenchMark(r) {
			t.frMarks++
		} else if isOtherMark(r) {
			t.otherMarks++
		}
	}
	n := len(t.buf)
	t.buf = appendFolded(t.buf, s, r)
	if len(t.buf) == n+1 && n > t.wordStart && t.buf[n-1] == t.buf[n] && t.buf[n] > '9' {
		t.runLen++
		if t.runLen >= 2 {
			t.buf = t.buf[:n]
			t.stretched = true
		}
		return
	}
	t.runLen = 0
}

// apostrophe handles a ' inside a word: a French elision ("j'adore",
// "qu'il", "n'importe") ends a token of its own, written in full ("je",
// "que", "ne"); any other ("don't", "aujourd'hui") stays in the word.
func (t *tokenizer) apostrophe(rest string) {
	r, _ := decodeRune(rest)
	if !isWordRune(r) {
		return
	}
	if full := elided(t.buf[t.wordStart:]); full != "" {
		t.buf = append(t.buf[:t.wordStart], full...)
		t.elisions++
		t.endWord()
		return
	}
	t.buf = append(t.buf, '\'')
	t.apos = true
	t.runLen = 0
}

// elided returns the full form of a French elided word, or "".
func elided(w []byte) string {
	switch string(w) {
	case "l":
		return "le"
	case "j":
		return "je"
	case "n":
		return "ne"
	case "c":
		return "ce"
	case "d":
		return "de"
	case "s":
		return "se"
	case "m":
		return "me"
	case "t":
		return "te"
	case "qu":
		return "que"
	case "jusqu":
		return "jusque"
	case "lorsqu":
		return "lorsque"
	case "puisqu":
		return "puisque"
	case "quoiqu":
		return "quoique"
	}
	return ""
}

func (t *tokenizer) endWord() {
	if !t.inWord {
		return
	}
	t.inWord = false
	if len(t.buf) == t.wordStart+1 && !t.pendingHash {
		// A lone letter or digit ("I", "a", "à" folded, "2") carries no
		// sentiment and would only push rule words out of the look-back
		// window, so it is dropped as VADER's original tokenizer did.
		t.buf = t.buf[:t.wordStart]
		return
	}
	var flags uint8
	if t.hasUpper && !t.hasLower {
		flags |= tCaps
	}
	if t.stretched {
		flags |= tStretched
	}
	if t.apos {
		flags |= tApos
	}
	if t.pendingHash {
		flags |= tHashtag
		t.pendingHash = false
	}
	t.push(t.wordStart, flags)
}

// key returns the folded text of token k (no allocation: a slice of buf).
func (t *tokenizer) key(k token) []byte { return t.buf[k.start:k.end] }
