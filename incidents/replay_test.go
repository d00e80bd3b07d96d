package incidents

import (
	"encoding/json"
	"testing"
	"time"
)

// entriesOf turns drafts into entries without a file, one minute apart.
func entriesOf(t *testing.T, drafts ...Draft) []Entry {
	t.Helper()
	clock := stepClock(t0.Add(-time.Minute), time.Minute)
	es, err := Chain(drafts, clock, Actor{Name: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	return es
}

var declaredSEV2 = Draft{Kind: KindDeclared, Incident: "INC-7", Data: DeclaredData{Title: "t", Severity: SEV2}}

func TestReplayStatusSeverityRoles(t *testing.T) {
	s := Replay(entriesOf(t, declaredSEV2,
		Draft{Kind: KindSeverityChanged, Data: SeverityData{Severity: SEV1}},
		Draft{Kind: KindSeverityChanged, Data: SeverityData{Severity: SEV1}}, // no change
		Draft{Kind: KindRoleAssigned, Data: RoleData{Role: "legal", Name: "Claire"}},
		Draft{Kind: KindRoleAssigned, Data: RoleData{Role: "legal", Name: "Paul"}},
		Draft{Kind: KindRoleAssigned, Data: RoleData{Role: "exec", Name: "Nadia"}},
		Draft{Kind: KindRoleAssigned, Data: RoleData{Role: "exec"}}, // released
		Draft{Kind: KindResolved},
		Draft{Kind: KindStatusChanged, Data: StatusData{Status: StatusInvestigating}}, // reopened
	))
	if s.Severity != SEV1 || len(s.SeverityHistory) != 2 || s.SeverityHistory[1].From != SEV2 {
		t.Errorf("severity %s %+v", s.Severity, s.SeverityHistory)
	}
	if len(s.Roles) != 1 || s.Roles["legal"].Name != "Paul" || len(s.RoleHistory) != 4 {
		t.Errorf("roles %+v", s.Roles)
	}
	if s.Status != StatusInvestigating || s.Resolved || len(s.StatusHistory) != 3 {
		t.Errorf("status %s resolved %v %+v", s.Status, s.Resolved, s.StatusHistory)
	}
	if s.UpdateEvery != time.Hour || s.Incident != "INC-7" || s.HeadSeq != 9 {
		t.Errorf("declared fields %+v", s)
	}
}

func TestReplayStepsAgainstAttachment(t *testing.T) {
	due := Duration(10 * time.Minute)
	s := Replay(entriesOf(t, declaredSEV2,
		Draft{Kind: KindRunbookAttached, Data: RunbookData{ID: "rb", Version: "1", SHA256: "aa"}},
		Draft{Kind: KindStepStarted, Data: StepData{Runbook: "rb", Step: "s1", Title: "One", DueAfter: due}},
		Draft{Kind: KindStepBlocked, Data: StepData{Runbook: "rb", Step: "s2", Reason: "legal away"}},
		Draft{Kind: KindStepDone, Data: StepData{Runbook: "rb", Step: "s1"}},
	))
	if len(s.Steps) != 2 {
		t.Fatalf("steps %+v", s.Steps)
	}
	s1, s2 := s.Steps[0], s.Steps[1]
	if s1.State != StepDone || !s1.Due.Equal(t0.Add(11*time.Minute)) || !s1.StartedAt.Equal(t0.Add(2*time.Minute)) ||
		!s1.EndedAt.Equal(t0.Add(4*time.Minute)) || s1.Title != "One" || len(s1.Events) != 2 {
		t.Errorf("s1 %+v", s1)
	}
	open := s.OpenSteps()
	if s2.State != StepBlocked || s2.Reason != "legal away" || len(open) != 1 || open[0].ID != "s2" {
		t.Errorf("s2 %+v open %+v", s2, open)
	}
}

func TestReplayMessagesAlertsEvidence(t *testing.T) {
	s := Replay(entriesOf(t, declaredSEV2,
		Draft{Kind: KindAlertFired, Data: AlertData{ID: "A1", Summary: "spike"}},
		Draft{Kind: KindMessageDrafted, Data: MessageData{ID: "M1", Text: "attente", Holding: true}},
		Draft{Kind: KindAlertAcked, Actor: Actor{Name: "bob"}, Data: AlertData{ID: "A1"}},
		Draft{Kind: KindMessageApproved, Actor: Actor{Name: "claire"}, Data: MessageData{ID: "M1"}},
		Draft{Kind: KindMessagePublished, Data: MessageData{ID: "M1"}},
		Draft{Kind: KindDecision, Data: DecisionData{Answer: "oui", Rationale: "r"}},
		Draft{Kind: KindMentionPinned, Data: MentionPinnedData{RawSHA256: "ff", Followers: 9}},
	))
	if len(s.Alerts) != 1 || s.Alerts[0].AckedBy.Name != "bob" || !s.Alerts[0].AckedAt.Equal(t0.Add(3*time.Minute)) {
		t.Errorf("alerts %+v", s.Alerts)
	}
	m := s.LastPublished()
	if m == nil || m.ID != "M1" || !m.Holding || len(m.Path) != 3 || m.Path[1].Actor.Name != "claire" {
		t.Errorf("message %+v", m)
	}
	if d := s.LastDecisions(5); len(d) != 1 || d[0].Answer != "oui" || len(s.Evidence) != 1 || s.Evidence[0].Followers != 9 {
		t.Errorf("decisions %+v evidence %+v", d, s.Evidence)
	}
}

func TestReplaySupersedes(t *testing.T) {
	cases := []struct {
		name     string
		drafts   []Draft
		severity Severity
		void     []int64
	}{
		{"replacement of the same kind", []Draft{declaredSEV2,
			{Kind: KindSeverityChanged, Data: SeverityData{Severity: SEV4}},
			{Kind: KindSeverityChanged, Supersedes: 2, Data: SeverityData{Severity: SEV1}},
		}, SEV1, []int64{2}},
		{"retraction by a correction", []Draft{declaredSEV2,
			{Kind: KindSeverityChanged, Data: SeverityData{Severity: SEV4}},
			{Kind: KindCorrection, Supersedes: 2, Body: "typo"},
		}, SEV2, []int64{2}},
		{"a retracted correction restores", []Draft{declaredSEV2,
			{Kind: KindSeverityChanged, Data: SeverityData{Severity: SEV4}},
			{Kind: KindCorrection, Supersedes: 2},
			{Kind: KindCorrection, Supersedes: 3},
		}, SEV4, []int64{3}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := Replay(entriesOf(t, c.drafts...))
			if s.Severity != c.severity || len(s.Superseded) != len(c.void) {
				t.Fatalf("severity %s, superseded %v", s.Severity, s.Superseded)
			}
			for _, v := range c.void {
				if _, ok := s.Superseded[v]; !ok {
					t.Errorf("seq %d not superseded", v)
				}
			}
		})
	}
}

func TestReplayReportsUnreadableData(t *testing.T) {
	es := entriesOf(t, declaredSEV2, Draft{Kind: KindStatusChanged, Data: StatusData{Status: StatusMonitoring}})
	es[1].Data = json.RawMessage(`{"status":7}`)
	s := Replay(es)
	if len(s.Problems) != 1 || s.Status != StatusInvestigating {
		t.Fatalf("problems %v status %s", s.Problems, s.Status)
	}
}
