package tui

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/runbooks"
)

// failingRoom is a real room whose step writes fail as a full disk would.
type failingRoom struct {
	*room.Live
	err error
}

func (r failingRoom) Act(context.Context, room.StepAction) (incidents.Entry, error) {
	return incidents.Entry{}, r.err
}

// A step shows done only once the room's snapshot says so: not while the
// write is in flight, and never when it fails, which is shown loudly.
func TestStepNeverShowsDoneBeforeTheWriteIsDurable(t *testing.T) {
	clk := newRoomClock()
	l := newLiveRoom(t, clk)
	if _, err := l.Declare(context.Background(), room.Declaration{Title: "t", Severity: incidents.SEV3,
		RunbookID: "bad-buzz", RunbookLang: "en"}); err != nil {
		t.Fatal(err)
	}
	r := failingRoom{Live: l, err: errors.New("write /incidents/x.jsonl: no space left on device")}
	m := New(r, clk.opts())
	m = drive(t, m, sizeMsg(140, 40))
	m = drive(t, m, SnapshotMsg{Snap: l.Snapshot()})
	m = selectStep(t, m, "pause_posts")
	nm, cmd := m.Update(keyMsg("d"))
	m = nm.(Model)
	if cmd == nil {
		t.Fatal("d made no write")
	}
	if v := m.View(); !strings.Contains(v, "writing 1 to the journal") || runbookStatus(t, m, "pause_posts") == runbooks.StatusDone {
		t.Fatalf("in flight: the step already shows done, or nothing says a write is pending:\n%s", v)
	}
	for _, msg := range run(cmd) {
		m = drive(t, m, msg)
	}
	v := m.View()
	if !strings.Contains(v, "NOT RECORDED") || !strings.Contains(v, "no space left on device") {
		t.Fatalf("the failed write is not shown:\n%s", v)
	}
	if runbookStatus(t, m, "pause_posts") == runbooks.StatusDone || strings.Contains(v, "writing 1") {
		t.Fatal("a failed write shows as done or still pending")
	}
	if m = keys(t, m, "esc"); strings.Contains(m.View(), "NOT RECORDED") {
		t.Fatal("esc did not dismiss the notice")
	}
}

// While a form has focus, q, tab and D are letters; ctrl+c still quits.
func TestFormsTakeGlobalKeys(t *testing.T) {
	m := keys(t, sized(t, fullSnapshot(), 120, 40), "D", "q", "D", "?", "s")
	f, ok := m.c.desk.modal.(*declareForm)
	if !ok || f.title.Value() != "qD?s" || m.showHelp {
		t.Fatalf("form took %q, help %v", f.title.Value(), m.showHelp)
	}
	if _, cmd := m.Update(keyMsg("ctrl+c")); !isQuit(cmd) {
		t.Fatal("ctrl+c did not quit from a form")
	}
	if m = keys(t, m, "esc"); m.c.desk.modal != nil {
		t.Fatal("esc did not close the form")
	}
	// A read-only room refuses the declaration, loudly.
	m = keys(t, m, "D", "Titre", "enter")
	if v := m.View(); !strings.Contains(v, "NOT RECORDED") || !strings.Contains(v, "read-only") {
		t.Fatalf("refused declaration not shown:\n%s", v)
	}
}

// The runbooks matching the alerts' rules and the topics come first.
func TestDeclareProposesMatchingRunbooksFirst(t *testing.T) {
	lib, err := runbooks.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	snap := &room.Snapshot{Alerts: []alerts.Alert{{Rule: "keyword", Topic: "data"}},
		Agg: aggregate.Snapshot{Topics: []aggregate.TopicStat{{Topic: "breach"}, {Topic: "leak"}}}}
	got := proposals(lib, snap, "SEV1")
	if got[0].rb != nil {
		t.Fatal("'no runbook' is not first")
	}
	if got[1].rb == nil || got[1].rb.ID != "data-breach" || !got[1].matched {
		t.Fatalf("best proposal = %+v, want data-breach", got[1].rb)
	}
	seenUnmatched := false
	for _, c := range got[1:] {
		if !c.matched {
			seenUnmatched = true
		} else if seenUnmatched {
			t.Fatalf("matching %s listed after an unmatched runbook", c.rb.ID)
		}
	}
	if len(got) != 1+len(lib.All()) {
		t.Fatalf("%d proposals for %d runbooks", len(got)-1, len(lib.All()))
	}
	if calm := proposals(lib, &room.Snapshot{}, "SEV3"); calm[1].matched {
		t.Fatal("a calm room proposes a match")
	}
	// Every crisis has a spike: an alert rule alone says nothing of its kind.
	spike := &room.Snapshot{Alerts: []alerts.Alert{{Rule: "high_reach"}, {Rule: "volume_spike"}}}
	if got := proposals(lib, spike, "SEV2"); got[1].matched {
		t.Fatalf("alert rules alone propose %s as a match", got[1].rb.ID)
	}
}

// Keys meant for another kind of step are refused before any form opens.
func TestStepKeysOfTheWrongKindAreRefused(t *testing.T) {
	l, clk := busyIncident(t)
	m := New(l, clk.opts())
	m = drive(t, m, sizeMsg(140, 40))
	m = drive(t, m, SnapshotMsg{Snap: l.Snapshot()})
	m = keys(t, selectStep(t, m, "pause_posts"), "a")
	if m.c.desk.modal != nil || !strings.Contains(m.View(), "(action) is not a decision") {
		t.Fatalf("decision on an action not refused:\n%s", m.View())
	}
	m = keys(t, m, "m")
	if m.c.desk.modal != nil || !strings.Contains(m.View(), "not a message") {
		t.Fatal("draft on an action not refused")
	}
}

// A model without a room refuses journal actions instead of crashing.
func TestModelWithoutRoomRefusesActions(t *testing.T) {
	m := newModel(nil, testOptions().withDefaults(), lipgloss.NewRenderer(io.Discard))
	m = keys(t, step(m, sizeMsg(100, 30)), "S", "D", "x", "enter")
	if v := m.View(); !strings.Contains(v, "NOT RECORDED") || !strings.Contains(v, "read-only") {
		t.Fatalf("no refusal shown:\n%s", v)
	}
}

// What the crowd says picks the plan: a recall rumour in French proposes
// the French product-safety runbook first, not the boycott one that merely
// shares the alert rules.
func TestDeclareProposesFromTrendingTermsInTheCellsLanguage(t *testing.T) {
	lib, err := runbooks.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	snap := &room.Snapshot{Lang: "fr",
		Alerts: []alerts.Alert{{Rule: "high_reach", Topic: "beaumont"}, {Rule: "volume_spike", Topic: "beaumont"}},
		Agg:    aggregate.Snapshot{Trending: []aggregate.TermStat{{Term: "#rappelconso"}, {Term: "plastique"}, {Term: "yaourts"}}}}
	got := proposals(lib, snap, "SEV2")
	if got[1].rb == nil || got[1].rb.ID != "product-safety" || got[1].rb.Lang != "fr" {
		t.Fatalf("best proposal = %+v, want product-safety in French", got[1].rb)
	}
}
