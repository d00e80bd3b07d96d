// Package match decides which configured topics a post is about. Matching is
// case- and accent-insensitive and whole-word: "Acme" matches "ACMÉ!" and
// "#acme" but not "acmes" or "pacme". Terms, phrases and exclusions are
// compiled into one vocabulary of folded words and a trie of word sequences,
// so a post costs one pass over its words whatever the number of terms.
package match

import (
	"fmt"
	"strings"
)

// Topic kinds: the brand itself, one of its products, a competitor (the
// share-of-voice pane compares competitor topics with the brand).
const (
	KindBrand      = "brand"
	KindProduct    = "product"
	KindCompetitor = "competitor"
)

// Topic is one subject the crisis cell follows, as written in the config's
// [[topics]] tables.
type Topic struct {
	Name string `toml:"name"`
	Kind string `toml:"kind"`
	// Terms are words or short names ("Acme", "Acme-Bank"); a term of
	// several words is matched as a phrase.
	Terms []string `toml:"terms"`
	// Phrases are word sequences matched in order, punctuation between
	// words ignored ("service client" matches "service-client").
	Phrases []string `toml:"phrases"`
	// Hashtags match only as hashtags, with or without the leading '#'.
	Hashtags []string `toml:"hashtags"`
	// Exclude vetoes the topic for a post containing any of these terms,
	// phrases or (with a leading '#') hashtags: "acme" minus "acme corp
	// road runner".
	Exclude []string `toml:"exclude"`
	// Langs restricts the topic to posts in these languages (primary tags:
	// "fr" also takes "fr-CA"). Posts of unknown language are kept: a feed
	// that does not say must not hide a post.
	Langs []string `toml:"langs"`
}

// validate checks what can be checked without compiling.
func (t *Topic) validate(seen map[string]bool) error {
	switch {
	case strings.TrimSpace(t.Name) == "":
		return fmt.Errorf("topic with empty name")
	case seen[t.Name]:
		return fmt.Errorf("topic %q: defined twice", t.Name)
	}
	switch t.Kind {
	case "", KindBrand, KindProduct, KindCompetitor:
	default:
		return fmt.Errorf("topic %q: kind %q is not brand, product or competitor", t.Name, t.Kind)
	}
	if len(t.Terms)+len(t.Phrases)+len(t.Hashtags) == 0 {
		return fmt.Errorf("topic %q: no terms, phrases or hashtags", t.Name)
	}
	seen[t.Name] = true
	return nil
}

// langOK reports whether a post in lang may match a topic restricted to
// langs (already lower-cased primary tags).
func langOK(langs []string, lang string) bool {
	if len(langs) == 0 || lang == "" {
		return true
	}
	primary := lang
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		primary = lang[:i]
	}
	for _, l := range langs {
		if strings.EqualFold(l, primary) {
			return true
		}
	}
	return false
}

// primaryTags lower-cases and trims language tags to their primary subtag.
func primaryTags(langs []string) []string {
	out := make([]string, 0, len(langs))
	for _, l := range langs {
		l = strings.ToLower(strings.TrimSpace(l))
		if i := strings.IndexAny(l, "-_"); i >= 0 {
			l = l[:i]
		}
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}
