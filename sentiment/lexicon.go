package sentiment

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// errNoWord is a lexicon form in which the tokenizer finds no token: it
// could never match a text.
var errNoWord = errors.New("no word in it")

// errOneLetter is a phrase holding a letter that means something ("take
// the L"), which the tokenizer drops as it drops every one-letter word, or
// a phrase that would shrink to one word ("a joke" would override "joke").
var errOneLetter = errors.New("holds a one-letter word, which the tokenizer drops: the phrase would match more than it says")

// kind says what a lexicon entry does; an entry may do several things
// ("super" is a positive word and a booster).
type kind uint16

const (
	kValence     kind = 1 << iota // a sentiment word or phrase
	kBooster                      // very, très / kind of, un peu: scales the next sentiment word
	kNegator                      // not, pas, jamais, sans: flips the next three words
	kNeOpen                       // French "ne": flips the words up to its partner
	kNePartner                    // pas, plus, jamais, rien...: closes "ne"
	kContrast                     // but, mais: what follows weighs more
	kNo                           // English "no" (VADER's special rules)
	kPhraseStart                  // a multi-word entry starts with these words
	kAgainst                      // French contre, lutter, réduire: the bad word it governs is what is fought
	kOwnNe                        // a French phrase holding its own "ne" ("n'importe quoi", "rien ne va"): no outer "ne" reaches past it
	kEcho                         // a word of amazement ("incroyable", "unbelievable") that, alone in its clause, takes the sign of the rest of the text
	kThanks                       // thanks, merci: ironic when what it thanks for is bad ("thanks for ruining my week")
	kAmbiguous                    // with kEcho: amazement, outrage as often as praise, so neutral beside words of no sentiment
	kHashWord                     // read at either end of a one-word hashtag: "#boycottbeaumont", "#customerservicefail"
	kLaugh                        // lol, haha, mdr: laughter, which like an emoji is the writer's mood and is never negated
)

// known is what counts as "found in the lexicon" for the confidence.
const known = kValence | kBooster | kNegator | kNeOpen | kNePartner | kContrast | kNo | kAgainst

var kindNames = map[string]kind{
	"": kValence, "boost": kBooster, "neg": kNegator, "ne": kNeOpen, "nepart": kNePartner,
	"contrast": kContrast, "no": kNo, "against": kAgainst, "echo": kEcho, "thanks": kThanks,
	"ambiguous": kAmbiguous, "hashword": kHashWord, "laugh": kLaugh,
}

// verbEndings are the forms of a French first-group verb that posts use
// (accents are folded, so "é" is written "e").
const verbEndings = "er e es ons ez ent ais ait aient ions iez ee ees erai eras era erons erez eront erais erait eraient ant"

type entry struct {
	valence float64 // -4..+4
	boost   float64 // added to the next sentiment word, away from zero
	kind    kind
}

// lexicon is one language's words and phrases, keyed by their folded
// tokens joined by one space.
type lexicon struct {
	index     table
	entries   []entry
	maxPhrase int // longest phrase, in tokens
	// seconds holds the hashes of the words that come second in a
	// phrase: a phrase start followed by any other word ("for the", "no
	// idea") is ruled out without hashing the pair.
	seconds wordSet
	// hashLens has bit n set when some kHashWord entry is n bytes long,
	// so that a hashtag is cut only where such a word can end.
	hashLens uint64
	// given records, while the data files load, where each key got each
	// kind of value, so that a second line giving it another value is an
	// error instead of silently winning (see load). Nil once built.
	given map[givenKey]givenAt
}

type givenKey struct {
	key string
	k   kind
}

type givenAt struct {
	at string // file:line
	v  float64
}

// wordSet is a membership filter of word hashes (false positives only).
type wordSet [1 << 14 / 64]uint64

func wordBit(h uint32) uint32 { return (h * 0x9E3779B1) >> (32 - 14) }

func (w *wordSet) add(h uint32) { f := wordBit(h); w[f>>6] |= 1 << (f & 63) }

func (w *wordSet) mayHold(h uint32) bool { f := wordBit(h); return w[f>>6]&(1<<(f&63)) != 0 }

func newLexicon() *lexicon { return &lexicon{index: newTable()} }

// find returns the index of key's entry, or -1. No allocation.
func (l *lexicon) find(key []byte) int32 { return l.index.find(key) }

// slot returns the entry for key, creating it.
func (l *lexicon) slot(key string) *entry {
	i := l.index.find([]byte(key))
	if i < 0 {
		i = int32(len(l.entries))
		l.entries = append(l.entries, entry{})
		l.index.add(key, i)
	}
	return &l.entries[i]
}

