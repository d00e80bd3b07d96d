package sentiment

import (
	"errors"
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
