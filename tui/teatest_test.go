package tui

import (
	"bytes"
	"io"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"github.com/warroom-dev/warroom/tui/fixture"
)

// The whole program runs (Init, ticks, pulls, keys) and the final frame is
// compared with testdata/TestFinalViewGolden.golden. The model draws with
// the ASCII profile, so the golden holds text only. Regenerate with: go test ./tui -run FinalViewGolden -update
func TestFinalViewGolden(t *testing.T) {
	r := fixture.NewRoom(fullSnapshot())
	opts := testOptions()
	opts.Tick = 10 * time.Millisecond
	rend := lipgloss.NewRenderer(io.Discard)
	rend.SetColorProfile(termenv.Ascii)
	m := newModel(r, opts.withDefaults(), rend)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("FEED DOWN")) && r.Calls() >= 3
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	for _, k := range []string{"j", "j", "n", "r", "shift+tab", "i"} {
		tm.Send(keyMsg(k))
	}
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if final.focus != VolumePane || !streamOf(final).negOnly || !streamOf(final).byReach {
		t.Fatalf("keys not applied: focus %d", final.focus)
	}
	golden.RequireEqual(t, []byte(final.View()))
}
