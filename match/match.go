package match

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// output is what reaching a trie node means for one topic.
type output struct {
	topic   int32
	exclude bool
	hashtag bool // the pattern matches only a hashtag
}

// edge is a trie transition: from node, on word id.
type edge struct {
	node int32
	word int32
}

// Matcher finds the topics of a text. It is immutable once built and safe
// for concurrent use; each call borrows a scratch buffer from a pool, so the
// hot path does not allocate.
//
// Why not a byte-level Aho-Corasick library: matching is whole-word over
// folded text, so the text must be split and folded anyway; once it is, a
// hash of each word (one map lookup, no allocation) plus a trie of word ids
// for phrases is the word-level equivalent of Aho-Corasick, linear in the
// number of words and independent of the number of terms, and it needs no
// post-filter for word boundaries. The Go Aho-Corasick packages we looked at
// work on raw bytes and allocate their match lists on every call.
type Matcher struct {
	topics []Topic
	langs  [][]string // per topic, primary tags
	vocab  map[string]int32
	// first[w] is the node reached from the root on word w (0: none),
	// the common case kept out of the edges map.
	first   []int32
	edges   map[edge]int32
	outs    [][]output // per node
	maxWord int
	// sieve has a bit set for the shape (length, first and last byte) of
	// every word in vocab: most words of a post have no shape in common
	// with any pattern's, and testing a bit costs far less than hashing
	// the word for the map.
	sieve [sieveBits / 64]uint64
	pool  sync.Pool
}

const sieveBits = 1 << 12

// shape is the sieve bit of a non-empty word.
func shape(word []byte) uint {
	return (uint(len(word))*131 + uint(word[0])*31 + uint(word[len(word)-1])) % sieveBits
}

// mayKnow reports whether word may be in vocab (false: certainly not).
func (m *Matcher) mayKnow(word []byte) bool {
	b := shape(word)
	return m.sieve[b/64]&(1<<(b%64)) != 0
}

type scratch struct {
	w       words
	ids     []int32 // word ids of the text, -1 for unknown words
	tags    []bool  // whether each word is a hashtag
	hit     []bool  // per topic
	excl    []bool  // per topic
	touched []int32
}

// New compiles topics. It refuses empty or duplicate names, unknown kinds,
// topics with nothing to match and entries with no word in them, naming the
// topic and the entry.
func New(topics []Topic) (*Matcher, error) {
	m := &Matcher{
		topics: slices.Clone(topics),
		vocab:  map[string]int32{},
		edges:  map[edge]int32{},
		outs:   [][]output{nil}, // node 0 is the root
		first:  []int32{},
	}
	seen := map[string]bool{}
	for i := range m.topics {
		t := &m.topics[i]
		if err := t.validate(seen); err != nil {
			return nil, err
		}
		m.langs = append(m.langs, primaryTags(t.Langs))
		if err := m.addTopic(int32(i), t); err != nil {
			return nil, err
		}
	}
	m.pool.New = func() any {
		return &scratch{hit: make([]bool, len(m.topics)), excl: make([]bool, len(m.topics))}
	}
	return m, nil
}

func (m *Matcher) addTopic(i int32, t *Topic) error {
	// An entry written with a leading '#' matches only as a hashtag,
	// whatever list it is in.
	add := func(field, entry string, o output) error {
		tag := strings.HasPrefix(strings.TrimSpace(entry), "#")
		o.hashtag = o.hashtag || tag
		if err := m.addPattern(entry, o); err != nil {
			return fmt.Errorf("topic %q: %s %q: %w", t.Name, field, entry, err)
		}
		return nil
	}
	for _, e := range t.Terms {
		if err := add("term", e, output{topic: i}); err != nil {
			return err
		}
	}
	for _, e := range t.Phrases {
		if err := add("phrase", e, output{topic: i}); err != nil {
			return err
		}
	}
	for _, e := range t.Hashtags {
		if err := add("hashtag", e, output{topic: i, hashtag: true}); err != nil {
			return err
		}
	}
	for _, e := range t.Exclude {
		if err := add("exclude", e, output{topic: i, exclude: true}); err != nil {
			return err
		}
	}
	return nil
}

