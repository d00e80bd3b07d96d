package runbooks

import (
	"slices"
	"strings"
)

// graph is the dependency structure of a runbook: a step waits for the
// steps it requires and, when it is a branch target, for its decision.
type graph struct {
	rb    *Runbook
	index map[string]int
	preds [][]int // required steps
	gates [][]int // decisions branching to the step
	// order is a topological order; it is incomplete when there is a cycle.
	order []int
}

func newGraph(rb *Runbook) *graph {
	n := len(rb.Steps)
	g := &graph{rb: rb, index: make(map[string]int, n), preds: make([][]int, n), gates: make([][]int, n)}
	for i, s := range rb.Steps {
		g.index[s.ID] = i
	}
	for i, s := range rb.Steps {
		for _, r := range s.Requires {
			if j, ok := g.index[r]; ok {
				g.preds[i] = append(g.preds[i], j)
			}
		}
		for _, answer := range rb.Answers(&rb.Steps[i]) {
			if j, ok := g.index[s.Branches[answer]]; ok && !slices.Contains(g.gates[j], i) {
				g.gates[j] = append(g.gates[j], i)
			}
		}
	}
	g.order = g.topo()
	return g
}

// topo is Kahn's algorithm, taking ready steps in file order so that the
// order is stable.
func (g *graph) topo() []int {
	n := len(g.rb.Steps)
	indeg := make([]int, n)
	succ := make([][]int, n)
	for i := range n {
		for _, p := range g.waitsFor(i) {
			indeg[i]++
			succ[p] = append(succ[p], i)
		}
	}
	var order []int
	placed := make([]bool, n)
	for {
		next := -1
		for i := range n {
			if indeg[i] == 0 && !placed[i] {
				next = i
				break
			}
		}
		if next < 0 {
			return order
		}
		placed[next] = true
		order = append(order, next)
		for _, s := range succ[next] {
			indeg[s]--
		}
	}
}

// waitsFor lists every step i waits for: requires, then deciding steps.
func (g *graph) waitsFor(i int) []int {
	return append(slices.Clone(g.preds[i]), g.gates[i]...)
}

// cycles returns each distinct cycle once, as step indices in wait order
// (each waits for the previous), rotated to start at its lowest index.
func (g *graph) cycles() [][]int {
	if len(g.order) == len(g.rb.Steps) {
		return nil
	}
	var out [][]int
	seen := map[string]bool{}
	for i := range g.rb.Steps {
		if slices.Contains(g.order, i) {
			continue
		}
		c := g.cycleFrom(i)
		if c == nil {
			continue
		}
		key := strings.Join(g.names(c), " ")
		if !seen[key] {
			seen[key] = true
			out = append(out, c)
		}
	}
	return out
}

// cycleFrom walks back from start along waits until a step repeats.
func (g *graph) cycleFrom(start int) []int {
	var path []int
	pos := map[int]int{}
	for cur := start; ; {
		if at, ok := pos[cur]; ok {
			c := slices.Clone(path[at:])
			slices.Reverse(c) // now each step waits for the previous one
			m := slices.Index(c, slices.Min(c))
			return append(c[m:], c[:m]...)
		}
		pos[cur] = len(path)
		path = append(path, cur)
		next := -1
		for _, p := range g.waitsFor(cur) {
			if !slices.Contains(g.order, p) {
				next = p
				break
			}
		}
		if next < 0 {
			return nil
		}
		cur = next
	}
}

func (g *graph) names(idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = g.rb.Steps[i].ID
	}
	return out
}

// branchSkipped returns, for each step, whether the decisions taken so far
// leave it on no branch. answer reports a decision's answer; cut reports a
// step the operator skipped (a skipped decision chooses no branch).
//
// A branch target is skipped once every decision branching to it has been
// answered elsewhere, skipped or itself cut off. A step whose requirements
// are all skipped by a branch is skipped too; one with at least one live
// requirement is a join and runs after whichever branch was taken.
func (g *graph) branchSkipped(answer func(i int) (string, bool), cut func(i int) bool) []bool {
	out := make([]bool, len(g.rb.Steps))
	for _, i := range g.order {
		if len(g.gates[i]) > 0 && g.gatesClosed(i, out, answer, cut) {
			out[i] = true
			continue
		}
		if len(g.preds[i]) > 0 {
			all := true
			for _, p := range g.preds[i] {
				all = all && out[p]
			}
			out[i] = all
		}
	}
	return out
}

func (g *graph) gatesClosed(i int, out []bool, answer func(int) (string, bool), cut func(int) bool) bool {
	for _, d := range g.gates[i] {
		if out[d] || cut(d) {
			continue
		}
		a, ok := answer(d)
		if !ok || g.rb.Steps[d].Branches[a] == g.rb.Steps[i].ID {
			return false
		}
	}
	return true
}

// maxScenarios bounds the answer combinations the reachability check
// explores; a runbook with more decisions than that is not checked.
const maxScenarios = 4096

// unreachable returns the steps skipped under every combination of
// decision answers.
func (g *graph) unreachable() []int {
	var decisions []int
	total := 1
	for _, i := range g.order {
		if n := len(g.rb.Steps[i].Branches); n > 0 {
			decisions = append(decisions, i)
			total *= n
			if total > maxScenarios {
				return nil
			}
		}
	}
	reached := make([]bool, len(g.rb.Steps))
	chosen := map[int]string{}
	var explore func(k int)
	explore = func(k int) {
		if k == len(decisions) {
			skipped := g.branchSkipped(func(i int) (string, bool) { a, ok := chosen[i]; return a, ok }, func(int) bool { return false })
			for i, s := range skipped {
				reached[i] = reached[i] || !s
			}
			return
		}
		d := decisions[k]
		for _, a := range g.rb.Answers(&g.rb.Steps[d]) {
			chosen[d] = a
			explore(k + 1)
		}
	}
	explore(0)
	var out []int
	for i, r := range reached {
		if !r {
			out = append(out, i)
		}
	}
	return out
}
