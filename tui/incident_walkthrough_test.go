package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/runbooks"
)

// The whole bad-buzz runbook, walked through with keys against a real
// room: declaration from the form, evidence pinned from the stream and
// snapshotted, a refused done, a skip with its reason, a decision branch,
// messages drafted, approved (once by the wrong role, refused) and
// published, a note; then the journal is read back from disk.
func TestWalkthroughBadBuzzEndToEnd(t *testing.T) {
	clk := newRoomClock()
	l := newLiveRoom(t, clk)
	l.Pipeline().Ingest([]*feeds.Mention{{ID: "bluesky:1", Text: "Three weeks and still no refund from Beaumont",
		CreatedAt: clk.t, ObservedAt: clk.t, Author: feeds.Author{Handle: "angry.customer", Followers: 420_000}}})
	m := New(l, clk.opts())
	m = drive(t, m, sizeMsg(160, 50))
	m = drive(t, m, liveSnapshot(l))

	m = declareBadBuzz(t, m)
	if !m.c.desk.incidentScreen || m.focus != RunbookPane {
		t.Fatalf("declaring did not bring the runbook up (screen %v, focus %d)", m.c.desk.incidentScreen, m.focus)
	}
	m = walkEvidenceSteps(t, m, l, clk)
	m = walkDecision(t, m, l, clk)
	m = walkMessages(t, m, l, clk)
	m = walkClosing(t, m, l, clk)

	v := l.Snapshot().Incident
	if !v.Progress.Complete() {
		t.Fatalf("runbook not complete: open %v", openIDs(v.Progress))
	}
	if !strings.Contains(m.View(), "runbook complete") {
		t.Error("the pane does not say the runbook is complete")
	}
	// Resolving the incident lets the cell declare the next one.
	m = keys(t, m, "v", "j", "j", "j", "enter")
	if st := l.Snapshot().Incident.State; !st.Resolved || st.Status != incidents.StatusResolved {
		t.Fatalf("not resolved: %s", st.Status)
	}
	if _, ok := keys(t, m, "D").c.desk.modal.(*declareForm); !ok {
		t.Fatal("D refused after the incident was resolved")
	}
	checkWalkthroughJournal(t, v.Path)
}

func declareBadBuzz(t *testing.T, m Model) Model {
	t.Helper()
	m = keys(t, m, "D")
	if _, ok := m.c.desk.modal.(*declareForm); !ok {
		t.Fatal("D did not open the declare form")
	}
	// Global keys are letters while the form has focus: q, D, tab...
	m = keys(t, m, "Livraison abîmée, q D", "tab", "1", "tab", " ", "tab")
	f := m.c.desk.modal.(*declareForm)
	for f.books[f.book].rb == nil || f.books[f.book].rb.ID != "bad-buzz" || f.books[f.book].rb.Lang != "en" {
		if f.book == len(f.books)-1 {
			t.Fatal("bad-buzz (en) not offered")
		}
		m = keys(t, m, "j")
	}
	m = keys(t, m, "enter")
	if m.c.desk.modal != nil {
		t.Fatal("the form stayed open")
	}
	st := m.header.snap.Incident.State
	if st.Title != "Livraison abîmée, q D" || st.Severity != incidents.SEV1 || !st.Drill || len(st.Runbooks) != 1 ||
		st.Runbooks[0].ID != "bad-buzz" || st.Runbooks[0].SHA256 == "" || st.Runbooks[0].Version != "1.0" {
		t.Fatalf("declared state = %+v", st)
	}
	return m
}

