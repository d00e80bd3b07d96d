package sim

import (
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// random makes one unscripted post for scenario time at: a resend of a
// recent post now and then, else a post whose kind, tone, author and text
// follow the phase in force.
func (g *generator) random(at time.Duration) *feeds.Mention {
	if len(g.recent) > 0 && g.rng.Float64() < g.sc.DuplicateRate {
		dup := *g.recent[g.rng.IntN(len(g.recent))]
		dup.Metrics.Likes++ // a resend carries fresher counts
		g.dups++
		return &dup
	}
	ph := &g.sc.Phases[phaseAt(g.sc.Phases, at)]
	a := g.pickAuthor(ph)
	kind := g.pickKind(ph)
	tone := g.pickTone(ph, kind)
	lang := &g.sc.EN
	if a.lang == "fr" {
		lang = &g.sc.FR
	}
	f := filler{sc: g.sc, lang: lang, trigger: g.triggerHandle()}
	text := f.fill(g.rng, pick(g.rng, bank(lang, kind, tone)))
	if g.rng.Float64() < g.sc.HostileRate {
		text = withHostile(g.rng, text)
	}
	m := g.mention(a, at, text, tone)
	if kind == "amplify" && g.rng.IntN(2) == 0 {
		m.Quotes = g.trigger.URL
	}
	return m
}

func (g *generator) pickAuthor(ph *Phase) author {
	if len(g.voices) > 0 && g.rng.Float64() < ph.HighReach {
		return g.voices[g.rng.IntN(len(g.voices))]
	}
	return g.crowd[g.rng.IntN(len(g.crowd))]
}

// pickKind is amplify (of the trigger), statement (a reaction to the
// brand's statement) or plain; the first two only once their post is out.
func (g *generator) pickKind(ph *Phase) string {
	u := g.rng.Float64()
	switch {
	case u < ph.Amplify && g.trigger != nil:
		return "amplify"
	case u < ph.Amplify+ph.Statement && g.statement != nil:
		return "statement"
	}
	return "plain"
}

func (g *generator) pickTone(ph *Phase, kind string) string {
	if kind == "amplify" {
		return "neg"
	}
	u := g.rng.Float64()
	switch {
	case u < ph.Negative:
		return "neg"
	case u < ph.Negative+ph.Positive:
		return "pos"
	}
	return "neu"
}

// bank is the template list for a kind and tone.
func bank(l *Language, kind, tone string) []string {
	switch {
	case kind == "amplify":
		return l.Amplify
	case kind == "statement" && tone == "neg":
		return l.Statement
	case kind == "statement":
		return l.StatementOK
	case tone == "neg":
		return l.Negative
	case tone == "pos":
		return l.Positive
	}
	return l.Neutral
}

func (g *generator) triggerHandle() string {
	for _, p := range g.posts {
		if p.Kind == "trigger" {
			return p.Author
		}
	}
	return ""
}
