package sentiment

// valences gives each token its valence with VADER's rules (caps, boosters
// and negation in a three-word look-back, "no", "least") and French "ne ...
// pas" brackets. It returns how many tokens the lexicon knows.
func (s *Scorer) valences(lex *lexicon, li int) (hits int) {
	toks := s.t.toks
	capDiff := s.capDiff()
	s.irony = false
	for i := range toks {
		toks[i].val = 0
		if toks[i].kind&known == 0 { // unknown, or only the start of a phrase
			if toks[i].ent < 0 && li == langEN && toks[i].flags&tApos != 0 && hasNT(s.t.key(toks[i])) {
				hits++
			}
			continue
		}
		hits++
		if li == langFR && s.postBoost(lex, i) || toks[i].kind&kValence == 0 {
			continue
		}
		e := &lex.entries[toks[i].ent] // read only for sentiment words: the entries are out of the cache
		if e.valence == 0 || s.actsAsBooster(lex, i) || li == langEN && s.likeIsComparison(i) {
			continue
		}
		if li == langFR && s.nonBeforeWord(i) {
			continue
		}
		toks[i].val = s.valence(lex, li, i, e.valence, capDiff)
	}
	return hits
}

// nonBeforeWord reports a French "non" that is no refusal because a word
// follows it in its clause: a prefix or a contrast ("énergie non
// renouvelable", "et non l'inverse", "non je crois pas"). "Non !", "oh
// non", "non au nucléaire" refuse, and "non plus" (neither) only ever
// closes a negative sentence: those keep their valence ("non merci" is a
// phrase of its own).
func (s *Scorer) nonBeforeWord(i int) bool {
	toks := s.t.toks
	if string(s.t.key(toks[i])) != "non" || i+1 == len(toks) || toks[i+1].flags&tBoundary != 0 {
		return false
	}
	switch string(s.t.key(toks[i+1])) {
	case "plus", "au", "aux":
		return false
	}
	return true
}

// postBoost handles a French intensifier placed after the word it
// strengthens ("je kiffe grave", "j'aime trop"): a booster that follows a
// scored word and precedes none boosts that word, and a word that is also a
// sentiment word does not count on its own then ("grave" alone is serious,
// hence negative).
func (s *Scorer) postBoost(lex *lexicon, i int) bool {
	toks := s.t.toks
	if i == 0 || toks[i].flags&tBoundary != 0 || toks[i-1].val == 0 || !s.is(lex, toks[i], kBooster) {
		return false
	}
	if i+1 < len(toks) && toks[i+1].flags&tBoundary == 0 && s.is(lex, toks[i+1], kValence) {
		return false
	}
	toks[i-1].val += sign(toks[i-1].val) * lex.entries[toks[i].ent].boost
	return true
}

// capDiff reports VADER's "some words, not all, are in capitals" (counted
// by lookup).
func (s *Scorer) capDiff() bool { return s.caps > 0 && s.caps < len(s.t.toks) }

// actsAsBooster: a word that is both a booster and a sentiment word
// ("super", "grave", "incredibly") boosts when a sentiment word follows in
// its clause. lookBack never boosts across punctuation, so a word before a
// boundary that was taken as a booster counted for nothing: "C'est grave.
// #Rappel" lost "grave" (serious) altogether.
func (s *Scorer) actsAsBooster(lex *lexicon, i int) bool {
	if !s.is(lex, s.t.toks[i], kBooster) {
		return false
	}
	next := i + 1
	if next < len(s.t.toks) && s.t.toks[next].flags&tBoundary == 0 && s.is(lex, s.t.toks[next], kValence) {
		return true
	}
	return lex.entries[s.t.toks[i].ent].valence == 0
}

// valence is the valence v of token i once VADER's rules and the French
// negations have applied.
func (s *Scorer) valence(lex *lexicon, li, i int, v float64, capDiff bool) float64 {
	toks := s.t.toks
	if toks[i].flags&tSymbol != 0 {
		s.irony = s.irony || isIronyMark(s.t.key(toks[i]))
		return v // an emoji or emoticon says the writer's mood as it is: "Nope :-)" is no negated smile
	}
	if s.is(lex, toks[i], kNo) && i+1 < len(toks) && s.is(lex, toks[i+1], kValence) && !s.is(lex, toks[i+1], kNo) && toks[i+1].flags&tBoundary == 0 {
		return 0
	}
	if s.is(lex, toks[i], kLaugh) {
		// Laughter is the writer's mood, as an emoji is: "I have no idea
		// lol" and "I'm not the latter LOL" laugh, they do not sneer.
		return s.emphasis(i, v, capDiff)
	}
	v = s.emphasis(i, s.noCheck(lex, i, v), capDiff)
	v, negated := s.lookBack(lex, li, i, v, capDiff)
	if li == langFR && !negated && (toks[i].flags&tNeBracket != 0 || s.negatedAfter(lex, i)) {
		v *= negScalar
	}
	if li == langEN {
		v = s.leastCheck(lex, i, v)
	}
	if li == langFR && v < 0 && s.against(lex, i) {
		v *= againstScalar
	}
	return v
}

