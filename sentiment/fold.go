package sentiment

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// appendFolded appends the lower-case, accent-free form of the rune that
// starts s (r, of width w) to dst: "É" -> "e", "œ" -> "oe". Lexicon keys
// and text go through the same folding, so "numéro", "numero" and "NUMÉRO"
// meet. The decomposition comes from x/text's tables and allocates nothing.
func appendFolded(dst []byte, s string, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	switch r {
	case 'œ', 'Œ':
		return append(dst, 'o', 'e')
	case 'æ', 'Æ':
		return append(dst, 'a', 'e')
	case 'ß':
		return append(dst, 's', 's')
	case '’', '‘', 'ʼ', '´', '`':
		return append(dst, '\'')
	}
	if d := norm.NFD.PropertiesString(s).Decomposition(); len(d) > 0 {
		if base, _ := utf8.DecodeRune(d); base < utf8.RuneSelf {
			return appendFolded(dst, "", base)
		}
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}

// isFrenchMark reports a letter that is common in French and rare in English:
// one vote for French in language detection.
func isFrenchMark(r rune) bool {
	switch r {
	case 'é', 'è', 'ê', 'à', 'ç', 'ù', 'û', 'ô', 'î', 'ï', 'ë', 'â', 'œ', 'É', 'È', 'À', 'Ç':
		return true
	}
	return false
}

// isOtherMark reports a letter typical of other European languages
// (Spanish, Portuguese, German...): one vote for "other".
func isOtherMark(r rune) bool {
	switch r {
	case 'ñ', 'á', 'í', 'ó', 'ú', 'ã', 'õ', 'ä', 'ö', 'ü', 'ß', '¿', '¡', 'ì', 'ò', 'å', 'ø':
		return true
	}
	return false
}

// isEmoji reports a pictograph scored as a token of its own.
func isEmoji(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF:
		return r < 0x1F3FB || r > 0x1F3FF // skin tones are modifiers, not emoji
	case r >= 0x2600 && r <= 0x27BF, r >= 0x2B00 && r <= 0x2BFF, r >= 0x2190 && r <= 0x21FF, r >= 0x2300 && r <= 0x23FF:
		return true
	}
	return false
}

// isJoiner reports the invisible runes that glue emoji sequences.
func isJoiner(r rune) bool {
	return r == 0x200D || r == 0xFE0F || r == 0xFE0E || (r >= 0x1F3FB && r <= 0x1F3FF)
}
