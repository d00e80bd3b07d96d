package tui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/tui/fixture"
)

func streamOf(m Model) *stream { return m.panes[StreamPane].(*stream) }

// typeText sends each rune as its own key, as a terminal would.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m = press(m, string(r))
	}
	return m
}

func TestFilterNarrowsTheStream(t *testing.T) {
	m := press(sized(t, fullSnapshot(), 120, 40), "/")
	m = typeText(m, "BOYCOTT")
	p := streamOf(m)
	if len(p.rows) == 0 || len(p.rows) >= len(p.live) {
		t.Fatalf("filter kept %d of %d", len(p.rows), len(p.live))
	}
	for _, r := range p.rows {
		hay := strings.ToLower(r.Text + " " + r.Author.Handle + " " + r.Author.Name)
		if !strings.Contains(hay, "boycott") {
			t.Fatalf("row does not match the filter: %q", r.Text)
		}
	}
	m = press(m, "enter")
	if streamOf(m).typing || !strings.Contains(m.View(), "/BOYCOTT") {
		t.Fatal("enter did not keep the filter and show it")
	}
	m = press(m, "esc")
	if p := streamOf(m); len(p.rows) != len(p.live) {
		t.Fatalf("esc kept a filter: %d of %d", len(p.rows), len(p.live))
	}
}

func TestNegativeOnly(t *testing.T) {
	m := press(sized(t, fullSnapshot(), 120, 40), "n")
	p := streamOf(m)
	if len(p.rows) == 0 {
		t.Fatal("no negative mention kept")
	}
	for _, r := range p.rows {
		if r.Sentiment.Label != feeds.Negative {
			t.Fatalf("kept a %s mention", r.Sentiment.Label)
		}
	}
	if !strings.Contains(m.View(), "negative only") {
		t.Fatal("status line does not say negative only")
	}
	if p := streamOf(press(m, "n")); len(p.rows) != len(p.live) {
		t.Fatal("n did not toggle back")
	}
}

func TestHighReachFirst(t *testing.T) {
	p := streamOf(press(sized(t, fullSnapshot(), 120, 40), "r"))
	for i := 1; i < len(p.rows); i++ {
		if p.rows[i].Author.Followers > p.rows[i-1].Author.Followers {
			t.Fatalf("row %d has more followers than row %d", i, i-1)
		}
	}
}

// Paused, the list holds still while snapshots arrive and counts the new;
// p again follows the newest.
func TestPauseFreezesAndCountsNew(t *testing.T) {
	old := fixture.Snapshot(1, testAt, fixture.Size{Mentions: 100, Seconds: 60, Minutes: 10})
	m := press(sized(t, old, 120, 40), "p")
	newer := withNewMentions(old, 7)
	m = step(m, SnapshotMsg{Snap: newer})
	p := streamOf(m)
	if p.rows[0].ID != old.Agg.Recent[0].ID {
		t.Fatalf("paused list moved: top is %s", p.rows[0].ID)
	}
	if !strings.Contains(m.View(), "PAUSED +7 new") {
		t.Fatalf("paused status missing:\n%s", m.View())
	}
	m = press(m, "p")
	if top := streamOf(m).rows[0].ID; top != newer.Agg.Recent[0].ID {
		t.Fatalf("resumed list top is %s, want the newest", top)
	}
}

// Scrolled down while following, the selection stays on its mention.
func TestSelectionSticksToItsMention(t *testing.T) {
	old := fixture.Snapshot(1, testAt, fixture.Size{Mentions: 100, Seconds: 60, Minutes: 10})
	m := press(sized(t, old, 120, 40), "j", "j", "j")
	sel := streamOf(m).rows[3].ID
	m = step(m, SnapshotMsg{Snap: withNewMentions(old, 5)})
	p := streamOf(m)
	if p.rows[p.cursor].ID != sel || p.cursor != 8 {
		t.Fatalf("selection moved to %s at %d, want %s at 8", p.rows[p.cursor].ID, p.cursor, sel)
	}
	if p = streamOf(press(m, "g")); p.cursor != 0 || p.offset != 0 {
		t.Fatal("g did not go back to the newest")
	}
}

