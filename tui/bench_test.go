package tui

import (
	"io"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// BenchmarkView is the per-tick cost at 200x60 with every dashboard pane on screen
// and a room at capacity (5,000 mentions in the stream ring): a snapshot
// arrives, every pane is re-rendered, the screen is composed.
func BenchmarkView(b *testing.B) {
	snap := fullSnapshot()
	m := sized(b, snap, 200, 60)
	// Every pane of the dashboard; the incident screen's panes are
	// elsewhere.
	for _, id := range []PaneID{VolumePane, SentimentPane, StreamPane, AuthorsPane, TrendingPane,
		AlertPane, VoicePane, FeedsPane} {
		if !m.visible(id) {
			b.Fatalf("pane %d not on screen at 200x60 (layout %s)", id, m.layout)
		}
	}
	msg := SnapshotMsg{Snap: snap}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		m = step(m, msg)
		_ = m.View()
	}
}

// BenchmarkViewTrueColor is BenchmarkView drawing with 24-bit colors, as
// in a real terminal: every style emits its escape sequences.
func BenchmarkViewTrueColor(b *testing.B) {
	rend := lipgloss.NewRenderer(io.Discard)
	rend.SetColorProfile(termenv.TrueColor)
	snap := fullSnapshot()
	m := step(newModel(nil, testOptions().withDefaults(), rend), sizeMsg(200, 60))
	msg := SnapshotMsg{Snap: snap}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		m = step(m, msg)
		_ = m.View()
	}
}

// BenchmarkViewRenderOnly re-renders every pane without the snapshot's
// list work (filtering and sorting the stream ring).
func BenchmarkViewRenderOnly(b *testing.B) {
	m := sized(b, fullSnapshot(), 200, 60)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		m.cache.invalidateAll()
		_ = m.View()
	}
}

// BenchmarkViewCached is View after a message that changed nothing on
// screen: what Bubble Tea pays after every other message.
func BenchmarkViewCached(b *testing.B) {
	m := sized(b, fullSnapshot(), 200, 60)
	_ = m.View()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = m.View()
	}
}

// BenchmarkViewFiltered is the per-tick cost with a filter, negative-only
// and reach ordering all on: the stream's heaviest list work.
func BenchmarkViewFiltered(b *testing.B) {
	snap := fullSnapshot()
	m := press(sized(b, snap, 200, 60), "/", "e", "enter", "n", "r")
	msg := SnapshotMsg{Snap: snap}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		m = step(m, msg)
		_ = m.View()
	}
}
