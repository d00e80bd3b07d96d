package tui

import (
	"fmt"
	"math"
	"strings"

	"github.com/warroom-dev/warroom/alerts"
)

// explain words the figures behind a firing so that anyone can redo the
// arithmetic: the score, its baseline and the rule's own inputs.
func explain(rule string, in alerts.Inputs) []string {
	var out []string
	switch rule {
	case alerts.RuleSpike, alerts.RuleKeyword:
		out = append(out, zLine(in, num))
	case alerts.RuleNegative:
		out = append(out, zLine(in, pct))
	}
	if in.Baseline != "" || in.History > 0 {
		out = append(out, "baseline "+orNone(in.Baseline)+" on "+shortAge(in.History)+" of history")
	}
	out = append(out, ruleInputs(rule, in)...)
	return append(out, "rule "+orNone(in.RuleVersion))
}

// zLine is the score and its threshold: window, x, mean, sigma, z, k.
func zLine(in alerts.Inputs, f func(float64) string) string {
	cmp := "≥"
	if in.Z < in.K {
		cmp = "<"
	}
	sigma := "σ " + f(in.Sigma)
	if in.Mean > 0 && math.Abs(in.Sigma-math.Sqrt(in.Mean)) < 0.005 {
		sigma += " (√mean floor)"
	}
	return fmt.Sprintf("window %s · x %s · mean %s · %s · z %s %s k %s",
		shortAge(in.Window), f(in.X), f(in.Mean), sigma, num(in.Z), cmp, num(in.K))
}

// ruleInputs are the inputs only one rule has.
func ruleInputs(rule string, in alerts.Inputs) []string {
	switch rule {
	case alerts.RuleSpike:
		s := fmt.Sprintf("breadth %d platform(s)", in.Breadth)
		if len(in.Platforms) > 0 {
			s += ": " + strings.Join(in.Platforms, ", ")
		}
		return []string{s + fmt.Sprintf(" · %s negative of %d scored", pct(in.NegShare), in.Scored)}
	case alerts.RuleNegative:
		return []string{fmt.Sprintf("floor %s · margin +%s over baseline · %d scored",
			pct(in.Floor), pct(in.Margin), in.Scored)}
	case alerts.RuleReach:
		return []string{fmt.Sprintf("author followers %s ≥ tier %s",
			humanCount(in.Followers), humanCount(in.Tier))}
	case alerts.RuleKeyword:
		return []string{"words: " + strings.Join(in.Keywords, ", ")}
	case alerts.RuleSilent, alerts.RuleDown:
		return []string{fmt.Sprintf("feed state %s · silent %s (quiet after %s)",
			orNone(in.FeedState), shortAge(in.Silence), shortAge(in.QuietAfter))}
	}
	return nil
}

// num writes a figure with three significant digits, whole above 100.
func num(f float64) string {
	switch a := math.Abs(f); {
	case a >= 1000:
		return humanCount(int64(math.Round(f)))
	case a >= 100:
		return fmt.Sprintf("%.0f", f)
	}
	return fmt.Sprintf("%.3g", f)
}

// pct writes a share (0..1) as a whole percentage.
func pct(f float64) string { return fmt.Sprintf("%.0f%%", f*100) }

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}
