// Package config reads warroom.toml: the brand, its feeds and topics, alert
// thresholds, sentiment overrides, the journal and runbook folders. Unknown
// keys and wrong types are errors naming file:line:col; an embedded default
// serves the demo, and command-line flags override the file.
package config

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/internal/tomlpos"
	"github.com/warroom-dev/warroom/match"
	"github.com/warroom-dev/warroom/sentiment"
)

//go:embed default.toml
var defaultTOML []byte

// DefaultName is how the embedded default is named in error messages.
const DefaultName = "(embedded default warroom.toml)"

// Config is the whole of warroom.toml.
type Config struct {
	// Brand is the name shown in the header.
	Brand string `toml:"brand"`
	// Timezone is the crisis cell's local zone (IANA name), shown beside UTC.
	Timezone string `toml:"timezone"`
	// Lang is the cell's language (fr or en): runbooks in it come first.
	Lang      string             `toml:"lang"`
	Feeds     []feeds.FeedConfig `toml:"feeds"`
	Topics    []match.Topic      `toml:"topics"`
	Alerts    alerts.Config      `toml:"alerts"`
	Sentiment sentiment.Config   `toml:"sentiment"`
	UI        UI                 `toml:"ui"`
	Journal   Journal            `toml:"journal"`
	Runbooks  Runbooks           `toml:"runbooks"`
}

// UI holds terminal settings.
type UI struct {
	// Tick is how often the TUI pulls a snapshot (default 100ms: 10 fps).
	Tick time.Duration `toml:"tick"`
}

// Journal says where incidents are recorded and who the operator is.
type Journal struct {
	// Dir holds one journal file per incident (default ./incidents).
	Dir   string `toml:"dir"`
	Actor string `toml:"actor"` // default: the OS user
	Role  string `toml:"role"`  // e.g. comms_lead
}

// Runbooks lists folders whose runbooks add to or override the built-in
// library by id.
type Runbooks struct {
	Dirs []string `toml:"dirs"`
}

// Default returns the embedded default configuration.
func Default() Config {
	c, err := Parse(DefaultName, defaultTOML)
	if err != nil {
		panic("embedded default config is invalid: " + err.Error()) // caught by tests
	}
	return c
}

// Load reads and checks the file at path; an empty path means the default.
func Load(path string) (Config, error) {
	if path == "" {
		return Default(), nil
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return Config{}, err
	}
	return Parse(path, src)
}

// Parse decodes src, named name in errors, over the defaults of each
// section, then checks what the types alone cannot.
func Parse(name string, src []byte) (Config, error) {
	c := Config{Alerts: alerts.DefaultConfig(), UI: UI{Tick: 100 * time.Millisecond},
		Journal: Journal{Dir: "incidents"}}
	keyErrs, err := tomlpos.Check(src, &c)
	if err != nil {
		return Config{}, syntaxError(name, err)
	}
	if len(keyErrs) > 0 {
		errs := make([]error, len(keyErrs))
		for i, e := range keyErrs {
			errs[i] = fmt.Errorf("%s:%w", name, e)
		}
		return Config{}, errors.Join(errs...)
	}
	if _, err := toml.Decode(string(src), &c); err != nil {
		return Config{}, syntaxError(name, err)
	}
	if err := c.validate(name, tomlpos.Parse(src)); err != nil {
		return Config{}, err
	}
	return c, nil
}

// syntaxError prefixes a TOML parse error with the file and its position.
func syntaxError(name string, err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d:%d: %s", name, pe.Position.Line, pe.Position.Col, pe.Message)
	}
	return fmt.Errorf("%s: %w", name, err)
}

// validate checks values, reporting each problem at its key's position.
func (c *Config) validate(name string, idx *tomlpos.Index) error {
	var errs []error
	at := func(msg string, path ...any) {
		errs = append(errs, fmt.Errorf("%s:%s: %s", name, idx.Nearest(path...), msg))
	}
	if c.Timezone != "" {
		if _, err := time.LoadLocation(c.Timezone); err != nil {
			at(fmt.Sprintf("unknown time zone %q (use an IANA name such as Europe/Paris)", c.Timezone), "timezone")
		}
	}
	if c.Lang != "" && c.Lang != "fr" && c.Lang != "en" {
		at(fmt.Sprintf("lang must be fr or en, not %q", c.Lang), "lang")
	}
	if c.UI.Tick < 10*time.Millisecond {
		at("ui.tick must be at least 10ms", "ui", "tick")
	}
	seen := map[string]bool{}
	for i, f := range c.Feeds {
		if f.Name == "" || seen[f.Name] {
			at(fmt.Sprintf("feed %d needs a unique name", i+1), "feeds", i)
		}
		seen[f.Name] = true
	}
	if _, err := match.New(c.Topics); err != nil {
		at(err.Error(), "topics")
	}
	if _, err := sentiment.New(c.Sentiment); err != nil {
		at(err.Error(), "sentiment")
	}
	return errors.Join(errs...)
}

// Location returns the configured zone, or the machine's when unset.
func (c *Config) Location() *time.Location {
	if loc, err := time.LoadLocation(c.Timezone); err == nil && c.Timezone != "" {
		return loc
	}
	return time.Local
}

// Competitors returns the names of the competitor topics.
func (c *Config) Competitors() []string {
	var out []string
	for _, t := range c.Topics {
		if strings.EqualFold(t.Kind, match.KindCompetitor) {
			out = append(out, t.Name)
		}
	}
	return out
}
