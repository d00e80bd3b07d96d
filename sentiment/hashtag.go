package sentiment

// minHashRest is the fewest letters a hashtag must hold beside its
// sentiment word: "#boycottbeaumont" names a target, "#failed" is no
// compound and "#shamed" is a word of its own.
const minHashRest = 3

// findHashWord returns the kHashWord entry that starts or ends key, a
// one-word hashtag the lexicon does not know ("#boycottbeaumont",
// "#honteabeaumont", "#customerservicefail"), or -1. Crisis hashtags are
// mostly written this way, in lower case, so that the camel-case split
// ("#BoycottBeaumont") never sees them. Only lengths some such word has are
// tried, so a hashtag of no interest costs a few lookups.
func (l *lexicon) findHashWord(key []byte) int32 {
	for n := 1; n+minHashRest <= len(key) && n < 64; n++ {
		if l.hashLens&(1<<n) == 0 {
			continue
		}
		if e := l.find(key[:n]); e >= 0 && l.entries[e].kind&kHashWord != 0 {
			return e
		}
		if e := l.find(key[len(key)-n:]); e >= 0 && l.entries[e].kind&kHashWord != 0 {
			return e
		}
	}
	return -1
}
