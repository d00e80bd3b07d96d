package sentiment

import "testing"

// The hash kept while a word is read must be the hash of its key, whatever
// path the word took through the tokenizer.
func TestTokenHashIsTheKeyHash(t *testing.T) {
	var tk tokenizer
	for _, text := range []string{
		"sooooo goooood, l'arnaque du siècle !!! #BoycottNike @brand http://x.co",
		"J'adore pas trop ça, c'est nuuuul :( 😡😡 o.O D: <3",
		"DON'T CARE don't care Lovin it aujourd'hui ÉNORME œuvre Straße e-mail",
		"n'importe quoi qu'il jusqu'à ... a b c 2 x-y-z #a #ÉcoloGie",
	} {
		tk.run(text)
		for _, k := range tk.toks {
			if want := fnv32(tk.key(k)); k.hash != want {
				t.Errorf("%q: token %q hash %#x, want %#x", text, tk.key(k), k.hash, want)
			}
		}
	}
}
