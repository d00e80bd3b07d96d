package alerts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// maxHitWords is how many distinct keywords one mention records.
const maxHitWords = 4

// maxFoldCache bounds the distinct runes whose folding is cached.
const maxFoldCache = 4096

// matcher finds configured words and phrases in a text, ignoring case and
// accents, on whole words only ("hack" matches "Hack!" but not "hackathon").
// It keeps scratch buffers, so it is as single-threaded as the engine.
type matcher struct {
	words []string           // as configured, deduplicated, for Inputs.Keywords
	first map[string][]entry // folded first word -> entries starting with it
	fold  transform.Transformer
	// folded caches the folding of each non-ASCII rune met: running the
	// normalization chain on every post costs microseconds and allocates.
	folded map[rune]string
	buf    []byte
	toks   [][2]int
}

// entry is one keyword: its index in words and its folded words after the first.
type entry struct {
	idx  int
	rest []string
}

func newMatcher(words []string) *matcher {
	m := &matcher{
		first:  make(map[string][]entry),
		folded: make(map[rune]string),
		fold:   transform.Chain(cases.Fold(), norm.NFKD, runes.Remove(runes.In(unicode.Mn))),
	}
	seen := make(map[string]bool)
	for _, w := range words {
		parts := m.tokens(w)
		key := strings.Join(parts, " ")
		if len(parts) == 0 || seen[key] {
			continue
		}
		seen[key] = true
		m.first[parts[0]] = append(m.first[parts[0]], entry{idx: len(m.words), rest: parts[1:]})
		m.words = append(m.words, strings.TrimSpace(w))
	}
	return m
}

// tokens returns the folded words of s, allocating: for configuration only.
func (m *matcher) tokens(s string) []string {
	m.scan(s)
	out := make([]string, len(m.toks))
	for i, t := range m.toks {
		out[i] = string(m.buf[t[0]:t[1]])
	}
	return out
}

// match writes into hits the indices of the keywords found in text and
// returns how many (at most maxHitWords). It does not allocate once its
// buffers have grown.
func (m *matcher) match(text string, hits *[maxHitWords]int) int {
	if m == nil || len(m.first) == 0 {
		return 0
	}
	m.scan(text)
	n := 0
	for i, t := range m.toks {
		for _, e := range m.first[string(m.buf[t[0]:t[1]])] {
			if m.follows(i+1, e.rest) && !seenHit(hits[:n], e.idx) {
				hits[n] = e.idx
				if n++; n == maxHitWords {
					return n
				}
			}
		}
	}
	return n
}

func (m *matcher) follows(i int, rest []string) bool {
	if i+len(rest) > len(m.toks) {
		return false
	}
	for j, w := range rest {
		t := m.toks[i+j]
		if string(m.buf[t[0]:t[1]]) != w {
			return false
		}
	}
	return true
}

func seenHit(hits []int, idx int) bool {
	for _, h := range hits {
		if h == idx {
			return true
		}
	}
	return false
}

// scan folds text into m.buf and splits it into words (runs of letters and
// digits) in m.toks. ASCII text, most posts, takes a byte loop.
func (m *matcher) scan(text string) {
	m.toks = m.toks[:0]
	if isASCII(text) {
		m.buf = append(m.buf[:0], text...)
		start := -1
		for i, c := range m.buf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
				m.buf[i] = c
			}
			word := 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
			start = m.boundary(start, i, word)
		}
		m.boundary(start, len(m.buf), false)
		return
	}
	m.buf = m.buf[:0]
	for _, r := range text {
		if r < utf8.RuneSelf {
			m.buf = append(m.buf, byte(unicode.ToLower(r)))
		} else {
			m.buf = append(m.buf, m.foldRune(r)...)
		}
	}
	start := -1
	for i := 0; i < len(m.buf); {
		r, size := utf8.DecodeRune(m.buf[i:])
		start = m.boundary(start, i, unicode.IsLetter(r) || unicode.IsDigit(r))
		i += size
	}
	m.boundary(start, len(m.buf), false)
}

// foldRune returns r case-folded, compatibility-decomposed and stripped of
// its accents ("É" -> "e", "Ｂ" -> "b"). Folding rune by rune gives the
// same words as folding the text: the chain has no context across letters
// that matters for matching. The cache is capped against hostile input.
func (m *matcher) foldRune(r rune) string {
	if f, ok := m.folded[r]; ok {
		return f
	}
	f, _, err := transform.String(m.fold, string(r))
	if err != nil {
		f = string(r)
	}
	if len(m.folded) < maxFoldCache {
		m.folded[r] = f
	}
	return f
}

// boundary opens or closes a word at i and returns the open word's start.
func (m *matcher) boundary(start, i int, word bool) int {
	switch {
	case word && start < 0:
		return i
	case !word && start >= 0:
		m.toks = append(m.toks, [2]int{start, i})
		return -1
	}
	return start
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
