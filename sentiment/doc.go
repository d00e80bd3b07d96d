// Package sentiment scores short social-media texts in French and English
// with a lexicon-and-rules engine of VADER's family (Hutto & Gilbert, 2014):
// a compound score in [-1, 1], neg/neu/pos proportions and a pos/neu/neg
// label at +/-0.05.
//
// A Model holds the immutable lexicons and is shared by every goroutine; a
// Scorer holds the scratch buffers of one goroutine, so that scoring a text
// allocates nothing once the buffers have grown. Texts in a language other
// than French or English, or in none, are scored by their emoji and
// emoticons alone ("😡😡😡", ":("), which mean the same in every language
// (Lang "und", Model "warroom-lex/1 emoji"); without any, they get a neutral
// score marked Unscored rather than a wrong English score.
//
// The lexicons are data files embedded from data/, each with a header saying
// how it was made. Users add or override entries through Config.
package sentiment
