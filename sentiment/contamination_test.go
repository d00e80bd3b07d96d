package sentiment

import (
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// A foreign body in food, a brand that says nothing and a public that
// demands answers are how a product-safety crisis reads in posts, in words
// that are neutral one by one; a drink in a bar is not contamination.
func TestContaminationAndSilence(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Du plastique dans les yaourts et Beaumont ne dit rien ?", feeds.Negative},
		{"fr", "Incroyable. Du plastique dans les yaourts P'tit Beaumont et Beaumont ne dit rien ?", feeds.Negative},
		{"fr", "Des morceaux de verre dans la crème dessert de ma fille", feeds.Negative},
		{"fr", "Un verre dans un bar avec les copains, génial", feeds.Positive},
		{"fr", "Ça ne me dit rien", feeds.Neutral},
		{"en", "Plastic in my kid's yoghurt and Beaumont says nothing?", feeds.Negative},
		{"en", "Unbelievable. Glass in the yoghurt and the brand says nothing.", feeds.Negative},
		{"en", "A glass of wine in the sun, lovely", feeds.Positive},
		{"fr", "Le silence de Beaumont est assourdissant.", feeds.Negative},
		{"fr", "Les parents exigent des réponses de Beaumont.", feeds.Negative},
		{"en", "Parents demand answers from Beaumont", feeds.Negative},
		{"en", "Props to Beaumont for the recyclable pots", feeds.Positive},
		// Amplification: a call to share is no praise, a crisis hashtag no
		// opinion, and "grave" before a full stop is serious.
		{"fr", "À partager largement 👇 Beaumont doit s'expliquer. #SécuritéAlimentaire", feeds.Negative},
		{"fr", "Ce que révèle @alerteconso.fr sur Beaumont est grave. #SécuritéAlimentaire", feeds.Negative},
		{"fr", "C'est grave. #Rappel", feeds.Negative},
		{"fr", "Je kiffe grave ce yaourt", feeds.Positive},
		{"fr", "#SécuritéAlimentaire", feeds.Neutral},
		{"en", "Please share 👇 Beaumont needs to answer for this. #FoodSafety", feeds.Negative},
		{"en", "RT @alerteconso.fr: plastic fragments found in P'tit Beaumont yoghurts. #FoodSafety", feeds.Negative},
		{"en", "#FoodSafety", feeds.Neutral},
	})
}
