package sentiment

import (
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// French posts of brand crises, written the way people post them on X,
// Bluesky or Mastodon (elisions, dropped "ne", slang, typos, emoji), with
// the label a crisis analyst gives them: information and questions are
// neutral, praise, relief and defence of the brand positive. The posts were
// written for this test, not taken from the evaluation sets (nor from the
// held-out crisis posts of testdata). Each group mixes posts a lexicon or
// rule change fixed with guards the scorer already read right.

func TestFrenchCrisisRecall(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Ils auraient pu prévenir plus tôt quand même", feeds.Negative},
		{"fr", "jsp vous mais moi j'ose plus donner de Beaumont à mes gosses", feeds.Negative},
		{"fr", "Ptdr les mecs rappellent leurs pizzas pour la 2e fois du mois, on est où là", feeds.Negative},
		{"fr", "Encore un rappel chez eux, c'est le troisième cette année, j'achète plus rien de cette marque", feeds.Negative},
		{"fr", "Information importante : ne consommez pas les produits du lot 4521, date limite 12/03.", feeds.Neutral},
		{"fr", "Mise à jour : le lot 4521 est le seul concerné d'après Lactiva.", feeds.Neutral},
		{"fr", "Ma fille a vomi toute la nuit après leurs raviolis. Merci Beaumont 🙃", feeds.Negative},
		{"fr", "Ils rappellent les produits mais en magasin ils sont encore en rayon. Bravo la sécurité.", feeds.Negative},
		{"fr", "#BeaumontGate franchement on mérite mieux que ça", feeds.Negative},
		{"fr", "Vous jouez avec la santé des gens", feeds.Negative},
		{"fr", "Franchement ça fait flipper, on sait plus ce qu'on mange", feeds.Negative},
		{"fr", "Mon fils a eu la diarrhée pendant 3 jours, j'ai tout de suite pensé à leurs yaourts", feeds.Negative},
		{"fr", "J'ai plus confiance du tout", feeds.Negative},
		{"fr", "À chaque fois c'est la même histoire avec eux", feeds.Negative},
		{"fr", "J'arrive pas à croire qu'ils aient laissé ça en vente aussi longtemps", feeds.Negative},
		{"fr", "Ça fait froid dans le dos", feeds.Negative},
		{"fr", "Qui va payer pour les enfants hospitalisés ?", feeds.Negative},
		{"fr", "C'est toujours les mêmes qui trinquent", feeds.Negative},
		{"fr", "Aucune bactérie détectée dans les nouveaux lots, c'est une bonne nouvelle", feeds.Positive},
		{"fr", "J'ai la gorge nouée en pensant aux familles", feeds.Negative},
		{"fr", "Je comprends pas comment c'est possible qu'il y ait encore des lots en vente", feeds.Negative},
		{"fr", "Listeria dans les fromages Beaumont, et ils le savaient depuis 15 jours. Dégueulasse.", feeds.Negative},
		{"fr", "Franchement chapeau à Lactiva, rappel rapide et communication claire 👏", feeds.Positive},
		{"fr", "Trop bien, encore un scandale sanitaire, on s'ennuyait", feeds.Negative},
		{"fr", "Heureusement que personne n'a été malade", feeds.Positive},
		{"fr", "j'ai ramené mes pots au magasin, remboursé direct, nickel", feeds.Positive},
		{"fr", "Bon ben plus jamais de Beaumont à la maison.", feeds.Negative},
		{"fr", "Des bouts de plastique dans les nuggets, sérieux ???", feeds.Negative},
		{"fr", "Un vendeur sérieux, je recommande", feeds.Positive},
	})
}

