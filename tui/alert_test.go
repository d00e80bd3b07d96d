package tui

import (
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/runbooks"
	"github.com/warroom-dev/warroom/tui/fixture"
)

// deskModel is a model of w x h over a room whose desk records alert actions.
func deskModel(t *testing.T, desk *fixture.AlertDesk, w, h int) Model {
	t.Helper()
	snap := fullSnapshot()
	m := New(fixture.DeskRoom{AlertDesk: desk, Snap: snap}, testOptions())
	return step(step(m, sizeMsg(w, h)), SnapshotMsg{Snap: snap})
}

// drain runs cmd and feeds what it returns back to the model, as Bubble
// Tea would, until no command is left; it returns the messages seen.
func drain(t *testing.T, m Model, cmd tea.Cmd) (Model, []tea.Msg) {
	t.Helper()
	var seen []tea.Msg
	for i := 0; cmd != nil; i++ {
		if i > 10 {
			t.Fatal("commands keep coming")
		}
		msg := cmd()
		if msg == nil {
			break
		}
		seen = append(seen, msg)
		var nm tea.Model
		nm, cmd = m.Update(msg)
		m = nm.(Model)
	}
	return m, seen
}

// pressDrain presses one key and runs the commands it starts.
func pressDrain(t *testing.T, m Model, k string) (Model, []tea.Msg) {
	t.Helper()
	nm, cmd := m.Update(keyMsg(k))
	return drain(t, nm.(Model), cmd)
}

func focusAlerts(t *testing.T, m Model) Model {
	t.Helper()
	m = press(m, "tab")
	if m.focus != AlertPane {
		t.Fatalf("tab from the stream focused %d, not the alerts", m.focus)
	}
	return m
}

func TestAlertKeysActThroughTheDesk(t *testing.T) {
	rb := &runbooks.Runbook{ID: "rappel-produit", Title: "Rappel produit", Lang: "fr"}
	cases := []struct {
		keys   []string
		call   fixture.AlertCall
		result tea.Msg
		shows  []string
	}{
		{[]string{"a"}, fixture.AlertCall{ID: "a-0007", Act: room.AlertAck},
			AlertActedMsg{ID: "a-0007", Act: room.AlertAck}, []string{"acknowledged a-0007"}},
		{[]string{"z"}, fixture.AlertCall{ID: "a-0007", Act: room.AlertSnooze, Snooze: 15 * time.Minute},
			AlertActedMsg{ID: "a-0007", Act: room.AlertSnooze}, []string{"snoozed a-0007"}},
		{[]string{"x"}, fixture.AlertCall{ID: "a-0007", Act: room.AlertResolve},
			AlertActedMsg{ID: "a-0007", Act: room.AlertResolve}, []string{"resolved a-0007"}},
		// j selects the next alert: the feed down, more recent than the surge.
		{[]string{"j", "a"}, fixture.AlertCall{ID: "a-0004", Act: room.AlertAck},
			AlertActedMsg{ID: "a-0004", Act: room.AlertAck}, []string{"acknowledged a-0004"}},
		{[]string{"e"}, fixture.AlertCall{ID: "a-0007", Act: room.AlertEscalate}, nil,
			[]string{"escalated a-0007: 1 runbook(s) proposed", "proposed runbooks", "rappel-produit · Rappel produit (fr)"}},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.keys, ","), func(t *testing.T) {
			desk := &fixture.AlertDesk{Runbooks: []*runbooks.Runbook{rb}}
			m := focusAlerts(t, deskModel(t, desk, 200, 60))
			var seen []tea.Msg
			for _, k := range c.keys {
				m, seen = pressDrain(t, m, k)
			}
			if calls := desk.Calls(); len(calls) != 1 || calls[0] != c.call {
				t.Fatalf("desk calls %+v, want [%+v]", calls, c.call)
			}
			if len(seen) != 2 {
				t.Fatalf("messages %#v, want a request and its result", seen)
			}
			if c.result != nil && !reflect.DeepEqual(seen[1], c.result) {
				t.Fatalf("result %#v, want %#v", seen[1], c.result)
			}
			if esc, ok := seen[1].(EscalatedMsg); c.result == nil && (!ok || esc.Alert.ID != "a-0007" || len(esc.Runbooks) != 1) {
				t.Fatalf("escalation answered %#v", seen[1])
			}
			if c.result == nil { // escalation opens the declare form; esc backs out of it
				if _, ok := m.c.desk.modal.(*declareForm); !ok {
					t.Fatalf("escalation opened no declare form (%T)", m.c.desk.modal)
				}
				m = press(m, "esc")
			}
			view := m.View()
			for _, want := range c.shows {
				if !strings.Contains(view, want) {
					t.Errorf("view lacks %q", want)
				}
			}
		})
	}
}

