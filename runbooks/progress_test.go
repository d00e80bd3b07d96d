package runbooks

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func loadValid(t *testing.T) *Runbook {
	t.Helper()
	rb, err := Load("valid.toml", []byte(validSrc(t)))
	if err != nil {
		t.Fatal(err)
	}
	return rb
}

// at returns 10:00 UTC plus minutes.
func at(min int) time.Time {
	return time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC).Add(time.Duration(min) * time.Minute)
}

func ev(step string, kind EventKind, min int, opts ...func(*StepEvent)) StepEvent {
	e := StepEvent{Step: step, Kind: kind, At: at(min)}
	for _, o := range opts {
		o(&e)
	}
	return e
}

func answer(a string) func(*StepEvent) { return func(e *StepEvent) { e.Answer = a } }
func role(r string) func(*StepEvent)   { return func(e *StepEvent) { e.Role = r } }
func reason(r string) func(*StepEvent) { return func(e *StepEvent) { e.Reason = r } }
func evidence(k Evidence) func(*StepEvent) {
	return func(e *StepEvent) { e.Evidence = k }
}

func statuses(p *Progress) string {
	var b strings.Builder
	for _, s := range p.Steps {
		b.WriteString(s.Step.ID + "=" + string(s.Status) + " ")
	}
	return strings.TrimSpace(b.String())
}

func TestProgressAtAttachment(t *testing.T) {
	rb := loadValid(t)
	tests := []struct {
		now              int
		warning, overdue bool
	}{{0, false, false}, {11, false, false}, {13, true, false}, {15, false, true}, {40, false, true}}
	for _, tt := range tests {
		p := Compute(rb, at(0), nil, at(tt.now))
		want := "assess=available tier=locked watch=locked holding=locked updates=locked postmortem=locked"
		if got := statuses(p); got != want {
			t.Fatalf("statuses = %s", got)
		}
		s, _ := p.State("assess")
		if !s.AvailableAt.Equal(at(0)) || !s.DueAt.Equal(at(15)) || s.Warning != tt.warning || s.Overdue != tt.overdue {
			t.Errorf("now +%dm: assess %+v", tt.now, s)
		}
		if len(s.MissingEvidence) != 1 || s.MissingEvidence[0] != EvidencePinnedMention {
			t.Errorf("missing evidence = %v", s.MissingEvidence)
		}
	}
}

func TestProgressHighBranchWithApproval(t *testing.T) {
	rb := loadValid(t)
	events := []StepEvent{
		ev("tier", EventDecision, 1, answer("high")), // locked: rejected
		ev("assess", EventStarted, 2),
		ev("assess", EventDone, 3), // no evidence yet: rejected
		ev("assess", EventEvidence, 4, evidence(EvidencePinnedMention)),
		ev("assess", EventDone, 5),
		ev("tier", EventDecision, 10, answer("medium")), // not an answer: rejected
		ev("tier", EventDecision, 10, answer("high"), reason("national press picked it up")),
		ev("holding", EventPublished, 11), // not approved: rejected
		ev("holding", EventDrafted, 12),
		ev("holding", EventApproved, 13, role("lead")), // wrong role: rejected
		ev("holding", EventApproved, 20, role("legal")),
		ev("holding", EventPublished, 25),
		ev("updates", EventDrafted, 30),
		ev("updates", EventApproved, 31),
		ev("updates", EventPublished, 32),
	}
	p := Compute(rb, at(0), events, at(60+25))
	want := "assess=done tier=done watch=skipped_by_branch holding=done updates=done postmortem=available"
	if got := statuses(p); got != want {
		t.Errorf("statuses = %s", got)
	}
	wantRejected := []string{
		"step `tier` is locked: waiting for `assess`",
		"evidence required first: pinned_mention",
		"`medium` is not an answer of `tier`; answers: `high`, `low`",
		"message `holding` must be approved before it is published",
		"message `holding` must be approved by role `legal`",
	}
	if len(p.Rejected) != len(wantRejected) {
		t.Fatalf("rejected = %v", p.Rejected)
	}
	for i, r := range p.Rejected {
		if r.Err.Error() != wantRejected[i] {
			t.Errorf("rejected[%d] = %q, want %q", i, r.Err, wantRejected[i])
		}
	}
	hold, _ := p.State("holding")
	if !hold.AvailableAt.Equal(at(10)) || !hold.DueAt.Equal(at(40)) || hold.Overdue || hold.ApprovedBy != "legal" || hold.Stage != StagePublished {
		t.Errorf("holding = %+v", hold)
	}
	watch, _ := p.State("watch")
	if !watch.DoneAt.Equal(at(10)) {
		t.Errorf("watch skipped at %v, want the decision's time", watch.DoneAt)
	}
	up, _ := p.State("updates")
	if !up.NextRepeatAt.Equal(at(92)) || !up.RepeatWarning || up.RepeatOverdue || !p.NextUpdateAt().Equal(at(92)) {
		t.Errorf("updates = %+v", up)
	}
	pm, _ := p.State("postmortem")
	if !pm.AvailableAt.Equal(at(32)) {
		t.Errorf("postmortem available at %v, want when updates was first published", pm.AvailableAt)
	}
	if open := p.Open(); len(open) != 2 || open[0].Step.ID != "updates" {
		t.Errorf("Open = %v", open)
	}

	// Next cycle of the update cadence, then the postmortem.
	events = append(events,
		ev("updates", EventDrafted, 90), ev("updates", EventApproved, 91), ev("updates", EventPublished, 93),
		ev("postmortem", EventSkipped, 95), // no reason: rejected
		ev("postmortem", EventDone, 120))
	p = Compute(rb, at(0), events, at(130))
	up, _ = p.State("updates")
	if up.Completions != 2 || !up.NextRepeatAt.Equal(at(153)) || up.RepeatWarning || !up.DoneAt.Equal(at(32)) {
		t.Errorf("updates after second cycle = %+v", up)
	}
	if !p.Complete() || len(p.Rejected) != len(wantRejected)+1 {
		t.Errorf("complete = %v, rejected = %v", p.Complete(), p.Rejected)
	}
}

