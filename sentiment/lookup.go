package sentiment

// lookup finds each token's entry, joining multi-word entries ("pas
// terrible", "not bad at all") into one token. A stretched word that is not
// found as written with doubled letters is tried with single ones
// ("nuuuul" -> "nuul" -> "nul"), and an English word that is not found
// with its "g" dropped is tried with it ("lovin" -> "loving"); a one-word
// hashtag is tried by the crisis word at either end ("#boycottbeaumont").
// It records the kinds of entry found in s.present, so that the rules whose
// words are absent are skipped.
func (s *Scorer) lookup(lex *lexicon, li int) {
	toks := s.t.toks
	out, caps := 0, 0
	var present kind
	for i := 0; i < len(toks); i++ {
		at, k := i, &toks[i]
		k.ent = -1
		if lex.index.mayHold(k.hash) { // most words are absent: no call then
			k.ent = lex.index.probe(k.hash, s.t.buf[k.start:k.end])
		}
		if k.ent < 0 && s.respellable(li, k) {
			k.ent = s.respell(lex, li, k)
		}
		if k.ent >= 0 && lex.entries[k.ent].kind&kPhraseStart != 0 {
			if n, ent := s.phrase(lex, i); n > 1 {
				last := toks[i+n-1]
				k.end, k.ent = last.end, ent
				for _, p := range toks[i+1 : i+n] {
					k.flags &= p.flags | ^tCaps
				}
				i += n - 1
			}
		}
		if k.ent >= 0 {
			k.kind = lex.entries[k.ent].kind
			present |= k.kind
		}
		if k.flags&tCaps != 0 {
			caps++
		}
		if out != at {
			toks[out] = *k
		}
		out++
	}
	s.t.toks = toks[:out]
	s.present, s.caps = present, caps
}

// respellable reports a token that has other spellings to try when it is
// not found as written: stretched, an emoticon, an English "-in", or a
// hashtag that may hold a crisis word at one end.
func (s *Scorer) respellable(li int, k *token) bool {
	if k.flags&(tStretched|tEmoticon|tHashtag) != 0 {
		return true
	}
	return li == langEN && s.t.buf[k.end-1] == 'n' && droppedG(s.t.buf[k.start:k.end]) // most words fail the first byte read
}

// respell returns the entry of token k, not found as written, under the
// other spellings of its word, or -1.
func (s *Scorer) respell(lex *lexicon, li int, k *token) int32 {
	key, ent := s.t.buf[k.start:k.end], int32(-1)
	if k.flags&tStretched != 0 {
		ent = s.findSingled(lex, key)
	}
	if ent < 0 && li == langEN {
		ent = s.findWithG(lex, key)
	}
	if ent < 0 && k.flags&tEmoticon != 0 {
		ent = s.findLower(lex, key)
	}
	if ent < 0 && k.flags&tHashtag != 0 && lex.hashLens != 0 {
		ent = lex.findHashWord(key)
	}
	return ent
}

// phrase returns the length and entry of the longest phrase starting at
// token i that does not cross a clause boundary. It extends the match one
// token at a time while the words so far begin some entry.
func (s *Scorer) phrase(lex *lexicon, i int) (int, int32) {
	toks := s.t.toks
	best, bestEnt := 1, int32(-1)
	if i+1 < len(toks) && !lex.seconds.mayHold(toks[i+1].hash) {
		return best, bestEnt
	}
	h := toks[i].hash
	for n := 2; n <= lex.maxPhrase && i+n <= len(toks) && toks[i+n-1].flags&tBoundary == 0; n++ {
		h = fnvBytes(h, s.t.buf[toks[i+n-2].end:toks[i+n-1].end]) // the separator and the next word
		e := lex.index.findHashed(s.t.buf[toks[i].start:toks[i+n-1].end], h)
		if e < 0 {
			break
		}
		if lex.entries[e].kind&known != 0 {
			best, bestEnt = n, e
		}
		if lex.entries[e].kind&kPhraseStart == 0 {
			break
		}
	}
	return best, bestEnt
}

