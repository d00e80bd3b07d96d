package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/tui/fixture"
)

func TestTabCyclesFocusAmongVisiblePanes(t *testing.T) {
	cases := []struct {
		name  string
		w, h  int
		keys  []string
		focus PaneID
	}{
		{"starts on the stream", 200, 60, nil, StreamPane},
		{"tab goes on in reading order", 200, 60, []string{"tab"}, AlertPane},
		{"shift+tab goes back", 200, 60, []string{"shift+tab"}, VolumePane},
		// Passive panes (sentiment, authors, trending, share of voice,
		// feeds) are never focused.
		{"tab wraps around", 200, 60, []string{"tab", "tab"}, VolumePane},
		{"and goes on", 200, 60, []string{"tab", "tab", "tab"}, StreamPane},
		{"only the stream when tiny", 50, 12, []string{"tab"}, StreamPane},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := press(sized(t, fullSnapshot(), c.w, c.h), c.keys...)
			if m.focus != c.focus {
				t.Fatalf("focus = %d, want %d (order %v)", m.focus, c.focus, m.focusOrder())
			}
		})
	}
}

func TestFocusFallsBackWhenPaneDisappears(t *testing.T) {
	m := press(sized(t, fullSnapshot(), 200, 60), "shift+tab")
	if m.focus != VolumePane {
		t.Fatalf("focus = %d, want volume", m.focus)
	}
	m = step(m, sizeMsg(50, 12)) // the minimal layout has no volume pane
	if m.focus != StreamPane {
		t.Fatalf("after shrinking, focus = %d, want the stream", m.focus)
	}
}

func TestHelpShowsEveryKeyAndCloses(t *testing.T) {
	m := press(sized(t, fullSnapshot(), 120, 40), "?")
	view := m.View()
	for _, want := range []string{"next pane", "pause / follow", "filter", "negative only",
		"high reach first", "pin mention", "seconds / minutes", "our / feed's score", "quit"} {
		if !strings.Contains(view, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	m = press(m, "j") // keys other than ?, esc, q do nothing under help
	if !m.showHelp {
		t.Fatal("help closed on j")
	}
	if m = press(m, "esc"); m.showHelp || strings.Contains(m.View(), "pause / follow") {
		t.Fatal("esc did not close help")
	}
	if m = press(m, "?", "?"); m.showHelp {
		t.Fatal("? did not toggle help off")
	}
}

func TestQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		_, cmd := sized(t, fullSnapshot(), 80, 24).Update(keyMsg(k))
		if !isQuit(cmd) {
			t.Errorf("%s did not quit", k)
		}
	}
	// While the filter is typed, q is a letter and only ctrl+c quits.
	m := press(sized(t, fullSnapshot(), 80, 24), "/")
	if _, cmd := m.Update(keyMsg("q")); isQuit(cmd) {
		t.Error("q quit while typing a filter")
	}
	if _, cmd := m.Update(keyMsg("ctrl+c")); !isQuit(cmd) {
		t.Error("ctrl+c did not quit while typing a filter")
	}
}

func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

func TestTickPullsOneSnapshotAtATime(t *testing.T) {
	r := fixture.NewRoom(fullSnapshot())
	m := step(New(r, testOptions()), sizeMsg(80, 24))
	_, cmd := m.Update(TickMsg{At: testAt})
	msgs := runBatch(cmd)
	if r.Calls() != 1 || len(msgs) != 2 {
		t.Fatalf("first tick: %d pulls, %d messages; want 1 pull and a next tick", r.Calls(), len(msgs))
	}
	// The pull has not answered yet: the next tick only moves the clock.
	if _, cmd = m.Update(TickMsg{At: testAt}); len(runBatch(cmd)) != 1 || r.Calls() != 1 {
		t.Fatalf("a second pull started while one was in flight (%d pulls)", r.Calls())
	}
	m = step(m, msgs[0])
	if _, cmd = m.Update(TickMsg{At: testAt}); len(runBatch(cmd)) != 2 || r.Calls() != 2 {
		t.Fatalf("no pull after the snapshot arrived (%d pulls)", r.Calls())
	}
}

