package match

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// words splits text into folded words: lower case, accents and other
// combining marks removed, compatibility forms unified (NFKD: "ﬁ" is "fi",
// fullwidth "Ａ" is "a"), a few letters without decomposition spelled out
// ("œ" is "oe", "ß" is "ss"). A word is a run of letters, digits and '_';
// anything else separates words, so "l'Acme-Bank" is "l", "acme", "bank".
// A word right after a '#' that does not follow a word is a hashtag.
//
// It writes into one reused buffer and never allocates once the buffer has
// grown: the returned word is valid until the next call.
type words struct {
	s   string
	i   int
	buf []byte
	// max is the longest word worth keeping; longer words are consumed and
	// reported with long set, since no pattern can match them.
	max  int
	long bool
}

func (w *words) reset(s string, max int) {
	w.s, w.i, w.max = s, 0, max
}

// next returns the next word and whether it is a hashtag; ok is false at
// the end of the text.
func (w *words) next() (word []byte, hashtag, ok bool) {
	w.buf, w.long = w.buf[:0], false
	for w.i < len(w.s) {
		c := w.s[w.i]
		if l := wordBytes[c]; l != 0 { // ASCII of a word: most of any text
			w.add(l)
			w.i++
			continue
		}
		if c < utf8.RuneSelf {
			w.i++
			if !w.addASCII(c) {
				if len(w.buf) > 0 || w.long {
					return w.buf, hashtag, true
				}
				hashtag = c == '#'
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(w.s[w.i:])
		if r < latinEnd { // accented Latin letters: folded once, at start
			w.i += size
			if f := &latinFolds[r-utf8.RuneSelf]; f.inWord {
				for k := 0; k < len(f.fold); k++ {
					w.add(f.fold[k])
				}
				continue
			}
			if len(w.buf) > 0 || w.long {
				return w.buf, hashtag, true
			}
			continue
		}
		if w.foldRune(r, w.s[w.i:]) {
			w.i += size
			continue
		}
		w.i += size
		if len(w.buf) > 0 || w.long {
			return w.buf, hashtag, true
		}
		hashtag = r == '＃' // fullwidth number sign
	}
	if len(w.buf) > 0 || w.long {
		return w.buf, hashtag, true
	}
	return nil, false, false
}

// wordBytes maps each ASCII byte of a word to its folded form and every
// other byte to 0: one load instead of addASCII's comparisons, for the bytes
// that make up most of a text.
var wordBytes = func() (t [256]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		var w words
		w.max = 1
		if w.addASCII(byte(c)) {
			t[c] = w.buf[0]
		}
	}
	return t
}()

// latinEnd bounds the runes whose folding is kept in latinFolds: Latin-1
// and Latin Extended-A and -B, the accented letters of French and its
// neighbours' posts.
const latinEnd = 0x250

// latinFolds holds, for each rune from U+0080 to latinEnd, what foldRune
// appends for it and whether it belongs to a word (a spacing accent does,
// and appends nothing). Built from foldRune itself, so the two agree; a
// lookup replaces a normalization-table search per accented letter.
var latinFolds = func() (t [latinEnd - utf8.RuneSelf]struct {
	fold   string
	inWord bool
}) {
	for r := rune(utf8.RuneSelf); r < latinEnd; r++ {
		w := words{max: 16}
		f := &t[r-utf8.RuneSelf]
		f.inWord = w.foldRune(r, string(r))
		f.fold = string(w.buf)
	}
	return t
}()

// addASCII appends c lower-cased if it belongs to a word and reports
// whether it does.
func (w *words) addASCII(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '_':
		w.add(c)
	case 'A' <= c && c <= 'Z':
		w.add(c + 'a' - 'A')
	default:
		return false
	}
	return true
}

func (w *words) add(c byte) {
	if len(w.buf) >= w.max {
		w.long = true
		return
	}
	w.buf = append(w.buf, c)
}

func (w *words) addRune(r rune) {
	if len(w.buf)+utf8.RuneLen(r) > w.max {
		w.long = true
		return
	}
	w.buf = utf8.AppendRune(w.buf, r)
}

// foldRune appends the folded form of the non-ASCII rune r (whose UTF-8
// form starts rest) and reports whether r belongs to a word.
func (w *words) foldRune(r rune, rest string) bool {
	if s := spelled(r); s != "" {
		for i := 0; i < len(s); i++ {
			w.add(s[i])
		}
		return true
	}
	d := norm.NFKD.PropertiesString(rest).Decomposition()
	if d == nil {
		return w.foldOne(r)
	}
	inWord := false
	for len(d) > 0 {
		x, n := utf8.DecodeRune(d)
		d = d[n:]
		if w.foldOne(x) {
			inWord = true
		}
	}
	return inWord
}

// foldOne appends one decomposed rune: marks vanish inside the word,
// letters and digits are lower-cased, anything else separates.
func (w *words) foldOne(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return w.addASCII(byte(r))
	case unicode.Is(unicode.Mn, r):
		return true
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		w.addRune(unicode.ToLower(r))
		return true
	}
	return false
}

// spelled returns the ASCII spelling of letters that Unicode does not
// decompose but that writers of French, German and Nordic languages type
// both ways.
func spelled(r rune) string {
	switch r {
	case 'œ', 'Œ':
		return "oe"
	case 'æ', 'Æ':
		return "ae"
	case 'ß', 'ẞ':
		return "ss"
	case 'ø', 'Ø':
		return "o"
	case 'đ', 'Đ':
		return "d"
	case 'ł', 'Ł':
		return "l"
	}
	return ""
}