func TestAlertActionFailureIsLoud(t *testing.T) {
	desk := &fixture.AlertDesk{Err: errors.New("journal: no space left on device")}
	m, seen := pressDrain(t, focusAlerts(t, deskModel(t, desk, 200, 60)), "a")
	if r, ok := seen[len(seen)-1].(AlertActedMsg); !ok || r.Err == nil {
		t.Fatalf("result %#v, want an AlertActedMsg with the error", seen[len(seen)-1])
	}
	if v := m.View(); !strings.Contains(v, "!! ack a-0007 FAILED: journal: no space left on device") {
		t.Fatalf("failure not shown:\n%s", v)
	}
	// Without a room the action fails the same way, never silently.
	m, _ = pressDrain(t, focusAlerts(t, sized(t, fullSnapshot(), 200, 60)), "x")
	if v := m.View(); !strings.Contains(v, "!! resolve a-0007 FAILED: this room is read-only") {
		t.Fatalf("read-only room not reported:\n%s", v)
	}
}

// The room's answer reaches the alert pane even when focus moved on.
func TestAlertResultAfterFocusMoved(t *testing.T) {
	desk := &fixture.AlertDesk{}
	m := focusAlerts(t, deskModel(t, desk, 200, 60))
	nm, cmd := m.Update(keyMsg("a"))
	m = press(nm.(Model), "tab")
	m, _ = drain(t, m, cmd)
	if m.focus == AlertPane || !strings.Contains(m.View(), "acknowledged a-0007") {
		t.Fatalf("answer lost after focus moved (focus %d)", m.focus)
	}
}

// The selection follows its alert when the list reorders.
func TestAlertSelectionSticks(t *testing.T) {
	m := press(focusAlerts(t, sized(t, fullSnapshot(), 200, 60)), "j")
	snap := fullSnapshot()
	snap.Alerts = append([]alerts.Alert{{ID: "a-0010", Rule: alerts.RuleSpike, Severity: alerts.Critical,
		State: alerts.StateFiring, FiredAt: testAt, UpdatedAt: testAt}}, snap.Alerts...)
	m = step(m, SnapshotMsg{Snap: snap})
	if a, _ := m.panes[AlertPane].(*alertPane).selected(); a.ID != "a-0004" {
		t.Fatalf("selection moved to %s", a.ID)
	}
}

// The selected alert explains itself: the math, its baseline and rule
// version, and the posts and authors behind it.
func TestAlertPaneExplainsTheSelectedAlert(t *testing.T) {
	m := focusAlerts(t, sized(t, fullSnapshot(), 300, 100))
	v := m.View()
	for _, want := range []string{"Alerts · 2 FIRING", "CRIT FIRING", "volume_spike · Maison Lumière",
		"window 1m00s · x 412 · mean 38.2 · σ 6.18 (√mean floor) · z 60.5 ≥ k 3",
		"baseline trailing-12h on 12h00m of history", "rule volume_spike/1",
		"breadth 3 platform(s): bluesky, mastodon, nostr · 71% negative of 380 scored",
		"@lemonde_conso 2.3M · bluesky -0.72 Scandale chez Maison Lumière"} {
		if !strings.Contains(v, want) {
			t.Errorf("alert pane lacks %q", want)
		}
	}
	v = press(m, "j", "j").View() // the acknowledged negative surge
	for _, want := range []string{"acknowledged by claire 7m00s ago", "x 64% · mean 18% · σ 5%",
		"floor 40% · margin +15% over baseline · 2210 scored"} {
		if !strings.Contains(v, want) {
			t.Errorf("negative surge lacks %q", want)
		}
	}
}

func TestExplainEveryRule(t *testing.T) {
	cases := []struct {
		rule string
		in   alerts.Inputs
		want string
	}{
		{alerts.RuleSpike, alerts.Inputs{Window: time.Minute, X: 9, Mean: 4, Sigma: 2, Z: 2.5, K: 3}, "z 2.5 < k 3"},
		{alerts.RuleKeyword, alerts.Inputs{Keywords: []string{"fuite", "plainte"}}, "words: fuite, plainte"},
		{alerts.RuleReach, alerts.Inputs{Followers: 120_000, Tier: 100_000, RuleVersion: "high_reach/1"},
			"author followers 120k ≥ tier 100k\nrule high_reach/1"},
		{alerts.RuleSilent, alerts.Inputs{FeedState: "live", Silence: 95 * time.Second, QuietAfter: time.Minute},
			"feed state live · silent 1m35s (quiet after 1m00s)"},
		{"future_rule", alerts.Inputs{}, "rule (none)"},
	}
	for _, c := range cases {
		if got := strings.Join(explain(c.rule, c.in), "\n"); !strings.Contains(got, c.want) {
			t.Errorf("%s: %q lacks %q", c.rule, got, c.want)
		}
	}
}

