package tui

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/tui/fixture"
)

// bannerLine is the screen line under the header.
func bannerLine(m Model) string { return strings.Split(m.View(), "\n")[headerHeight] }

func TestBannerShowsTheMostSevereFiringAlert(t *testing.T) {
	m := sized(t, fullSnapshot(), 160, 40)
	line := bannerLine(m)
	for _, want := range []string{"!! CRIT ALERT volume_spike · Maison Lumière · 3m12s ago · 412 mentions in 1 min",
		"+3 other active [!]"} {
		if !strings.Contains(line, want) {
			t.Errorf("banner lacks %q: %q", want, line)
		}
	}
	// On a narrow screen the count of others survives; the summary gives way.
	if line := bannerLine(sized(t, fullSnapshot(), 80, 24)); !strings.Contains(line, "+3 other active") ||
		!strings.Contains(line, "CRIT ALERT volume_spike · Maison Lumière · 3m12s ago") {
		t.Errorf("narrow banner: %q", line)
	}
}

func TestBannerWhenNothingFires(t *testing.T) {
	handled := fullSnapshot()
	handled.Alerts = nil
	for _, a := range fixture.Alerts(testAt) {
		if a.State != alerts.StateFiring {
			handled.Alerts = append(handled.Alerts, a)
		}
	}
	quiet := fullSnapshot()
	quiet.Alerts = nil
	cases := []struct {
		name string
		snap room.Snapshot
		want string
	}{
		{"only handled alerts", handled, "no alert firing · 2 active"},
		{"no alert", quiet, "✓ no active alert"},
	}
	for _, c := range cases {
		if line := bannerLine(sized(t, c.snap, 120, 30)); !strings.Contains(line, c.want) || strings.Contains(line, "!!") {
			t.Errorf("%s: banner %q, want %q", c.name, line, c.want)
		}
	}
}

// An alert arriving changes neither the focus nor where keys go.
func TestBannerDoesNotTakeFocus(t *testing.T) {
	quiet := fullSnapshot()
	quiet.Alerts = nil
	m := press(sized(t, quiet, 200, 60), "shift+tab") // the volume chart
	m = step(m, SnapshotMsg{Snap: fullSnapshot()})
	if m.focus != VolumePane {
		t.Fatalf("focus moved to %d when an alert fired", m.focus)
	}
	if !strings.Contains(bannerLine(m), "CRIT ALERT") {
		t.Fatal("the banner did not show the new alert")
	}
	if v := press(m, "i").View(); !strings.Contains(v, "· seconds") {
		t.Fatal("keys no longer reach the focused pane")
	}
}

// The bell rings once per new firing: a new alert, or one back to firing;
// never for an alert already ringing, never when the option is off.
func TestBellOncePerNewFiring(t *testing.T) {
	base := fullSnapshot()
	acked := fullSnapshot()
	acked.Alerts = withState(acked.Alerts, "a-0007", alerts.StateAcknowledged)
	newer := fullSnapshot()
	newer.Alerts = append(newer.Alerts, alerts.Alert{ID: "a-0009", Rule: alerts.RuleReach, Severity: alerts.Medium,
		State: alerts.StateFiring, FiredAt: testAt, UpdatedAt: testAt})
	steps := []struct {
		name string
		snap room.Snapshot
		ring bool
	}{
		{"first firings", base, true},
		{"same alerts again", base, false},
		{"acknowledged", acked, false},
		{"back to firing after the ack", base, true},
		{"a new alert", newer, true},
		{"still the same", newer, false},
	}
	for _, on := range []bool{true, false} {
		var out bytes.Buffer
		opts := testOptions()
		opts.Bell, opts.Output = on, &out
		nm, _ := New(fixture.NewRoom(base), opts).Update(sizeMsg(120, 40))
		m := nm.(Model)
		for _, s := range steps {
			out.Reset()
			nm, cmd := m.Update(SnapshotMsg{Snap: s.snap})
			m = nm.(Model)
			if cmd != nil {
				if msg := cmd(); msg != nil {
					t.Fatalf("%s: bell failed: %v", s.name, msg)
				}
			}
			if got, want := out.String(), map[bool]string{true: "\a"}[s.ring && on]; got != want {
				t.Errorf("bell %v, %s: wrote %q, want %q", on, s.name, got, want)
			}
		}
	}
}

func withState(in []alerts.Alert, id string, st alerts.State) []alerts.Alert {
	out := append([]alerts.Alert(nil), in...)
	for i := range out {
		if out[i].ID == id {
			out[i].State = st
		}
	}
	return out
}

// Under NO_COLOR a critical alert is still loud: reverse video and words.
func TestBannerLoudWithoutColor(t *testing.T) {
	rend := lipgloss.NewRenderer(io.Discard)
	rend.SetColorProfile(termenv.ANSI)
	opts := testOptions()
	opts.NoColor = true
	m := newModel(nil, opts.withDefaults(), rend)
	m = step(step(m, sizeMsg(120, 30)), SnapshotMsg{Snap: fullSnapshot()})
	line := bannerLine(m)
	if !strings.Contains(line, "7m !! CRIT ALERT") || strings.Contains(line, "38;") {
		t.Fatalf("banner not in reverse video, or colored, under NO_COLOR: %q", line)
	}
}

// The banner is exactly the screen's width at every width.
func TestBannerFitsEveryWidth(t *testing.T) {
	m := sized(t, fullSnapshot(), 80, 24)
	for w := 0; w <= 300; w += 7 {
		if got := lipgloss.Width(m.banner.View(w)); got != w {
			t.Fatalf("banner %d wide at width %d", got, w)
		}
	}
	m.c.now = testAt.Add(time.Hour)
	if v := m.banner.View(200); !strings.Contains(v, "1h03m ago") {
		t.Fatalf("age does not follow the clock: %q", v)
	}
}
