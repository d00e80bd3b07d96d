package feeds

import (
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

func TestFeedConfigFromTOML(t *testing.T) {
	const doc = `
[[feeds]]
name = "bsky"
kind = "jetstream"
url = "wss://jetstream.example.test"
quiet_after = "2m"

[[feeds]]
name = "masto"
kind = "mastodon"
url = "wss://m.example.test"
token_env = "MASTO_TOKEN"
streams = ["public:local"]
tags = ["acme"]

[[feeds]]
name = "relay"
kind = "nostr"
url = "wss://relay.example.test"
search = "acme"

[[feeds]]
name = "capture"
kind = "jsonl"
file = "capture.jsonl"
follow = true
replay_speed = "10"
`
	var cfg struct {
		Feeds []FeedConfig `toml:"feeds"`
	}
	if _, err := toml.Decode(doc, &cfg); err != nil {
		t.Fatal(err)
	}
	if len(cfg.Feeds) != 4 || cfg.Feeds[0].QuietAfter != 2*time.Minute || cfg.Feeds[3].ReplaySpeed != "10" {
		t.Fatalf("decoded %+v", cfg.Feeds)
	}
	env := map[string]string{"MASTO_TOKEN": "tok-123"}
	kinds := []string{"jetstream", "mastodon", "nostr"}
	for i, k := range kinds {
		a, err := cfg.Feeds[i].NewAdapter(func(k string) string { return env[k] })
		if err != nil || a.Kind() != k {
			t.Fatalf("feed %d: adapter %v, err %v", i, a, err)
		}
	}
	_, h, _ := mustAdapter(t, cfg.Feeds[1], env).Dial(cfg.Feeds[1].URL)
	if h.Get("Authorization") != "Bearer tok-123" {
		t.Error("the token from token_env must reach the header")
	}
	if _, err := cfg.Feeds[3].NewAdapter(nil); err == nil || !strings.Contains(err.Error(), `"capture"`) {
		t.Errorf("jsonl adapter: %v", err)
	}
	if err := cfg.Feeds[3].Validate(); err != nil {
		t.Error(err)
	}
}

func mustAdapter(t *testing.T, c FeedConfig, env map[string]string) Adapter {
	t.Helper()
	a, err := c.NewAdapter(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestFeedConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		cfg  FeedConfig
		want string
	}{
		{"no name", FeedConfig{Kind: "jetstream", URL: "wss://x"}, "name is required"},
		{"unknown kind", FeedConfig{Name: "f", Kind: "twitter", URL: "wss://x"}, `feed "f": unknown kind "twitter"`},
		{"no url", FeedConfig{Name: "f", Kind: "nostr"}, `feed "f": url is required`},
		{"http url", FeedConfig{Name: "f", Kind: "nostr", URL: "https://x"}, "want ws://host"},
		{"compress", FeedConfig{Name: "f", Kind: "jetstream", URL: "wss://x", Compress: true}, "compress = true is not supported"},
		{"compress elsewhere", FeedConfig{Name: "f", Kind: "nostr", URL: "wss://x", Compress: true}, "jetstream only"},
		{"token elsewhere", FeedConfig{Name: "f", Kind: "nostr", URL: "wss://x", TokenEnv: "T"}, "mastodon only"},
		{"jsonl without file", FeedConfig{Name: "f", Kind: "jsonl"}, "needs file"},
		{"bad speed", FeedConfig{Name: "f", Kind: "jsonl", File: "x", ReplaySpeed: "fast"}, `replay speed "fast"`},
		{"negative quiet", FeedConfig{Name: "f", Kind: "nostr", URL: "wss://x", QuietAfter: -1}, "quiet_after"},
		{"hashtag stream", FeedConfig{Name: "f", Kind: "mastodon", URL: "wss://x", Streams: []string{"hashtag"}}, "list hashtags in tags"},
		{"unset token", FeedConfig{Name: "f", Kind: "mastodon", URL: "wss://x", TokenEnv: "MISSING"}, "MISSING (token_env) is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.cfg.NewAdapter(func(string) string { return "" })
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestTokenNeverInErrors(t *testing.T) {
	c := FeedConfig{Name: "f", Kind: "mastodon", URL: "wss://user:pw@x?access_token=sekrit", TokenEnv: "T"}
	a, err := c.NewAdapter(func(string) string { return "sekrit-token" })
	if err != nil {
		t.Fatal(err)
	}
	_, err = a.Decode([]byte(`{"error":"bad","status":401}`), nil)
	if strings.Contains(err.Error(), "sekrit") {
		t.Fatalf("token leaked: %v", err)
	}
	bad := FeedConfig{Name: "f", Kind: "mastodon", URL: "https://x?access_token=sekrit"}
	if err := bad.Validate(); err == nil || strings.Contains(err.Error(), "sekrit") {
		t.Fatalf("url secret leaked or no error: %v", err)
	}
}

func TestParseFeedFlags(t *testing.T) {
	got, err := ParseFeedFlags([]string{"jetstream=wss://j.example.test", "JETSTREAM=wss://j.example.test/subscribe", "jsonl=-", "nostr=wss://r.example.test"})
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"jetstream:j.example.test", "jetstream:j.example.test#2", "jsonl:-", "nostr:r.example.test"}
	for i, n := range names {
		if got[i].Name != n {
			t.Errorf("feed %d name %q, want %q", i, got[i].Name, n)
		}
	}
	if got[2].File != "-" || got[0].URL != "wss://j.example.test" {
		t.Errorf("parsed %+v", got)
	}
	for _, bad := range []string{"jetstream", "=wss://x", "jetstream=", "carrier=wss://x", "nostr=http://x"} {
		if _, err := ParseFeedFlag(bad); err == nil {
			t.Errorf("ParseFeedFlag(%q) accepted", bad)
		}
	}
}

func TestParseReplaySpeed(t *testing.T) {
	for in, want := range map[string]float64{"": 0, "max": 0, "1": 1, "10": 10, "10x": 10, "0.5": 0.5} {
		if got, err := ParseReplaySpeed(in); err != nil || got != want {
			t.Errorf("ParseReplaySpeed(%q) = %v, %v", in, got, err)
		}
	}
	for _, bad := range []string{"0", "-1", "fast", "NaN"} {
		if _, err := ParseReplaySpeed(bad); err == nil {
			t.Errorf("ParseReplaySpeed(%q) accepted", bad)
		}
	}
}

func TestSetReplay(t *testing.T) {
	cfgs := []FeedConfig{{Name: "a", Kind: KindJSONL, File: "a"}, {Name: "b", Kind: KindNostr, URL: "wss://r"},
		{Name: "c", Kind: KindJSONL, File: "c", ReplaySpeed: "1"}}
	if err := SetReplay(cfgs, true, "10"); err != nil {
		t.Fatal(err)
	}
	if !cfgs[0].Follow || cfgs[0].ReplaySpeed != "10" || cfgs[2].ReplaySpeed != "10" || cfgs[1].Follow || cfgs[1].ReplaySpeed != "" {
		t.Errorf("applied %+v", cfgs)
	}
	if err := SetReplay(cfgs, false, ""); err != nil || cfgs[0].ReplaySpeed != "10" || !cfgs[0].Follow {
		t.Errorf("empty speed must keep the feed's own: %+v, %v", cfgs[0], err)
	}
	if err := SetReplay(cfgs, false, "warp"); err == nil || !strings.Contains(err.Error(), "--replay-speed") {
		t.Errorf("bad speed: %v", err)
	}
}