func TestFrenchCrisisDataLeak(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Vos données valent rien pour eux, c'est clair", feeds.Negative},
		{"fr", "Mon IBAN dans la nature grâce à NetoBox, trop content 🙄", feeds.Negative},
		{"fr", "J'ai reçu un mail de phishing avec mon nom et mon numéro client, c'est flippant", feeds.Negative},
		{"fr", "Vous avez perdu ma confiance pour toujours", feeds.Negative},
		{"fr", "Franchement la cybersécurité chez NetoBox c'est une passoire", feeds.Negative},
		{"fr", "Ils se foutent royalement de nos données", feeds.Negative},
		{"fr", "On apprend ça par la presse, même pas un mail de leur part", feeds.Negative},
		{"fr", "Tout ça pour économiser sur la sécu, bande de rapaces", feeds.Negative},
		{"fr", "On devrait les sanctionner lourdement", feeds.Negative},
		{"fr", "Mes données valent plus que votre excuse en carton", feeds.Negative},
		{"fr", "Ça me fout les boules de savoir que tout le monde peut avoir mon RIB", feeds.Negative},
		{"fr", "NetoBox a laissé fuiter les données de 3 millions de clients, et personne ne démissionne", feeds.Negative},
		{"fr", "Le communiqué de NetoBox est disponible sur leur site.", feeds.Neutral},
		{"fr", "Ils jouent la montre", feeds.Negative},
		{"fr", "Ils ont revendu nos données à des annonceurs sans nous le dire", feeds.Negative},
		{"fr", "On est fliqués en permanence par leur appli", feeds.Negative},
		{"fr", "J'ai dû faire opposition sur ma carte à cause d'eux", feeds.Negative},
		{"fr", "Bravo NetoBox, champion de la sécurité 🏆🙄", feeds.Negative},
		{"fr", "Ils ont attendu 2 mois pour nous dire que nos données avaient fuité. Inadmissible.", feeds.Negative},
		{"fr", "L'équipe sécu de NetoBox a été hyper réactive, faille corrigée en 24h 👌", feeds.Positive},
		{"fr", "Toujours aucune réponse du DPO de NetoBox. Génial.", feeds.Negative},
		{"fr", "Bon au moins ils ont prévenu vite, c'est déjà ça", feeds.Positive},
		{"fr", "Ouf, nos données bancaires ne sont pas concernées", feeds.Positive},
		{"fr", "Ils osent dire qu'aucune donnée sensible n'a fuité alors que nos IBAN circulent", feeds.Negative},
		{"fr", "Est-ce que les clients pros sont touchés aussi ?", feeds.Neutral},
	})
}

func TestFrenchCrisisOutage(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Plus d'internet depuis ce matin, je télétravaille comment moi ?? @Fibrea", feeds.Negative},
		{"fr", "Ça fait 48h sans box et le service client me dit de redémarrer ma box... sérieusement ?", feeds.Negative},
		{"fr", "SA MARCHE TOUJOURS PAS !!!!!", feeds.Negative},
		{"fr", "Zéro info, zéro excuse, zéro geste commercial. Bravo Fibrea 👏", feeds.Negative},
		{"fr", "L'appli plante dès qu'on l'ouvre, c'est infernal", feeds.Negative},
		{"fr", "Le site de la banque est encore en carafe", feeds.Negative},
		{"fr", "AUCUNE INFO DEPUIS CE MATIN", feeds.Negative},
		{"fr", "Service client aux abonnés absents", feeds.Negative},
		{"fr", "Toujours pas de courant, 36h maintenant, on se les gèle", feeds.Negative},
		{"fr", "Je paye un abonnement pour un service qui marche pas", feeds.Negative},
		{"fr", "On nous prend pour des vaches à lait", feeds.Negative},
		{"fr", "Ils s'en lavent les mains", feeds.Negative},
		{"fr", "La carte des zones touchées est disponible sur le site de l'opérateur.", feeds.Neutral},
		{"fr", "Le réseau est aux fraises depuis ce matin", feeds.Negative},
		{"fr", "Encore une panne Fibrea, 3e fois ce mois-ci, j'en peux plus 😩", feeds.Negative},
		{"fr", "Le réseau est de retour, bravo aux équipes qui ont bossé toute la nuit", feeds.Positive},
		{"fr", "Service rétabli chez moi, tout marche nickel 👍", feeds.Positive},
		{"fr", "Merci pour rien @Fibrea", feeds.Negative},
		{"fr", "tkt c'est réparé chez moi depuis 10 min", feeds.Positive},
		{"fr", "Rien à signaler sur le réseau", feeds.Positive},
		{"fr", "Franchement panne réglée en 2h, ça arrive, pas de quoi en faire un drame", feeds.Positive},
		{"fr", "Le bug a été corrigé dans la nuit", feeds.Positive},
		{"fr", "Top Fibrea 👍 après 2 jours de panne ça remarche", feeds.Positive},
		{"fr", "Vous comptez faire quoi exactement ? Ça fait une semaine", feeds.Negative},
		{"fr", "On a eu une coupure de 10 minutes, rien de grave, restez zen", feeds.Positive},
		{"fr", "ça rame de ouf depuis hier soir", feeds.Negative},
	})
}

