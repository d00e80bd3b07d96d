package match

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func testTopics() []Topic {
	return []Topic{
		{Name: "acme", Kind: KindBrand, Terms: []string{"Acme", "Acmé Bank"},
			Hashtags: []string{"#boycottacme"}, Exclude: []string{"road runner", "#looneytunes"}},
		{Name: "rocket", Kind: KindProduct, Terms: []string{"rocket skates"}, Phrases: []string{"acme rocket"},
			Langs: []string{"fr"}},
		{Name: "globex", Kind: KindCompetitor, Terms: []string{"Globex", "Œuvre"}, Hashtags: []string{"globex"}},
		{Name: "service", Kind: KindBrand, Phrases: []string{"service client"}},
	}
}

func TestMatch(t *testing.T) {
	m, err := New(testTopics())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, lang string
		want             []string
	}{
		{"plain term", "I love Acme", "en", []string{"acme"}},
		{"case and accents", "ACMÉ est en panne", "fr", []string{"acme"}},
		{"accent in the term only", "acme bank is down", "", []string{"acme"}},
		{"whole word, not a prefix", "acmes and pacme", "", nil},
		{"punctuation is a boundary", "(acme)!", "", []string{"acme"}},
		{"apostrophe splits French elision", "l'Acme a menti", "fr", []string{"acme"}},
		{"term as a hashtag", "down again #Acme", "", []string{"acme"}},
		{"hashtag-only entry needs the #", "boycottacme now", "", nil},
		{"hashtag-only entry", "#BoycottAcme now", "", []string{"acme"}},
		{"hashtag glued to a word is not one", "x#boycottacme", "", nil},
		{"exclusion phrase", "acme and the road runner", "", nil},
		{"exclusion phrase with punctuation", "acme, road-runner!", "", nil},
		{"exclusion needs the whole phrase", "acme on the road", "", []string{"acme"}},
		{"exclusion hashtag", "acme #LooneyTunes", "", nil},
		{"exclusion hashtag needs the #", "acme looneytunes", "", []string{"acme"}},
		{"phrase in order", "the acme rocket failed", "fr", []string{"acme", "rocket"}},
		{"phrase out of order", "rocket acme", "fr", []string{"acme"}},
		{"language restricts", "acme rocket", "en", []string{"acme"}},
		{"region subtag", "acme rocket", "fr-CA", []string{"acme", "rocket"}},
		{"unknown language kept", "rocket skates", "", []string{"rocket"}},
		{"overlapping topics", "Globex vs Acme", "", []string{"acme", "globex"}},
		{"ligature folds", "une oeuvre", "", []string{"globex"}},
		{"ligature in text", "une Œuvre", "", []string{"globex"}},
		{"phrase across a hyphen", "le service-client ne répond pas", "fr", []string{"service"}},
		{"phrase split by a word", "service du client", "", nil},
		{"fullwidth letters", "ＡＣＭＥ", "", []string{"acme"}},
		{"empty", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := m.Match(tt.text, tt.lang, nil)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Match(%q, %q) = %q, want %q", tt.text, tt.lang, got, tt.want)
			}
		})
	}
}

func TestMatchAppendsToDst(t *testing.T) {
	m, err := New(testTopics())
	if err != nil {
		t.Fatal(err)
	}
	got := m.Match("acme", "", []string{"kept"})
	if !slices.Equal(got, []string{"kept", "acme"}) {
		t.Fatalf("got %q", got)
	}
}

func TestNewRefuses(t *testing.T) {
	tests := []struct {
		name   string
		topics []Topic
		want   string
	}{
		{"empty name", []Topic{{Terms: []string{"x"}}}, "empty name"},
		{"duplicate", []Topic{{Name: "a", Terms: []string{"x"}}, {Name: "a", Terms: []string{"y"}}}, `"a": defined twice`},
		{"bad kind", []Topic{{Name: "a", Kind: "rival", Terms: []string{"x"}}}, `kind "rival"`},
		{"nothing to match", []Topic{{Name: "a", Exclude: []string{"x"}}}, "no terms"},
		{"no word", []Topic{{Name: "a", Terms: []string{"!!"}}}, `term "!!": has no word`},
		{"multi-word hashtag", []Topic{{Name: "a", Hashtags: []string{"two words"}}}, "one word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.topics)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestKind(t *testing.T) {
	m, err := New([]Topic{{Name: "a", Terms: []string{"x"}}, {Name: "g", Kind: KindCompetitor, Terms: []string{"y"}}})
	if err != nil {
		t.Fatal(err)
	}
	if m.Kind("a") != KindBrand || m.Kind("g") != KindCompetitor || m.Kind("zz") != "" {
		t.Fatalf("kinds: %q %q %q", m.Kind("a"), m.Kind("g"), m.Kind("zz"))
	}
}

// TestManyTerms checks that a large vocabulary still matches exactly the
// topic whose term appears.
func TestManyTerms(t *testing.T) {
	topics := manyTopics(100, 10)
	m, err := New(topics)
	if err != nil {
		t.Fatal(err)
	}
	got := m.Match("nothing about term42x7 here", "", nil)
	if !slices.Equal(got, []string{"t42"}) {
		t.Fatalf("got %q", got)
	}
}

func manyTopics(n, terms int) []Topic {
	topics := make([]Topic, n)
	for i := range topics {
		topics[i] = Topic{Name: fmt.Sprintf("t%d", i)}
		for j := range terms {
			topics[i].Terms = append(topics[i].Terms, fmt.Sprintf("term%dx%d", i, j))
		}
		topics[i].Phrases = []string{fmt.Sprintf("brand %d crisis", i)}
	}
	return topics
}

func TestMatchAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are meaningless under the race detector")
	}
	m, err := New(testTopics())
	if err != nil {
		t.Fatal(err)
	}
	dst := make([]string, 0, 8)
	text := "L'ACMÉ rocket du service-client est en panne #BoycottAcme 🚀 Globex"
	m.Match(text, "fr", dst[:0]) // warm the pool
	allocs := testing.AllocsPerRun(100, func() { dst = m.Match(text, "fr", dst[:0]) })
	if allocs > 0 {
		t.Fatalf("Match allocates %.1f times per call", allocs)
	}
}

// TestEveryTermOfAThousandMatches checks the word sieve against a vocabulary
// large enough that its shapes collide: every term is found, in a sentence
// of words that are not terms, and a near miss (one letter more) is not.
func TestEveryTermOfAThousandMatches(t *testing.T) {
	var topics []Topic
	for i := range 100 {
		tp := Topic{Name: fmt.Sprintf("t%d", i)}
		for j := range 10 {
			tp.Terms = append(tp.Terms, fmt.Sprintf("mot%dé%d", i, j))
		}
		topics = append(topics, tp)
	}
	m, err := New(topics)
	if err != nil {
		t.Fatal(err)
	}
	for i, tp := range topics {
		for _, term := range tp.Terms {
			text := "un texte avec " + strings.ToUpper(term) + " au milieu"
			if got := m.Match(text, "", nil); !slices.Equal(got, []string{tp.Name}) {
				t.Fatalf("topic %d: Match(%q) = %v", i, text, got)
			}
			if got := m.Match("un "+term+"x ici", "", nil); len(got) != 0 {
				t.Fatalf("near miss %qx matched %v", term, got)
			}
		}
	}
}

// TestLatinFoldsAgreeWithFoldRune checks the table of accented letters
// against the normalization path it was built from, for every rune it
// covers, inside a word: "a<r>b" is one word with r folded in, or two.
func TestLatinFoldsAgreeWithFoldRune(t *testing.T) {
	for r := rune(0x80); r < latinEnd; r++ {
		ref := words{max: 64}
		inWord := ref.foldRune(r, string(r))
		want := []string{"a", "b"}
		if inWord {
			want = []string{"a" + string(ref.buf) + "b"}
		}
		var w words
		w.reset("a"+string(r)+"b", 64)
		var got []string
		for word, _, ok := w.next(); ok; word, _, ok = w.next() {
			got = append(got, string(word))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%U: words %q, want %q", r, got, want)
		}
	}
}
