package alerts

import (
	"errors"
	"fmt"
	"time"
)

// Config is the [alerts] table of warroom.toml. Decode TOML on top of
// DefaultConfig() so that what the file leaves out keeps its default.
// Durations are Go durations ("30m", "12h").
type Config struct {
	// Bell rings the terminal bell on a new alert (the TUI reads it).
	Bell bool `toml:"bell"`
	// MaxTopics caps the topics tracked; later topics are ignored and
	// counted in Engine.Dropped.
	MaxTopics int `toml:"max_topics"`
	// WarmUp is how much history the engine needs before any rule comparing
	// with a baseline may fire.
	WarmUp time.Duration `toml:"warm_up"`
	// Cooldown is the minimum time between two firings of one rule on one
	// topic (or feed); a severity upgrade is not a firing.
	Cooldown time.Duration `toml:"cooldown"`
	// Longevity is how many consecutive bins a higher severity must last
	// before an alert is upgraded.
	Longevity int `toml:"longevity"`
	// MergeWindow: a firing on a topic whose alert was updated less than
	// this ago is merged into that alert instead of opening a new one.
	MergeWindow time.Duration `toml:"merge_window"`
	// ResolveAfter resolves a firing, acknowledged or snoozed alert that
	// has not been updated for this long (0: never); escalated alerts are
	// closed by people only.
	ResolveAfter time.Duration `toml:"resolve_after"`
	// KeepResolved is how long Active still lists a resolved alert.
	KeepResolved time.Duration `toml:"keep_resolved"`

	Spike    SpikeConfig    `toml:"spike"`
	Negative NegativeConfig `toml:"negative"`
	Reach    ReachConfig    `toml:"reach"`
	Keyword  KeywordConfig  `toml:"keyword"`
	Feed     FeedConfig     `toml:"feed"`

	// Topics overrides rule settings per topic: [alerts.topics.NAME.spike]
	// and so on. A zero field inherits the global value.
	Topics map[string]TopicConfig `toml:"topics"`
}

// TopicConfig holds one topic's overrides.
type TopicConfig struct {
	Spike    SpikeConfig    `toml:"spike"`
	Negative NegativeConfig `toml:"negative"`
	Reach    ReachConfig    `toml:"reach"`
	Keyword  KeywordConfig  `toml:"keyword"`
}

// SpikeConfig tunes the volume spike rule on one-minute bins.
type SpikeConfig struct {
	Off bool `toml:"off"`
	// K is the z-score threshold; a single bin must reach StrongK, or two
	// consecutive bins K, so that one noisy minute cannot fire.
	K       float64 `toml:"k"`
	StrongK float64 `toml:"strong_k"`
	// MinCount is the fewest mentions in a minute that may fire.
	MinCount int `toml:"min_count"`
	// NegShare raises severity by one when the spike's negative share among
	// scored mentions reaches it.
	NegShare float64 `toml:"neg_share"`
}

// NegativeConfig tunes the negative surge rule.
type NegativeConfig struct {
	Off    bool          `toml:"off"`
	Window time.Duration `toml:"window"`
	// Floor is the share the window must reach; Margin how far above the
	// trailing baseline share it must be.
	Floor  float64 `toml:"floor"`
	Margin float64 `toml:"margin"`
	// MinScored is the fewest scored mentions in the window.
	MinScored int `toml:"min_scored"`
	// HighShare makes the surge high severity.
	HighShare float64 `toml:"high_share"`
}

// ReachConfig tunes the high-reach negative post rule.
type ReachConfig struct {
	Off bool `toml:"off"`
	// Tiers are follower thresholds, ascending: crossing the first is
	// medium severity, the second high, the third critical.
	Tiers []int64 `toml:"tiers"`
}

// KeywordConfig tunes the keyword trigger. Matching ignores case and
// accents and takes whole words (or phrases) only.
type KeywordConfig struct {
	Off bool `toml:"off"`
	// Words replaces the default list; Extra adds to it.
	Words []string `toml:"words"`
	Extra []string `toml:"extra"`
	// Window is the span counted; MinCount the fewest matching mentions
	// in it; K the z-score over the words' own trailing rate, so that a
	// word common for a brand does not fire all day.
	Window   time.Duration `toml:"window"`
	MinCount int           `toml:"min_count"`
	K        float64       `toml:"k"`
}

// wordList is the words to match: Words then Extra.
func (k KeywordConfig) wordList() []string {
	return append(append([]string(nil), k.Words...), k.Extra...)
}

// FeedConfig tunes the feed silent and feed down rules.
type FeedConfig struct {
	Off bool `toml:"off"`
	// Grace is how long a feed may be connecting or reconnecting before it
	// counts as silent (a live feed is silent after its own QuietAfter).
	Grace time.Duration `toml:"grace"`
}

// DefaultKeywords are the French and English words a crisis cell wants to
// hear about at once.
func DefaultKeywords() []string {
	return []string{
		// French
		"boycott", "boycotter", "rappel", "rappel produit", "intoxication", "intoxiqué",
		"fuite", "fuite de données", "plainte", "porter plainte", "arnaque", "scandale",
		"piratage", "piraté", "escroquerie", "danger", "toxique", "retrait", "procès",
		// English
		"recall", "lawsuit", "sue", "hack", "hacked", "breach", "data breach",
		"leak", "scam", "fraud", "poisoning", "contaminated", "outage", "scandal",
	}
}

