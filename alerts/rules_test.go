package alerts

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// crafted builds mentions with a sentiment label, author reach and text.
func crafted(id string, label feeds.Label, followers int64, text string) *feeds.Mention {
	score := map[feeds.Label]float64{feeds.Negative: -0.6, feeds.Neutral: 0, feeds.Positive: 0.6}[label]
	return &feeds.Mention{
		ID: id, Platform: "bluesky", Text: text, Topics: []string{"brand"},
		Author:    feeds.Author{Handle: "h" + id, Followers: followers},
		Sentiment: &feeds.Sentiment{Score: score, Label: label},
	}
}

// mixed returns a maker of n mentions per minute, negShare of them negative.
func mixed(negShare float64, n int) func(int) *feeds.Mention {
	return func(i int) *feeds.Mention {
		label := feeds.Neutral
		if float64(i) < negShare*float64(n) {
			label = feeds.Negative
		}
		return crafted(fmt.Sprint(i), label, int64(i), "a post")
	}
}

func TestNegativeSurge(t *testing.T) {
	tests := []struct {
		name      string
		base, now float64
		want      Severity // "" for no alert
	}{
		{"calm to angry", 0.10, 0.45, Medium},
		{"calm to furious", 0.10, 0.70, High},
		{"below the floor", 0.05, 0.30, ""},
		{"always grumpy, no margin", 0.40, 0.50, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newSim(t, DefaultConfig(), 1)
			for range 120 {
				s.minute(20, mixed(tc.base, 20))
			}
			for range 15 {
				s.minute(20, mixed(tc.now, 20))
			}
			f := s.firings(RuleNegative)
			if tc.want == "" {
				if len(f) != 0 {
					t.Fatalf("want no negative surge, got %v", summaries(f))
				}
				return
			}
			if len(f) == 0 {
				t.Fatalf("want a negative surge")
			}
			last := f[len(f)-1]
			in := last.Inputs
			if last.Severity != tc.want || in.X < 0.35 || in.X < in.Mean+0.15 || in.Window != 15*time.Minute || in.Z <= 0 {
				t.Fatalf("got %s with %+v, want %s", last.Severity, in, tc.want)
			}
			if len(last.Top) == 0 || !last.Top[0].Negative {
				t.Fatalf("top posts are not the negative ones: %+v", last.Top)
			}
		})
	}
}

func TestHighReach(t *testing.T) {
	s := newSim(t, DefaultConfig(), 1)
	posts := []*feeds.Mention{
		crafted("small", feeds.Negative, 5_000, "this brand is bad"),
		crafted("famous-happy", feeds.Positive, 2_000_000, "love it"),
		crafted("unscored", "", 2_000_000, "texte dans une autre langue"),
	}
	posts[2].Sentiment = &feeds.Sentiment{Unscored: true}
	s.minute(3, func(i int) *feeds.Mention { return posts[i] })
	if f := s.firings(RuleReach); len(f) != 0 {
		t.Fatalf("fired on small, positive or unscored posts: %v", summaries(f))
	}
	s.minute(1, func(int) *feeds.Mention { return crafted("pundit", feeds.Negative, 150_000, "avoid this brand") })
	f := s.firings(RuleReach)
	if len(f) != 1 || f[0].Severity != High || f[0].Inputs.Tier != 100_000 || f[0].Inputs.Followers != 150_000 || f[0].Top[0].ID != "pundit" {
		t.Fatalf("want one high alert for the 150k post, got %v", summaries(f))
	}
	s.minute(1, func(int) *feeds.Mention { return crafted("mid", feeds.Negative, 20_000, "meh") })
	if got := s.firings(RuleReach); len(got) != 1 {
		t.Fatalf("a lower tier within cooldown changed the alert: %v", summaries(got))
	}
	s.minute(1, func(int) *feeds.Mention { return crafted("star", feeds.Negative, 3_000_000, "never again") })
	got := s.firings(RuleReach)
	if len(got) != 2 || got[1].Change != ChangeUpgraded || got[1].Severity != Critical || got[1].ID != f[0].ID {
		t.Fatalf("a higher tier did not upgrade the alert: %v", summaries(got))
	}
}

