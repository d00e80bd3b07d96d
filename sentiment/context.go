package sentiment

// Rules that read a word against the rest of its text: amazement and
// sarcasm take the sign of what surrounds them, thanks for something bad
// are ironic.

// echo gives a word of amazement standing alone in its clause
// ("Incroyable.", "Unbelievable!") the sign of the rest of the text: after
// "Trois semaines sans réponse." it is outrage, not praise, and
// "Hallucinant ! Livré en deux heures" is praise. Alone in the text it
// keeps its own valence. Beside words of no sentiment, amazement (marked
// ambiguous) says nothing either way ("Beaumont savait et a laissé les pots
// en rayon. Incroyable." is outrage a lexicon cannot see: neutral is
// honest, praise is wrong), while praise ("Génial ! Livré en deux heures")
// stays praise. Praise addressed to someone is alone as well, with the
// emoji of its clause: after bad news "Bravo Fibrea 👏" and "Génial le SAV"
// are sarcasm, clap included.
func (s *Scorer) echo(lex *lexicon, li int) {
	toks := s.t.toks
	for i := range toks {
		if toks[i].val == 0 || !s.is(lex, toks[i], kEcho) {
			continue
		}
		end := s.exclamation(lex, li, i)
		if end < 0 {
			continue
		}
		var rest float64
		for j := range toks {
			if (j < i || j >= end) && !s.loneEcho(lex, li, j) {
				rest += toks[j].val
			}
		}
		switch {
		case rest*toks[i].val < 0:
			for j := i + 1; j < end; j++ {
				if toks[j].val*toks[i].val > 0 {
					toks[j].val = -toks[j].val // an emoji of the exclamation
				}
			}
			toks[i].val = -toks[i].val
		case rest == 0 && len(toks) > 1 && s.is(lex, toks[i], kAmbiguous):
			toks[i].val = 0
		}
	}
}

// loneEcho reports token j as a word of amazement or praise standing as
// an exclamation: it takes its sign from the rest, so it is no part of the
// rest of another ("Great. Just great." after bad news is sarcasm twice
// over, not praise that outweighs the news).
func (s *Scorer) loneEcho(lex *lexicon, li, j int) bool {
	return s.is(lex, s.t.toks[j], kEcho) && s.exclamation(lex, li, j) >= 0
}

// exclamation returns the end of the clause of token i when i opens it (or
// the text) and is followed only by emoji and the words that name whom it
// addresses, at most addressWords of them and none of sentiment: the
// exclamation alone ("Génial.") or addressed ("Bravo Fibrea 👏", "Génial le
// SAV"). Amazement and "bon" address no one: before a noun they are
// adjectives ("Bon café !", "Incroyable ce lait"), and so is any English
// praise word, whose adjective comes first ("Great phone, great service,
// no voice dialing" praises the phone). It returns -1 otherwise.
func (s *Scorer) exclamation(lex *lexicon, li, i int) int {
	toks := s.t.toks
	if i > 0 && toks[i].flags&tBoundary == 0 {
		return -1
	}
	reach := addressWords
	if li != langFR || s.is(lex, toks[i], kAmbiguous) {
		reach = 0
	}
	j := i + 1
	for ; j < len(toks) && toks[j].flags&tBoundary == 0; j++ {
		if j > i+reach || toks[j].val != 0 && toks[j].flags&tSymbol == 0 {
			return -1
		}
	}
	return j
}

// ironicEmoji turns the praise of a French clause that holds an emoji of
// irony, praising emoji included: "trop content 🙄", "Merci Beaumont 🙃",
// "champion de la sécurité 🏆🙄" say the opposite of their words. A clause
// without praise ("Encore une panne 🙄") is only exasperated.
func (s *Scorer) ironicEmoji() {
	toks := s.t.toks
	start := 0
	for i := range toks {
		if toks[i].flags&tBoundary != 0 {
			start = i
		}
		if toks[i].flags&tSymbol == 0 || !isIronyMark(s.t.key(toks[i])) {
			continue
		}
		for j := start; j < len(toks) && (j == start || toks[j].flags&tBoundary == 0); j++ {
			if toks[j].val > 0 {
				toks[j].val = -toks[j].val
			}
		}
	}
}

// isIronyMark reports the emoji that mark what they follow as irony: the
// eye-roll and the upside-down face.
func isIronyMark(w []byte) bool { return string(w) == "🙄" || string(w) == "🙃" }