func TestProgressLowBranchJoins(t *testing.T) {
	rb := loadValid(t)
	events := []StepEvent{
		ev("assess", EventEvidence, 1, evidence(EvidencePinnedMention)),
		ev("assess", EventDone, 2),
		ev("tier", EventDecision, 3, answer("low")),
		ev("holding", EventDrafted, 4), // on the branch not taken: rejected
		ev("watch", EventBlocked, 5),   // no reason: rejected
		ev("watch", EventBlocked, 6, reason("waiting for the store manager's call")),
	}
	p := Compute(rb, at(0), events, at(7))
	want := "assess=done tier=done watch=blocked holding=skipped_by_branch updates=skipped_by_branch postmortem=locked"
	if got := statuses(p); got != want {
		t.Errorf("statuses = %s", got)
	}
	if len(p.Rejected) != 2 || p.Rejected[0].Err.Error() != "step `holding` is on a branch the decision did not take" {
		t.Errorf("rejected = %v", p.Rejected)
	}
	if err := p.Check(ev("postmortem", EventDone, 8)); err == nil || err.Error() != "step `postmortem` is locked: waiting for `watch`" {
		t.Errorf("Check = %v", err)
	}
	p = Compute(rb, at(0), append(events, ev("watch", EventStarted, 8)), at(9))
	if w, _ := p.State("watch"); w.Status != StatusInProgress || w.Reason != "" {
		t.Errorf("resumed watch = %s %q", w.Status, w.Reason)
	}
	p = Compute(rb, at(0), append(events, ev("watch", EventStarted, 8), ev("watch", EventDone, 20)), at(21))
	if got := statuses(p); got != "assess=done tier=done watch=done holding=skipped_by_branch updates=skipped_by_branch postmortem=available" {
		t.Errorf("after watch: %s", got)
	}
	if pm, _ := p.State("postmortem"); !pm.AvailableAt.Equal(at(20)) {
		t.Errorf("postmortem available at %v", pm.AvailableAt)
	}
}

func TestProgressSkippingADecisionSkipsItsBranches(t *testing.T) {
	rb := loadValid(t)
	events := []StepEvent{
		ev("assess", EventSkipped, 1, reason("drill: no real post")),
		ev("tier", EventSkipped, 2, reason("drill")),
	}
	p := Compute(rb, at(0), events, at(3))
	want := "assess=skipped tier=skipped watch=skipped_by_branch holding=skipped_by_branch updates=skipped_by_branch postmortem=skipped_by_branch"
	if got := statuses(p); got != want || !p.Complete() {
		t.Errorf("statuses = %s", got)
	}
}

func TestAllowedActions(t *testing.T) {
	rb := loadValid(t)
	events := []StepEvent{
		ev("assess", EventEvidence, 1, evidence(EvidencePinnedMention)),
		ev("assess", EventDone, 2),
		ev("tier", EventDecision, 3, answer("high")),
		ev("holding", EventDrafted, 4),
	}
	p := Compute(rb, at(0), events, at(5))
	tests := map[string]string{
		"assess":     "",
		"tier":       "",
		"watch":      "",
		"holding":    "skipped blocked drafted approved evidence",
		"postmortem": "",
	}
	for id, want := range tests {
		var got []string
		for _, k := range p.Allowed(id) {
			got = append(got, string(k))
		}
		if strings.Join(got, " ") != want {
			t.Errorf("Allowed(%s) = %v, want %s", id, got, want)
		}
	}
	// Done waits for the pinned mention the step requires.
	fresh := Compute(rb, at(0), nil, at(0))
	if got := fmt.Sprint(fresh.Allowed("assess")); got != "[started skipped blocked evidence]" {
		t.Errorf("Allowed(assess) at start = %s", got)
	}
}

func TestPromisedUpdateAt(t *testing.T) {
	rb := loadValid(t)
	if got := Compute(rb, at(0), nil, at(20)).PromisedUpdateAt(); !got.Equal(at(80)) {
		t.Errorf("before the holding statement: %v, want now + the update cadence", got)
	}
	events := []StepEvent{
		ev("assess", EventEvidence, 1, evidence(EvidencePinnedMention)), ev("assess", EventDone, 2),
		ev("tier", EventDecision, 3, answer("high")),
		ev("holding", EventDrafted, 4), ev("holding", EventApproved, 5, role("legal")), ev("holding", EventPublished, 6),
	}
	if got := Compute(rb, at(0), events, at(30)).PromisedUpdateAt(); !got.Equal(at(66)) {
		t.Errorf("after the holding statement: %v, want its publication + 1h", got)
	}
	events = append(events, ev("updates", EventDrafted, 60), ev("updates", EventApproved, 61), ev("updates", EventPublished, 62))
	if got := Compute(rb, at(0), events, at(70)).PromisedUpdateAt(); !got.Equal(at(122)) {
		t.Errorf("after an update: %v, want the next repeat", got)
	}
	low := []StepEvent{events[0], events[1], ev("tier", EventDecision, 3, answer("low"))}
	if got := Compute(rb, at(0), low, at(30)).PromisedUpdateAt(); !got.IsZero() {
		t.Errorf("no update on the low branch: %v", got)
	}
}
