package runbooks

import (
	"cmp"
	"slices"
	"strings"
)

// Match returns the runbooks (one per id, in lang as Get chooses) whose
// applies_when shares at least one tag with the incident, best first: each
// shared tag weighs 3, each shared alert kind 2, and a listed severity adds
// 1 when it matches and takes 1 when it does not. Ties keep id order.
//
// An alert kind alone matches only a runbook that lists no tags (a generic
// plan): the tags say what the crisis is about, while every crisis has a
// volume spike, so with the built-in plans an alert kind alone had
// "matched" all of them. Runbooks that match nothing are left out (All
// lists them).
func (l *Library) Match(severity string, tags []string, alertKinds []string, lang string) []*Runbook {
	type scored struct {
		rb    *Runbook
		score int
	}
	var hits []scored
	for _, rb := range l.InLang(lang) {
		aw := rb.AppliesWhen
		shared := overlap(aw.Tags, tags)
		if shared == 0 && len(aw.Tags) > 0 {
			continue
		}
		s := 3*shared + 2*overlap(aw.AlertKinds, alertKinds)
		if s == 0 {
			continue
		}
		if len(aw.Severities) > 0 && severity != "" {
			if overlap(aw.Severities, []string{severity}) > 0 {
				s++
			} else {
				s--
			}
		}
		hits = append(hits, scored{rb, s})
	}
	slices.SortStableFunc(hits, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
	out := make([]*Runbook, len(hits))
	for i, h := range hits {
		out[i] = h.rb
	}
	return out
}

// overlap counts the distinct values of a found in b, ignoring case and
// treating '-', '_' and ' ' alike ("data-breach" matches "Data_breach").
func overlap(a, b []string) int {
	n := 0
	seen := map[string]bool{}
	for _, x := range a {
		nx := normTag(x)
		if seen[nx] {
			continue
		}
		seen[nx] = true
		if slices.ContainsFunc(b, func(y string) bool { return normTag(y) == nx }) {
			n++
		}
	}
	return n
}

func normTag(s string) string {
	return strings.NewReplacer("-", "_", " ", "_").Replace(strings.ToLower(strings.TrimSpace(s)))
}
