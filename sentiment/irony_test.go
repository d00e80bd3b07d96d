package sentiment

import (
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// Thanks for something bad is ironic; thanks for something good, or for
// something whose bad word comes later, is thanks.
func TestIronicThanks(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "Thanks for ruining my weekend, @brand", feeds.Negative},
		{"en", "Thanks Hermine for ruining my week.", feeds.Negative},
		{"en", "Thanks for the quick fix", feeds.Positive},
		{"en", "Thank you for helping with my stupid question", feeds.Positive},
		{"fr", "Merci pour la panne de trois jours", feeds.Negative},
		{"fr", "Merci beaucoup pour ce retard", feeds.Negative},
		{"fr", "Merci pour la réponse rapide", feeds.Positive},
		{"fr", "Merci à l'équipe, la panne est réglée", feeds.Positive},
		{"en", "Thanks for nothing @brand", feeds.Negative},
		{"fr", "Merci pour rien", feeds.Negative},
		{"fr", "Trois jours sans internet, merci Orange pour rien", feeds.Negative},
		{"en", "Thank you Acme for nothing", feeds.Negative},
		// A bad thing praised as well handled is sincere thanks.
		{"fr", "Bravo à Beaumont pour le rappel rapide et transparent", feeds.Positive},
		{"fr", "Merci pour le rappel très rapide", feeds.Positive},
		{"fr", "Encore bravo pour la panne", feeds.Negative},
		{"en", "Thanks for screwing up another home game by putting it on a Monday", feeds.Negative},
	})
	// Past the clause, thanks stay thanks.
	s := newTestScorer(t)
	for _, c := range [][3]string{
		{"en", "Thanks, the outage is over", "The outage is over"},
		{"fr", "Merci, la panne est finie", "La panne est finie"},
	} {
		if a, b := s.Score(c[1], c[0]).Compound, s.Score(c[2], c[0]).Compound; a <= b {
			t.Errorf("%q = %.3f, not above %q = %.3f", c[1], a, c[2], b)
		}
	}
}
