package sentiment

import (
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// Emoji and emoticons mean the same in every language: a post made of them
// alone, or in a language the model does not read, is scored by them.
func TestSymbolsScoredWithoutLanguage(t *testing.T) {
	s := newTestScorer(t)
	for _, c := range []struct {
		name, text, lang string
		want             feeds.Label
	}{
		{"angry emoji", "😡😡😡", "auto", feeds.Negative},
		{"applause", "👏👏", "", feeds.Positive},
		{"sad emoticon", ":(", "auto", feeds.Negative},
		{"heart emoticon", "<3 <3", "auto", feeds.Positive},
		{"emoji in German", "Der Service ist nicht gut 😡", "auto", feeds.Negative},
		{"emoji with a given other language", "muy bien 👍", "es", feeds.Positive},
		{"words of another language are not read", "sehr schlecht, nicht gut 🤷‍♂️ 👍", "de", feeds.Positive},
	} {
		r := s.Score(c.text, c.lang)
		if r.Unscored || r.Label != c.want || r.Lang != Undetermined || r.Model != "warroom-lex/1 emoji" {
			t.Errorf("%s: %q (%s) = %+v, want %s, lang und, model warroom-lex/1 emoji", c.name, c.text, c.lang, r, c.want)
		}
	}
}

func TestSymbolsStrongerWithMore(t *testing.T) {
	s := newTestScorer(t)
	one, three := s.Score("😡", "").Compound, s.Score("😡😡😡", "").Compound
	excl := s.Score("😡😡😡!!!", "").Compound
	if !(excl < three && three < one && one < 0) {
		t.Errorf("😡 %.3f, 😡😡😡 %.3f, 😡😡😡!!! %.3f: want each more negative", one, three, excl)
	}
}

func TestTextWithoutSymbolsStaysUnscored(t *testing.T) {
	s := newTestScorer(t)
	for _, c := range []struct{ text, lang string }{
		{"Das ist nicht gut", "auto"}, {"muy malo", "es"}, {"", ""}, {"???", "auto"}, {"@user http://x.co", ""},
	} {
		if r := s.Score(c.text, c.lang); !r.Unscored || r.Compound != 0 || r.Model != Version {
			t.Errorf("%q (%s): want unscored, got %+v", c.text, c.lang, r)
		}
	}
}

// Emoticons are in the French lexicon too, not only in VADER's English one.
func TestEmoticonsInFrench(t *testing.T) {
	s := newTestScorer(t)
	if r := s.Score("Toujours en attente :(", "fr"); r.Label != feeds.Negative || r.Lang != French {
		t.Errorf("French with :( = %+v, want negative fr", r)
	}
	if r := s.Score("Merci l'équipe <3", "fr"); r.Compound <= s.Score("Merci l'équipe", "fr").Compound {
		t.Errorf("<3 adds nothing in French: %+v", r)
	}
}

func TestSymbolsConfigName(t *testing.T) {
	m, err := New(Config{Lexicon: map[string]map[string]float64{"en": {"😡": -1}}})
	if err != nil {
		t.Fatal(err)
	}
	if r := m.NewScorer().Score("😡", ""); r.Model != "warroom-lex/1+config emoji" {
		t.Errorf("model %q, want warroom-lex/1+config emoji", r.Model)
	}
}

// Emoticons are read as written, so that case tells "D:" (horror) from
// "d:" (tongue out), and in lower case when the lexicon lacks the form.
func TestEmoticonCase(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "I forgot it on the table D: D:", feeds.Negative},
		{"fr", "J'ai oublié mon sac dans le train D:", feeds.Negative},
		{"en", "see you there D=", feeds.Negative},
		{"en", "see you there d:", feeds.Positive},
		{"en", "see you there :D", feeds.Positive},
		{"fr", "à demain :P", feeds.Positive},
		{"en", "see you there XD", feeds.Positive},
		{"en", "see you there :-P", feeds.Positive},
	})
}

// Emoji and emoticons say the writer's mood as it is: no negation or
// booster before them changes it.
func TestSymbolsAreNotNegated(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "Nope :-)", feeds.Positive},
		{"en", "not yet 😍", feeds.Positive},
		{"en", "never again 😡", feeds.Negative},
		{"fr", "J'ai pas fini 😍", feeds.Positive},
		{"fr", "Toujours pas de réponse :(", feeds.Negative},
		{"fr", "jamais 😡", feeds.Negative},
	})
}