func TestFrenchCrisisExecutiveRemarks(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "quelle bande de guignols", feeds.Negative},
		{"fr", "Sortie de contexte, la phrase du PDG. Regardez l'interview en entier avant de juger.", feeds.Positive},
		{"fr", "Nan mais ils sont sérieux là ?", feeds.Negative},
		{"fr", "Qu'il dégage !", feeds.Negative},
		{"fr", "Il assume même pas ce qu'il a dit", feeds.Negative},
		{"fr", "Ses excuses c'est du pipeau", feeds.Negative},
		{"fr", "Excuses acceptées, tout le monde peut se tromper", feeds.Positive},
		{"fr", "Des excuses forcées, on n'y croit pas une seconde", feeds.Negative},
		{"fr", "Ce type n'a aucune empathie", feeds.Negative},
		{"fr", "Il devrait démissionner après ça", feeds.Negative},
		{"fr", "Qu'est-ce qui lui est passé par la tête ?", feeds.Negative},
		{"fr", "Son mea culpa ne trompe personne", feeds.Negative},
		{"fr", "Il a craché sur ses propres salariés", feeds.Negative},
		{"fr", "Leur ambassadeur est un harceleur, et ils le gardent", feeds.Negative},
		{"fr", "Le PDG a encore sorti une énormité", feeds.Negative},
		{"fr", "Franchement il aurait mieux fait de se taire", feeds.Negative},
		{"fr", "Je trouve qu'on lui fait un mauvais procès, la phrase était maladroite mais pas méchante", feeds.Positive},
		{"fr", "Ses propos sont inacceptables, il doit démissionner.", feeds.Negative},
		{"fr", "Je soutiens le patron de Kazaë, il a eu le courage de dire ce que tout le monde pense", feeds.Positive},
		{"fr", "Le conseil d'administration se réunit demain pour statuer sur son sort.", feeds.Neutral},
		{"fr", "j'suis choqué de ouf par ce qu'il a dit", feeds.Negative},
	})
}

func TestFrenchCrisisBoycott(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Plus un centime pour cette boîte", feeds.Negative},
		{"fr", "Ils ont perdu une cliente fidèle depuis 15 ans", feeds.Negative},
		{"fr", "Je vais jamais remettre les pieds chez eux", feeds.Negative},
		{"fr", "Beaumont c'est fini pour moi. FI-NI.", feeds.Negative},
		{"fr", "Carte de fidélité découpée ✂️ adieu Kazaë", feeds.Negative},
		{"fr", "Désabonnée. Fin de l'histoire.", feeds.Negative},
		{"fr", "Faites passer le mot, on achète plus chez eux", feeds.Negative},
		{"fr", "Ils ne méritent plus notre argent", feeds.Negative},
		{"fr", "Tant qu'il reste à la tête de la boîte, j'achète ailleurs", feeds.Negative},
		{"fr", "Allez hop, application désinstallée", feeds.Negative},
		{"fr", "Leurs ventes s'effondrent et c'est mérité", feeds.Negative},
		{"fr", "J'ai supprimé l'appli, bon vent", feeds.Negative},
		{"fr", "On les fera plier", feeds.Negative},
		{"fr", "Moi c'est fini, je change de fournisseur", feeds.Negative},
		{"fr", "Au revoir Orvel, vous ne me manquerez pas", feeds.Negative},
		{"fr", "Ils se sont tiré une balle dans le pied", feeds.Negative},
		{"fr", "Je ferme mon compte chez eux demain", feeds.Negative},
		{"fr", "Je ne veux plus entendre parler de cette marque", feeds.Negative},
		{"fr", "Unfollow direct après ce qu'ils ont fait", feeds.Negative},
		{"fr", "J'ai signé la pétition pour qu'ils retirent ce produit", feeds.Negative},
		{"fr", "C'est décidé, je vais voir la concurrence", feeds.Negative},
		{"fr", "#BoycottKazaë jusqu'à ce qu'ils s'excusent", feeds.Negative},
		{"fr", "Je boycotte pas, j'aime trop leurs biscuits 😅", feeds.Positive},
		{"fr", "REMBOURSEZ. NOUS.", feeds.Negative},
	})
}

