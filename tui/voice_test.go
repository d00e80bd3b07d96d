package tui

import (
	"strings"
	"testing"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/room"
)

func voiceOf(t *testing.T, snap room.Snapshot, w, h int) []string {
	t.Helper()
	p := newVoice(sized(t, snap, 80, 24).c)
	p.SetSize(w, h)
	p.SetSnapshot(&snap)
	lines := p.View()
	assertRect(t, "share of voice", lines, w, h)
	return lines
}

func TestShareOfVoiceRanksTopicsWithBars(t *testing.T) {
	lines := voiceOf(t, fullSnapshot(), 80, 8)
	// 12.4k + 1.8k of 21.2k mentions are the brand's.
	if !strings.Contains(lines[0], "█ brand 67%") || !strings.Contains(lines[0], "▒ competitors 33%  of 21k in 15m00s") {
		t.Fatalf("split line: %q", lines[0])
	}
	want := []struct {
		name, figures, glyph, net string
		barLen                    int
	}{
		{"Maison Lumière", "12k  58%", "█", "net -0.41", 21},
		{"Atelier Cire", "4.1k  19%", "▒", "net +0.12", 7},
		{"Flamme & Co", "2.3k  11%", "▒", "net +0.05", 4},
		{"Lumière Kids", "1.8k   8%", "█", "net -0.10", 3},
		{"Maison Ombre", "600   3%", "▒", "net -0.02", 1},
	}
	for i, w := range want {
		l := lines[i+1]
		if !strings.HasPrefix(l, w.name) || !strings.Contains(l, w.figures) || !strings.HasSuffix(strings.TrimRight(l, " "), w.net) {
			t.Errorf("row %d: %q, want %s %s … %s", i, l, w.name, w.figures, w.net)
		}
		// The bar is share x (80 - 22 - 22) columns, rounded.
		if n := strings.Count(l, w.glyph) - strings.Count(w.name, w.glyph); n != w.barLen {
			t.Errorf("%s: bar of %d, want %d", w.name, n, w.barLen)
		}
	}
}

func TestShareOfVoiceWithoutTopics(t *testing.T) {
	snap := fullSnapshot()
	snap.Agg.Topics = nil
	if l := voiceOf(t, snap, 60, 3); !strings.Contains(l[0], "no topic configured") {
		t.Fatalf("got %q", l[0])
	}
	snap.Agg.Topics = []aggregate.TopicStat{{Topic: "brand"}}
	if l := voiceOf(t, snap, 60, 3); !strings.Contains(l[0], "brand 0%") {
		t.Fatalf("zero volume: %q", l[0])
	}
}

func TestShareOfVoiceFitsEverySize(t *testing.T) {
	for w := 0; w <= 120; w += 5 {
		for h := 0; h <= 12; h += 3 {
			voiceOf(t, fullSnapshot(), w, h)
		}
	}
}
