package sentiment

import (
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// What customers write to a brand in a crisis, said the way they say it:
// each phrase here had scored neutral or with the wrong sign. The posts
// were written for this test, not taken from the evaluation sets.
func TestComplaintPhrases(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "Are you kidding me?", feeds.Negative},
		{"en", "Beaumont's silence speaks volumes.", feeds.Negative},
		{"en", "They deleted my comment, so much for transparency.", feeds.Negative},
		{"en", "So much for customer care.", feeds.Negative},
		{"en", "Customer service unreachable since this morning.", feeds.Negative},
		{"en", "Those responsible must pay for this.", feeds.Negative},
		{"en", "Their canned reply answers nothing.", feeds.Negative},
		{"en", "I want my money back.", feeds.Negative},
		{"en", "You had one job.", feeds.Negative},
		{"en", "Once again Beaumont treats its customers like idiots.", feeds.Negative},
		{"en", "What a bunch of amateurs.", feeds.Negative},
		{"en", "The statement comes way too late.", feeds.Negative},
		{"en", "Still not refunded.", feeds.Negative},
		{"fr", "Vous vous foutez de nous ou quoi ?", feeds.Negative},
		{"fr", "Le communiqué arrive bien tard, on aurait aimé être prévenus avant.", feeds.Negative},
		{"fr", "Aucune excuse, aucune explication, rien.", feeds.Negative},
		{"fr", "On attend toujours vos explications.", feeds.Negative},
		{"fr", "Le silence de Beaumont en dit long.", feeds.Negative},
		{"fr", "Ils ont supprimé mon commentaire, bravo la transparence.", feeds.Negative},
		{"fr", "Leur réponse type ne répond à rien.", feeds.Negative},
		{"fr", "Toujours pas remboursé.", feeds.Negative},
	})
}

// A brand that owns its mistakes, reassures or pays back is good news, though
// "mistakes", "panic" and "refund" are words of trouble.
func TestReassurancePhrases(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "Finally a brand that owns its mistakes.", feeds.Positive},
		{"en", "No need to panic, the affected batch has been pulled.", feeds.Positive},
		{"en", "They listened and refunded everything.", feeds.Positive},
		{"en", "Beaumont doesn't own its mistakes.", feeds.Negative},
		{"fr", "Enfin une marque qui assume ses erreurs.", feeds.Positive},
		{"fr", "Beaumont n'assume pas ses erreurs.", feeds.Negative},
		{"fr", "Pas de panique, le lot concerné est retiré.", feeds.Positive},
		{"fr", "Ils ont tout remboursé, rien à dire.", feeds.Positive},
	})
}