func TestFrenchCrisisFailedAd(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Bad buzz du siècle pour Orvel, bien joué les génies", feeds.Negative},
		{"fr", "Réseau perdu, clients perdus, bravo le génie", feeds.Negative},
		{"fr", "Cette pub est d'un mauvais goût incroyable", feeds.Negative},
		{"fr", "Franchement qui a validé ça, c'est lunaire", feeds.Negative},
		{"fr", "Je savais pas qu'on pouvait encore faire des pubs aussi beaufs en 2026", feeds.Negative},
		{"fr", "Le marketing de Vélya a complètement pété les plombs", feeds.Negative},
		{"fr", "Grosse bourde de communication", feeds.Negative},
		{"fr", "La boulette du siècle", feeds.Negative},
		{"fr", "Ce spot est vraiment limite", feeds.Negative},
		{"fr", "La pub de trop", feeds.Negative},
		{"fr", "On touche le fond", feeds.Negative},
		{"fr", "Le CM de Vélya qui se fait ratio en beauté mdr", feeds.Negative},
		{"fr", "Cette marque c'est un red flag ambulant", feeds.Negative},
		{"fr", "Ce spot est d'une lourdeur", feeds.Negative},
		{"fr", "Ce genre de pub ne devrait plus exister", feeds.Negative},
		{"fr", "Ils ont vraiment rien compris à leur époque", feeds.Negative},
		{"fr", "Ça sent la pub faite par un stagiaire", feeds.Negative},
		{"fr", "Perso je trouve la pub drôle, les gens sont trop susceptibles", feeds.Positive},
		{"fr", "Le clip est magnifique, je comprends pas la polémique", feeds.Positive},
		{"fr", "Gênant. Très gênant.", feeds.Negative},
		{"fr", "ce spot pub c'est un cringe absolu 😬", feeds.Negative},
	})
}

func TestFrenchCrisisMisinformation(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Intox ou pas, moi j'y touche plus", feeds.Negative},
		{"fr", "Le démenti de Kazaë ne convainc personne", feeds.Negative},
		{"fr", "Ils ont beau démentir, personne ne les croit", feeds.Negative},
		{"fr", "Leur démenti ne répond à aucune question", feeds.Negative},
		{"fr", "Rumeur infondée, circulez il n'y a rien à voir", feeds.Positive},
		{"fr", "La rumeur sur les puces dans les cartes Fibrea est totalement infondée", feeds.Positive},
		{"fr", "La rumeur est fausse, Beaumont a publié les analyses du labo", feeds.Positive},
		{"fr", "Leur démenti sonne creux", feeds.Negative},
		{"fr", "Démenti pas crédible du tout", feeds.Negative},
		{"fr", "C'est un faux compte, la vraie marque n'a rien publié, rassurez-vous", feeds.Positive},
		{"fr", "Made in France mon oeil, tout vient de Chine", feeds.Negative},
		{"fr", "Vérifiez vos sources avant de partager, cette photo date de 2018", feeds.Neutral},
		{"fr", "Fausse alerte : le lait Lactiva est parfaitement sain selon l'ANSES", feeds.Positive},
		{"fr", "Merci à ceux qui ont démonté cette fake news, ça fait du bien", feeds.Positive},
	})
}