// set records form with kind k and value v. The form goes through the
// tokenizer, so that "n'importe quoi", "N'IMPORTE QUOI" and the text meet;
// a form of several tokens becomes a phrase.
func (l *lexicon) set(t *tokenizer, form string, k kind, v float64) error {
	t.run(form)
	if len(t.toks) == 0 || t.toks[0].flags&tLiteral != 0 {
		return fmt.Errorf("%q: %w", form, errNoWord)
	}
	if oneLetterWord(form) || len(t.toks) == 1 && t.toks[0].flags&tSymbol == 0 && strings.ContainsAny(strings.TrimSpace(form), " \t") {
		return fmt.Errorf("%q: %w", form, errOneLetter)
	}
	key := string(t.buf[t.toks[0].start:t.toks[len(t.toks)-1].end])
	if n := len(t.toks); n > 1 {
		// Every proper prefix ("pas", "pas du") is marked, so that
		// matching extends a phrase one token at a time and stops as soon
		// as no entry continues it.
		for k := 0; k < n-1; k++ {
			l.slot(string(t.buf[t.toks[0].start:t.toks[k].end])).kind |= kPhraseStart
		}
		l.maxPhrase = max(l.maxPhrase, n)
		l.seconds.add(t.toks[1].hash)
	}
	e := l.slot(key)
	e.kind |= k
	if k == kHashWord && len(key) < 64 {
		l.hashLens |= 1 << len(key)
	}
	switch k {
	case kValence:
		e.valence = v
	case kBooster:
		e.boost = v
	}
	return nil
}

// load reads a lexicon file: '#' comments, then lines of
// "forms<TAB>value[<TAB>kinds]". forms is a comma-separated list where
// "base+s+es" stands for base, bases and basees; kinds is a comma-separated
// list of kindNames (empty: a sentiment word).
func (l *lexicon) load(t *tokenizer, name string, data []byte) error {
	if l.given == nil {
		l.given = map[givenKey]givenAt{}
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		if err := l.loadLine(t, line, fmt.Sprintf("%s:%d", name, n)); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// checkGiven refuses a key given another value of the same kind by an
// earlier line of the data files: the later line would win without a word,
// as "problème réglé" did (2.2 in one section, 2.0 in another). VADER's
// entries and the user's config are meant to be overridden, and are not
// recorded.
func (l *lexicon) checkGiven(key string, k kind, v float64, at string) error {
	gk := givenKey{key, k}
	if prev, ok := l.given[gk]; ok && prev.v != v {
		return fmt.Errorf("%q is given %g here and %g at %s: keep one", key, v, prev.v, prev.at)
	}
	l.given[gk] = givenAt{at, v}
	return nil
}

func (l *lexicon) loadLine(t *tokenizer, line, at string) error {
	f := strings.Split(line, "\t")
	if len(f) < 2 || len(f) > 3 {
		return fmt.Errorf("want forms<TAB>value[<TAB>kinds], got %d fields", len(f))
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
	if err != nil || v < -4 || v > 4 {
		return fmt.Errorf("value %q is not a number in -4..+4", f[1])
	}
	kinds := []string{""}
	if len(f) == 3 && f[2] != "" {
		kinds = strings.Split(f[2], ",")
	}
	for _, form := range expandForms(f[0]) {
		for _, kn := range kinds {
			k, ok := kindNames[kn]
			if !ok {
				return fmt.Errorf("unknown kind %q", kn)
			}
			if err := l.set(t, form, k, v); err != nil {
				return err
			}
			if err := l.checkGiven(string(t.buf[t.toks[0].start:t.toks[len(t.toks)-1].end]), k, v, at); err != nil {
				return err
			}
		}
	}
	return nil
}

// expandForms turns "content+e+s+es,heureux" into content, contente,
// contents, contentes, heureux, and "adorer*" into the usual forms of a
// French first-group verb (adore, adorent, adorait, adoré, adorera...).
func expandForms(s string) []string {
	var out []string
	for _, form := range strings.Split(s, ",") {
		form = strings.TrimSpace(form)
		if stem, ok := strings.CutSuffix(form, "er*"); ok {
			for _, end := range strings.Fields(verbEndings) {
				out = append(out, stem+end)
			}
			continue
		}
		parts := strings.Split(form, "+")
		if parts[0] == "" {
			continue
		}
		out = append(out, parts[0])
		for _, suf := range parts[1:] {
			out = append(out, parts[0]+suf)
		}
	}
	return out
}

// markOwnNegation marks the phrases of judgement that hold a French "ne"
// or one of its partners: "n'importe quoi", "rien ne va", "jamais arrivé",
// "pas terrible". Their valence already says the negation, so an outer
// "ne" looks for its partner no farther (see bracketNe): in "mon colis
// n'est jamais arrivé et personne ne répond" the partner of "n'" is the
// phrase's "jamais", not the "personne" of the next clause. It runs once
// every file is loaded, since the rule words may come after the phrases.
func (l *lexicon) markOwnNegation() {
	for i := range l.entries {
		e := &l.entries[i]
		key := l.index.key(int32(i))
		if e.kind&kValence == 0 || e.kind&kNePartner != 0 || bytes.IndexByte(key, ' ') < 0 {
			continue
		}
		for w := range bytes.FieldsSeq(key) {
			if j := l.find(w); j >= 0 && l.entries[j].kind&(kNeOpen|kNePartner) != 0 {
				e.kind |= kOwnNe
				break
			}
		}
	}
}

// oneLetterWord reports a phrase holding a single letter that means
// something ("take the L", "plan B"): the tokenizer drops every word of one
// letter, as VADER does, so the phrase would be stored without it and match
// more than it says ("take the" before any word). The function words of one
// letter (a, I, y, à) are dropped from the text as well, so a phrase holding
// them still meets the text ("want a refund").
func oneLetterWord(form string) bool {
	for f := range strings.FieldsSeq(form) {
		r, size := utf8.DecodeRuneInString(f)
		if size == len(f) && unicode.IsLetter(r) && !strings.ContainsRune("aiyàAIYÀ", r) && f != form {
			return true
		}
	}
	return false
}