// runBatch runs cmd, and the commands of a batch, returning their messages
// (a tick's timer fires after the tick interval, 100 ms at most here).
func runBatch(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	batch, ok := msg.(tea.BatchMsg)
	if !ok {
		return []tea.Msg{msg}
	}
	var out []tea.Msg
	for _, c := range batch {
		out = append(out, runBatch(c)...)
	}
	return out
}

// A room that stops answering must not leave a calm, frozen screen.
func TestRoomNotAnsweringIsLoud(t *testing.T) {
	now := testAt
	opts := testOptions()
	opts.Clock = func() time.Time { return now }
	snap := fullSnapshot()
	m := step(step(New(fixture.NewRoom(snap), opts), sizeMsg(200, 60)), SnapshotMsg{Snap: snap})
	m = step(m, TickMsg{}) // a pull starts and hangs
	now = now.Add(7 * time.Second)
	m = step(m, TickMsg{})
	line := strings.Split(m.View(), "\n")[0]
	if !strings.Contains(line, "ROOM NOT ANSWERING 7s") || !strings.Contains(line, "15:04:12") {
		t.Fatalf("stuck room not flagged or clock frozen: %q", line)
	}
	if line = strings.Split(step(m, SnapshotMsg{Snap: snap}).View(), "\n")[0]; strings.Contains(line, "NOT ANSWERING") {
		t.Fatalf("alarm stays after the room answered: %q", line)
	}
}

func TestScoreToggleRelabelsSentiment(t *testing.T) {
	m := sized(t, fullSnapshot(), 120, 40)
	if v := m.View(); !strings.Contains(v, "our score (vader)") {
		t.Fatalf("default label missing:\n%s", v)
	}
	if v := press(m, "s").View(); !strings.Contains(v, "feed's score") {
		t.Fatalf("s did not switch to the feed's score:\n%s", v)
	}
}

// The feed's view covers the same window as ours, from the aggregates,
// and says how many mentions the feeds scored.
func TestFeedScoreViewReadsTheWindow(t *testing.T) {
	snap := fullSnapshot()
	f := snap.Agg.FeedSentiment
	if f.Neg+f.Neu+f.Pos == 0 {
		t.Fatal("fixture has no feed scores")
	}
	v := press(sized(t, snap, 200, 60), "s").View()
	scored := humanCount(f.Neg + f.Neu + f.Pos)
	for _, want := range []string{"feed's score · 15m window · " + scored + " scored",
		fmt.Sprintf("neg %d%% %s", percent(f.Neg, f.Neg+f.Neu+f.Pos), humanCount(f.Neg)),
		fmt.Sprintf("net %+.2f", f.Net)} {
		if !strings.Contains(v, want) {
			t.Errorf("feed view lacks %q:\n%s", want, v)
		}
	}
}

func TestVolumeIntervalKey(t *testing.T) {
	m := press(sized(t, fullSnapshot(), 200, 60), "shift+tab") // focus volume
	for _, want := range []string{"seconds", "minutes", "auto"} {
		m = press(m, "i")
		if v := m.View(); !strings.Contains(v, "· "+want) {
			t.Fatalf("after i, volume does not say %q", want)
		}
	}
}

// A key re-renders only the focused pane; a snapshot re-renders them all.
func TestRenderCacheInvalidation(t *testing.T) {
	m := sized(t, fullSnapshot(), 200, 60)
	_ = m.View()
	m = press(m, "j")
	for id, dirty := range m.cache.dirty {
		if want := PaneID(id) == StreamPane; dirty != want && m.visible(PaneID(id)) {
			t.Errorf("after j, pane %d dirty = %v, want %v", id, dirty, want)
		}
	}
	_ = m.View()
	m = step(m, SnapshotMsg{Snap: fullSnapshot()})
	for id, dirty := range m.cache.dirty {
		if !dirty {
			t.Errorf("after a snapshot, pane %d not dirty", id)
		}
	}
	if !strings.Contains(m.View(), "Stream") || !m.cache.valid {
		t.Fatal("view not cached after rendering")
	}
}