func TestFrenchCrisisViralComplaint(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Le service client m'a raccroché au nez. Deux fois.", feeds.Negative},
		{"fr", "Faut arrêter de taper sur eux, ils ont reconnu l'erreur et remboursé", feeds.Positive},
		{"fr", "Ils ont tenu parole", feeds.Positive},
		{"fr", "Quand on paie 80€ par mois on s'attend à mieux", feeds.Negative},
		{"fr", "Ça fait 2 mois que j'attends mon colis et personne ne me répond", feeds.Negative},
		{"fr", "Commande reçue incomplète et personne pour m'aider", feeds.Negative},
		{"fr", "Ils m'ont baladée pendant 2 mois", feeds.Negative},
		{"fr", "Votre SAV c'est le néant", feeds.Negative},
		{"fr", "Vous m'avez vendu de la camelote", feeds.Negative},
		{"fr", "Ça fait 3 semaines que j'attends un technicien", feeds.Negative},
		{"fr", "C'est la dernière fois que je commande chez vous", feeds.Negative},
		{"fr", "Ils ne répondent qu'avec des messages types", feeds.Negative},
		{"fr", "Je suis à bout de nerfs avec ce dossier", feeds.Negative},
		{"fr", "Réponse automatique, encore et toujours", feeds.Negative},
		{"fr", "Vous me devez 150 euros", feeds.Negative},
		{"fr", "Ça fait 4 fois que je relance le SAV", feeds.Negative},
		{"fr", "J'ai dû appeler 12 fois pour obtenir une réponse", feeds.Negative},
		{"fr", "Je suis client depuis 10 ans et voilà comment on me traite", feeds.Negative},
		{"fr", "Ils se renvoient la balle entre service client et magasin", feeds.Negative},
		{"fr", "Mon forfait a augmenté de 5€ sans aucune explication", feeds.Negative},
		{"fr", "Promesses non tenues, encore une fois", feeds.Negative},
		{"fr", "@Orvel_SAV vous m'avez ghostée depuis 10 jours, c'est quoi le délire ?", feeds.Negative},
		{"fr", "Suivi inexistant, service client fantôme", feeds.Negative},
		{"fr", "Personne ne prend ses responsabilités dans cette boîte", feeds.Negative},
		{"fr", "J'ai l'impression de parler à un mur", feeds.Negative},
		{"fr", "Ça fait trois fois que je remplis le formulaire, personne ne me recontacte", feeds.Negative},
		{"fr", "On paie le prix fort pour un service au rabais", feeds.Negative},
		{"fr", "Je ne comprends pas qu'on traite les clients de cette façon", feeds.Negative},
		{"fr", "Bonjour, nous sommes désolés pour la gêne occasionnée. Pouvez-vous nous écrire en MP ?", feeds.Neutral},
		{"fr", "Colis jamais reçu, SAV injoignable, comment c'est possible en 2026", feeds.Negative},
		{"fr", "Service client au top, problème réglé en 10 minutes, merci Sarah !", feeds.Positive},
		{"fr", "C'est du foutage de gueule ce geste commercial de 5€", feeds.Negative},
		{"fr", "Le geste commercial est correct, ils ont été réglo", feeds.Positive},
		{"fr", "Bonjour, ma commande 45821 est toujours en préparation depuis le 3, pouvez-vous vérifier ?", feeds.Neutral},
		{"fr", "Pire service client de France, et je pèse mes mots", feeds.Negative},
		{"fr", "Top le SAV, échange fait sans problème", feeds.Positive},
		{"fr", "Je ne recommande pas du tout", feeds.Negative},
		{"fr", "Ils m'ont facturé deux fois et refusent de rembourser", feeds.Negative},
	})
}

// Written laughter beside bad news derides (see mockery in context.go);
// beside good news or nothing it stays laughter, and it is never negated.
func TestFrenchLaughterMocks(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "ptdr il s'enfonce à chaque interview", feeds.Negative},
		{"fr", "Mdrrr le site d'Orvel qui tombe le jour des soldes", feeds.Negative},
		{"fr", "c'est une blague ? lol", feeds.Negative},
		{"fr", "mdr leur pub est trop bien", feeds.Positive},
		{"fr", "j'en sais rien mdr", feeds.Positive},
		{"fr", "ptdr le CM de Fibrea", feeds.Positive},
	})
}

