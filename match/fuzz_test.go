package match

import (
	"slices"
	"testing"
)

// FuzzMatch feeds arbitrary text (invalid UTF-8, marks, huge words) to the
// matcher: it must not panic and must give the same answer twice, whether
// or not the pool hands back a dirty scratch.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{"acme", "#boycottacme", "ACMÉ road runner", "\xff\xfe#", "e\u0301\u0301", "½ ﬁ ＡＣＭＥ"} {
		f.Add(s, "fr")
	}
	m, err := New(testTopics())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		a := m.Match(text, lang, nil)
		b := m.Match(text, lang, nil)
		if !slices.Equal(a, b) {
			t.Fatalf("Match(%q) gave %q then %q", text, a, b)
		}
	})
}