func TestHeaderShowsDeadFeedsLoudly(t *testing.T) {
	m := sized(t, fullSnapshot(), 200, 60)
	head := strings.Split(m.View(), "\n")[1]
	for _, want := range []string{"!! wire FEED DOWN 2m14s", "!! nostr NO DATA 45s",
		"!! mastodon RECONNECTING #3 38s · retry 4s", "● bluesky live 1s"} {
		if !strings.Contains(head, want) {
			t.Errorf("feed line lacks %q: %q", want, head)
		}
	}
	if strings.Index(head, "bluesky") < strings.Index(head, "wire") {
		t.Errorf("healthy feed shown before a dead one: %q", head)
	}
}

func TestHeaderClocks(t *testing.T) {
	line := strings.Split(sized(t, fullSnapshot(), 120, 40).View(), "\n")[0]
	for _, want := range []string{"Maison Lumière", "UTC 15:04:05", "CET 16:04:05", "mentions"} {
		if !strings.Contains(line, want) {
			t.Errorf("title line lacks %q: %q", want, line)
		}
	}
}

func TestFeedAlarm(t *testing.T) {
	now := testAt
	cases := []struct {
		st   feeds.Status
		want string
	}{
		{feeds.Status{State: feeds.StateLive, LastEvent: now.Add(-2 * time.Second), QuietAfter: time.Minute}, ""},
		{feeds.Status{State: feeds.StateLive, LastEvent: now.Add(-45 * time.Second), QuietAfter: 30 * time.Second}, "NO DATA 45s"},
		{feeds.Status{State: feeds.StateDown, LastEvent: now.Add(-134 * time.Second)}, "FEED DOWN 2m14s"},
		{feeds.Status{State: feeds.StateDown}, "FEED DOWN no data yet"},
		{feeds.Status{State: feeds.StateAuthFailed, LastEvent: now.Add(-time.Hour)}, "AUTH FAILED 1h00m"},
		{feeds.Status{State: feeds.StateReconnecting, Attempt: 2, LastEvent: now.Add(-9 * time.Second)}, "RECONNECTING #2 9s"},
		{feeds.Status{State: feeds.StateConnecting}, "CONNECTING no data yet"},
		{feeds.Status{State: feeds.StateStopped}, "STOPPED no data yet"},
		{feeds.Status{State: "weird"}, "UNKNOWN STATE weird"},
	}
	for _, c := range cases {
		if got := feedAlarm(c.st, now); got != c.want {
			t.Errorf("%s: got %q, want %q", c.st.State, got, c.want)
		}
	}
}

func TestNoFeedsIsLoud(t *testing.T) {
	snap := fullSnapshot()
	snap.Feeds = nil
	if head := strings.Split(sized(t, snap, 120, 40).View(), "\n")[1]; !strings.Contains(head, "NO FEEDS") {
		t.Fatalf("no feeds not flagged: %q", head)
	}
}

// Focus shows without color: the focused pane has a heavy frame.
func TestFocusShowsWithoutColor(t *testing.T) {
	m := sized(t, fullSnapshot(), 120, 40)
	if v := m.View(); !strings.Contains(v, "┏━ Stream") || strings.Contains(v, "┏━ Volume") {
		t.Fatal("stream not framed as focused")
	}
	if v := press(m, "shift+tab").View(); !strings.Contains(v, "┏━ Volume") || !strings.Contains(v, "╭─ Stream") {
		t.Fatal("focus frame did not move with tab")
	}
}
