// Package sim plays a brand crisis over a loopback websocket in warroom's
// native wire format: baseline chatter, a trigger post by a high-reach
// author, a negative spike, amplification, the brand's statement, decay.
// Scenarios are TOML; one is embedded. Everything is deterministic given a
// seed and a start time.
package sim

import (
	_ "embed"
	"fmt"
	"time"

	"github.com/BurntSushi/toml"
)

// Scenario describes a crisis: who talks, how much, in what tone, when.
// Times are offsets from the start of the scenario (scenario time, which
// Options.Speed compresses).
type Scenario struct {
	Name        string   `toml:"name"`
	Brand       string   `toml:"brand"`
	Competitors []string `toml:"competitors"`
	Platforms   []string `toml:"platforms"`
	// French is the share of posts in French, the rest in English.
	French float64 `toml:"french"`
	// DuplicateRate is the share of posts resent with an id already sent,
	// as real feeds do; HostileRate the share carrying terminal escapes or
	// bidi overrides, to exercise the sanitizer.
	DuplicateRate float64 `toml:"duplicate_rate"`
	HostileRate   float64 `toml:"hostile_rate"`
	// Crowd is how many ordinary authors to invent.
	Crowd  int      `toml:"crowd"`
	Phases []Phase  `toml:"phases"`
	Voices []Voice  `toml:"voices"`
	Posts  []Post   `toml:"posts"`
	FR     Language `toml:"fr"`
	EN     Language `toml:"en"`
}

// Phase is a stretch of the scenario with its own volume and tone. The rate
// moves linearly from Rate to RateEnd (default Rate) across the phase.
type Phase struct {
	Name    string   `toml:"name"`
	At      Duration `toml:"at"`
	Rate    float64  `toml:"rate"`     // posts per scenario second
	RateEnd float64  `toml:"rate_end"` // at the end of the phase
	// Negative and Positive are the shares of each tone, the rest neutral.
	Negative float64 `toml:"negative"`
	Positive float64 `toml:"positive"`
	// Amplify is the share of posts that repost or quote the trigger;
	// HighReach the share written by one of the Voices.
	Amplify   float64 `toml:"amplify"`
	HighReach float64 `toml:"high_reach"`
	// Statement is the share of posts reacting to the brand's statement.
	Statement float64 `toml:"statement"`
}

// Voice is a high-reach author: journalist, watchdog, influencer, the brand.
type Voice struct {
	Handle    string `toml:"handle"`
	Name      string `toml:"name"`
	Followers int64  `toml:"followers"`
	Lang      string `toml:"lang"`
	Platform  string `toml:"platform"`
}

// Post is one scripted post at a given time (the trigger, the statement).
type Post struct {
	At     Duration `toml:"at"`
	Kind   string   `toml:"kind"` // trigger, statement or plain
	Author string   `toml:"author"`
	Lang   string   `toml:"lang"`
	Tone   string   `toml:"tone"` // neg, neu, pos
	Text   string   `toml:"text"`
}

// Language holds the phrase banks of one language. Templates use the slots
// {brand}, {competitor}, {product}, {place}, {hashtag}, {trigger} and
// {feeling}; every template names the brand or a competitor.
type Language struct {
	Products []string `toml:"products"`
	Places   []string `toml:"places"`
	Hashtags []string `toml:"hashtags"`
	Neutral  []string `toml:"neutral"`
	Positive []string `toml:"positive"`
	Negative []string `toml:"negative"`
	Amplify  []string `toml:"amplify"`
	// Statement holds critical reactions to the brand's statement,
	// StatementOK neutral or approving ones.
	Statement   []string `toml:"statement"`
	StatementOK []string `toml:"statement_ok"`
	// Feelings are short negative exclamations for {feeling}.
	Feelings   []string `toml:"feelings"`
	FirstNames []string `toml:"first_names"`
	LastNames  []string `toml:"last_names"`
}

// Duration is a TOML string such as "6m" or "90s".
type Duration struct{ time.Duration }

// UnmarshalText parses a Go duration.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

//go:embed default.toml
var defaultTOML string

// DefaultScenario is the embedded crisis: a French dairy brand, Laiterie
// Beaumont, and a contamination rumour about its children's yoghurts.
func DefaultScenario() Scenario {
	sc, err := ParseScenario("default.toml", defaultTOML)
	if err != nil {
		panic(fmt.Sprintf("embedded scenario: %v", err)) // a build defect
	}
	return sc
}

// LoadScenario reads and checks a scenario file.
func LoadScenario(path string) (Scenario, error) {
	var sc Scenario
	md, err := toml.DecodeFile(path, &sc)
	return finish(path, sc, md, err)
}

// ParseScenario parses and checks a scenario held in memory; name is used
// in error messages.
func ParseScenario(name, data string) (Scenario, error) {
	var sc Scenario
	md, err := toml.Decode(data, &sc)
	return finish(name, sc, md, err)
}

func finish(name string, sc Scenario, md toml.MetaData, err error) (Scenario, error) {
	if err != nil {
		return sc, fmt.Errorf("%s: %w", name, err)
	}
	if keys := md.Undecoded(); len(keys) > 0 {
		return sc, fmt.Errorf("%s: unknown key %q", name, keys[0].String())
	}
	if err := sc.validate(); err != nil {
		return sc, fmt.Errorf("%s: %w", name, err)
	}
	return sc, nil
}
