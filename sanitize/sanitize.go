// Package sanitize makes untrusted text safe for the operator's terminal.
//
// Every post, author name and URL passes through Text exactly once, at
// ingestion. After it no escape sequence (CSI, OSC, DCS, APC, PM, SOS, in
// their 7-bit and 8-bit forms), no C0 or C1 control, no bidi override and no
// other format character survives, except ZERO WIDTH JOINER (emoji sequences);
// emoji variation selectors are marks, not format characters, and are kept.
// Whitespace of any kind becomes one space, invalid UTF-8 becomes U+FFFD, and
// the result is capped in runes.
package sanitize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	esc = 0x1b
	bel = 0x07
	zwj = '\u200d'
	// ellipsis marks a capped text.
	ellipsis = '…'
)

// Text returns s made safe for a terminal, at most max runes long (max <= 0
// means no cap). Text that needs no change is returned as is, without
// allocating: most posts take that path.
func Text(s string, max int) string {
	if isClean(s, max) {
		return s
	}
	return rebuild(s, max)
}

// rebuild is Text for a text that needs changing.
func rebuild(s string, max int) string {
	var b strings.Builder
	b.Grow(len(s))
	runes := 0
	space := true // drop leading whitespace
	for i := 0; i < len(s); {
		c := s[i]
		if c == esc {
			i = skipEscape(s, i+1)
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r >= 0x80 && r <= 0x9f { // C1: 8-bit introducers open strings too
				i = skipC1(s, i, r, size)
				continue
			}
		}
		i += size
		if isSpace(r) {
			if !space {
				space = true
				if max > 0 && runes >= max {
					continue // a visible rune after it will mark the cut
				}
				b.WriteByte(' ')
				runes++
			}
			continue
		}
		if !keep(r) {
			continue
		}
		if max > 0 && runes >= max {
			return capped(b.String(), max)
		}
		space = false
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		case r == utf8.RuneError && size == 1: // an invalid byte
			b.WriteRune(r)
		default:
			b.WriteString(s[i-size : i])
		}
		runes++
	}
	return strings.TrimRight(b.String(), " ")
}

// isSpace reports whitespace of any kind, ASCII first.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// capped trims out to max-1 runes and appends an ellipsis.
func capped(out string, max int) string {
	out = strings.TrimRight(out, " ")
	n := 0
	for i := range out {
		if n == max-1 {
			return out[:i] + string(ellipsis)
		}
		n++
	}
	return out + string(ellipsis)
}

// isClean reports whether Text would return s unchanged: every rune kept,
// no whitespace but single ASCII spaces between words, at most max runes.
// Most posts are clean, and checking costs less than rebuilding.
func isClean(s string, max int) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	runes := 0
	prevSpace := false
	for i := 0; i < len(s); {
		// Printable ASCII and single spaces are most of any post: take
		// them eight bytes at a time.
		for ; i+8 <= len(s); i += 8 {
			w := load64(s, i)
			if !printableASCII(w) {
				break
			}
			sp := spaces(w)
			if sp&(sp<<8) != 0 || prevSpace && sp&0x80 != 0 {
				return false // two spaces in a row
			}
			prevSpace = sp>>63 != 0
			runes += 8
		}
		if i == len(s) {
			break
		}
		// Then printable ASCII other than space in a tight loop.
		start := i
		for i < len(s) && s[i] > ' ' && s[i] < 0x7f {
			i++
		}
		if i > start {
			runes += i - start
			prevSpace = false
			continue
		}
		c := s[i]
		runes++
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f || c == ' ' && prevSpace {
				return false
			}
			prevSpace = c == ' '
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || r <= 0x9f || isSpace(r) || !keep(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return max <= 0 || runes <= max
}

// The word tricks below test eight bytes at once; each is exact (no false
// answer for any byte), see "Bit Twiddling Hacks", "Determine if a word has
// a byte less than n".
const (
	ones = 0x0101010101010101
	high = 0x8080808080808080
	low7 = 0x7f7f7f7f7f7f7f7f
)

// load64 reads s[i:i+8] as a little-endian word (the compiler makes it one
// load): byte i is the lowest.
func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// printableASCII reports whether every byte of w is in 0x20..0x7e.
func printableASCII(w uint64) bool {
	if w&high != 0 { // a byte >= 0x80
		return false
	}
	// With every byte < 0x80: a byte < 0x20 borrows into its high bit, and
	// only 0x7f reaches 0x80 when one is added (no byte carries).
	return (w-0x20*ones)&^w&high == 0 && (w+ones)&high == 0
}

// spaces returns 0x80 in each byte of w that is an ASCII space, 0 elsewhere.
func spaces(w uint64) uint64 {
	x := w ^ 0x20*ones // spaces become zero bytes
	return ^((x&low7 + low7) | x | low7)
}

// keep reports whether a non-space rune may reach the terminal.
func keep(r rune) bool {
	switch {
	case r > 0x20 && r < 0x7f: // printable ASCII, most of any post
		return true
	case r >= 0xa0 && r < 0x300: // Latin-1 and Latin Extended: all graphic
		return r != 0xad // but the soft hyphen, a format character
	case r < 0x20 || r == 0x7f:
		return false
	case r == zwj:
		return true
	case unicode.Is(unicode.Cf, r): // bidi overrides, isolates, ZWSP, tags...
		return false
	case unicode.Is(unicode.Co, r) || unicode.Is(unicode.Cs, r):
		return false
	case r == utf8.RuneError:
		return true // shown as the replacement character
	}
	return unicode.IsGraphic(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r)
}

// skipEscape returns the index just past the escape sequence whose ESC byte
// ends at i. Unterminated strings swallow the rest of the text: an attacker
// must not be able to smuggle a payload by leaving a string open.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[': // CSI: parameters and intermediates, then one final byte
		return skipCSI(s, i+1)
	case ']', 'P', '_', '^', 'X': // OSC, DCS, APC, PM, SOS: strings
		return skipString(s, i+1)
	}
	// Two-byte sequence (ESC c, ESC 7, ...) or ESC + intermediate(s) + final.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) {
		i++
	}
	return i
}

func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		i++
		if c >= 0x40 && c <= 0x7e {
			return i
		}
		if c < 0x20 || c > 0x7e { // malformed: stop at the odd byte
			return i - 1
		}
	}
	return i
}

// skipString skips to the string terminator: BEL, ESC \ or the 8-bit ST
// (U+009C).
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == bel:
			return i + 1
		case s[i] == esc && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c:
			return i + 2
		}
		i++
	}
	return i
}

// skipC1 handles an 8-bit control at i: CSI and the string introducers open
// sequences like their 7-bit forms; any other C1 control is dropped alone.
func skipC1(s string, i int, r rune, size int) int {
	switch r {
	case 0x9b:
		return skipCSI(s, i+size)
	case 0x9d, 0x90, 0x9f, 0x9e, 0x98:
		return skipString(s, i+size)
	}
	return i + size
}