// Spoken "zéro X" is "aucun X": it negates the noun it governs.
func TestFrenchZeroNegates(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "zéro geste commercial", feeds.Negative},
		{"fr", "zéro défaut depuis la mise à jour", feeds.Positive},
		{"fr", "Service client : zéro.", feeds.Negative},
	})
}

// Praise addressed to someone ("Bravo Fibrea", "Génial le SAV") stands
// alone in its clause as "Génial." does: sarcasm after bad news, praise
// after good. Amazement and "bon" before a noun are adjectives, not
// exclamations, and keep their reading.
func TestFrenchAddressedPraiseEchoes(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Trois jours sans réseau. Bravo Fibrea 👏", feeds.Negative},
		{"fr", "Encore une panne. Génial le SAV", feeds.Negative},
		{"fr", "Livré en deux heures, bravo Fibrea 👏", feeds.Positive},
		{"fr", "Génial le SAV, remboursé en 5 minutes", feeds.Positive},
		{"fr", "Il pleut encore. Bon café quand même !", feeds.Positive},
		{"fr", "Bravo l'équipe, la panne est réglée", feeds.Positive},
		{"fr", "mdr la panne est réglée", feeds.Positive},
	})
}

// An eye-roll or an upside-down face marks the praise of its clause as
// irony (see ironicEmoji in context.go); other clauses keep their words.
// Emoji mean the same in every language, so English reads them alike.
func TestIronyEmoji(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Merci Beaumont 🙃", feeds.Negative},
		{"fr", "trop content 🙄", feeds.Negative},
		{"fr", "Encore une panne 🙄", feeds.Negative},
		{"fr", "Super 👏🙄", feeds.Negative},
		{"fr", "Livré en 24h, trop content 😊", feeds.Positive},
		{"fr", "Trop content, remboursé en deux jours. Leur ancien SAV 🙄", feeds.Positive},
		{"en", "So happy with the new app 🙄", feeds.Negative},
		{"en", "Great job Nordbank 🙃", feeds.Negative},
		{"en", "Refund came in two days, so happy 😊", feeds.Positive},
	})
}

// A word of loss negates the noun it governs, as "perte de" does: losing
// trust is bad, losing a bug is not news anyone posts.
func TestFrenchLossNegates(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "Vous avez perdu ma confiance", feeds.Negative},
		{"fr", "J'ai perdu mon colis", feeds.Negative},
	})
}

// Amazement after a word of sentiment intensifies it instead of praising.
func TestFrenchAmazementIntensifies(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "une lenteur incroyable", feeds.Negative},
		{"fr", "Une incroyable arnaque", feeds.Negative},
		{"fr", "Un service incroyable", feeds.Positive},
	})
}

// Slang of crisis posts; words with a second, neutral sense ("daube" the
// stew, "foire" the fair, "style" the noun) count only in their slang turn.
func TestFrenchCrisisSlang(t *testing.T) {
	checkLabels(t, []labelCase{
		{"fr", "leur nouveau yaourt c'est de la daube", feeds.Negative},
		{"fr", "le service client est éclaté au sol", feeds.Negative},
		{"fr", "ça me gave leurs mails d'excuse", feeds.Negative},
		{"fr", "on s'est fait enfler", feeds.Negative},
		{"fr", "ils ont complètement foiré leur com", feeds.Negative},
		{"fr", "tjrs rien reçu", feeds.Negative},
		{"fr", "on marche sur la tête", feeds.Negative},
		{"fr", "trop stylé leur pub", feeds.Positive},
		{"fr", "ça passe crème", feeds.Positive},
		{"fr", "Une daube provençale pour ce soir", feeds.Neutral},
		{"fr", "La foire aux vins commence lundi", feeds.Neutral},
		{"fr", "Le style de la marque change", feeds.Neutral},
	})
}
