package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/room"
)

func feedPane(t *testing.T, snap room.Snapshot, w, h int) *feedHealth {
	t.Helper()
	p := newFeedHealth(sized(t, snap, 80, 24).c)
	p.SetSize(w, h)
	p.SetSnapshot(&snap)
	assertRect(t, "feeds", p.View(), w, h)
	return p
}

// Silent and dead feeds come first and loud; each feed shows its flow,
// rejects, cursor and gaps.
func TestFeedHealthShowsEveryCounter(t *testing.T) {
	p := feedPane(t, fullSnapshot(), 220, 8)
	lines := p.View()
	if p.Title() != "Feeds · 3 NOT LIVE" {
		t.Errorf("title %q", p.Title())
	}
	want := [][]string{
		{"!! mastodon (mastodon) RECONNECTING #3 38s, retry 4s", "lag p50 1.2s p95 4.0s", "9.1k frames, 9k accepted", "3 reconnects"},
		{"rejected none", "1 gap(s), last blind since 15:03:27 (38s, open)"},
		{"!! wire (native) FEED DOWN 2m14s", "last event 2m14s ago", "lag p50 - p95 -", "7 reconnects"},
		{"rejected 10 missing_text", "no gap", "error: dial tcp 127.0.0.1:9: connection refused"},
		{"!! nostr (nostr) NO DATA 45s"},
		{"rejected none · no gap"},
		{"● bluesky (jetstream) live · last event 1s ago · lag p50 800ms p95 2.1s · 48k frames, 48k accepted · 1 reconnects"},
		{"rejected 12 malformed_json, 3 oversized · cursor 1795446245000000 · 1 gap(s), last 14:03:05–14:04:05 (1m00s, replayed)"},
	}
	for i, ws := range want {
		for _, w := range ws {
			if !strings.Contains(lines[i], w) {
				t.Errorf("line %d lacks %q: %q", i, w, lines[i])
			}
		}
	}
}

func TestGapText(t *testing.T) {
	at := time.Date(2026, 11, 22, 15, 0, 0, 0, time.UTC)
	cases := []struct {
		gaps []feeds.Gap
		want string
	}{
		{nil, "no gap"},
		{[]feeds.Gap{{From: at, To: at.Add(time.Minute)}}, "1 gap(s), last 15:00:00–15:01:00 (1m00s, LOST)"},
		{[]feeds.Gap{{From: at, To: at.Add(time.Second), Replayable: true}, {From: at.Add(time.Hour)}},
			"2 gap(s), last blind since 16:00:00 (5s, open)"},
	}
	for _, c := range cases {
		if got := gapText(c.gaps, at.Add(time.Hour+5*time.Second)); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

func TestLagText(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "-", 850 * time.Millisecond: "850ms",
		2100 * time.Millisecond: "2.1s", 65 * time.Second: "1m05s"} {
		if got := lagText(d); got != want {
			t.Errorf("%s: got %q, want %q", d, got, want)
		}
	}
}

func TestNoFeedIsLoudInThePane(t *testing.T) {
	snap := fullSnapshot()
	snap.Feeds = nil
	if l := feedPane(t, snap, 60, 3).View(); !strings.HasPrefix(l[0], "!! NO FEEDS CONFIGURED") {
		t.Fatalf("got %q", l[0])
	}
}

func TestFeedHealthFitsEverySize(t *testing.T) {
	for w := 0; w <= 120; w += 5 {
		for h := 0; h <= 12; h += 3 {
			feedPane(t, fullSnapshot(), w, h)
		}
	}
}

// At every size from 80x24 up the alerts are on screen, and each of the
// new panes is placed somewhere in the grid, so that the rectangle tests
// cover them.
func TestAlertPanesArePlaced(t *testing.T) {
	placedAt := map[PaneID]bool{}
	for _, sz := range append(sizeGrid(false), [2]int{80, 24}) {
		_, ps := arrange(sz[0], sz[1]-topHeight)
		hasAlerts := false
		for _, p := range ps {
			placedAt[p.id] = true
			hasAlerts = hasAlerts || p.id == AlertPane
		}
		if !hasAlerts {
			t.Errorf("%dx%d: no alert pane", sz[0], sz[1])
		}
	}
	for _, id := range []PaneID{AlertPane, VoicePane, FeedsPane} {
		if !placedAt[id] {
			t.Errorf("pane %d never placed", id)
		}
	}
}

// A narrow pane wraps a feed's figures rather than cutting them off.
func TestFeedHealthWrapsWhenNarrow(t *testing.T) {
	v := strings.Join(feedPane(t, fullSnapshot(), 44, 40).View(), "\n")
	for _, want := range []string{"lag p50 800ms p95 2.1s", "cursor 1795446245000000", "48k accepted",
		"!! wire (native) FEED DOWN 2m14s", "error: dial tcp 127.0.0.1:9: connection"} {
		if !strings.Contains(v, want) {
			t.Errorf("narrow feed pane lacks %q:\n%s", want, v)
		}
	}
}