// findSingled looks key up with every doubled letter made single.
func (s *Scorer) findSingled(lex *lexicon, key []byte) int32 {
	s.alt = s.alt[:0]
	for i, c := range key {
		if i > 0 && c == key[i-1] && c > '9' {
			continue
		}
		s.alt = append(s.alt, c)
	}
	return lex.find(s.alt)
}

// findLower looks an emoticon up in lower case (":-P" -> ":-p") when the
// lexicon lacks it as written.
func (s *Scorer) findLower(lex *lexicon, key []byte) int32 {
	s.alt = s.alt[:0]
	for _, c := range key {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		s.alt = append(s.alt, c)
	}
	return lex.find(s.alt)
}

// findWithG looks up an English word written without the "g" of its
// "-ing" ("lovin", "chillin") with it, or returns -1.
func (s *Scorer) findWithG(lex *lexicon, key []byte) int32 {
	if !droppedG(key) {
		return -1
	}
	s.alt = append(append(s.alt[:0], key...), 'g')
	return lex.find(s.alt)
}

// droppedG reports a word that may be an "-ing" without its "g": "lovin".
func droppedG(key []byte) bool {
	n := len(key)
	return n >= 4 && key[n-2] == 'i' && key[n-1] == 'n'
}

// bracketNe marks the words between French "ne" and its partner ("je
// n'aime pas ça": "aime"), which look-back negation cannot see, and the
// partner itself, which then negates what follows as "pas" does ("je ne
// suis plus satisfait", "ce n'est guère utile"). A "ne" after a negative
// subject needs no partner: "personne n'est content", "rien ne marche".
// The search for the partner stops at a phrase that holds its own "ne"
// ("il ne dit que n'importe quoi, pas vrai"): that "ne" is the phrase's.
func (s *Scorer) bracketNe(lex *lexicon) {
	toks := s.t.toks
	for i := range toks {
		if !s.is(lex, toks[i], kNeOpen) {
			continue
		}
		end := i + 1
		for end < len(toks) && end <= i+4 && toks[end].flags&tBoundary == 0 && !s.is(lex, toks[end], kNePartner|kOwnNe) {
			end++
		}
		switch {
		case end < len(toks) && end <= i+4 && toks[end].flags&tBoundary == 0 && !s.is(lex, toks[end], kOwnNe):
			toks[end].flags |= tNeClosed
		case end == i+1 || !s.negSubject(lex, i) && !literaryNe(s.t.key(toks[i+1])):
			continue // an expletive "ne" ("avant qu'il ne parte") or a lone one
		}
		for k := i + 1; k < end; k++ {
			toks[k].flags |= tNeBracket
		}
	}
}

// negSubject reports a negative subject before "ne" ("personne ne",
// "rien ne", "aucune donnée bancaire n'a fuité"), which makes the "ne" a
// negation without a partner. A negative determiner heads a noun phrase
// of up to two more words.
func (s *Scorer) negSubject(lex *lexicon, i int) bool {
	toks := s.t.toks
	if i == 0 || toks[i].flags&tBoundary != 0 {
		return false
	}
	if s.is(lex, toks[i-1], kNePartner) {
		return true
	}
	for p := i - 1; p >= 0 && p >= i-3; p-- {
		if isNegDeterminer(s.t.key(toks[p])) {
			return true
		}
		if toks[p].flags&tBoundary != 0 {
			break
		}
	}
	return false
}

// isNegDeterminer reports the French determiners of negation: "aucun",
// "nul".
func isNegDeterminer(w []byte) bool {
	switch string(w) {
	case "aucun", "aucune", "nul", "nulle":
		return true
	}
	return false
}

// literaryNe reports the verbs that written French negates with "ne"
// alone: pouvoir, savoir, oser ("il ne pourra respecter", "je ne
// saurais dire"); not cesser, whose "ne cesse de" means "keeps on".
func literaryNe(verb []byte) bool {
	for _, p := range [...]string{"peu", "pour", "pouv", "sai", "sau", "sav", "os"} {
		if len(verb) >= len(p) && string(verb[:len(p)]) == p {
			return true
		}
	}
	return false
}

func (s *Scorer) is(_ *lexicon, k token, kd kind) bool { return k.kind&kd != 0 }
