package sentiment

// Character classes of the tokenizer.

import (
	"unicode"
	"unicode/utf8"
)

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
		if isEmoticonMark(c[i]) {
			return true
		}
	}
	return false
}

func isEmoticonMark(b byte) bool {
	switch b {
	case ':', ';', '=', '<', '>', '(', ')', '[', ']', '{', '}', '|', '\\', '/', '^', '*', '_', '~':
		return true
	}
	return false
}

// isWideEyes reports the emoticons "o.O", "O.o", "0.o"..., whose only
// mark is a full stop, which elsewhere ends a clause ("ok.").
func isWideEyes(c string) bool {
	eye := func(b byte) bool { return b == 'o' || b == 'O' || b == '0' }
	return len(c) == 3 && c[1] == '.' && eye(c[0]) && eye(c[2])
}

// isClauseEnd reports punctuation that ends a clause for negation and phrases.
func isClauseEnd(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '…':
		return true
	}
	return false
}

// isEmoticon keeps a chunk of at most two letters or digits and some
// emoticon characters whole (":-)", ":D", "<3", "o_O"), as VADER does.
func isEmoticon(c string) bool {
	if len(c) < 2 || len(c) > 12 || !hasEmoticonMark(c) && !isWideEyes(c) {
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
