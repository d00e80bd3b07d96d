package sentiment

import (
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// A customer saying they leave the brand is the churn a crisis cell fears
// most; "nothing beats X" is loyalty.
func TestChurnAndLoyalty(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "Binned every yoghurt we had. Done with Beaumont.", feeds.Negative},
		{"en", "Switching to Vallon until Beaumont explains itself.", feeds.Negative},
		{"en", "Never buying Beaumont again", feeds.Negative},
		{"fr", "On passe chez Prairial, au moins ils rappellent leurs clients", feeds.Negative},
		{"fr", "Je n'achète plus rien chez eux", feeds.Negative},
		{"fr", "Je quitte Beaumont pour Prairial", feeds.Negative},
		{"fr", "Les clients quittent l'opérateur", feeds.Negative},
		{"fr", "Rien ne vaut un yaourt Beaumont au petit déjeuner", feeds.Positive},
	})
}
