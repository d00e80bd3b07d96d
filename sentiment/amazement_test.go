package sentiment

import (
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// A word of amazement alone in its clause takes the sign of the rest of the
// text, and is neutral when the rest has no sentiment; anywhere else it
// keeps its own valence.
func TestAmazementTakesTheSignOfItsContext(t *testing.T) {
	checkLabels(t, []labelCase{
		// An English praise word before a noun is its attribute, not an
		// exclamation addressed to it: it keeps its sign in a mixed text.
		{"en", "Two words about Reign of Fire. Great dragons!", feeds.Positive},
		{"en", "Great phone, great service, no voice dialing.", feeds.Positive},
		{"en", "The app is broken again. Great.", feeds.Negative},
		{"fr", "Trois semaines sans réponse. Génial le SAV", feeds.Negative},
		{"fr", "Incroyable.", feeds.Positive},
		{"fr", "Trois semaines sans réponse. Incroyable.", feeds.Negative},
		{"fr", "Incroyable ! Trois semaines sans réponse", feeds.Negative},
		{"fr", "Incroyable, merci à toute l'équipe", feeds.Positive},
		{"fr", "Hallucinant ! Livré en deux heures, merci", feeds.Positive},
		{"fr", "Hallucinant.", feeds.Negative},
		{"fr", "Un service incroyable mais une livraison en retard", feeds.Negative},
		{"en", "Unbelievable.", feeds.Positive},
		{"en", "Three weeks and the app is still broken. Unbelievable.", feeds.Negative},
		{"en", "Still no refund after 3 weeks. Unbelievable.", feeds.Negative},
		{"en", "Unbelievable! Delivered in two hours, thank you", feeds.Positive},
		{"en", "Incredible. The app crashed again and lost my data", feeds.Negative},
		{"fr", "Trois jours sans réseau. Génial.", feeds.Negative},
		{"fr", "Le SAV ne répond pas. Parfait, vraiment.", feeds.Negative},
		{"fr", "Génial ! Livré en deux heures", feeds.Positive},
		{"fr", "Bravo.", feeds.Positive},
		{"en", "Great. The new store opens tomorrow", feeds.Positive},
		// Amazement beside words of no sentiment is neutral, never praise.
		{"fr", "Beaumont savait et a laissé les pots en rayon. Incroyable.", feeds.Neutral},
		{"en", "Beaumont knew and left the pots on the shelves. Unbelievable.", feeds.Neutral},
	})
}

// A French "ne" looks for its partner no farther than a phrase holding its
// own "ne" or its own partner, and the "ne" of "n'importe" negates nothing.
// "N'est jamais arrivé" is the phrase "jamais arrivé" (never arrived): the
// "ne" had gone on to the "personne" of the next clause and turned the
// phrase into good news.
func TestNeStopsAtAPhraseWithItsOwnNe(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Bonjour, mon colis n'est jamais arrivé et personne ne me répond.", feeds.Negative},
		{"fr", "La commande n'est toujours pas arrivée et rien ne bouge", feeds.Negative},
		{"fr", "Il ne dit que n'importe quoi pas vrai", feeds.Negative},
		{"fr", "On ne fait que du n'importe quoi, jamais", feeds.Negative},
		{"fr", "Ils livrent n'importe quand et pas à l'heure, super", feeds.Positive},
		{"fr", "Ils font n'importe comment", feeds.Negative},
		{"fr", "Ce n'est pas n'importe quoi", feeds.Positive},
	})
}