// walkEvidenceSteps: capture is refused until a mention is pinned from the
// stream; assess needs a feed snapshot; pause_posts is skipped with a reason.
func walkEvidenceSteps(t *testing.T, m Model, l *room.Live, clk *roomClock) Model {
	t.Helper()
	m = keys(t, m, "o", "j", "j", "enter", "Nadia", "enter")
	if v := m.View(); !strings.Contains(v, "roles: care Nadia") {
		t.Fatalf("the catch-up does not show the role:\n%s", v)
	}
	clk.add(2 * time.Minute)
	m = keys(t, selectStep(t, m, "capture"), "d")
	if v := m.View(); !strings.Contains(v, "NOT RECORDED") || !strings.Contains(v, "pinned_mention") {
		t.Fatalf("refused done not shown loudly:\n%s", v)
	}
	if stepStatus(t, l, "capture") == runbooks.StatusDone || runbookOf(m).selected().Status == runbooks.StatusDone {
		t.Fatal("capture done without evidence")
	}
	m = keys(t, focusOn(t, m, StreamPane), "P")
	m = keys(t, focusOn(t, m, RunbookPane), "d")
	m = keys(t, m, "S")
	m = keys(t, selectStep(t, m, "assess"), "d")
	m = keys(t, selectStep(t, m, "pause_posts"), "x", "enter")
	if !strings.Contains(m.View(), "a reason is required") {
		t.Fatal("an empty reason was not refused in the form")
	}
	m = keys(t, m, "rien de programmé", "enter")
	for id, want := range map[string]runbooks.Status{"capture": runbooks.StatusDone, "assess": runbooks.StatusDone,
		"pause_posts": runbooks.StatusSkipped} {
		if got := runbookStatus(t, m, id); got != want {
			t.Errorf("%s shows %s, want %s", id, got, want)
		}
	}
	return m
}

// walkDecision answers tier2 with a rationale: the other branches are
// skipped by the engine.
func walkDecision(t *testing.T, m Model, l *room.Live, clk *roomClock) Model {
	t.Helper()
	clk.add(5 * time.Minute)
	m = keys(t, selectStep(t, m, "tier"), "enter", "j", "enter", "reprise par deux comptes à 100k", "enter")
	for id, want := range map[string]runbooks.Status{"tier": runbooks.StatusDone, "monitor": runbooks.StatusBranchSkipped,
		"exec_cell": runbooks.StatusBranchSkipped, "facts": runbooks.StatusAvailable} {
		if got := stepStatus(t, l, id); got != want {
			t.Errorf("%s = %s, want %s", id, got, want)
		}
	}
	m = keys(t, selectStep(t, m, "facts"), "d")
	m = keys(t, selectStep(t, m, "key_messages"), "d")
	return keys(t, selectStep(t, m, "legal_review"), "d")
}

// walkMessages drafts, approves and publishes each message; the holding
// statement is first approved by the wrong role, which the room refuses.
func walkMessages(t *testing.T, m Model, l *room.Live, clk *roomClock) Model {
	t.Helper()
	clk.add(5 * time.Minute)
	m = keys(t, selectStep(t, m, "contact_customer"), "m", "ctrl+s")
	if v := m.View(); !strings.Contains(v, "fill in {{issue}}") || !strings.Contains(v, "{{issue}}: What the customer reports") {
		t.Fatalf("a draft with holes was not refused, or its vars not explained:\n%s", v)
	}
	m = typeDraft(t, m, "Hello from Beaumont care: we are on it.")
	m = keys(t, m, "enter", "enter", "u") // approve (no approver needed), publish
	m = keys(t, selectStep(t, m, "holding"), "m")
	m = typeDraft(t, m, "We have seen the posts. Next update by 16:30 UTC.")
	m = keys(t, m, "A", "j", "enter") // as social: refused
	if !strings.Contains(m.View(), "must be approved by role `lead`") {
		t.Fatalf("approval by the wrong role not refused loudly:\n%s", m.View())
	}
	m = keys(t, m, "A", "enter", "u") // the picker starts on the approver: lead
	for _, id := range []string{"internal", "updates"} {
		m = keys(t, selectStep(t, m, id), "m")
		m = typeDraft(t, m, "Message "+id)
		m = keys(t, m, "A", "enter", "u")
	}
	for _, id := range []string{"contact_customer", "holding", "internal", "updates"} {
		if got := stepStatus(t, l, id); got != runbooks.StatusDone {
			t.Errorf("%s = %s, want done", id, got)
		}
	}
	if v := m.View(); !strings.Contains(v, "next updates in 1h00m") {
		t.Errorf("no next-update reminder:\n%s", v)
	}
	return m
}

