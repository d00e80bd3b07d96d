package tui

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/warroom-dev/warroom/room"
)

// sizeGrid is every size from 80x24 to 240x70 in coarse steps, plus the
// edges; under -short only the edges and a middle.
func sizeGrid(short bool) [][2]int {
	if short {
		return [][2]int{{80, 24}, {120, 40}, {240, 70}, {81, 25}}
	}
	var out [][2]int
	for w := 80; w <= 240; w += 16 {
		for h := 24; h <= 70; h += 5 {
			out = append(out, [2]int{w, h})
		}
	}
	return append(out, [2]int{240, 70}, [2]int{99, 29}, [2]int{100, 26}, [2]int{300, 100})
}

// assertRect fails unless lines is exactly w x h display cells.
func assertRect(t *testing.T, what string, lines []string, w, h int) {
	t.Helper()
	if len(lines) != h {
		t.Errorf("%s: %d lines, want %d", what, len(lines), h)
	}
	for i, l := range lines {
		if got := lipgloss.Width(l); got != w {
			t.Errorf("%s: line %d is %d wide, want %d: %q", what, i, got, w, l)
			return
		}
	}
}

func TestEveryPaneRendersExactlyItsRectangle(t *testing.T) {
	snaps := map[string]room.Snapshot{"full": fullSnapshot(), "empty": {}}
	for name, snap := range snaps {
		for _, sz := range sizeGrid(testing.Short()) {
			w, h := sz[0], sz[1]
			t.Run(fmt.Sprintf("%s/%dx%d", name, w, h), func(t *testing.T) {
				m := sized(t, snap, w, h)
				for _, p := range m.placed {
					pane := m.panes[p.id]
					assertRect(t, pane.Title(), pane.View(), p.r.W-2, p.r.H-2)
				}
				assertRect(t, "header", m.header.View(w), w, headerHeight)
				assertRect(t, "screen", strings.Split(m.View(), "\n"), w, h)
			})
		}
	}
}

// The same holds with colors on: escape sequences must not count.
func TestScreenIsExactWithColors(t *testing.T) {
	rend := lipgloss.NewRenderer(io.Discard)
	rend.SetColorProfile(termenv.TrueColor)
	snap := fullSnapshot()
	for _, sz := range [][2]int{{80, 24}, {200, 60}} {
		m := newModel(nil, testOptions().withDefaults(), rend)
		m = step(m, SnapshotMsg{Snap: snap})
		m = step(m, sizeMsg(sz[0], sz[1]))
		view := m.View()
		if !strings.Contains(view, "\x1b[") {
			t.Fatal("no escape sequence with a true-color profile: the test proves nothing")
		}
		assertRect(t, fmt.Sprintf("screen %dx%d", sz[0], sz[1]), strings.Split(view, "\n"), sz[0], sz[1])
	}
}

// Below the supported range the screen still fits, header first.
func TestTinyTerminalsStillFit(t *testing.T) {
	for _, sz := range [][2]int{{1, 1}, {10, 3}, {40, 10}, {59, 13}, {300, 100}} {
		m := sized(t, fullSnapshot(), sz[0], sz[1])
		lines := strings.Split(m.View(), "\n")
		assertRect(t, fmt.Sprintf("screen %dx%d", sz[0], sz[1]), lines, sz[0], sz[1])
		if !strings.Contains(lines[0], "WARROOM"[:min(sz[0]-1, 7)]) {
			t.Errorf("%dx%d: header missing: %q", sz[0], sz[1], lines[0])
		}
	}
}

func TestHelpScreenFits(t *testing.T) {
	for _, sz := range sizeGrid(true) {
		m := press(sized(t, fullSnapshot(), sz[0], sz[1]), "?")
		assertRect(t, "help", strings.Split(m.View(), "\n"), sz[0], sz[1])
	}
}

// One model resized through the grid stays exact: nothing stale survives a
// resize in the render cache.
func TestResizeKeepsScreenExact(t *testing.T) {
	m := sized(t, fullSnapshot(), 80, 24)
	for _, sz := range append(sizeGrid(true), [2]int{300, 100}, [2]int{80, 24}, [2]int{60, 14}) {
		m = step(m, sizeMsg(sz[0], sz[1]))
		assertRect(t, fmt.Sprintf("after resize to %dx%d", sz[0], sz[1]),
			strings.Split(m.View(), "\n"), sz[0], sz[1])
	}
}
