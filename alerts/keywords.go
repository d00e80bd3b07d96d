package alerts

import (
	"fmt"
	"strings"

	"github.com/warroom-dev/warroom/match"
)

// maxHitWords is how many distinct keywords one mention records.
const maxHitWords = 4

// keywords finds configured words and phrases in a text with the topic
// matcher (case- and accent-insensitive, whole words, "#boycott" counts):
// each keyword is compiled as a topic named after itself.
type keywords struct {
	m   *match.Matcher
	buf []string // scratch for Match: the engine is single-threaded
}

func newKeywords(words []string) (*keywords, error) {
	var topics []match.Topic
	seen := make(map[string]bool)
	for _, w := range words {
		w = strings.TrimSpace(w)
		if w == "" || seen[strings.ToLower(w)] {
			continue
		}
		seen[strings.ToLower(w)] = true
		topics = append(topics, match.Topic{Name: w, Terms: []string{w}})
	}
	m, err := match.New(topics)
	if err != nil {
		return nil, fmt.Errorf("alerts: keyword: %w", err)
	}
	return &keywords{m: m}, nil
}

// match writes into hits the keywords found in text (at most maxHitWords,
// in configuration order) and returns how many. It does not allocate once
// its buffer has grown.
func (k *keywords) match(text string, hits *[maxHitWords]string) int {
	if k == nil {
		return 0
	}
	k.buf = k.m.Match(text, "", k.buf[:0])
	return copy(hits[:], k.buf)
}
