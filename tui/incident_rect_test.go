package tui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/runbooks"
)

// busyIncident is a real room mid-incident: a decision taken, a message
// published, a blocked step, a long title, a pinned mention.
func busyIncident(t *testing.T) (*room.Live, *roomClock) {
	t.Helper()
	clk := newRoomClock()
	l := newLiveRoom(t, clk)
	ctx := context.Background()
	l.Pipeline().Ingest([]*feeds.Mention{{ID: "x:1", Text: "彼らは返金しない — Beaumont ne rembourse pas",
		CreatedAt: clk.t, ObservedAt: clk.t, Author: feeds.Author{Handle: "client", Followers: 12}}})
	must := func(_ incidents.Entry, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(l.Declare(ctx, room.Declaration{Title: strings.Repeat("Rupture de stock et colère ", 6), Severity: incidents.SEV2,
		RunbookID: "bad-buzz", RunbookLang: "fr"}))
	must(l.Pin(ctx, "x:1", "inciting"))
	must(l.Act(ctx, room.StepAction{Step: "capture", Kind: runbooks.EventDone}))
	must(l.CaptureSnapshot(ctx))
	must(l.Act(ctx, room.StepAction{Step: "assess", Kind: runbooks.EventDone}))
	must(l.Act(ctx, room.StepAction{Step: "tier", Kind: runbooks.EventDecision, Answer: "tier3", Reason: "un média national"}))
	must(l.Act(ctx, room.StepAction{Step: "pause_posts", Kind: runbooks.EventBlocked, Reason: "l'agence ne répond pas"}))
	must(l.Act(ctx, room.StepAction{Step: "contact_customer", Kind: runbooks.EventDrafted, Text: "Bonjour,\nnous revenons vers vous."}))
	must(l.Act(ctx, room.StepAction{Step: "contact_customer", Kind: runbooks.EventApproved, Role: "lead"}))
	must(l.Act(ctx, room.StepAction{Step: "contact_customer", Kind: runbooks.EventPublished}))
	must(l.Append(ctx, incidents.Draft{Kind: incidents.KindNote, Body: "ligne 1\nligne 2"}))
	clk.add(95 * 60e9) // everything open is now overdue
	return l, clk
}

// The incident screen, its forms and its notice fit every size exactly.
func TestIncidentScreenRendersExactlyItsRectangle(t *testing.T) {
	l, clk := busyIncident(t)
	snap := l.Snapshot()
	sizes := append(sizeGrid(testing.Short()), [2]int{300, 100}, [2]int{60, 14}, [2]int{40, 10})
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			m := New(l, clk.opts())
			m = step(m, sizeMsg(w, h))
			m = step(m, SnapshotMsg{Snap: snap})
			if !m.c.desk.incidentScreen {
				t.Fatal("incident screen not shown")
			}
			for _, p := range m.placed {
				pane := m.panes[p.id]
				assertRect(t, pane.Title(), pane.View(), p.r.W-2, p.r.H-2)
			}
			assertRect(t, "screen", strings.Split(m.View(), "\n"), w, h)
			m.c.desk.notice.refuse("done: Capture", fmt.Errorf("evidence required first: %s", strings.Repeat("x", 300)))
			m.cache.invalidateAll()
			assertRect(t, "screen with notice", strings.Split(m.View(), "\n"), w, h)
			for _, k := range []string{"D", "m", "a", "A", "x", "n", "R"} {
				mk := press(m, k)
				assertRect(t, "form "+k, strings.Split(mk.View(), "\n"), w, h)
				press(mk, "esc")
			}
		})
	}
}

// The incident screen without an incident says how to declare one.
func TestIncidentScreenWithoutIncident(t *testing.T) {
	m := press(sized(t, fullSnapshot(), 120, 40), "I")
	if !m.c.desk.incidentScreen || m.focus != RunbookPane {
		t.Fatalf("I did not switch screens (focus %d)", m.focus)
	}
	v := m.View()
	if !strings.Contains(v, "No incident is open") || !strings.Contains(v, "to declare one") {
		t.Fatalf("no guidance:\n%s", v)
	}
	assertRect(t, "screen", strings.Split(v, "\n"), 120, 40)
	if m = press(m, "I"); m.c.desk.incidentScreen || m.focus != StreamPane {
		t.Fatal("I did not switch back to the dashboard")
	}
}

// On the dashboard, overdue runbook steps still show, loudly.
func TestDashboardSaysStepsAreOverdue(t *testing.T) {
	l, clk := busyIncident(t)
	m := New(l, clk.opts())
	m = step(m, sizeMsg(120, 40))
	m = step(m, SnapshotMsg{Snap: l.Snapshot()})
	m = press(m, "I")
	lines := strings.Split(m.View(), "\n")
	if m.c.desk.incidentScreen || !strings.Contains(lines[len(lines)-1], "runbook step(s) overdue") {
		t.Fatalf("no overdue alarm on the dashboard:\n%s", strings.Join(lines, "\n"))
	}
	assertRect(t, "dashboard", lines, 120, 40)
}