// typeDraft replaces the open draft editor's text and records it.
func typeDraft(t *testing.T, m Model, text string) Model {
	t.Helper()
	p, ok := m.c.desk.modal.(*prompt)
	if !ok || p.mode != blockText {
		t.Fatalf("no draft editor open: %T", m.c.desk.modal)
	}
	p.area.SetValue(text)
	return keys(t, m, "ctrl+s")
}

// walkClosing: the evidence for deescalate is taken once it is open; the
// postmortem needs a note.
func walkClosing(t *testing.T, m Model, l *room.Live, clk *roomClock) Model {
	t.Helper()
	clk.add(30 * time.Minute)
	m = keys(t, m, "S")
	m = keys(t, selectStep(t, m, "deescalate"), "d")
	m = keys(t, selectStep(t, m, "resume_posts"), "d")
	m = keys(t, m, "n", "Postmortem booked for Friday", "enter")
	return keys(t, selectStep(t, m, "postmortem"), "d")
}

// runbookStatus is what the pane shows for step id.
func runbookStatus(t *testing.T, m Model, id string) runbooks.Status {
	t.Helper()
	s, ok := runbookOf(m).progress().State(id)
	if !ok {
		t.Fatalf("no step %s in the pane", id)
	}
	return s.Status
}

func openIDs(p *runbooks.Progress) []string {
	var out []string
	for _, s := range p.Open() {
		out = append(out, s.Step.ID+":"+string(s.Status))
	}
	return out
}

// checkWalkthroughJournal reads the journal back from disk: the chain
// verifies, the entries come in the order the keys were pressed, and the
// replayed state agrees.
func checkWalkthroughJournal(t *testing.T, path string) {
	t.Helper()
	entries, rep, err := incidents.Read(path)
	if err != nil || !rep.OK {
		t.Fatalf("journal does not verify: %v %s", err, rep)
	}
	var got []string
	for _, e := range entries {
		got = append(got, string(e.Kind)+stepOf(e))
	}
	want := []string{"incident.declared", "runbook.attached", "role.assigned", "mention.pinned", "step.done:capture",
		"feed.snapshot", "step.done:assess", "step.skipped:pause_posts", "decision:tier", "step.done:facts",
		"step.done:key_messages", "step.done:legal_review",
		"message.drafted:contact_customer", "message.approved:contact_customer", "message.published:contact_customer",
		"message.drafted:holding", "message.approved:holding", "message.published:holding",
		"message.drafted:internal", "message.approved:internal", "message.published:internal",
		"message.drafted:updates", "message.approved:updates", "message.published:updates",
		"feed.snapshot", "step.done:deescalate", "step.done:resume_posts", "note", "step.done:postmortem", "status.changed"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("journal kinds:\n got %v\nwant %v", got, want)
	}
	st := incidents.Replay(entries)
	if a := st.Roles["care"]; a.Name != "Nadia" {
		t.Errorf("roles = %+v", st.Roles)
	}
	if d := st.LastDecisions(1); len(d) != 1 || d[0].Answer != "tier2" || d[0].Rationale != "reprise par deux comptes à 100k" {
		t.Errorf("decision = %+v", d)
	}
	if m := st.LastPublished(); m == nil || m.ID != "updates" || m.Text != "Message updates" {
		t.Errorf("last published = %+v", m)
	}
	for _, msg := range st.Messages {
		if msg.ID == "holding" && (len(msg.Path) != 3 || msg.Path[1].Actor.Role != "lead" || !msg.Holding) {
			t.Errorf("holding path = %+v", msg)
		}
	}
	if len(st.Evidence) != 1 || st.Evidence[0].Mention.ID != "bluesky:1" || len(st.Snapshots) != 2 || len(st.Notes) != 1 {
		t.Errorf("evidence %d, snapshots %d, notes %d", len(st.Evidence), len(st.Snapshots), len(st.Notes))
	}
}

// stepOf names the step an entry is about, ":id", or "".
func stepOf(e incidents.Entry) string {
	var d struct {
		Step string `json:"step"`
		ID   string `json:"id"`
	}
	if e.Decode(&d) != nil {
		return ""
	}
	switch {
	case d.Step != "":
		return ":" + d.Step
	case d.ID != "" && strings.HasPrefix(string(e.Kind), "message."):
		return ":" + d.ID
	}
	return ""
}