// addPattern inserts the folded words of entry into the trie.
func (m *Matcher) addPattern(entry string, o output) error {
	var w words
	w.reset(entry, len(entry)*4+4)
	node, n := int32(0), 0
	for word, _, ok := w.next(); ok; word, _, ok = w.next() {
		node = m.step(node, m.intern(string(word)))
		n++
	}
	switch {
	case n == 0:
		return fmt.Errorf("has no word to match")
	case o.hashtag && n > 1:
		return fmt.Errorf("a hashtag is one word")
	}
	if !slices.Contains(m.outs[node], o) {
		m.outs[node] = append(m.outs[node], o)
	}
	return nil
}

func (m *Matcher) intern(word string) int32 {
	id, ok := m.vocab[word]
	if !ok {
		id = int32(len(m.vocab))
		m.vocab[word] = id
		b := shape([]byte(word))
		m.sieve[b/64] |= 1 << (b % 64)
		m.first = append(m.first, 0)
		m.maxWord = max(m.maxWord, len(word))
	}
	return id
}

// step returns the child of node on word, creating it.
func (m *Matcher) step(node, word int32) int32 {
	if next := m.next(node, word); next != 0 {
		return next
	}
	child := int32(len(m.outs))
	m.outs = append(m.outs, nil)
	if node == 0 {
		m.first[word] = child
	} else {
		m.edges[edge{node, word}] = child
	}
	return child
}

func (m *Matcher) next(node, word int32) int32 {
	if node == 0 {
		return m.first[word]
	}
	return m.edges[edge{node, word}]
}

// Topics returns the compiled topics in config order.
func (m *Matcher) Topics() []Topic { return slices.Clone(m.topics) }

// Kind returns the kind of the named topic ("" if unknown; an empty kind in
// the config reads as brand).
func (m *Matcher) Kind(name string) string {
	for _, t := range m.topics {
		if t.Name == name {
			if t.Kind == "" {
				return KindBrand
			}
			return t.Kind
		}
	}
	return ""
}

// Match appends to dst the names of the topics text (in language lang, ""
// if unknown) is about, in config order, and returns it. A topic matches
// when one of its terms, phrases or hashtags occurs as whole words, none of
// its exclusions does, and the language fits.
func (m *Matcher) Match(text, lang string, dst []string) []string {
	s := m.pool.Get().(*scratch)
	defer m.pool.Put(s)
	m.scan(s, text)
	m.walk(s)
	slices.Sort(s.touched)
	for _, t := range s.touched {
		if s.hit[t] && !s.excl[t] && langOK(m.langs[t], lang) {
			dst = append(dst, m.topics[t].Name)
		}
		s.hit[t], s.excl[t] = false, false
	}
	s.touched = s.touched[:0]
	return dst
}

// scan folds text into word ids.
func (m *Matcher) scan(s *scratch, text string) {
	s.ids, s.tags = s.ids[:0], s.tags[:0]
	s.w.reset(text, m.maxWord)
	for word, tag, ok := s.w.next(); ok; word, tag, ok = s.w.next() {
		id, known := int32(-1), false
		if !s.w.long && m.mayKnow(word) {
			id, known = m.vocab[string(word)]
		}
		if !known {
			id = -1
		}
		s.ids = append(s.ids, id)
		s.tags = append(s.tags, tag)
	}
}

// walk follows the trie from every word and records the topics reached.
func (m *Matcher) walk(s *scratch) {
	for i := range s.ids {
		node := int32(0)
		for j := i; j < len(s.ids); j++ {
			w := s.ids[j]
			if w < 0 {
				break
			}
			if node = m.next(node, w); node == 0 {
				break
			}
			for _, o := range m.outs[node] {
				if o.hashtag && (j != i || !s.tags[i]) {
					continue
				}
				m.mark(s, o)
			}
		}
	}
}

func (m *Matcher) mark(s *scratch, o output) {
	if !s.hit[o.topic] && !s.excl[o.topic] {
		s.touched = append(s.touched, o.topic)
	}
	if o.exclude {
		s.excl[o.topic] = true
	} else {
		s.hit[o.topic] = true
	}
}
