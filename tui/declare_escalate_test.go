package tui

import (
	"testing"

	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/runbooks"
)

// Escalating an alert with no incident open opens the declare form filled
// from it: summary as title, severity from the alert's, the room's proposed
// runbooks first; enter declares with them.
func TestEscalationOpensThePrefilledDeclareForm(t *testing.T) {
	clk := newRoomClock()
	l := newLiveRoom(t, clk)
	m := drive(t, New(l, clk.opts()), liveSnapshot(l))
	safety, ok := l.Library().Get("product-safety", "fr")
	if !ok {
		t.Fatal("no product-safety runbook")
	}
	a := alerts.Alert{ID: "a1", Rule: alerts.RuleReach, Topic: "beaumont", Severity: alerts.High,
		Summary: "négatif de @alerteconso.fr (820k abonnés)"}
	m = drive(t, m, EscalatedMsg{Alert: a, Runbooks: []*runbooks.Runbook{safety}})
	f, ok := m.c.desk.modal.(*declareForm)
	if !ok {
		t.Fatalf("no declare form after escalation (modal %T)", m.c.desk.modal)
	}
	if f.title.Value() != a.Summary || severities[f.sev] != incidents.SEV2 || f.books[f.book].rb != safety {
		t.Fatalf("form title %q severity %s runbook %v", f.title.Value(), severities[f.sev], f.books[f.book].rb)
	}
	m = keys(t, m, "enter")
	v := l.Snapshot().Incident
	if v == nil || v.State.Title != a.Summary || v.State.Severity != incidents.SEV2 || v.Runbook != safety {
		t.Fatalf("declared incident = %+v", v)
	}
	// With an incident open, a later escalation leaves the screen alone.
	m = drive(t, m, liveSnapshot(l))
	m = drive(t, m, EscalatedMsg{Alert: a})
	if m.c.desk.modal != nil {
		t.Fatalf("a form opened over an open incident: %T", m.c.desk.modal)
	}
}
