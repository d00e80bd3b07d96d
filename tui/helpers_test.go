package tui

import (
	"io"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/tui/fixture"
)

// testAt is the pinned instant of every test; CET keeps the local clock
// deterministic without the zone database.
var (
	testAt  = time.Date(2026, 11, 22, 15, 4, 5, 0, time.UTC)
	testCET = time.FixedZone("CET", 3600)
)

func testOptions() Options {
	return Options{
		Clock:  func() time.Time { return testAt },
		Local:  testCET,
		Output: io.Discard, // not a terminal: the ASCII profile, no escapes
		Getenv: func(string) string { return "" },
	}
}

func fullSnapshot() room.Snapshot { return fixture.Snapshot(1, testAt, fixture.Full()) }

// sized returns a model of w x h that has applied snap.
func sized(tb testing.TB, snap room.Snapshot, w, h int) Model {
	tb.Helper()
	m := New(fixture.NewRoom(snap), testOptions())
	m = step(m, tea.WindowSizeMsg{Width: w, Height: h})
	return step(m, SnapshotMsg{Snap: snap})
}

func step(m Model, msg tea.Msg) Model {
	nm, _ := m.Update(msg)
	return nm.(Model)
}

// press sends each key name in turn ("tab", "j", "/", "ctrl+c", ...).
func press(m Model, names ...string) Model {
	for _, n := range names {
		m = step(m, keyMsg(n))
	}
	return m
}

func keyMsg(name string) tea.KeyMsg {
	switch name {
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

func sizeMsg(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }
