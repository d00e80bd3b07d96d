package alerts

import (
	"slices"
	"testing"
)

func TestMatcher(t *testing.T) {
	m := newMatcher([]string{"boycott", "Rappel produit", "intoxication", "fuite de données", "hack", "plainte", "BOYCOTT"})
	tests := []struct {
		text string
		want []string
	}{
		{"On BOYCOTT cette marque!", []string{"boycott"}},
		{"#boycott", []string{"boycott"}},
		{"boycotting is not the word", nil},
		{"hackathon ce weekend", nil},
		{"They got HACKED? no: hack.", []string{"hack"}},
		{"Grosse fuite de DONNÉES chez eux", []string{"fuite de données"}},
		{"grosse fuite de donnees", []string{"fuite de données"}},
		{"une fuite d'eau", nil},
		{"Rappel produit: INTOXICATION alimentaire, je porte plainte", []string{"Rappel produit", "intoxication", "plainte"}},
		{"rappel: réunion à 10h", nil},
		{"Ｂｏｙｃｏｔｔ", []string{"boycott"}},
		{"l'intoxïcation", []string{"intoxication"}},
		{"", nil},
	}
	for _, tc := range tests {
		var hits [maxHitWords]int
		n := m.match(tc.text, &hits)
		var got []string
		for _, h := range hits[:n] {
			got = append(got, m.words[h])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("match(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	if len(m.words) != 6 {
		t.Errorf("duplicate keyword kept: %q", m.words)
	}
}

func TestMatcherDoesNotAllocate(t *testing.T) {
	m := newMatcher(DefaultKeywords())
	var hits [maxHitWords]int
	for _, text := range []string{"plain ascii text about a recall and a lawsuit", "Énorme fuite de données, on porte plainte"} {
		m.match(text, &hits)
		if a := testing.AllocsPerRun(100, func() { m.match(text, &hits) }); a != 0 {
			t.Errorf("match(%q) allocates %v times", text, a)
		}
	}
}
