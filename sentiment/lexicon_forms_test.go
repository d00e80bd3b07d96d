package sentiment

import (
	"errors"
	"strings"
	"testing"
)

// A form that the tokenizer would cut short is refused at load time with
// its reason, instead of matching more than it says.
func TestFormsTheTokenizerWouldCutShort(t *testing.T) {
	for _, c := range []struct {
		form string
		want error
	}{
		{"take the L", errOneLetter}, // would be "take the": any "take the ..."
		{"plan B", errOneLetter},
		{"a joke", errOneLetter}, // would override "joke" itself
		{"à peine", errOneLetter},
		{"want a refund", nil}, // the text drops its "a" too
		{"j'ai", nil},
		{"E", errNoWord},
	} {
		var tok tokenizer
		err := newLexicon().set(&tok, c.form, kValence, -1)
		if !errors.Is(err, c.want) || (c.want == nil) != (err == nil) {
			t.Errorf("set(%q) = %v, want %v", c.form, err, c.want)
		}
	}
}

// A data file that gives a key two values fails to load, naming both
// lines: the later one would otherwise win without a word. The same value
// twice, or another kind of entry for the same word, is fine.
func TestConflictingLinesRefused(t *testing.T) {
	for _, c := range []struct {
		name, data string
		wantErr    string
	}{
		{"another value", "honteux\t-3.0\nhonteuse\t-2.9\nhonteux\t-2.9\n", `t.tsv:3: "honteux" is given -2.9 here and -3 at t.tsv:1`},
		{"expanded form", "content+e+s\t2.0\ncontents\t1.5\n", `t.tsv:2: "contents" is given 1.5 here and 2 at t.tsv:1`},
		{"folded alike", "problème réglé\t2.2\nprobleme regle\t2.0\n", `"probleme regle" is given 2 here and 2.2 at t.tsv:1`},
		{"same value", "honteux\t-3.0\nhonteux\t-3.0\n", ""},
		{"other kind", "super\t2.9\nsuper\t0.293\tboost\n", ""},
	} {
		var tok tokenizer
		err := newLexicon().load(&tok, "t.tsv", []byte(c.data))
		switch {
		case c.wantErr == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
			t.Errorf("%s: error %v, want it to hold %q", c.name, err, c.wantErr)
		}
	}
}
