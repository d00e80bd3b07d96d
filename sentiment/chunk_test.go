package sentiment

import (
	"path/filepath"
	"slices"
	"testing"
)

// chunk reads a plain word itself and hands any other chunk to mixedChunk
// from where it stopped. Every text must come out as mixedChunk alone would
// have read it, chunk by chunk: the same tokens, keys, hashes and counts.
func TestPlainWordPathMatchesGeneralLoop(t *testing.T) {
	texts := []string{
		"Worst customer service EVER. Still waiting for my refund!!!",
		"o.O o.o O.o 0.o ok: ok. u:) u like I like :D D: xD <3 :-) ;) =)",
		"# hash #BoycottNike #JeSuisCharlie #lowercase #UPPER # ## #:)",
		"McDonald's isn't sooooo baaaad, lovin it a b c x y z 2 42 e-mail",
		"j'adore qu'il l'a dit n'importe quoi aujourd'hui jusqu'à",
		"héllo wörld ÉNORME nuuuul 😡😡 👍🏽 word\u00a0word word…",
		"http://x.co @user www.site.fr @ h w hello! what?! me, you. ok...",
		"trailing", "x", "I", "", "   ", "Hello\tWorld\nagain",
	}
	if !testing.Short() {
		for _, set := range []string{"umsab_en", "umsab_fr"} {
			texts = append(texts, tryLines(filepath.Join(evalDir, set, "test_text.txt"))...)
		}
	}
	var fast, whole tokenizer
	for _, text := range texts {
		fast.run(text)
		whole.runWhole(text)
		if string(fast.buf) != string(whole.buf) || !slices.Equal(fast.toks, whole.toks) {
			t.Errorf("%q:\n fast  %q %v\n whole %q %v", text, fast.buf, fast.toks, whole.buf, whole.toks)
		}
		if fast.votes() != whole.votes() || fast.excl != whole.excl || fast.quest != whole.quest {
			t.Errorf("%q: votes %v, marks %d %d; whole %v, %d %d", text,
				fast.votes(), fast.excl, fast.quest, whole.votes(), whole.excl, whole.quest)
		}
	}
}

// runWhole is run with every chunk that is not a URL or a handle read by
// mixedChunk from its start.
func (t *tokenizer) runWhole(text string) {
	t.reset()
	for i := 0; i < len(text); {
		if w := spaceAt(text, i); w > 0 {
			i += w
			continue
		}
		if mayBeLiteral(text, i) {
			if end, ok := t.literal(text, i); ok {
				i = end
				continue
			}
		}
		i = t.mixedChunk(text, i, i, len(t.toks), len(t.buf))
	}
}
