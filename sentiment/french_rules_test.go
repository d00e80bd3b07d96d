package sentiment

import (
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// The French negation rules beyond "ne ... pas" and the look-back window.
func TestFrenchNegationRules(t *testing.T) {
	s := newTestScorer(t)
	for _, c := range []struct {
		name, text string
		want       feeds.Label
	}{
		{"ne ... plus, then the adjective", "je ne suis plus satisfait", feeds.Negative},
		{"ne ... guère", "ce n'est guère utile", feeds.Negative},
		{"plus alone is no negation", "je suis plus satisfait", feeds.Positive},
		{"negative subject, ne without partner", "personne n'est content", feeds.Negative},
		{"rien ne", "rien ne marche, c'est nul", feeds.Negative},
		{"negative determiner, ne without partner", "Aucune donnée bancaire n'a fuité", feeds.Positive},
		{"negative determiner, ne without partner", "Aucun client n'est satisfait", feeds.Negative},
		{"literary ne with pouvoir", "il ne pourra respecter son engagement", feeds.Negative},
		{"expletive ne is no negation", "réagissez avant qu'il ne soit content", feeds.Positive},
		{"ne cesse de keeps on", "il ne cesse de décevoir", feeds.Negative},
		{"negative concord", "sans aucun problème", feeds.Positive},
		{"negative concord, sans ... jamais", "livré sans jamais un retard", feeds.Positive},
		{"malgré as VADER's despite", "malgré les belles promesses", feeds.Negative},
		{"non before a word is a prefix, not a refusal", "Compteur non communicant en option", feeds.Neutral},
		{"non before a word is a contrast", "Adapter le réseau aux usagers et non l'inverse", feeds.Neutral},
		{"non alone refuses", "Non ! Pas encore une hausse", feeds.Negative},
		{"non au is a protest", "Non au rachat de la marque", feeds.Negative},
		{"non merci refuses", "Non merci", feeds.Negative},
		{"moins negates: less bad is good", "Moins cher que la concurrence", feeds.Positive},
		{"moins negates: less good is bad", "Encore moins fiable qu'avant", feeds.Negative},
		{"moins de + a bad noun", "Beaucoup moins de bugs depuis la mise à jour", feeds.Positive},
		{"de moins en moins", "De moins en moins de pannes", feeds.Positive},
		{"moins bien que is a comparison, not bien que", "Le produit est moins bien qu'avant", feeds.Negative},
		{"au moins negates nothing", "Au moins c'est gratuit", feeds.Positive},
		{"a word of lack negates what it governs", "Manque de transparence", feeds.Negative},
		{"a word of lack negates what it governs", "Perte de confiance des consommateurs", feeds.Negative},
		{"a word of lack negates what it governs", "Défaut de qualité", feeds.Negative},
		{"a word of lack before a bad noun", "Absence de bugs depuis la mise à jour", feeds.Positive},
		{"a word of lack past a determiner", "Recul du chômage", feeds.Positive},
		{"a word of lack does not reach the verb", "La chute des ventes inquiète", feeds.Negative},
		{"contre names what is fought", "toujours contre la pollution", feeds.Neutral},
		{"contre does not reach past the clause", "contre, la pollution", feeds.Negative},
		{"contre does not reach past être", "le combat contre la marque est illégal", feeds.Negative},
		{"nor does combat", "ce combat est honteux", feeds.Negative},
		{"réduire governs a noun phrase", "réduire les émissions de gaz à effet de serre", feeds.Neutral},
		{"prévention", "la prévention des risques", feeds.Neutral},
		{"a bad word not governed stays bad", "encore des risques", feeds.Negative},
		{"vous feriez mieux de is a reproach", "vous feriez mieux de vous taire", feeds.Negative},
		{"pas fan", "pas fan de ce logo", feeds.Negative},
		{"sans after a word governs what follows it", "Un accueil chaleureux sans chichis", feeds.Positive},
		{"sans after a word governs what follows it", "Remboursé sans discussion", feeds.Positive},
		{"spoken negation after the verb still holds", "J'adore jamais leurs pubs", feeds.Negative},
		{"a phrase with its own negation is not negated again", "j'achète plus rien chez eux", feeds.Negative},
		{"a phrase with its own negation is not negated again", "la box marche plus jamais", feeds.Negative},
		{"negative concord before a negative phrase", "Mon forfait a augmenté sans aucune explication", feeds.Negative},
		{"pas before a negative phrase is a second negation", "Ce n'est pas n'importe quoi", feeds.Positive},
		{"trop de is too much", "trop de pub dans l'appli", feeds.Negative},
		{"trop + adjective boosts", "trop mignon", feeds.Positive},
		{"everyday word: décevant-like", "service calamiteux", feeds.Negative},
		{"everyday word: fabuleux", "un accueil fabuleux", feeds.Positive},
		{"aucune honte is shamelessness, not praise", "aucune honte !", feeds.Negative},
		{"peut mieux faire is a reproach", "bien mais peut mieux faire", feeds.Negative},
		{"everyday word: piège", "le piège de l'offre illimitée", feeds.Negative},
		{"a subject of debate is no opinion", "Le changement climatique en France au XXIe siècle", feeds.Neutral},
		{"a subject of debate is no opinion", "Une nouvelle énergie verte à Strasbourg", feeds.Neutral},
		{"the opinion is in the words around it", "Bravo pour cette énergie verte", feeds.Positive},
		{"a harm keeps its valence", "Marée noire sur la côte bretonne", feeds.Negative},
	} {
		if r := s.Score(c.text, French); r.Label != c.want {
			t.Errorf("%s: %q = %.3f (%s), want %s", c.name, c.text, r.Compound, r.Label, c.want)
		}
	}
}
