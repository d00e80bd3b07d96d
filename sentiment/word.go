package sentiment

// Reading one word: folding, stretched letters, elisions, hashtags.

import (
	"unicode"
	"unicode/utf8"
)

func asciiWord(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// asciiRune is wordRune for an ASCII letter or digit, the common case.
func (t *tokenizer) asciiRune(b byte) {
	if t.inWord && t.pendingHash && 'A' <= b && b <= 'Z' && t.prevLower {
		// "#BoycottNike", "#JeSuisCharlie": each capitalized part of a
		// hashtag is a word of its own.
		t.endWord()
		t.pendingHash = true
	}
	t.prevLower = 'a' <= b && b <= 'z'
	if !t.inWord {
		t.startWord()
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
	t.h = fnvByte(t.h, b)
}

// startWord starts reading a word at the end of buf.
func (t *tokenizer) startWord() {
	t.inWord, t.wordStart = true, len(t.buf)
	t.hasUpper, t.hasLower, t.stretched, t.apos, t.runLen = false, false, false, false, 0
	t.h, t.hashed = fnvBasis, true
}

// startLetter starts a word with the ASCII letter c, folded, written in
// capitals when upper.
func (t *tokenizer) startLetter(c byte, upper bool) {
	t.startWord()
	t.buf = append(t.buf, c)
	t.h = fnvByte(t.h, c)
	t.hasUpper, t.hasLower, t.prevLower = upper, !upper, !upper
}

// lowerRun appends the run of lower-case ASCII letters at text[i:] to the
// word being read, as asciiRune would one by one (collapsing stretched
// letters), without its checks for capitals and hashtags: most of a text's
// bytes go through here. It returns where the run ends.
func (t *tokenizer) lowerRun(text string, i int) int {
	buf, run, h, i0 := t.buf, t.runLen, t.h, i
	for ; i < len(text); i++ {
		c := text[i]
		if c < 'a' || c > 'z' {
			break
		}
		if buf[len(buf)-1] != c {
			run = 0
		} else if run++; run >= 2 {
			t.stretched = true
			continue
		}
		buf = append(buf, c)
		h = fnvByte(h, c)
	}
	t.buf, t.runLen, t.h = buf, run, h
	if i > i0 {
		t.hasLower, t.prevLower = true, true
	}
	return i
}

// wordRune adds a letter or digit to the current word, folded, collapsing a
// run of 3 or more identical letters to 2 ("sooooo" -> "soo").
func (t *tokenizer) wordRune(s string, r rune) {
	if !t.inWord {
		t.startWord()
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
			t.buf = t.buf[:n] // taken back before it was hashed
			t.stretched = true
			return
		}
		t.h = fnvByte(t.h, t.buf[n])
		return
	}
	t.runLen = 0
	t.h = fnvBytes(t.h, t.buf[n:])
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
		t.hashed = false
		t.elisions++
		t.endWord()
		return
	}
	t.buf = append(t.buf, '\'')
	t.h = fnvByte(t.h, '\'')
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
		t.lone = t.buf[t.wordStart]
		t.buf = t.buf[:t.wordStart]
		return
	}
	var flags tokFlags
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
	h := t.h
	if !t.hashed {
		h = fnv32(t.buf[t.wordStart:])
	}
	t.push(t.wordStart, flags, h)
}