func TestKeywordTrigger(t *testing.T) {
	s := newSim(t, DefaultConfig(), 1)
	text := []string{"On BOYCOTTE? Non: #boycott total", "Je vais porter PLAINTE", "Ils ont été hackés, data breach"}
	s.minute(2, func(i int) *feeds.Mention { return crafted(fmt.Sprint("k", i), feeds.Neutral, int64(i), text[i]) })
	if f := s.firings(RuleKeyword); len(f) != 0 {
		t.Fatalf("two keyword posts fired (min count 3): %v", summaries(f))
	}
	s.minute(1, func(int) *feeds.Mention { return crafted("k2", feeds.Neutral, 99, text[2]) })
	f := s.firings(RuleKeyword)
	if len(f) != 1 {
		t.Fatalf("want one keyword alert, got %v", summaries(f))
	}
	in := f[0].Inputs
	for _, w := range []string{"boycott", "porter plainte", "data breach"} {
		if !slices.Contains(in.Keywords, w) {
			t.Errorf("keywords %q miss %q", in.Keywords, w)
		}
	}
	if in.X != 3 || in.Window != 10*time.Minute || f[0].Top[0].ID != "k2" {
		t.Errorf("inputs or top posts wrong: %+v %+v", in, f[0].Top)
	}
	s.minute(5, func(i int) *feeds.Mention {
		return crafted(fmt.Sprint("x", i), feeds.Neutral, 1, "a hackathon, a recalled memory")
	})
	if got := s.firings(RuleKeyword); len(got) != 1 {
		t.Errorf("partial words fired: %v", summaries(got))
	}
}

// A word the brand hears all day long is its baseline, not a crisis. (With
// no history yet the keyword rule has nothing to compare with and fires on
// its minimum count: a room started mid-crisis must hear about it.)
func TestKeywordBaseline(t *testing.T) {
	s := newSim(t, DefaultConfig(), 1)
	for range 180 {
		s.minute(2, func(i int) *feeds.Mention { return crafted(fmt.Sprint(i), feeds.Neutral, 1, "petit rappel: soldes") })
	}
	for _, f := range s.firings(RuleKeyword) {
		if f.UpdatedAt.After(t0.Add(time.Hour)) {
			t.Fatalf("a steady word kept firing once it had a baseline: %v", f.Summary)
		}
	}
	for range 3 {
		s.minute(12, func(i int) *feeds.Mention {
			return crafted(fmt.Sprint(i), feeds.Negative, 1, "RAPPEL produit, intoxication")
		})
	}
	f := s.firings(RuleKeyword)
	if len(f) == 0 || f[len(f)-1].Inputs.Mean < 15 {
		t.Fatalf("want a firing against a baseline of ~20 per window, got %v", summaries(f))
	}
}

func TestFeedSilentWithFakeClock(t *testing.T) {
	e, err := NewEngine(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	st := feeds.Status{Name: "bsky", State: feeds.StateLive, LiveSince: t0, LastEvent: t0, QuietAfter: 2 * time.Minute}
	if got := e.Tick(t0.Add(time.Minute), []feeds.Status{st}); len(got) != 0 {
		t.Fatalf("alert before QuietAfter: %v", summaries(got))
	}
	got := e.Tick(t0.Add(3*time.Minute), []feeds.Status{st})
	if len(got) != 1 || got[0].Rule != RuleSilent || got[0].Feed != "bsky" || got[0].Inputs.Silence != 3*time.Minute || got[0].Severity != Medium {
		t.Fatalf("want one feed_silent alert, got %+v", got)
	}
	if again := e.Tick(t0.Add(4*time.Minute), []feeds.Status{st}); len(again) != 0 {
		t.Fatalf("silent feed fired twice: %v", summaries(again))
	}
	st.State, st.LastError = feeds.StateDown, "connection refused"
	down := e.Tick(t0.Add(5*time.Minute), []feeds.Status{st})
	if len(down) != 1 || down[0].Latest().Rule != RuleDown || down[0].Severity != High || down[0].ID != got[0].ID {
		t.Fatalf("want feed_down merged into the feed's alert, got %v", summaries(down))
	}
	st.State, st.LastEvent = feeds.StateLive, t0.Add(6*time.Minute)
	back := e.Tick(t0.Add(6*time.Minute), []feeds.Status{st})
	if len(back) != 1 || back[0].Change != ChangeResolved || back[0].State != StateResolved {
		t.Fatalf("want the feed alert resolved when the feed talks again, got %v", summaries(back))
	}
}

func TestFeedReconnectingGrace(t *testing.T) {
	e, _ := NewEngine(DefaultConfig())
	st := feeds.Status{Name: "masto", State: feeds.StateReconnecting, LastEvent: t0, QuietAfter: time.Hour}
	if got := e.Tick(t0, []feeds.Status{st}); len(got) != 0 {
		t.Fatalf("a reconnect alerted at once: %v", summaries(got))
	}
	if got := e.Tick(t0.Add(time.Minute), []feeds.Status{st}); len(got) != 0 {
		t.Fatalf("a reconnect alerted within grace: %v", summaries(got))
	}
	if got := e.Tick(t0.Add(2*time.Minute), []feeds.Status{st}); len(got) != 1 || got[0].Rule != RuleSilent {
		t.Fatalf("want feed_silent after the grace, got %v", summaries(got))
	}
	stopped := feeds.Status{Name: "off", State: feeds.StateStopped}
	if got := e.Tick(t0.Add(time.Hour), []feeds.Status{stopped}); len(got) != 0 {
		t.Fatalf("a stopped feed alerted: %v", summaries(got))
	}
}
