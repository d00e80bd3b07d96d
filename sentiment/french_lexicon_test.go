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
		{"fr", "En outre, le magasin ouvre à neuf heures", feeds.Neutral},      // moreover, not outraged
		{"fr", "Je suis outré par ce silence", feeds.Negative},                 // outraged
		{"fr", "Pour les amateurs de café, la boutique ouvre", feeds.Positive}, // lovers of
		{"fr", "Un travail d'amateur", feeds.Negative},                         // amateurish
	})
}

// French words of praise that turn in some phrases.
func TestFrenchPraiseThatTurns(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Quel joli recul de la marque", feeds.Negative},              // beau/joli before a bad word intensify it
		{"fr", "Une belle arnaque, ce forfait", feeds.Negative},             //
		{"fr", "Un beau gâchis", feeds.Negative},                            //
		{"fr", "Une belle réussite", feeds.Positive},                        // before a good one they boost it
		{"fr", "Belle journée", feeds.Positive},                             // alone they keep their valence
		{"fr", "Un beau produit", feeds.Positive},                           //
		{"fr", "Une drôle de façon de traiter ses clients", feeds.Negative}, // drôle de: odd
		{"fr", "C'est bien beau de promettre", feeds.Negative},              // dismissive
		{"fr", "J'aimerais savoir quand je serai livré", feeds.Neutral},     // a wish, not love
		{"fr", "Ils ont dit bien des mensonges", feeds.Negative},            // bien des: many
	})
}

// Everyday French complaint words, and nouns with a bad word inside that
// name no harm.
func TestFrenchComplaintWords(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "C'est impossible d'avoir une réponse", feeds.Negative},
		{"fr", "Le porte-parole dérape en direct", feeds.Negative},
		{"fr", "Les abonnés subissent ce silence", feeds.Negative},
		{"fr", "Cette marque vend du vent", feeds.Negative},
		{"fr", "Encore du blabla", feeds.Negative},
		{"fr", "Je doute que le remboursement arrive un jour", feeds.Negative},
		{"fr", "Cette annonce effraie les abonnés", feeds.Negative},
		{"fr", "Avis négatif sur toute la ligne", feeds.Negative},
		{"fr", "Résultats négatifs pour les trois lots", feeds.Neutral}, // a test result, no bad news
		{"fr", "Stop aux idées reçues sur les vaccins", feeds.Negative},
		{"fr", "Beaucoup d'inconvénients pour les usagers", feeds.Negative},
		{"fr", "La marque aurait dû prévenir ses clients", feeds.Negative}, // a reproach
		{"fr", "Le divorce entre la marque et son égérie", feeds.Negative},
		{"fr", "Le gouvernement interdira la vente du produit", feeds.Negative},
		{"fr", "Le nouveau forfait n'a pas que des inconvénients", feeds.Positive}, // not only drawbacks
		{"fr", "Oui bien sûr, le magasin ouvre à neuf heures", feeds.Neutral},      // of course: no judgement
		{"fr", "Un crédit d'impôt pour les travaux", feeds.Neutral},
		{"fr", "Un poids lourd du secteur rachète la marque", feeds.Neutral},
		{"fr", "La cellule de crise se réunit à 14h", feeds.Neutral},
		{"fr", "Atelier d'évaluation des risques industriels", feeds.Neutral},
		{"fr", "La sécurité du produit en question", feeds.Neutral}, // a subject, like santé
		{"fr", "Vos données sont en sécurité", feeds.Positive},
		{"fr", "Faille de sécurité chez l'opérateur", feeds.Negative},
		{"fr", "Le volant du modèle 2024 change de forme", feeds.Neutral}, // a steering wheel, not stealing
	})
}

// Everyday French words for what a brand or a service does well.
func TestFrenchPraiseWords(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Le service est de nouveau opérationnel", feeds.Positive},
		{"fr", "Ce n'est toujours pas opérationnel", feeds.Negative},
		{"fr", "Le fabricant renforce ses contrôles", feeds.Positive},
		{"fr", "Les doutes se renforcent chez les clients", feeds.Negative}, // strengthens what it follows
		{"fr", "La confiance se renforce", feeds.Positive},
		{"fr", "Un projet d'envergure", feeds.Positive},
		{"fr", "Une panne d'envergure chez l'opérateur", feeds.Negative}, // major, not praise
		{"fr", "La marque s'engage pour ses clients", feeds.Positive},
		{"fr", "Un vrai atout pour la ville", feeds.Positive},
		{"fr", "C'est sans doute la meilleure offre", feeds.Positive}, // sans doute: probably, no negation
		{"fr", "Sans aucun doute le meilleur SAV", feeds.Positive},
		{"fr", "Feu vert des autorités pour la remise en vente", feeds.Positive},
		{"fr", "Une réponse pleine d'humour du community manager", feeds.Positive},
		{"fr", "Les clients sont charmés", feeds.Positive},
		{"fr", "Voilà qui va plaire aux abonnés", feeds.Positive},
		{"fr", "La marque a le vent en poupe", feeds.Positive},
		{"fr", "Objectif atteint pour la nouvelle usine", feeds.Positive},
		{"fr", "Le groupe n'atteindra pas son objectif de ventes", feeds.Negative},
		{"fr", "Ça n'intéresse personne", feeds.Negative},
	})
}

// French crisis-room phrases that UMSAB-fr does not contain.
func TestFrenchCrisisPhrases(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Sans compter les frais cachés", feeds.Negative}, // adds to the complaint, no negation
		{"fr", "Sans parler du prix exorbitant", feeds.Negative},
		{"fr", "Ça ne sert à rien d'appeler", feeds.Negative},
		{"fr", "Rien à redire sur la livraison", feeds.Positive},
		{"fr", "La hauteur du pont", feeds.Neutral}, // "à la hauteur" needs its verb
		{"fr", "Le SAV est à la hauteur", feeds.Positive},
		{"fr", "Le SAV n'est pas du tout à la hauteur", feeds.Negative},
		{"fr", "Trop tard, le rappel aurait dû venir avant", feeds.Negative},
		{"fr", "J'ai hâte de recevoir ma commande", feeds.Positive},
		{"fr", "Chère cliente, nous revenons vers vous", feeds.Neutral}, // address, not price
		{"fr", "Encore bravo pour ce fiasco", feeds.Negative},           // ironic, as "merci pour la panne"
		{"fr", "Bravo pour la réactivité", feeds.Positive},
		{"fr", "Une vive inquiétude chez les parents", feeds.Negative},
		{"fr", "Absence totale de communication", feeds.Negative},
		{"fr", "L'appli plante depuis la mise à jour, ça rame", feeds.Negative},
		{"fr", "Ils nous prennent pour des pigeons", feeds.Negative},
		{"fr", "La marque se fout de nous", feeds.Negative},
		{"fr", "Réseau saturé ce soir", feeds.Negative},
		{"fr", "Produit avarié retiré des rayons", feeds.Negative},
		{"fr", "Un service aux petits oignons", feeds.Positive},
		{"fr", "Franchement bluffé par la réactivité", feeds.Positive},
		{"fr", "Aucune nouvelle de ma commande", feeds.Negative},
		{"fr", "Non remboursé après trois semaines", feeds.Negative},
		{"fr", "Trois jours sans réseau. Logique.", feeds.Negative}, // sarcasm, as "Génial."
		{"fr", "Un service client désorganisé", feeds.Negative},
		{"fr", "Un vendeur tout à fait recommandable", feeds.Positive},
	})
}
