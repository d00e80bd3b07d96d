package alerts

import (
	"slices"
	"testing"
)

func TestKeywords(t *testing.T) {
	k, err := newKeywords([]string{"boycott", "Rappel produit", "intoxication", "fuite de données", "hack", "plainte", "BOYCOTT", " "})
	if err != nil {
		t.Fatal(err)
	}
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
		{"", nil},
	}
	for _, tc := range tests {
		var hits [maxHitWords]string
		n := k.match(tc.text, &hits)
		if got := hits[:n]; !slices.Equal(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
			t.Errorf("match(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestDefaultKeywordsCompile(t *testing.T) {
	if _, err := newKeywords(DefaultKeywords()); err != nil {
		t.Fatal(err)
	}
}
