package feeds

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Feed kinds accepted in [[feeds]] and by --feed KIND=URL.
const (
	KindNative    = "native"
	KindJetstream = "jetstream"
	KindMastodon  = "mastodon"
	KindNostr     = "nostr"
	KindJSONL     = "jsonl"
)

// FeedConfig is one [[feeds]] table. Which fields apply depends on Kind.
type FeedConfig struct {
	Name string `toml:"name"`
	Kind string `toml:"kind"` // native, jetstream, mastodon, nostr, jsonl
	URL  string `toml:"url"`  // websocket kinds
	// TokenEnv names the environment variable holding a Mastodon access
	// token. The token itself never appears in the config, a log or an
	// error.
	TokenEnv string   `toml:"token_env"`
	Streams  []string `toml:"streams"` // mastodon: public, public:local...
	Tags     []string `toml:"tags"`    // mastodon: hashtag streams
	Search   string   `toml:"search"`  // nostr: NIP-50 search, if the relay has it
	// QuietAfter is how long the feed may stay silent before it is flagged
	// (0: never flagged).
	QuietAfter time.Duration `toml:"quiet_after"`
	// File is the jsonl capture to read ("-" for standard input); Follow
	// waits for more lines at its end; ReplaySpeed is "max" (default: as
	// fast as possible) or a factor of the original pace ("1", "10").
	File        string `toml:"file"`
	Follow      bool   `toml:"follow"`
	ReplaySpeed string `toml:"replay_speed"`
	// Compress asks Jetstream for zstd frames: not supported, refused.
	Compress bool `toml:"compress"`
}

// Websocket reports whether the feed is run by the websocket Client (every
// kind but jsonl).
func (c FeedConfig) Websocket() bool { return c.Kind != KindJSONL }

// Validate checks the fields for the feed's kind; errors name the feed.
func (c FeedConfig) Validate() error {
	if strings.TrimSpace(c.Name) == "" {
		return fmt.Errorf("feed of kind %q: name is required", c.Kind)
	}
	switch c.Kind {
	case KindNative, KindJetstream, KindMastodon, KindNostr:
		if err := checkWebsocketURL(c.URL); err != nil {
			return fmt.Errorf("feed %q: %w", c.Name, err)
		}
	case KindJSONL:
		if c.File == "" {
			return fmt.Errorf("feed %q: kind jsonl needs file (a path, or - for standard input)", c.Name)
		}
		if _, err := ParseReplaySpeed(c.ReplaySpeed); err != nil {
			return fmt.Errorf("feed %q: %w", c.Name, err)
		}
	default:
		return fmt.Errorf("feed %q: unknown kind %q (want native, jetstream, mastodon, nostr or jsonl)", c.Name, c.Kind)
	}
	switch {
	case c.Compress && c.Kind == KindJetstream:
		return fmt.Errorf("feed %q: compress = true is not supported (Jetstream's zstd mode needs its dictionary); remove it", c.Name)
	case c.Compress:
		return fmt.Errorf("feed %q: compress applies to jetstream only", c.Name)
	case c.QuietAfter < 0:
		return fmt.Errorf("feed %q: quiet_after must not be negative", c.Name)
	case c.TokenEnv != "" && c.Kind != KindMastodon:
		return fmt.Errorf("feed %q: token_env applies to mastodon only", c.Name)
	}
	for _, s := range c.Streams {
		if strings.HasPrefix(s, "hashtag") {
			return fmt.Errorf("feed %q: stream %q needs a tag: list hashtags in tags instead", c.Name, s)
		}
	}
	return nil
}

func checkWebsocketURL(raw string) error {
	if raw == "" {
		return errors.New("url is required")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("url: %v", err)
	}
	if u.Scheme != "ws" && u.Scheme != "wss" || u.Host == "" {
		return fmt.Errorf("url %q: want ws://host or wss://host", RedactURL(raw))
	}
	return nil
}

// NewAdapter builds the websocket adapter of the feed. getenv reads the
// Mastodon token from the variable TokenEnv names (os.Getenv in the
// program, a map in tests). A jsonl feed has no adapter: see NewJSONLReader.
func (c FeedConfig) NewAdapter(getenv func(string) string) (Adapter, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	switch c.Kind {
	case KindNative:
		return NewNative(), nil
	case KindJetstream:
		return NewJetstream(0), nil
	case KindMastodon:
		token := ""
		if c.TokenEnv != "" {
			if token = getenv(c.TokenEnv); token == "" {
				return nil, fmt.Errorf("feed %q: environment variable %s (token_env) is empty or unset", c.Name, c.TokenEnv)
			}
		}
		return NewMastodon(token, c.Streams, c.Tags), nil
	case KindNostr:
		return NewNostr(c.Search, 0, nil), nil
	}
	return nil, fmt.Errorf("feed %q: kind %s is read by the jsonl reader, not a websocket adapter", c.Name, c.Kind)
}

// ParseReplaySpeed reads a replay speed: "" or "max" is 0 (no pacing), a
// positive number is a factor of the original pace.
func ParseReplaySpeed(s string) (float64, error) {
	switch s = strings.TrimSpace(s); s {
	case "", "max":
		return 0, nil
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "x"), 64)
	if err != nil || !(v > 0 && v <= 1e6) { // NaN fails both
		return 0, fmt.Errorf("replay speed %q: want max or a positive factor such as 1 or 10", s)
	}
	return v, nil
}

// ParseFeedFlag reads one --feed KIND=URL value (for jsonl, KIND=FILE, "-"
// for standard input). The feed is named KIND:HOST (KIND:FILE for jsonl).
func ParseFeedFlag(v string) (FeedConfig, error) {
	kind, target, ok := strings.Cut(v, "=")
	kind = strings.ToLower(strings.TrimSpace(kind))
	if !ok || kind == "" || target == "" {
		return FeedConfig{}, fmt.Errorf("--feed %q: want KIND=URL (jetstream, mastodon, nostr, native) or jsonl=FILE", v)
	}
	c := FeedConfig{Kind: kind}
	label := target
	if kind == KindJSONL {
		c.File = target
	} else {
		c.URL = target
		if u, err := url.Parse(target); err == nil && u.Host != "" {
			label = u.Host
		}
	}
	c.Name = kind + ":" + label
	if err := c.Validate(); err != nil {
		return FeedConfig{}, fmt.Errorf("--feed %q: %w", v, err)
	}
	return c, nil
}

// ParseFeedFlags reads every --feed value in order; a name already taken
// gets a "#2", "#3"... suffix so that each feed's health stays apart.
func ParseFeedFlags(values []string) ([]FeedConfig, error) {
	out := make([]FeedConfig, 0, len(values))
	taken := map[string]int{}
	for _, v := range values {
		c, err := ParseFeedFlag(v)
		if err != nil {
			return nil, err
		}
		if taken[c.Name]++; taken[c.Name] > 1 {
			c.Name += "#" + strconv.Itoa(taken[c.Name])
		}
		out = append(out, c)
	}
	return out, nil
}

// SetReplay applies `warroom tail --follow --replay-speed S` to every jsonl
// feed of cfgs (other kinds are left alone). speed is checked as in the
// config ("" leaves each feed's own).
func SetReplay(cfgs []FeedConfig, follow bool, speed string) error {
	if _, err := ParseReplaySpeed(speed); err != nil {
		return fmt.Errorf("--replay-speed: %w", err)
	}
	for i := range cfgs {
		if cfgs[i].Kind != KindJSONL {
			continue
		}
		cfgs[i].Follow = cfgs[i].Follow || follow
		if speed != "" {
			cfgs[i].ReplaySpeed = speed
		}
	}
	return nil
}
