package sentiment

// Language codes returned by Detect and used in Result.Lang.
const (
	French  = "fr"
	English = "en"
	// Undetermined is the Lang of a text scored by its emoji and emoticons
	// alone, its language being unknown or unsupported (BCP 47 "und").
	Undetermined = "und"
)

// votes counts the evidence for each language in a text.
type votes struct{ fr, en, other int }

// Detect returns "fr", "en" or "" (another language, or no evidence) for
// text. It reads function words, French diacritics and elisions; it is
// cheap but not free (it tokenizes), so callers that score anyway should use
// Score with lang "auto", which detects on the tokens it already has.
func Detect(text string) string {
	var t tokenizer
	t.run(text)
	return t.detect()
}

// detect decides the language from the tokens and marks read by run.
func (t *tokenizer) detect() string { return t.votes().decide() }

// votes gathers the evidence of the tokens and marks read by run.
func (t *tokenizer) votes() votes {
	v := votes{fr: t.frMarks + 2*t.elisions, other: t.otherMarks}
	for _, k := range t.toks {
		v.add(t.key(k))
	}
	return v
}

// decide returns the language with the most votes, "" on a tie or when
// another language wins.
func (v votes) decide() string {
	switch {
	case v.other > v.fr && v.other > v.en:
		return ""
	case v.fr > v.en:
		return French
	case v.en > v.fr:
		return English
	}
	return ""
}

// add counts one word. Words shared by several languages ("a", "on", "me",
// "la", "de", "en") are left out: they would only add noise.
func (v *votes) add(w []byte) {
	switch string(w) {
	case "le", "les", "des", "du", "une", "est", "et", "pas", "je", "tu", "il", "elle", "nous", "vous",
		"ils", "elles", "sont", "dans", "pour", "avec", "sur", "qui", "que", "ce", "cette", "ces", "mais",
		"ou", "au", "aux", "tres", "plus", "sans", "chez", "leur", "leurs", "mes", "tes", "ses", "nos",
		"vos", "ete", "etre", "fait", "ca", "ne", "comme", "tout", "tous", "bien", "aussi", "encore",
		"alors", "donc", "quand", "rien", "jamais", "toujours", "moi", "toi", "lui", "eux", "avoir",
		"suis", "sommes", "etes", "ai", "avons", "avez", "ont", "etait", "parce", "quoi", "oui", "non",
		"merci", "bonjour", "trop", "vraiment", "cest", "jai", "faire", "peut", "faut",
		"deja", "apres", "avant", "notre", "votre", "mon", "ton", "quelle", "quel", "pourquoi":
		v.fr++
	case "the", "and", "is", "are", "was", "were", "be", "been", "to", "of", "that", "it", "this", "for",
		"with", "you", "i", "my", "we", "they", "he", "she", "not", "but", "have", "has", "had", "do",
		"does", "did", "just", "what", "at", "from", "your", "our", "their", "will", "would", "can",
		"could", "should", "about", "all", "get", "got", "like", "an", "if", "or", "yes", "don't",
		"can't", "i'm", "it's", "by", "there", "out", "up", "now", "how", "when", "why", "who", "very",
		"really", "too", "being", "am", "which", "his", "her", "him", "them", "im", "dont", "its",
		"thanks", "today", "love", "good", "new", "one", "time", "going", "people", "know", "want":
		v.en++
	case "el", "los", "las", "una", "por", "con", "para", "del", "lo", "muy", "pero", "esta", "y",
		"nao", "uma", "com", "os", "isso", "voce", "der", "die", "das", "und", "ist", "nicht", "ich",
		"ein", "eine", "mit", "auf", "sie", "wir", "zu", "den", "dem", "auch", "di", "che", "della",
		"sono", "gli", "per", "anche", "questo", "molto", "het", "een", "niet", "ik", "van", "zijn":
		v.other++
	}
}
