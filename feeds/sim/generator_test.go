package sim

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

var t0 = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

// timeline generates the default scenario up to scenario time end.
func timeline(seed uint64, end time.Duration) ([]*feeds.Mention, []time.Duration) {
	sc := DefaultScenario()
	g := newGenerator(&sc, seed, t0, 1)
	var ms []*feeds.Mention
	var ats []time.Duration
	for {
		m, at := g.next()
		if at > end {
			return ms, ats
		}
		ms = append(ms, m)
		ats = append(ats, at)
	}
}

func encode(ms []*feeds.Mention) []byte {
	var b []byte
	for _, m := range ms {
		b = append(feeds.AppendJSON(b, m), '\n')
	}
	return b
}

func TestGeneratorIsDeterministic(t *testing.T) {
	a, _ := timeline(7, 10*time.Minute)
	b, _ := timeline(7, 10*time.Minute)
	c, _ := timeline(8, 10*time.Minute)
	if !bytes.Equal(encode(a), encode(b)) {
		t.Fatal("same seed and start gave different posts")
	}
	if bytes.Equal(encode(a), encode(c)) {
		t.Fatal("different seeds gave the same posts")
	}
}

// phaseStats counts posts and negative posts per phase of the default
// scenario.
type phaseStats struct{ n, neg int }

func TestGeneratorPlaysTheCrisis(t *testing.T) {
	sc := DefaultScenario()
	ms, ats := timeline(1, 45*time.Minute)
	stats := map[string]*phaseStats{}
	triggers, statements, hostile, dups, fr, en := 0, 0, 0, 0, 0, 0
	seen := map[string]bool{}
	for i, m := range ms {
		ph := sc.Phases[phaseAt(sc.Phases, ats[i])].Name
		if stats[ph] == nil {
			stats[ph] = &phaseStats{}
		}
		stats[ph].n++
		if m.Sentiment.Label == feeds.Negative {
			stats[ph].neg++
		}
		switch {
		case strings.HasPrefix(m.Text, "⚠️ ALERTE"):
			triggers++
			if ats[i] != 5*time.Minute || m.Author.Followers < 500000 {
				t.Errorf("trigger at %v by %d followers", ats[i], m.Author.Followers)
			}
		case strings.HasPrefix(m.Text, "Communiqué :"):
			statements++
		}
		if strings.ContainsAny(m.Text, "\x1b\u202e\u2066\u009b") {
			hostile++
		}
		if seen[m.ID] {
			dups++
		}
		seen[m.ID] = true
		if !strings.Contains(m.Text, "Beaumont") && !strings.Contains(m.Text, "Vallon") && !strings.Contains(m.Text, "Prairial") {
			t.Errorf("post names neither the brand nor a competitor: %q", m.Text)
		}
		if m.Lang == "fr" {
			fr++
		} else {
			en++
		}
	}
	base, spike, amp := stats["baseline"], stats["spike"], stats["amplification"]
	if triggers != 1 || statements != 1 {
		t.Errorf("%d triggers, %d statements, want 1 each", triggers, statements)
	}
	if perMin(amp.n, 8) < 10*perMin(base.n, 5) {
		t.Errorf("amplification %d/min is not a spike over baseline %d/min", perMin(amp.n, 8), perMin(base.n, 5))
	}
	if fraction(spike.neg, spike.n) < 0.5 || fraction(base.neg, base.n) > 0.3 {
		t.Errorf("negative share: baseline %.2f, spike %.2f", fraction(base.neg, base.n), fraction(spike.neg, spike.n))
	}
	if hostile == 0 || dups == 0 || fr < 2*en || en == 0 {
		t.Errorf("hostile %d, duplicates %d, fr %d, en %d", hostile, dups, fr, en)
	}
}

func perMin(n int, minutes int) int { return n / minutes }

func fraction(k, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(k) / float64(n)
}

func TestScriptedHostilePostCarriesAnOSCTitle(t *testing.T) {
	ms, ats := timeline(1, 3*time.Minute)
	for i, m := range ms {
		if m.Author.Handle == "comptoirdubuzz" && ats[i] == 2*time.Minute {
			if !strings.HasPrefix(m.Text, "\x1b]0;Beaumont PWNED\x07") || !strings.Contains(m.Text, "\u202e") {
				t.Fatalf("scripted hostile post lost its payload: %q", m.Text)
			}
			return
		}
	}
	t.Fatal("no scripted hostile post at 2m")
}