// Every state of the pane fits its rectangle, down to nothing.
func TestAlertPaneFitsEverySize(t *testing.T) {
	m := sized(t, fullSnapshot(), 200, 60)
	p := m.panes[AlertPane].(*alertPane)
	p.Update(EscalatedMsg{Alert: fixture.Alerts(testAt)[0], Runbooks: []*runbooks.Runbook{{ID: "r", Title: "T"}}})
	for w := 0; w <= 90; w += 3 {
		for h := 0; h <= 30; h += 2 {
			p.SetSize(w, h)
			assertRect(t, "alerts", p.View(), w, h)
		}
	}
	p.SetSnapshot(&room.Snapshot{})
	p.SetSize(40, 5)
	assertRect(t, "no alerts", p.View(), 40, 5)
	if !strings.Contains(strings.Join(p.View(), "\n"), "no alert") {
		t.Fatal("an empty list says nothing")
	}
}

// ? lists the keys of the alert pane; on a small screen j scrolls the help
// down to the last of them.
func TestHelpListsAlertKeysAtEverySize(t *testing.T) {
	keys := []string{"acknowledge alert", "snooze alert 15m00s", "escalate alert (propose runbooks)", "resolve alert"}
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		m := press(sized(t, fullSnapshot(), sz[0], sz[1]), "?")
		seen := map[string]bool{}
		for i := 0; i < 60; i++ {
			v := m.View()
			for _, k := range keys {
				seen[k] = seen[k] || strings.Contains(v, k)
			}
			m = press(m, "j")
		}
		for _, k := range keys {
			if !seen[k] {
				t.Errorf("%dx%d: help never shows %q", sz[0], sz[1], k)
			}
		}
		if !m.showHelp {
			t.Fatal("j closed the help")
		}
	}
}

// A narrow alert pane wraps the figures: z and k are never cut off.
func TestAlertExplanationWrapsWhenNarrow(t *testing.T) {
	p := sized(t, fullSnapshot(), 200, 60).panes[AlertPane].(*alertPane)
	p.SetSize(36, 30)
	v := strings.Join(p.View(), "\n")
	for _, want := range []string{"z 60.5 ≥ k 3", "σ 6.18 (√mean floor)", "rule volume_spike/1"} {
		if !strings.Contains(v, want) {
			t.Errorf("narrow alert pane lacks %q:\n%s", want, v)
		}
	}
}

// ! reaches the alerts from any pane and from the incident screen.
func TestBangFocusesTheAlerts(t *testing.T) {
	m := press(sized(t, fullSnapshot(), 200, 60), "shift+tab", "!")
	if m.focus != AlertPane {
		t.Fatalf("! from the volume chart focused %d", m.focus)
	}
	m = sized(t, fullSnapshot(), 120, 40)
	m.setScreen(true)
	if m = press(m, "!"); m.focus != AlertPane || m.c.desk.incidentScreen {
		t.Fatalf("! from the incident screen: focus %d, incident screen %v", m.focus, m.c.desk.incidentScreen)
	}
	if m = press(sized(t, fullSnapshot(), 50, 12), "!"); m.focus != StreamPane {
		t.Fatalf("! where no alert pane fits moved focus to %d", m.focus)
	}
}

// A merged alert keeps the rule that opened it, but its figures are the
// latest firing's: the explanation must be that firing's rule's, not
// "author followers 0 ≥ tier 0" under a keyword firing.
func TestMergedAlertExplainsItsLatestFiring(t *testing.T) {
	st := newStyles(lipgloss.NewRenderer(io.Discard), monoTheme())
	p := newAlertPane(&common{st: &st})
	p.width = 80
	kw := alerts.Inputs{Keywords: []string{"recall", "rappel"}, RuleVersion: "keyword/1"}
	a := alerts.Alert{Rule: alerts.RuleReach, Summary: "beaumont: 3 posts with recall, rappel", Inputs: kw,
		Firings: []alerts.Firing{
			{Rule: alerts.RuleReach, Inputs: alerts.Inputs{Followers: 820_000, Tier: 100_000}},
			{Rule: alerts.RuleKeyword, Inputs: kw},
		}}
	got := strings.Join(p.details(a), "\n")
	if !strings.Contains(got, "words: recall, rappel") || strings.Contains(got, "author followers") {
		t.Fatalf("explanation of the latest (keyword) firing expected:\n%s", got)
	}
}
