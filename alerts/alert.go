package alerts

import "time"

// State is where an alert stands in its lifecycle.
type State string

const (
	StateFiring       State = "firing"
	StateAcknowledged State = "acknowledged"
	StateSnoozed      State = "snoozed"
	StateEscalated    State = "escalated"
	StateResolved     State = "resolved"
)

// Severity grades an alert; compare with Rank, never as strings.
type Severity string

const (
	Low      Severity = "low"
	Medium   Severity = "medium"
	High     Severity = "high"
	Critical Severity = "critical"
)

var severities = [...]Severity{"", Low, Medium, High, Critical}

// Rank orders severities: 0 for none, 1 (low) to 4 (critical).
func (s Severity) Rank() int {
	for i, v := range severities {
		if v == s {
			return i
		}
	}
	return 0
}

// severityOf is the inverse of Rank, clamped to [low, critical].
func severityOf(rank int) Severity {
	return severities[min(max(rank, 1), len(severities)-1)]
}

// Rule names, as shown on screen, in the journal and in backtests.
const (
	RuleSpike    = "volume_spike"
	RuleNegative = "negative_surge"
	RuleReach    = "high_reach"
	RuleKeyword  = "keyword"
	RuleSilent   = "feed_silent"
	RuleDown     = "feed_down"
)

// ruleVersion is recorded with every firing so that a journaled alert can be
// traced to the logic that produced it; bump it when a rule's math changes.
var ruleVersion = map[string]string{
	RuleSpike:    "volume_spike/1",
	RuleNegative: "negative_surge/1",
	RuleReach:    "high_reach/1",
	RuleKeyword:  "keyword/1",
	RuleSilent:   "feed_silent/1",
	RuleDown:     "feed_down/1",
}

// Baseline kinds of Inputs.Baseline.
const (
	BaselineTrailing = "trailing-12h"
	BaselineWeekly   = "same-hour-weeks"
)

// Change says why Tick returned an alert.
type Change string

const (
	ChangeFired     Change = "fired"     // a new alert
	ChangeMerged    Change = "merged"    // another firing on the same topic or feed joined it
	ChangeUpgraded  Change = "upgraded"  // its severity rose after the deviation lasted
	ChangeUnsnoozed Change = "unsnoozed" // its snooze ran out
	ChangeResolved  Change = "resolved"  // resolved by the engine (feed back, or quiet for ResolveAfter)
)

// Alert is one alert as the pane shows it and the journal records it. Values
// returned by the engine are copies: the slices they hold are never written
// again, so they may be kept and shared.
type Alert struct {
	ID    string `json:"id"`
	Rule  string `json:"rule"` // the rule that opened it
	Topic string `json:"topic,omitempty"`
	// Feed names the feed of a feed_silent or feed_down alert.
	Feed      string    `json:"feed,omitempty"`
	Severity  Severity  `json:"severity"`
	State     State     `json:"state"`
	FiredAt   time.Time `json:"fired_at"`
	UpdatedAt time.Time `json:"updated_at"`
	// Change is what the engine did to the alert last.
	Change Change `json:"change"`
	// Inputs, Top and Summary describe the latest firing (Firings' last).
	Inputs  Inputs `json:"inputs"`
	Top     []Post `json:"top,omitempty"`
	Summary string `json:"summary"`
	// Firings is the history of firings merged into this alert, oldest
	// first, at most maxFirings (the oldest are dropped).
	Firings []Firing `json:"firings"`

	AckedBy      string    `json:"acked_by,omitempty"`
	AckedAt      time.Time `json:"acked_at,omitzero"`
	SnoozedUntil time.Time `json:"snoozed_until,omitzero"`
	EscalatedAt  time.Time `json:"escalated_at,omitzero"`
	ResolvedAt   time.Time `json:"resolved_at,omitzero"`
}

// Firing is one rule's verdict: what it saw and why it fired.
type Firing struct {
	Rule     string    `json:"rule"`
	At       time.Time `json:"at"`
	Severity Severity  `json:"severity"`
	Inputs   Inputs    `json:"inputs"`
	Top      []Post    `json:"top,omitempty"`
	Summary  string    `json:"summary"`
}

// Latest is the firing that changed the alert last.
func (a Alert) Latest() Firing {
	if len(a.Firings) == 0 {
		return Firing{Rule: a.Rule, At: a.FiredAt, Severity: a.Severity, Inputs: a.Inputs, Top: a.Top, Summary: a.Summary}
	}
	return a.Firings[len(a.Firings)-1]
}

// Active reports whether the alert still asks for attention.
func (a Alert) Active() bool { return a.State != StateResolved }

// Inputs are the figures behind a firing, shown on screen and journaled so
// that anyone can redo the arithmetic. X, Mean, Sigma and Z are in the
// rule's own unit: mentions per window for volume and keywords, a share for
// the negative surge, followers for high reach (Mean then holds the tier).
type Inputs struct {
	Window      time.Duration `json:"window_ns"`
	X           float64       `json:"x"`
	Mean        float64       `json:"mean"`
	Sigma       float64       `json:"sigma"`
	Z           float64       `json:"z"`
	K           float64       `json:"k"`
	Baseline    string        `json:"baseline,omitempty"`
	RuleVersion string        `json:"rule_version"`
	// History is how much data the baseline rests on.
	History time.Duration `json:"history_ns,omitempty"`

	// volume_spike: platforms whose own count spiked, and the bin's
	// negative share among scored mentions.
	Breadth   int      `json:"breadth,omitempty"`
	Platforms []string `json:"platforms,omitempty"`
	NegShare  float64  `json:"neg_share,omitempty"`
	Scored    int64    `json:"scored,omitempty"`
	// negative_surge: the floor and the margin above baseline.
	Floor  float64 `json:"floor,omitempty"`
	Margin float64 `json:"margin,omitempty"`
	// high_reach: the post author's followers and the tier crossed.
	Followers int64 `json:"followers,omitempty"`
	Tier      int64 `json:"tier,omitempty"`
	// keyword: the configured words found.
	Keywords []string `json:"keywords,omitempty"`
	// feed_silent, feed_down.
	FeedState  string        `json:"feed_state,omitempty"`
	Silence    time.Duration `json:"silence_ns,omitempty"`
	QuietAfter time.Duration `json:"quiet_after_ns,omitempty"`
}

// Post is one mention behind a firing, copied from the (already sanitized)
// mention so that the alert outlives the stream's ring.
type Post struct {
	ID        string    `json:"id"`
	Platform  string    `json:"platform,omitempty"`
	URL       string    `json:"url,omitempty"`
	Author    string    `json:"author,omitempty"` // handle, else name
	Followers int64     `json:"followers,omitempty"`
	Text      string    `json:"text"`
	CreatedAt time.Time `json:"created_at"`
	Sentiment float64   `json:"sentiment,omitempty"`
	Negative  bool      `json:"negative,omitempty"`
}
