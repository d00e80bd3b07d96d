package sentiment

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	vaderdata "github.com/jonreiter/govader/data"
)

// Version names the rules and lexicons; it goes into every Result.Model.
const Version = "warroom-lex/1"

//go:embed data/*.tsv
var dataFS embed.FS

// Language indexes of Model.lex.
const (
	langEN = iota
	langFR
	nLangs
	langNone = nLangs // emoji and emoticons only: no language rules apply
)

var langCodes = [nLangs]string{langEN: English, langFR: French}

// Model holds the lexicons of both languages. It is immutable once built
// and shared by all goroutines; each goroutine scores with its own Scorer.
type Model struct {
	lex         [nLangs]*lexicon
	names       [nLangs]string
	symbolsName string // Model of a text scored by its emoji alone
}

// Config holds the user's additions and overrides, decoded from the
// [sentiment] table of warroom.toml, e.g.
//
//	[sentiment.lexicon.fr]
//	"orange" = 0.0   # a brand name that is also a word
type Config struct {
	// Lexicon maps a language ("fr", "en") to words or phrases and their
	// valence in -4..+4.
	Lexicon map[string]map[string]float64 `toml:"lexicon"`
}

// Default returns the model built from the embedded lexicons. It parses the
// data on each call (tens of milliseconds, see BenchmarkDefault): callers
// build it once and keep it.
func Default() *Model {
	m, err := build(Config{})
	if err != nil {
		panic("sentiment: embedded lexicon: " + err.Error()) // caught by the package tests
	}
	return m
}

// New returns the default model with cfg's entries added or overridden.
func New(cfg Config) (*Model, error) { return build(cfg) }

func build(cfg Config) (*Model, error) {
	var t tokenizer
	m := &Model{}
	for i := range m.lex {
		m.lex[i] = newLexicon()
		m.names[i] = Version + " " + langCodes[i]
	}
	m.symbolsName = Version + " emoji"
	if err := loadVADER(&t, m); err != nil {
		return nil, err
	}
	if err := m.loadEmbedded(&t); err != nil {
		return nil, err
	}
	if err := m.deriveEmoji(&t); err != nil {
		return nil, err
	}
	if err := m.override(&t, cfg); err != nil {
		return nil, err
	}
	for _, l := range m.lex {
		l.markOwnNegation()
		l.given = nil
	}
	return m, nil
}

// loadVADER reads the VADER lexicon (MIT, Hutto & Gilbert) shipped with
// github.com/jonreiter/govader/data: word<TAB>mean<TAB>sd<TAB>ratings. Its
// emoticons (":(", "<3") go into every language: they are no English.
func loadVADER(t *tokenizer, m *Model) error {
	const name = "rawdata/vaderLexicon.txt"
	raw, err := vaderdata.Asset(name)
	if err != nil {
		return err
	}
	for n, line := range strings.Split(string(raw), "\n") {
		f := strings.SplitN(line, "\t", 3)
		if len(f) < 2 {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return fmt.Errorf("govader %s:%d: %v", name, n+1, err)
		}
		if isNumberCode(f[0]) {
			continue
		}
		for _, l := range lexiconsOf(m, f[0]) {
			if err := l.set(t, f[0], kValence, v); err != nil && !errors.Is(err, errNoWord) {
				return fmt.Errorf("govader %s:%d: %v", name, n+1, err)
			}
		}
	}
	return nil
}

// isNumberCode reports a VADER form made of digits and no emoticon: chat
// codes ("143" I love you, "187" murder, "86" get rid of) and "0:03", the
// angel "0:3" turned into a time by a spreadsheet, which the tokenizer reads
// as "03". In posts, numbers are counts, flight numbers and times ("182
// flights cancelled", "down since 10:03"), so these would score at random.
func isNumberCode(form string) bool {
	if isEmoticon(form) {
		return false
	}
	for _, r := range form {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return false
		}
	}
	return true
}

// lexiconsOf returns the lexicons a VADER entry goes into: all of them for
// an emoticon, the English one for a word.
func lexiconsOf(m *Model, form string) []*lexicon {
	if isEmoticon(form) {
		return m.lex[:]
	}
	return m.lex[langEN : langEN+1]
}

// loadEmbedded loads data/*.tsv in name order: en_* into English, fr_* into
// French, all_* into both.
func (m *Model) loadEmbedded(t *tokenizer) error {
	names, err := fs.Glob(dataFS, "data/*.tsv")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		data, err := dataFS.ReadFile(name)
		if err != nil {
			return err
		}
		base := strings.TrimPrefix(name, "data/")
		for i, code := range langCodes {
			if strings.HasPrefix(base, code+"_") || strings.HasPrefix(base, "all_") {
				if err := m.lex[i].load(t, name, data); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// deriveEmoji gives every emoji that no data file scores the valence of its
// Unicode name read with the English lexicon ("face with tears of joy" ->
// joy), as VADER 3.3 does by replacing emoji with their names.
func (m *Model) deriveEmoji(t *tokenizer) error {
	const name = "rawdata/emojiUTF8Lexicon.txt"
	raw, err := vaderdata.Asset(name)
	if err != nil {
		return err
	}
	en := m.lex[langEN]
	for _, line := range strings.Split(string(raw), "\n") {
		e, desc, ok := strings.Cut(line, "\t")
		e = strings.TrimSuffix(e, "\ufe0f")
		if !ok || utf8.RuneCountInString(e) != 1 || !isEmoji([]rune(e)[0]) {
			continue
		}
		v := 0.0
		for _, w := range strings.Fields(desc) {
			if i := en.find([]byte(strings.ToLower(w))); i >= 0 {
				v += en.entries[i].valence
			}
		}
		if v == 0 {
			continue
		}
		v = max(-4, min(4, v))
		for _, l := range m.lex {
			if i := l.find([]byte(e)); i < 0 || l.entries[i].kind&kValence == 0 {
				if err := l.set(t, e, kValence, v); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// override applies the user's entries; errors name the config key.
func (m *Model) override(t *tokenizer, cfg Config) error {
	langs := make([]string, 0, len(cfg.Lexicon))
	for lang := range cfg.Lexicon {
		langs = append(langs, lang)
	}
	sort.Strings(langs)
	for _, lang := range langs {
		i, ok := langIndex(lang)
		if !ok {
			return fmt.Errorf("sentiment.lexicon.%s: unknown language (want fr or en)", lang)
		}
		for form, v := range cfg.Lexicon[lang] {
			if v < -4 || v > 4 {
				return fmt.Errorf("sentiment.lexicon.%s.%q: valence %g outside -4..+4", lang, form, v)
			}
			if err := m.lex[i].set(t, form, kValence, v); err != nil {
				return fmt.Errorf("sentiment.lexicon.%s.%q: %v", lang, form, err)
			}
		}
		m.names[i] = Version + "+config " + langCodes[i]
		if i == langEN {
			m.symbolsName = Version + "+config emoji" // symbolsOnly reads the English lexicon
		}
	}
	return nil
}

// langIndex maps "fr", "fr-FR", "FR_ca", "en-US"... to a language index.
func langIndex(code string) (int, bool) {
	switch code { // the usual codes, before the case-insensitive forms
	case English:
		return langEN, true
	case French:
		return langFR, true
	}
	if len(code) < 2 || len(code) > 2 && code[2] != '-' && code[2] != '_' {
		return 0, false
	}
	switch {
	case strings.EqualFold(code[:2], French):
		return langFR, true
	case strings.EqualFold(code[:2], English):
		return langEN, true
	}
	return 0, false
}
