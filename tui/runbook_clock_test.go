package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/runbooks"
)

// A step's clock: calm with time left, a warning under 20% of it, an alarm
// once overdue; a repeating step counts down to its next cycle the same way.
func TestRunbookClockWarnsThenAlarms(t *testing.T) {
	now := testAt
	due := now.Add(10 * time.Minute)
	step := &runbooks.Step{ID: "s", Title: "S"}
	cases := []struct {
		name string
		s    runbooks.StepState
		want string
	}{
		{"calm", runbooks.StepState{Status: runbooks.StatusAvailable, DueAt: due}, "due 10m00s"},
		{"warning", runbooks.StepState{Status: runbooks.StatusAvailable, DueAt: due, Warning: true}, "! due 10m00s"},
		{"overdue", runbooks.StepState{Status: runbooks.StatusInProgress, DueAt: now.Add(-3 * time.Minute), Overdue: true}, " OVERDUE -3m00s "},
		{"blocked late", runbooks.StepState{Status: runbooks.StatusBlocked, DueAt: now.Add(-time.Minute), Overdue: true}, " BLOCKED -1m00s "},
		{"no clock", runbooks.StepState{Status: runbooks.StatusAvailable}, "available"},
		{"locked", runbooks.StepState{Status: runbooks.StatusLocked}, "locked"},
		{"repeat due", runbooks.StepState{Status: runbooks.StatusDone, NextRepeatAt: due}, "again in 10m00s"},
		{"repeat late", runbooks.StepState{Status: runbooks.StatusDone, NextRepeatAt: now.Add(-2 * time.Minute),
			RepeatOverdue: true}, " OVERDUE -2m00s "},
	}
	p := newRunbookPane(sized(t, fullSnapshot(), 80, 24).c, nil)
	pr := &runbooks.Progress{Now: now}
	for _, c := range cases {
		c.s.Step = step
		if got := p.clock(&c.s, pr); got != c.want {
			t.Errorf("%s: clock %q, want %q", c.name, got, c.want)
		}
	}
}

// The next public update is promised in the status line, loudly once late.
func TestNextUpdateReminder(t *testing.T) {
	p := newRunbookPane(sized(t, fullSnapshot(), 80, 24).c, nil)
	rb := &runbooks.Runbook{Version: "1"}
	st := runbooks.StepState{Step: &runbooks.Step{ID: "updates"}, Status: runbooks.StatusDone,
		NextRepeatAt: testAt.Add(50 * time.Minute)}
	pr := &runbooks.Progress{Runbook: rb, Now: testAt, Steps: []runbooks.StepState{st}}
	if got := p.statusLine(pr); !strings.Contains(got, "next updates in 50m00s") {
		t.Errorf("calm reminder: %q", got)
	}
	pr.Steps[0].NextRepeatAt, pr.Steps[0].RepeatOverdue = testAt.Add(-5*time.Minute), true
	if got := p.statusLine(pr); !strings.Contains(got, "!! updates UPDATE OVERDUE -5m00s") {
		t.Errorf("late reminder: %q", got)
	}
}

// ? lists the incident keys: the global ones and the runbook pane's.
func TestHelpListsIncidentKeys(t *testing.T) {
	v := press(sized(t, fullSnapshot(), 200, 60), "?").View()
	for _, want := range []string{"declare an incident", "feed snapshot into the journal", "incident / dashboard",
		"pin mention as evidence", "mark done", "skip (with reason)", "blocked (with reason)", "answer the decision",
		"draft the message", "approve the message", "mark published", "add a note", "assign a role", "status / severity"} {
		if !strings.Contains(v, want) {
			t.Errorf("help lacks %q", want)
		}
	}
}
