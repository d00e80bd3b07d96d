package sentiment

import (
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// French words of judgement inside fixed phrases that judge nothing, and
// words that name a thing rather than judge it.
func TestFrenchNeutralPhrases(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Il s'agit d'une mise à jour du logiciel", feeds.Neutral},       // it is about: no action
		{"fr", "Bien que le magasin ouvre à neuf heures", feeds.Neutral},       // although
		{"fr", "Ah bon ? Le magasin ouvre à neuf heures", feeds.Neutral},       // surprise, not praise
		{"fr", "Bouteilles à usage unique retirées des rayons", feeds.Neutral}, // single-use
		{"fr", "Le prix du forfait passe à 20 euros", feeds.Neutral},           // a price
		{"fr", "Un prix scandaleux pour ce forfait", feeds.Negative},           // the judgement is around it
		{"fr", "La performance du réseau mesurée chaque mois", feeds.Neutral},  // a measure
	})
}