// DefaultConfig returns the settings warroom ships with.
func DefaultConfig() Config {
	return Config{
		Bell:         true,
		MaxTopics:    64,
		WarmUp:       time.Hour,
		Cooldown:     30 * time.Minute,
		Longevity:    3,
		MergeWindow:  time.Hour,
		ResolveAfter: 2 * time.Hour,
		KeepResolved: 24 * time.Hour,
		Spike:        SpikeConfig{K: 3, StrongK: 6, MinCount: 5, NegShare: 0.5},
		Negative: NegativeConfig{Window: 15 * time.Minute, Floor: 0.35, Margin: 0.15,
			MinScored: 20, HighShare: 0.6},
		Reach:   ReachConfig{Tiers: []int64{10_000, 100_000, 1_000_000}},
		Keyword: KeywordConfig{Words: DefaultKeywords(), Window: 10 * time.Minute, MinCount: 3, K: 3},
		Feed:    FeedConfig{Grace: 2 * time.Minute},
	}
}

// Validate reports the first setting that cannot work, naming it.
func (c Config) Validate() error {
	var errs []error
	check := func(ok bool, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf("alerts: "+format, args...))
		}
	}
	check(c.MaxTopics > 0, "max_topics must be positive, got %d", c.MaxTopics)
	check(c.WarmUp >= 0 && c.WarmUp <= baselineSpan, "warm_up must be within 0..%s, got %s", baselineSpan, c.WarmUp)
	check(c.Cooldown >= 0, "cooldown must not be negative, got %s", c.Cooldown)
	check(c.Longevity >= 1 && c.Longevity <= maxLongevity, "longevity must be within 1..%d, got %d", maxLongevity, c.Longevity)
	check(c.MergeWindow >= 0, "merge_window must not be negative")
	check(c.ResolveAfter >= 0, "resolve_after must not be negative")
	errs = append(errs, c.rules("alerts").validate())
	for name, t := range c.Topics {
		errs = append(errs, c.rules("alerts.topics."+name).with(t).validate())
	}
	return errors.Join(errs...)
}

// ruleSet is the effective configuration of the rules for one topic.
type ruleSet struct {
	where    string // config path, for errors
	Spike    SpikeConfig
	Negative NegativeConfig
	Reach    ReachConfig
	Keyword  KeywordConfig
}

func (c Config) rules(where string) ruleSet {
	return ruleSet{where: where, Spike: c.Spike, Negative: c.Negative, Reach: c.Reach, Keyword: c.Keyword}
}

// forTopic returns the rules of topic: the globals with its overrides.
func (c Config) forTopic(topic string) ruleSet {
	r := c.rules("alerts")
	if t, ok := c.Topics[topic]; ok {
		r = c.rules("alerts.topics." + topic).with(t)
	}
	return r
}

// with applies the non-zero fields of t.
func (r ruleSet) with(t TopicConfig) ruleSet {
	s, o := &r.Spike, t.Spike
	s.Off = s.Off || o.Off
	set(&s.K, o.K)
	set(&s.StrongK, o.StrongK)
	set(&s.MinCount, o.MinCount)
	set(&s.NegShare, o.NegShare)
	n, p := &r.Negative, t.Negative
	n.Off = n.Off || p.Off
	set(&n.Window, p.Window)
	set(&n.Floor, p.Floor)
	set(&n.Margin, p.Margin)
	set(&n.MinScored, p.MinScored)
	set(&n.HighShare, p.HighShare)
	r.Reach.Off = r.Reach.Off || t.Reach.Off
	if len(t.Reach.Tiers) > 0 {
		r.Reach.Tiers = t.Reach.Tiers
	}
	k, q := &r.Keyword, t.Keyword
	k.Off = k.Off || q.Off
	if len(q.Words) > 0 {
		k.Words = q.Words
	}
	k.Extra = append(append([]string(nil), k.Extra...), q.Extra...)
	set(&k.Window, q.Window)
	set(&k.MinCount, q.MinCount)
	set(&k.K, q.K)
	return r
}

// set overrides *dst with v unless v is the zero value (inherit).
func set[T comparable](dst *T, v T) {
	var zero T
	if v != zero {
		*dst = v
	}
}

func (r ruleSet) validate() error {
	var errs []error
	check := func(ok bool, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf("%s: "+format, append([]any{r.where}, args...)...))
		}
	}
	check(r.Spike.K > 0, "spike.k must be positive, got %g", r.Spike.K)
	check(r.Spike.StrongK >= r.Spike.K, "spike.strong_k must be at least spike.k, got %g", r.Spike.StrongK)
	check(r.Spike.MinCount >= 1, "spike.min_count must be at least 1, got %d", r.Spike.MinCount)
	check(r.Negative.Window >= time.Minute && r.Negative.Window <= maxWindow,
		"negative.window must be within 1m..%s, got %s", maxWindow, r.Negative.Window)
	check(inUnit(r.Negative.Floor) && inUnit(r.Negative.Margin) && inUnit(r.Negative.HighShare),
		"negative.floor, margin and high_share must be within 0..1")
	check(r.Negative.MinScored >= 1, "negative.min_scored must be at least 1")
	for i, t := range r.Reach.Tiers {
		check(t > 0 && (i == 0 || t > r.Reach.Tiers[i-1]), "reach.tiers must be positive and ascending, got %v", r.Reach.Tiers)
	}
	check(r.Keyword.Window >= time.Minute && r.Keyword.Window <= maxWindow,
		"keyword.window must be within 1m..%s, got %s", maxWindow, r.Keyword.Window)
	check(r.Keyword.MinCount >= 1, "keyword.min_count must be at least 1")
	check(r.Keyword.K >= 0, "keyword.k must not be negative")
	return errors.Join(errs...)
}

func inUnit(v float64) bool { return v >= 0 && v <= 1 }
