package sentiment

import (
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// Spoken French fills its sentences with "bon" and "ouais", which judge
// nothing there: "mais bon" concedes, "bon, on verra" waits, "ouais" only
// agrees, and "c'est ça ouais" mocks. Read as the adjective "bon" (good)
// or as joy, they had turned resigned and sarcastic posts into praise.
func TestFrenchDiscourseMarkers(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Bon, on verra demain.", feeds.Neutral},
		{"fr", "Ouais bon.", feeds.Neutral},
		{"fr", "Enfin bon, on attend le communiqué.", feeds.Neutral},
		{"fr", "Ils ont rappelé les pots, mais bon, trois semaines trop tard.", feeds.Negative},
		{"fr", "Rappel tardif mais bon, la réponse du service client est parfaite", feeds.Positive},
		{"fr", "Trois semaines sans réponse. Bon.", feeds.Negative},
		{"fr", "Des pots sûrs ? C'est ça ouais, on vous croit.", feeds.Negative},
		{"fr", "Ouais, encore une panne chez Beaumont", feeds.Negative},
		// The adjective keeps its valence.
		{"fr", "Un bon produit, rien à dire", feeds.Positive},
		{"fr", "C'est bon, le lait est de retour en rayon", feeds.Positive},
	})
}

// A phrase of the lexicon holding a lone "à" is read without it, as the
// tokenizer drops every one-letter word: "à peine" had made "peine" a
// dampener and "à éviter" had made "éviter" a word of alarm, so that a
// recall notice ("pour éviter tout risque") read as bad news.
func TestFrenchPhrasesWithoutTheirA(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Pour éviter tout risque, ne consommez pas ce produit.", feeds.Neutral},
		{"fr", "Produit à éviter absolument.", feeds.Negative},
		{"fr", "Franchement ça vaut la peine", feeds.Positive},
		{"fr", "Ça vaut pas la peine de les appeler", feeds.Negative},
		{"fr", "C'est à vomir", feeds.Negative},
	})
}
