package runbooks

import (
	"slices"
	"strings"
)

// validateGraph reports cycles and steps no answer can reach. It runs only
// on runbooks whose references all resolve.
func (l *loader) validateGraph(rb *Runbook) {
	g := newGraph(rb)
	cycles := g.cycles()
	for _, c := range cycles {
		l.cycle(rb, g, c)
	}
	if len(cycles) > 0 {
		return
	}
	dead := g.unreachable()
	for _, i := range dead {
		if slices.ContainsFunc(g.waitsFor(i), func(p int) bool { return slices.Contains(dead, p) }) {
			continue // inherited: fixing the first one fixes this one
		}
		l.add(ErrUnreachable, []any{"steps", i, "id"},
			"step `%s` can never run: under every answer of the decisions, all it waits for is skipped by a branch; fix its requires or the branches pointing to it", rb.Steps[i].ID)
	}
}

// cycle reports c (each step waits for the previous, the first for the
// last) at the link that closes it.
func (l *loader) cycle(rb *Runbook, g *graph, c []int) {
	names := g.names(c)
	first, last := &rb.Steps[c[0]], &rb.Steps[c[len(c)-1]]
	chain := "`" + strings.Join(append(names, names[0]), "` → `") + "`"
	if j := slices.Index(first.Requires, last.ID); j >= 0 {
		l.add(ErrCycle, []any{"steps", c[0], "requires", j},
			"cycle %s: each step waits for the one before it; remove `%s` from the requires of `%s` or another link", chain, last.ID, first.ID)
		return
	}
	for _, a := range rb.Answers(last) {
		if last.Branches[a] == first.ID {
			l.add(ErrCycle, []any{"steps", c[len(c)-1], "branches", a},
				"cycle %s: each step waits for the one before it; answer `%s` of `%s` must not lead back to `%s`", chain, a, last.ID, first.ID)
			return
		}
	}
	l.add(ErrCycle, []any{"steps", c[0], "id"}, "cycle %s: each step waits for the one before it", chain)
}