func TestScrollKeepsCursorOnScreen(t *testing.T) {
	m := sized(t, fullSnapshot(), 80, 24)
	m = press(m, "G")
	p := streamOf(m)
	if p.cursor != len(p.rows)-1 || p.cursor < p.offset || p.cursor >= p.offset+p.listHeight() {
		t.Fatalf("cursor %d off screen (offset %d, height %d)", p.cursor, p.offset, p.listHeight())
	}
	if !strings.Contains(m.View(), "›") {
		t.Fatal("selected row not marked")
	}
}

// P asks the Model to pin the selected mention (the write itself is in
// the walkthrough tests); p stays pause.
func TestPinRequestsTheSelectedMention(t *testing.T) {
	m := press(sized(t, fullSnapshot(), 120, 40), "j", "j")
	want := streamOf(m).selID
	_, cmd := m.Update(keyMsg("P"))
	if cmd == nil {
		t.Fatal("P returned no command")
	}
	if msg, ok := cmd().(PinRequestMsg); !ok || msg.MentionID != want || want == "" {
		t.Fatalf("P asked for %#v, want the selected mention %q", msg, want)
	}
	if !strings.Contains(m.View(), "pinning "+want) {
		t.Fatal("P gave no notice")
	}
}

func TestEmptyStreamSaysSo(t *testing.T) {
	if v := sized(t, room.Snapshot{}, 80, 24).View(); !strings.Contains(v, "no mentions yet") {
		t.Fatalf("empty stream not explained:\n%s", v)
	}
}

// withNewMentions returns s with n fresh mentions on top of its ring.
func withNewMentions(s room.Snapshot, n int) room.Snapshot {
	fresh := fixture.Snapshot(2, testAt, fixture.Size{Mentions: n, Seconds: 1, Minutes: 1}).Agg.Recent
	for i, m := range fresh {
		c := *m
		c.ID = "fresh:" + string(rune('a'+i))
		fresh[i] = &c
	}
	s.Agg.Recent = append(fresh, s.Agg.Recent...)
	return s
}

// The filter's lower-cased texts are reused across ticks and bounded by
// the ring.
func TestFoldCacheIsReusedAndBounded(t *testing.T) {
	var c foldCache
	a := &feeds.Mention{Text: "Boycott", Author: feeds.Author{Handle: "X"}}
	b := &feeds.Mention{Text: "b"}
	c.begin(true)
	if got := c.of(a); got != "boycott\x00x\x00" {
		t.Fatalf("folded = %q", got)
	}
	c.of(b)
	c.begin(true)
	c.of(a) // b left the ring
	c.begin(true)
	if len(c.prev) != 1 || c.prev[a] == "" {
		t.Fatalf("cache holds %d entries, want only a", len(c.prev))
	}
	c.begin(false)
	if c.cur != nil {
		t.Fatal("cache kept with no filter")
	}
}

func TestByReachBreaksTiesNewestFirst(t *testing.T) {
	at := testAt
	old := &feeds.Mention{ID: "a", ObservedAt: at.Add(-time.Second), Author: feeds.Author{Followers: 5}}
	newer := &feeds.Mention{ID: "b", ObservedAt: at, Author: feeds.Author{Followers: 5}}
	big := &feeds.Mention{ID: "c", ObservedAt: at.Add(-time.Hour), Author: feeds.Author{Followers: 9}}
	rows := []*feeds.Mention{old, newer, big}
	slices.SortFunc(rows, byReach)
	if rows[0] != big || rows[1] != newer || rows[2] != old {
		t.Fatalf("order %s %s %s, want c b a", rows[0].ID, rows[1].ID, rows[2].ID)
	}
}