// emphasis adds VADER's ALL-CAPS increment and ours for stretched letters
// to the valence v of token i.
func (s *Scorer) emphasis(i int, v float64, capDiff bool) float64 {
	if capDiff && s.t.toks[i].flags&tCaps != 0 {
		v += sign(v) * capIncr
	}
	if s.t.toks[i].flags&tStretched != 0 {
		v += sign(v) * stretchIncr
	}
	return v
}

// lookBack applies the boosters and negators among the three words before
// token i, the farther ones weighing less, without crossing punctuation.
// In English it stops at a sentiment word too, which VADER does not: "you
// aren't good at dirty talk" negates "good" only, and "DON'T CARE DON'T
// CARE" does not negate the second "care" twice (VADER sets r up, tweets
// 0.8780 -> 0.8796; French UMSAB val lost a tweet with it, so French keeps
// VADER's reach). A French sentiment word that is also a negator ("manque
// de", "perte de") negates the noun it governs as well, right after it or
// past a determiner: "manque de (la) transparence" lacks a good thing, while
// in "la chute des ventes inquiète" the verb is not what fell.
func (s *Scorer) lookBack(lex *lexicon, li, i int, v float64, capDiff bool) (float64, bool) {
	toks := s.t.toks
	negated := false
	for k := 0; k < 3 && i > k && toks[i-k].flags&tBoundary == 0; k++ {
		p := i - (k + 1)
		if s.is(lex, toks[p], kValence) && !s.actsAsBooster(lex, p) {
			if li == langEN {
				break
			}
			if !s.is(lex, toks[p], kNegator) || k > 1 || k == 1 && !isDeterminer(s.t.key(toks[p+1])) {
				continue
			}
		}
		v += s.boost(lex, toks[p], v, capDiff) * [3]float64{1, 0.95, 0.9}[k]
		if li == langEN {
			if m, ok := s.neverSoThis(i, k); ok {
				v *= m
				continue
			}
		}
		if negated && li == langFR {
			continue // negative concord: "sans aucun problème" is one negation
		}
		if s.is(lex, toks[p], kNegator) || toks[p].flags&tNeClosed != 0 ||
			li == langEN && toks[p].flags&tApos != 0 && hasNT(s.t.key(toks[p])) {
			if li == langFR && toks[i].kind&kOwnNe != 0 && string(s.t.key(toks[p])) != "pas" {
				// Negative concord: "sans aucune explication" holds one
				// negation, the phrase's; "pas" + a negative phrase is
				// two ("ce n'est pas n'importe quoi").
				continue
			}
			v, negated = s.negate(li, i, k, v), true
		}
	}
	return v, negated
}

// neverSoThis is VADER's _negation_check for English at look-back distance
// k: "never so/this good" is stronger (x1.5 two words back, x1.25 three
// back), and so is any word after "so"/"this" seen from three words back,
// which VADER applies instead of the negation there ("haven't been this
// sore" stays sore).
func (s *Scorer) neverSoThis(i, k int) (float64, bool) {
	if k == 0 {
		return 0, false
	}
	soThis := func(j int) bool {
		w := string(s.t.key(s.t.toks[j]))
		return w == "so" || w == "this"
	}
	never := func(j int) bool { return string(s.t.key(s.t.toks[j])) == "never" }
	switch {
	case k == 1 && never(i-2) && soThis(i-1):
		return neverSo, true
	case k == 2 && (never(i-3) && soThis(i-2) || soThis(i-1)):
		return neverSoFar, true
	}
	return 0, false
}

// negate applies a negator k+1 words before token i, with VADER's English
// exception "without doubt" (no negation).
func (s *Scorer) negate(li, i, k int, v float64) float64 {
	if li == langEN && k > 0 {
		p := i - (k + 1)
		if string(s.t.key(s.t.toks[p])) == "without" && string(s.t.key(s.t.toks[p+1])) == "doubt" {
			return v
		}
	}
	return v * negScalar
}

