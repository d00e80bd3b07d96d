package sentiment

import (
	"math"
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// newTestScorer returns a scorer of the default model.
func newTestScorer(t testing.TB) *Scorer {
	t.Helper()
	return Default().NewScorer()
}

func TestLabels(t *testing.T) {
	s := newTestScorer(t)
	cases := []struct {
		rule, lang, text string
		want             feeds.Label
	}{
		{"word", "en", "I love this brand", feeds.Positive},
		{"word", "fr", "J'adore cette marque", feeds.Positive},
		{"word", "fr", "Je suis content", feeds.Positive},
		{"neutral", "fr", "Le magasin ouvre à neuf heures", feeds.Neutral},
		{"negation", "en", "This is not good", feeds.Negative},
		{"negation n't", "en", "I don't like it", feeds.Negative},
		{"negation never", "en", "They never help anyone", feeds.Negative},
		{"negation without", "en", "without hope", feeds.Negative},
		{"negation pas", "fr", "c'est pas bon", feeds.Negative},
		{"negation ne...pas after the word", "fr", "Je n'aime pas ce produit", feeds.Negative},
		{"negation ne...plus", "fr", "Je ne les aime plus", feeds.Negative},
		{"negation ne...jamais", "fr", "Ce service n'est jamais efficace", feeds.Negative},
		{"negation sans", "fr", "sans espoir", feeds.Negative},
		{"negation pas du tout", "fr", "Je ne suis pas du tout satisfait", feeds.Negative},
		{"negation of negative", "fr", "Ce n'est pas nul", feeds.Positive},
		{"idiom pas terrible", "fr", "Franchement, c'est pas terrible", feeds.Negative},
		{"idiom pas terrible with ne", "fr", "Ce n'est pas terrible", feeds.Negative},
		{"idiom pas mal", "fr", "C'est pas mal", feeds.Positive},
		{"idiom pas mal with ne", "fr", "Ce n'est pas mal du tout", feeds.Positive},
		{"idiom la honte", "fr", "La honte pour cette marque", feeds.Negative},
		{"idiom n'importe quoi", "fr", "C'est n'importe quoi ce service", feeds.Negative},
		{"idiom not bad at all", "en", "The new release is not bad at all", feeds.Positive},
		{"idiom the bomb", "en", "this album is the bomb", feeds.Positive},
		{"idiom can't wait", "en", "I can't wait for the launch", feeds.Positive},
		{"idiom looking forward", "en", "Looking forward to the new season", feeds.Positive},
		{"like as comparison", "en", "it looks like a storm tonight", feeds.Neutral},
		{"like as a verb", "en", "I like the storm tonight", feeds.Positive},
		{"crisis fr", "fr", "Arnaque ! Remboursez-nous", feeds.Negative},
		{"crisis fr", "fr", "Encore une panne, grève et fuite de données", feeds.Negative},
		{"crisis fr", "fr", "intoxication alimentaire après le repas", feeds.Negative},
		{"crisis en", "en", "Another outage and a data breach", feeds.Negative},
		{"crisis en", "en", "Product recall announced", feeds.Negative},
		{"crisis en", "en", "My order never arrived", feeds.Negative},
		{"crisis en", "en", "Can't log in since this morning", feeds.Negative},
		{"crisis en", "en", "Waited 2 hours on the phone for nothing", feeds.Negative},
		{"crisis fr", "fr", "J'ai attendu 2h au téléphone pour rien", feeds.Negative},
		{"crisis fr", "fr", "Impossible de se connecter depuis ce matin", feeds.Negative},
		{"emoji", "fr", "Le nouveau magasin 😍", feeds.Positive},
		{"emoji", "en", "The new store 😡", feeds.Negative},
		{"emoticon", "en", "see you tomorrow :(", feeds.Negative},
		{"hashtag", "en", "#boycott this company", feeds.Negative},
		{"hashtag caps", "en", "Launch day #FAIL", feeds.Negative},
		{"hashtag fr", "fr", "Le lancement #scandale", feeds.Negative},
		{"one-word hashtag fr", "fr", "Ça suffit #boycottbeaumont", feeds.Negative},
		{"one-word hashtag fr", "fr", "#honteàbeaumont", feeds.Negative},
		{"one-word hashtag fr, word last", "fr", "Encore eux #beaumontmenteur", feeds.Negative},
		{"one-word hashtag fr, praise", "fr", "#bravobeaumont pour la réactivité", feeds.Positive},
		{"one-word hashtag en", "en", "Two hours on hold #customerservicefail", feeds.Negative},
		{"one-word hashtag en", "en", "#shameonbeaumont", feeds.Negative},
		{"hashtag word with too short a rest", "fr", "#hontes", feeds.Neutral},
		{"laughter is not negated", "en", "I have no idea lol", feeds.Positive},
		{"laughter is not negated", "en", "I'm not the latter LOL", feeds.Positive},
		{"laughter is not negated", "fr", "J'en sais rien mdr", feeds.Positive},
		{"laughter is not negated", "fr", "Je ne sais pas ptdr", feeds.Positive},
		{"nobody negates", "en", "Nobody cares about the customers", feeds.Negative},
		{"nobody negates", "en", "nobody trusts them", feeds.Negative},
		{"idiom give em hell", "en", "Give 'em hell tonight boys", feeds.Positive},
		{"show name", "en", "Arrested Development is on tonight", feeds.Neutral},
		{"camel-case hashtag", "en", "New ad campaign #BoycottNike", feeds.Negative},
		{"camel-case hashtag fr", "fr", "Le nouveau forfait #ArnaqueTotale", feeds.Negative},
		{"stretched fr", "fr", "c'est nuuuul", feeds.Negative},
		{"stretched en", "en", "sooooo goooood", feeds.Positive},
		{"accent folding", "fr", "c'est GENIAL", feeds.Positive},
		{"elision", "fr", "l'arnaque du siècle", feeds.Negative},
		{"contrast", "en", "The food was bad but the service was great", feeds.Positive},
		{"contrast", "fr", "Le produit est bien mais le SAV est nul", feeds.Negative},
		{"contrast", "fr", "Le SAV est nul mais le produit est génial", feeds.Positive},
		{"boosted dampener", "fr", "un peu déçu", feeds.Negative},
		{"negation ne...pas du tout", "fr", "Je ne recommande pas du tout cette marque", feeds.Negative},
		{"booster after the word", "fr", "Je kiffe grave la nouvelle appli", feeds.Positive},
		{"negation after the verb", "fr", "J'aime pas ce nouveau logo", feeds.Negative},
		{"negation after the verb", "fr", "J'adore pas trop", feeds.Negative},
		{"negation of the next word wins", "fr", "c'est bien, pas cher", feeds.Positive},
		{"double negation", "fr", "Je ne suis pas mécontent du résultat", feeds.Positive},
		{"crisis idiom", "fr", "Personne ne répond au téléphone", feeds.Negative},
		{"grave alone", "fr", "Un accident grave sur l'autoroute", feeds.Negative},
	}
	for _, c := range cases {
		r := s.Score(c.text, c.lang)
		if r.Label != c.want {
			t.Errorf("%s: %s %q: got %s (%.3f), want %s", c.rule, c.lang, c.text, r.Label, r.Compound, c.want)
		}
	}
}

// TestIntensity checks that each rule moves the score in its direction:
// stronger must score further from zero than weaker, with the same sign.
func TestIntensity(t *testing.T) {
	s := newTestScorer(t)
	cases := []struct{ rule, lang, weaker, stronger string }{
		{"booster", "en", "The service is good", "The service is very good"},
		{"booster", "fr", "Le service est bon", "Le service est vraiment bon"},
		{"booster trop", "fr", "c'est nul", "c'est trop nul"},
		{"booster grave", "fr", "c'est bien", "c'est grave bien"},
		{"booster after the word", "fr", "j'aime", "j'aime trop"},
		{"booster super", "fr", "service content", "service super content"},
		{"dampener", "en", "I am kind of happy", "I am happy"},
		{"dampener", "fr", "je suis un peu déçu", "je suis déçu"},
		{"dampener assez", "fr", "c'est assez nul", "c'est nul"},
		{"caps", "en", "the service is bad", "the service is BAD"},
		{"caps", "fr", "le service est nul", "le service est NUL"},
		{"exclamation", "en", "This is great", "This is great!!!"},
		{"exclamation", "fr", "C'est génial", "C'est génial !!!"},
		{"question marks", "en", "you lost my parcel", "you lost my parcel???"},
		{"stretched", "en", "so good", "sooooo goooood"},
		{"contrast after weighs more", "fr", "Le produit est top et le SAV est nul", "Le produit est top mais le SAV est nul"},
		{"emoji adds", "fr", "Encore en panne", "Encore en panne 😡"},
	}
	for _, c := range cases {
		w, st := s.Score(c.weaker, c.lang).Compound, s.Score(c.stronger, c.lang).Compound
		if w == 0 || math.Signbit(w) != math.Signbit(st) || math.Abs(st) <= math.Abs(w) {
			t.Errorf("%s (%s): %q = %.3f should be weaker than %q = %.3f", c.rule, c.lang, c.weaker, w, c.stronger, st)
		}
	}
}

func TestAccentsAndCaseFold(t *testing.T) {
	s := newTestScorer(t)
	want := s.Score("c'est génial", "fr").Compound
	for _, text := range []string{"c'est genial", "C’est génial", "c'est gÉnial"} {
		if got := s.Score(text, "fr").Compound; got != want {
			t.Errorf("%q = %.3f, want %.3f as for \"c'est génial\"", text, got, want)
		}
	}
}

func TestResultShape(t *testing.T) {
	s := newTestScorer(t)
	r := s.Score("Le SAV est nul mais le produit est génial", "")
	if r.Lang != "fr" || r.Model != "warroom-lex/1 fr" || r.Unscored {
		t.Errorf("lang/model: %+v", r)
	}
	if sum := r.Neg + r.Neu + r.Pos; math.Abs(sum-1) > 1e-9 {
		t.Errorf("proportions sum to %f", sum)
	}
	if r.Confidence <= 0 || r.Confidence > 1 {
		t.Errorf("confidence %f", r.Confidence)
	}
	if r.Label != feeds.LabelFor(r.Compound) {
		t.Errorf("label %s for %.3f", r.Label, r.Compound)
	}
}

func TestOtherLanguageIsUnscored(t *testing.T) {
	s := newTestScorer(t)
	for _, c := range []struct{ text, lang string }{
		{"Das ist nicht gut, und ich bin sehr enttäuscht", "auto"},
		{"El servicio es muy malo y no funciona para nada", ""},
		{"bad service", "de"},
	} {
		r := s.Score(c.text, c.lang)
		if !r.Unscored || r.Compound != 0 || r.Label != feeds.Neutral || r.Confidence != 0 {
			t.Errorf("%q (%s): want an unscored neutral result, got %+v", c.text, c.lang, r)
		}
	}
}

func TestShortTextsDetectedByLexicon(t *testing.T) {
	s := newTestScorer(t)
	for _, c := range []struct{ text, lang string }{
		{"Franchement bof", "fr"}, {"Worst. Service. Ever.", "en"}, {"Génial !", "fr"},
		{"#boycott", "en"}, {"Boycott !", "en"}, {"#honte", "fr"},
	} {
		if r := s.Score(c.text, "auto"); r.Lang != c.lang || r.Unscored {
			t.Errorf("%q: got lang %q (unscored %v), want %s", c.text, r.Lang, r.Unscored, c.lang)
		}
	}
	if r := s.Score("#boycott", "auto"); r.Label != feeds.Negative {
		t.Errorf("#boycott: got %+v, want negative", r)
	}
}

// TestNoNegativeZero: a text without negative words has Neg +0, which JSON
// would otherwise print as "-0".
func TestNoNegativeZero(t *testing.T) {
	s := newTestScorer(t)
	for _, text := range []string{"hello world", "I love it"} {
		if r := s.Score(text, "en"); math.Signbit(r.Neg) {
			t.Errorf("%q: Neg is -0", text)
		}
	}
}

func TestGivenLanguageWins(t *testing.T) {
	s := newTestScorer(t)
	for _, lang := range []string{"fr", "fr-FR", "FR_ca"} {
		if r := s.Score("top", lang); r.Lang != "fr" || r.Model != "warroom-lex/1 fr" {
			t.Errorf("lang %q: got %+v", lang, r)
		}
	}
	if r := s.Score("c'est nul", "en-US"); r.Lang != "en" {
		t.Errorf("en-US: got %+v", r)
	}
}

func TestDetect(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Je ne comprends pas pourquoi le service est encore en panne", "fr"},
		{"J'adore l'été à Paris", "fr"},
		{"c'était génial", "fr"},
		{"I can't believe the service is down again", "en"},
		{"This is the worst thing that happened to me", "en"},
		{"Der Service ist nicht gut und ich bin enttäuscht", ""},
		{"El servicio es muy malo", ""},
		{"😡😡😡", ""},
		{"", ""},
	}
	for _, c := range cases {
		if got := Detect(c.text); got != c.want {
			t.Errorf("Detect(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestConfigOverrides(t *testing.T) {
	m, err := New(Config{Lexicon: map[string]map[string]float64{
		"fr": {"orange": 0, "pas de tramway": -2.5},
		"en": {"apple": 0},
	}})
	if err != nil {
		t.Fatal(err)
	}
	s := m.NewScorer()
	if r := s.Score("pas de tramway depuis ce matin", "fr"); r.Label != feeds.Negative || r.Model != "warroom-lex/1+config fr" {
		t.Errorf("user phrase not applied: %+v", r)
	}
	base := Default().NewScorer()
	if base.Score("pas de tramway depuis ce matin", "fr").Label == feeds.Negative {
		t.Errorf("Default model changed by another model's config")
	}
	for _, bad := range []Config{
		{Lexicon: map[string]map[string]float64{"de": {"gut": 2}}},
		{Lexicon: map[string]map[string]float64{"fr": {"nul": -9}}},
		{Lexicon: map[string]map[string]float64{"fr": {"!!!": -1}}},
	} {
		if _, err := New(bad); err == nil {
			t.Errorf("New(%v): want an error", bad.Lexicon)
		} else {
			t.Logf("New(%v): %v", bad.Lexicon, err)
		}
	}
}

func TestLexiconFileErrorsNameTheLine(t *testing.T) {
	var tk tokenizer
	l := newLexicon()
	err := l.load(&tk, "data/x.tsv", []byte("# header\nbon\t2\nmauvais\tbad\n"))
	if err == nil || err.Error() != `data/x.tsv:3: value "bad" is not a number in -4..+4` {
		t.Errorf("got %v", err)
	}
	if err := l.load(&tk, "y.tsv", []byte("a\t1\tfrob\n")); err == nil || err.Error() != `y.tsv:1: unknown kind "frob"` {
		t.Errorf("got %v", err)
	}
}

func TestFrenchLexiconSize(t *testing.T) {
	m := Default()
	n := 0
	for _, e := range m.lex[langFR].entries {
		if e.kind&kValence != 0 {
			n++
		}
	}
	if n < 3000 {
		t.Errorf("French lexicon has %d scored entries, want thousands", n)
	}
}

func TestZeroAllocs(t *testing.T) {
	s := newTestScorer(t)
	texts := []string{
		"Franchement c'est pas terrible, le SAV ne répond jamais #arnaque 😡",
		"The new update is NOT bad at all, sooooo good :) http://x.co @brand",
		"Das ist nicht gut",
		"😡😡😡 :(",
		"o.O D: Lovin it. Incroyable. Il ne dit que n'importe quoi",
	}
	for _, text := range texts {
		s.Score(text, "auto")
	}
	for _, text := range texts {
		if n := testing.AllocsPerRun(100, func() { s.Score(text, "auto") }); n != 0 {
			t.Errorf("%q: %v allocs per text, want 0", text, n)
		}
	}
}

func FuzzScore(f *testing.F) {
	for _, seed := range []string{"", "pas terrible!!!", "NOT bad at all :)", "j'", "'", "#", "@", "😡\u200d😀",
		"nuuuuuul", "ne ne ne pas", "\xff\xfe", "but but mais", "ééééé", "http://", "o.O D: :P", "Incroyable.",
		"il ne dit que n'importe quoi pas", "lovin", "www", "h"} {
		f.Add(seed, "auto")
	}
	m := Default()
	f.Fuzz(func(t *testing.T, text, lang string) {
		r := m.NewScorer().Score(text, lang)
		if math.IsNaN(r.Compound) || r.Compound < -1 || r.Compound > 1 {
			t.Fatalf("compound %v out of [-1, 1] for %q", r.Compound, text)
		}
		if r.Confidence < 0 || r.Confidence > 1 || r.Label != feeds.LabelFor(r.Compound) {
			t.Fatalf("bad result %+v for %q", r, text)
		}
	})
}

// TestSharedModel scores from several goroutines, each with its own Scorer
// over one Model, and checks they agree with a lone scorer (run it with
// -race to check the Model is only read).
func TestSharedModel(t *testing.T) {
	m := Default()
	texts := []string{"c'est pas terrible", "not bad at all", "Panne générale, remboursez !", "I love it 😍"}
	want := make([]float64, len(texts))
	for i, text := range texts {
		want[i] = m.NewScorer().Score(text, "auto").Compound
	}
	errs := make(chan string, 4*len(texts))
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			s := m.NewScorer()
			for round := 0; round < 50; round++ {
				for i, text := range texts {
					if got := s.Score(text, "auto").Compound; got != want[i] {
						errs <- text
						return
					}
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	for text := range errs {
		t.Errorf("%q scored differently under concurrency", text)
	}
}
