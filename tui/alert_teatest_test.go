package tui

import (
	"bytes"
	"io"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/tui/fixture"
)

// In a running program the acknowledgement goes to the desk from a command
// and its answer reaches the screen, while ticks and pulls go on.
func TestAlertAckInARunningProgram(t *testing.T) {
	desk := &fixture.AlertDesk{}
	opts := testOptions()
	opts.Tick = 10 * time.Millisecond
	rend := lipgloss.NewRenderer(io.Discard)
	rend.SetColorProfile(termenv.Ascii)
	m := newModel(fixture.DeskRoom{AlertDesk: desk, Snap: fullSnapshot()}, opts.withDefaults(), rend)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	wait := func(what string) {
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(what)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	wait("CRIT ALERT")
	tm.Send(keyMsg("!"))
	tm.Send(keyMsg("a"))
	wait("acknowledged a-0007")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	if calls := desk.Calls(); len(calls) != 1 || calls[0] != (fixture.AlertCall{ID: "a-0007", Act: room.AlertAck}) {
		t.Fatalf("desk calls %+v", calls)
	}
}
