package alerts

import (
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

func TestDefaultConfigIsValid(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestValidateNamesTheSetting(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"k", func(c *Config) { c.Spike.K = 0 }, "alerts: spike.k"},
		{"strong k", func(c *Config) { c.Spike.StrongK = 1 }, "spike.strong_k"},
		{"longevity", func(c *Config) { c.Longevity = 0 }, "longevity"},
		{"tiers", func(c *Config) { c.Reach.Tiers = []int64{100, 10} }, "reach.tiers"},
		{"window", func(c *Config) { c.Negative.Window = 2 * time.Hour }, "negative.window"},
		{"topic", func(c *Config) {
			c.Topics = map[string]TopicConfig{"rival": {Negative: NegativeConfig{Floor: 2}}}
		}, "alerts.topics.rival: negative.floor"},
	}
	for _, tc := range tests {
		c := DefaultConfig()
		tc.edit(&c)
		err := c.Validate()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error naming %q", tc.name, err, tc.want)
		}
		if _, err := NewEngine(c); err == nil {
			t.Errorf("%s: NewEngine accepted a bad config", tc.name)
		}
	}
}

func TestTOMLOverridesPerTopic(t *testing.T) {
	const file = `
[alerts]
cooldown = "10m"
[alerts.spike]
k = 4
[alerts.keyword]
extra = ["greve"]
[alerts.topics.rival.spike]
off = true
[alerts.topics.rival.keyword]
words = ["rupture"]
[alerts.topics.ceo.negative]
floor = 0.5
`
	var doc struct {
		Alerts Config `toml:"alerts"`
	}
	doc.Alerts = DefaultConfig()
	if _, err := toml.Decode(file, &doc); err != nil {
		t.Fatal(err)
	}
	c := doc.Alerts
	if c.Cooldown != 10*time.Minute || c.Spike.K != 4 || c.Spike.MinCount != 5 || c.Longevity != 3 {
		t.Fatalf("globals not decoded over the defaults: %+v", c)
	}
	rival, ceo, brand := c.forTopic("rival"), c.forTopic("ceo"), c.forTopic("brand")
	if !rival.Spike.Off || rival.Spike.K != 4 || brand.Spike.Off {
		t.Errorf("spike override: rival %+v brand %+v", rival.Spike, brand.Spike)
	}
	if ceo.Negative.Floor != 0.5 || ceo.Negative.Margin != 0.15 || brand.Negative.Floor != 0.35 {
		t.Errorf("negative override: ceo %+v brand %+v", ceo.Negative, brand.Negative)
	}
	if got := rival.Keyword.wordList(); len(got) != 2 || got[0] != "rupture" || got[1] != "greve" {
		t.Errorf("rival words = %q, want its own words plus the global extras", got)
	}
	e, err := NewEngine(c)
	if err != nil {
		t.Fatal(err)
	}
	var hits [maxHitWords]string
	if n := e.global.match("Grève générale", &hits); n != 1 {
		t.Errorf("extra word not matched globally")
	}
	if n := e.topicWords["rival"].match("boycott! rupture de stock", &hits); n != 1 || hits[0] != "rupture" {
		t.Errorf("rival's own words: got %q", hits[:n])
	}
}