// ironicThanks turns thanks negative when what it thanks for is bad:
// "Thanks Hermine for ruining my week", "Merci pour la panne". "Thanks for
// the quick fix" stays thanks, and so does "thank you for answering my
// embarrassing questions", where the bad word is not what is thanked for.
func (s *Scorer) ironicThanks(lex *lexicon) {
	toks := s.t.toks
	for i := range toks {
		if toks[i].val <= 0 || !s.is(lex, toks[i], kThanks) {
			continue
		}
		j := s.thankedFor(i)
		if j > 0 && (toks[j].val < 0 && !s.praisedAfter(j) || isNothing(s.t.key(toks[j]))) ||
			j < 0 && s.closingThanks(lex, i) {
			toks[i].val = -toks[i].val
		}
	}
}

// closingThanks reports thanks addressed to someone ("Thanks a lot
// Nordbank", "merci Orange") that close a text of complaints only (a
// complaint word and no praise before them): "Still
// getting phishing texts. Thanks a lot Nordbank" thanks the brand for what
// was just said, ironically. A bare "Thanks!" is a sign-off; thanks after
// any praise ("was the charm. Thanks Taio!"), after "but" (a concession),
// or followed by another clause ("Thanks, the outage is over") are thanks.
func (s *Scorer) closingThanks(lex *lexicon, i int) bool {
	toks := s.t.toks
	if i+1 == len(toks) || i > 0 && s.is(lex, toks[i-1], kContrast) {
		return false // a sign-off, or a concession: "Too late! (but thank you)"
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].flags&tBoundary != 0 {
			return false
		}
	}
	bad := false
	for j := range i {
		if toks[j].val > 0 {
			return false
		}
		bad = bad || toks[j].val <= complaintWord
	}
	return bad
}

// complaintWord is the valence at or below which a word complains: a
// mild word of trouble ("refund", -0.4: "my refund came, thanks
// Beaumont") is none.
const complaintWord = -1.0

// praisedAfter reports a positive word right after token j (two words at
// most, in its clause): the bad thing thanked for is then qualified as well
// handled ("bravo pour le rappel rapide et transparent", "merci pour le
// rappel très rapide"), which is sincere thanks, not irony. Farther words
// belong to the rest of the sentence ("thanks for screwing up another home
// game").
func (s *Scorer) praisedAfter(j int) bool {
	toks := s.t.toks
	for k := j + 1; k <= j+2 && k < len(toks) && toks[k].flags&tBoundary == 0; k++ {
		if toks[k].val > 0 {
			return true
		}
	}
	return false
}

// thankedFor returns the token naming what token i thanks for: the word
// after "for"/"pour" (at most three words on, in the same clause) and its
// determiner, or -1.
func (s *Scorer) thankedFor(i int) int {
	toks := s.t.toks
	in := func(j int) bool { return j < len(toks) && toks[j].flags&tBoundary == 0 }
	j := i + 1
	for in(j) && j <= i+3 && !isFor(s.t.key(toks[j])) {
		if forPhrase(s.t.key(toks[j])) {
			return j // "for nothing", "pour rien" read as one phrase
		}
		j++
	}
	if !in(j) || !isFor(s.t.key(toks[j])) {
		return -1
	}
	for j++; in(j) && isDeterminer(s.t.key(toks[j])); j++ {
	}
	if !in(j) {
		return -1
	}
	return j
}

func isFor(w []byte) bool { return string(w) == "for" || string(w) == "pour" }

// forPhrase reports a phrase that starts with "for"/"pour".
func forPhrase(w []byte) bool {
	return len(w) > 4 && string(w[:4]) == "for " || len(w) > 5 && string(w[:5]) == "pour "
}

// isNothing reports "nothing"/"rien": thanks for nothing are no thanks.
func isNothing(w []byte) bool { return string(w) == "nothing" || string(w) == "rien" }

// isDeterminer reports the determiners between "for"/"pour" and a noun.
func isDeterminer(w []byte) bool {
	switch string(w) {
	case "the", "an", "this", "that", "my", "your", "our", "these", "those", "all",
		"le", "la", "les", "ce", "cet", "cette", "ces", "un", "une", "du", "des", "mon", "ma", "mes",
		"votre", "vos", "notre", "nos", "ton", "ta", "tes", "tout", "toute", "toutes", "tous":
		return true
	}
	return false
}

// mockery gives French written laughter beside bad news the sign of the
// rest of the text: "ptdr il s'enfonce", "mdrrr le site qui plante encore"
// deride, they do not rejoice. Laughter is still never negated ("j'en sais
// rien mdr"), and beside good news or no judgement it keeps its valence.
func (s *Scorer) mockery() {
	toks := s.t.toks
	var rest float64
	for _, k := range toks {
		if k.kind&kLaugh == 0 {
			rest += k.val
		}
	}
	if rest >= 0 {
		return
	}
	for i := range toks {
		if toks[i].kind&kLaugh != 0 && toks[i].val > 0 {
			toks[i].val = -toks[i].val
		}
	}
}
