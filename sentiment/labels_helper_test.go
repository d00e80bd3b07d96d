package sentiment

import (
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// labelCase is a text, its language and the label it must get.
type labelCase struct {
	lang, text string
	want       feeds.Label
}

// checkLabels scores each case with the default model.
func checkLabels(t *testing.T, cases []labelCase) {
	t.Helper()
	s := newTestScorer(t)
	for _, c := range cases {
		if r := s.Score(c.text, c.lang); r.Label != c.want {
			t.Errorf("%s %q = %.3f (%s), want %s", c.lang, c.text, r.Compound, r.Label, c.want)
		}
	}
}
