package sentiment

import (
	"math"

	"github.com/warroom-dev/warroom/feeds"
)

// VADER's empirically derived constants (Hutto & Gilbert, 2014).
const (
	capIncr       = 0.733 // ALL-CAPS word among lower-case ones
	negScalar     = -0.74 // a negated word
	alpha         = 15    // compound normalization
	exclIncr      = 0.292 // per "!", up to maxExcl
	maxExcl       = 4
	questIncr     = 0.18  // per "?" when 2 or 3
	maxQuest      = 0.96  // 4 or more "?"
	contrastLow   = 0.5   // before "but"
	contrastHi    = 1.5   // after "but"
	neverSo       = 1.5   // "never so good"
	neverSoFar    = 1.25  // "never so very good", and VADER's "so/this good" seen three words back
	againstScalar = 0.0   // French "contre la pollution": what is fought
	againstReach  = 5     // words from "contre" to the word it governs
	addressWords  = 2     // words after an exclamation that name whom it addresses: "Bravo le génie"
	stretchIncr   = 0.293 // "nuuuul": the writer leans on the word, as with a booster
)

// Result is the score of one text with its provenance.
type Result struct {
	Compound      float64     // -1..+1, VADER's normalization
	Neg, Neu, Pos float64     // proportions of the text, summing to 1
	Label         feeds.Label // pos / neu / neg at +/-0.05
	Lang          string      // language scored: "fr", "en", "und" for emoji and emoticons alone; the asked or "" code when unscored
	Confidence    float64     // share of tokens found in the lexicon, 0..1
	Model         string      // e.g. "warroom-lex/1 fr"
	Unscored      bool        // the language is not supported: the neutral score is no judgement
}

// Scorer scores texts with a Model. It holds scratch buffers and is NOT
// safe for concurrent use: give each goroutine its own.
type Scorer struct {
	m       *Model
	t       tokenizer
	alt     []byte
	present kind // the kinds of entry found in the text (see lookup)
	caps    int  // tokens in capitals, counted by lookup
	irony   bool // the text holds an emoji of irony (🙄, 🙃), found by valence
}

// NewScorer returns a Scorer of m.
func (m *Model) NewScorer() *Scorer { return &Scorer{m: m} }

// Score scores text written in lang ("fr", "en", "fr-FR"...; "" or "auto"
// to detect). Once its buffers have grown, it allocates nothing.
func (s *Scorer) Score(text, lang string) Result {
	auto := lang == "" || lang == "auto"
	li, ok := langIndex(lang)
	s.t.run(text)
	if auto {
		lang = s.detect()
		li, ok = langIndex(lang)
	}
	if !ok {
		return s.symbolsOnly(lang)
	}
	lex := s.m.lex[li]
	s.lookup(lex, li)
	if s.present&kNeOpen != 0 {
		s.bracketNe(lex)
	}
	return s.finish(lex, li, s.m.names[li])
}

// finish applies the rules to the looked-up tokens and composes the result.
func (s *Scorer) finish(lex *lexicon, li int, model string) Result {
	hits := s.valences(lex, li)
	if s.irony {
		s.ironicEmoji() // first, so that an exclamation echoes the ironic reading
	}
	if s.present&kEcho != 0 {
		s.echo(lex, li)
	}
	if s.present&kThanks != 0 {
		s.ironicThanks(lex)
	}
	// Derisive laughter is read in French only: in English "lol" and
	// "haha" keep VADER's reading; merely muting laughter beside bad news
	// cost the VADER tweets F1 0.9507 -> 0.9473 (measured in session 4),
	// its raters reading it as mirth.
	if li == langFR && s.present&kLaugh != 0 {
		s.mockery()
	}
	if s.present&kContrast != 0 {
		s.contrast(lex)
	}
	r := s.compose()
	r.Lang, r.Model = Undetermined, model
	if li < nLangs {
		r.Lang = langCodes[li]
	}
	if n := len(s.t.toks); n > 0 {
		r.Confidence = float64(hits) / float64(n)
	}
	return r
}

// symbolsOnly scores a text whose language is unknown or unsupported by
// its emoji and emoticons alone ("😡😡😡", "👏👏", ":("), which mean the
// same in every language; its words are left unread. A text without any
// stays unscored: a neutral score there would be no judgement.
func (s *Scorer) symbolsOnly(lang string) Result {
	symbols := false
	for _, k := range s.t.toks {
		symbols = symbols || k.flags&tSymbol != 0
	}
	if !symbols {
		return unscored(lang)
	}
	lex := s.m.lex[langEN] // the emoji and emoticons are in every lexicon
	s.lookup(lex, langNone)
	for i := range s.t.toks {
		if s.t.toks[i].flags&tSymbol == 0 {
			s.t.toks[i].ent, s.t.toks[i].kind = -1, 0
		}
	}
	return s.finish(lex, langNone, s.m.symbolsName)
}

// unscored is the neutral result for a language the model does not know.
func unscored(lang string) Result {
	return Result{Neu: 1, Label: feeds.Neutral, Lang: lang, Model: Version, Unscored: true}
}

// detect decides the language of the tokenized text. A short text without
// function words ("Franchement bof", "Worst. Service. Ever.") goes to the
// language whose lexicon knows more of its words.
func (s *Scorer) detect() string {
	v := s.t.votes()
	if lang := v.decide(); lang != "" || v.other > 0 {
		return lang
	}
	var hits [nLangs]int
	for _, k := range s.t.toks {
		if k.flags&(tSymbol|tLiteral) != 0 {
			continue
		}
		for li, lex := range s.m.lex {
			if e := lex.find(s.t.key(k)); e >= 0 && lex.entries[e].kind&known != 0 {
				hits[li]++
			}
		}
	}
	switch {
	case hits[langFR] > hits[langEN]:
		return French
	case hits[langEN] > 0:
		// A tie: both lexicons know the words, as they know the crisis
		// words both languages share ("boycott", "fail"). Left unscored, a
		// post that is only "#boycott" would count as calm.
		return English
	}
	return ""
}

// compose sums the valences into VADER's compound score and proportions,
// with "!" and "?" emphasis.
func (s *Scorer) compose() Result {
	var sum, pos, neg float64
	neu := 0
	for _, k := range s.t.toks {
		sum += k.val
		switch {
		case k.val > 0:
			pos += k.val + 1
		case k.val < 0:
			neg += k.val - 1
		default:
			neu++
		}
	}
	amp := punctEmphasis(s.t.excl, s.t.quest)
	switch {
	case sum > 0:
		sum += amp
	case sum < 0:
		sum -= amp
	}
	r := Result{Compound: math.Max(-1, math.Min(1, sum/math.Sqrt(sum*sum+alpha)))}
	r.Label = feeds.LabelFor(r.Compound)
	switch {
	case pos > -neg:
		pos += amp
	case pos < -neg:
		neg -= amp
	}
	if total := pos - neg + float64(neu); total > 0 {
		r.Pos, r.Neg, r.Neu = pos/total, math.Abs(neg)/total, float64(neu)/total // Abs: no "-0" in JSON
	} else {
		r.Neu = 1
	}
	return r
}

// punctEmphasis is VADER's amplifier for "!" (up to 4) and "?" (2 or more).
func punctEmphasis(excl, quest int) float64 {
	amp := float64(min(excl, maxExcl)) * exclIncr
	switch {
	case quest > 3:
		amp += maxQuest
	case quest > 1:
		amp += float64(quest) * questIncr
	}
	return amp
}