// negatedAfter reports spoken French negation without "ne", placed after
// the verb: "j'aime pas", "j'adore pas trop ce logo". The negator must not
// be followed by a sentiment word, which it would negate instead ("c'est
// bien pas cher"), and must be one that can close a "ne": "sans" and
// "malgré" govern the words after them, not the verb ("il agit sans
// calcul" is no negation of "agit"). A phrase holding its own negation
// is not negated again by the word after it: "j'achète plus rien" is
// negative concord, one negation, as "plus rien" is.
func (s *Scorer) negatedAfter(lex *lexicon, i int) bool {
	toks := s.t.toks
	j := i + 1
	if j >= len(toks) || toks[i].kind&kOwnNe != 0 || toks[j].flags&tBoundary != 0 || !s.is(lex, toks[j], kNegator) ||
		!s.is(lex, toks[j], kNePartner) || string(s.t.key(toks[j])) == "sans" {
		return false
	}
	return j+1 >= len(toks) || toks[j+1].flags&tBoundary != 0 || !s.is(lex, toks[j+1], kValence)
}

// boost is the booster value of token p for a word of valence v.
func (s *Scorer) boost(lex *lexicon, p token, v float64, capDiff bool) float64 {
	if p.ent < 0 || lex.entries[p.ent].kind&kBooster == 0 {
		return 0
	}
	b := lex.entries[p.ent].boost
	if v < 0 {
		b = -b
	}
	if capDiff && p.flags&tCaps != 0 {
		b += sign(v) * capIncr
	}
	return b
}

// noCheck: VADER's "no good", "no love or hope".
func (s *Scorer) noCheck(lex *lexicon, i int, v float64) float64 {
	toks := s.t.toks
	if toks[i].flags&tBoundary != 0 || s.is(lex, toks[i], kNo) {
		return v // "no no no!" insists, it does not negate itself
	}
	if i > 0 && s.is(lex, toks[i-1], kNo) || i > 1 && s.is(lex, toks[i-2], kNo) && toks[i-1].flags&tBoundary == 0 {
		return v * negScalar
	}
	if i > 2 && s.is(lex, toks[i-3], kNo) {
		if w := string(s.t.key(toks[i-1])); w == "or" || w == "nor" {
			return v * negScalar
		}
	}
	return v
}

// leastCheck: "least happy" is negated, "at least happy" is not.
func (s *Scorer) leastCheck(lex *lexicon, i int, v float64) float64 {
	toks := s.t.toks
	if i == 0 || string(s.t.key(toks[i-1])) != "least" {
		return v
	}
	if i > 1 {
		if w := string(s.t.key(toks[i-2])); w == "at" || w == "very" {
			return v
		}
	}
	return v * negScalar
}

// contrast weighs the words before the first "but"/"mais" down and those
// after it up.
func (s *Scorer) contrast(lex *lexicon) {
	toks := s.t.toks
	for i := range toks {
		if !s.is(lex, toks[i], kContrast) {
			continue
		}
		for j := range toks {
			switch {
			case j < i:
				toks[j].val *= contrastLow
			case j > i:
				toks[j].val *= contrastHi
			}
		}
		return
	}
}

func hasNT(w []byte) bool {
	n := len(w)
	return n > 3 && w[n-3] == 'n' && w[n-2] == '\'' && w[n-1] == 't'
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

// against reports a French word governed by a word of opposition or
// reduction ("contre", "lutter", "réduire", "prévention") within the
// againstReach words before it (a noun phrase: "réduire les émissions de
// gaz à effet de serre"), in the same clause: "lutter contre la pollution",
// "réduire les émissions", "la prévention des risques" name what is fought,
// not what the writer suffers. A form of "être" ends that noun phrase: in
// "ce combat est illégal" the bad word judges the fight.
func (s *Scorer) against(lex *lexicon, i int) bool {
	toks := s.t.toks
	for k := 0; k < againstReach && i > k && toks[i-k].flags&tBoundary == 0; k++ {
		if s.is(lex, toks[i-k-1], kAgainst) {
			return true
		}
		if isCopula(s.t.key(toks[i-k-1])) {
			return false
		}
	}
	return false
}

// isCopula reports a form of "être" that opens a predicate.
func isCopula(w []byte) bool {
	switch string(w) {
	case "est", "sont", "etait", "etaient", "sera", "seront", "ete":
		return true
	}
	return false
}
