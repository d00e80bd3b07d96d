package alerts

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// fired returns an engine holding one firing feed alert raised at t0.
func fired(t *testing.T, cfg Config) (*Engine, Alert) {
	t.Helper()
	e, err := NewEngine(cfg)
	if err != nil {
		t.Fatal(err)
	}
	got := e.Tick(t0, []feeds.Status{{Name: "f", State: feeds.StateDown}})
	if len(got) != 1 {
		t.Fatalf("setup: want one alert, got %v", summaries(got))
	}
	return e, got[0]
}

func TestLifecycleTransitions(t *testing.T) {
	type step struct {
		op   string
		want State // "" means the move must fail
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"ack then escalate then resolve", []step{{"ack", StateAcknowledged}, {"escalate", StateEscalated}, {"resolve", StateResolved}}},
		{"snooze then ack", []step{{"snooze", StateSnoozed}, {"ack", StateAcknowledged}}},
		{"escalated cannot be acked", []step{{"escalate", StateEscalated}, {"ack", ""}, {"snooze", ""}}},
		{"resolved is final", []step{{"resolve", StateResolved}, {"ack", ""}, {"resolve", ""}, {"escalate", ""}}},
		{"ack twice fails", []step{{"ack", StateAcknowledged}, {"ack", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, a := fired(t, DefaultConfig())
			now := t0
			for _, s := range tc.steps {
				now = now.Add(time.Second)
				var err error
				switch s.op {
				case "ack":
					err = e.Ack(a.ID, "lea", now)
				case "snooze":
					err = e.Snooze(a.ID, time.Hour, now)
				case "escalate":
					err = e.Escalate(a.ID, now)
				case "resolve":
					err = e.Resolve(a.ID, now)
				}
				got, _ := e.Get(a.ID)
				if s.want == "" {
					if !errors.Is(err, ErrTransition) {
						t.Fatalf("%s from %s: want ErrTransition, got %v", s.op, got.State, err)
					}
					continue
				}
				if err != nil || got.State != s.want || !got.UpdatedAt.Equal(now) {
					t.Fatalf("%s: got %s (%v), want %s", s.op, got.State, err, s.want)
				}
			}
		})
	}
	e, _ := fired(t, DefaultConfig())
	if err := e.Ack("nope", "lea", t0); !errors.Is(err, ErrUnknownAlert) {
		t.Fatalf("unknown id: got %v", err)
	}
}

func TestAckRecordsWhoAndCopiesStayStill(t *testing.T) {
	e, a := fired(t, DefaultConfig())
	if err := e.Ack(a.ID, "lea", t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	got, _ := e.Get(a.ID)
	if got.AckedBy != "lea" || !got.AckedAt.Equal(t0.Add(time.Minute)) {
		t.Fatalf("ack not recorded: %+v", got)
	}
	if a.State != StateFiring {
		t.Fatalf("a copy handed out earlier changed: %s", a.State)
	}
}

func TestSnoozeExpires(t *testing.T) {
	e, a := fired(t, DefaultConfig())
	down := []feeds.Status{{Name: "f", State: feeds.StateDown}}
	if err := e.Snooze(a.ID, 10*time.Minute, t0); err != nil {
		t.Fatal(err)
	}
	if got := e.Tick(t0.Add(5*time.Minute), down); len(got) != 0 {
		t.Fatalf("snoozed alert reported: %v", summaries(got))
	}
	got := e.Tick(t0.Add(10*time.Minute), down)
	if len(got) != 1 || got[0].Change != ChangeUnsnoozed || got[0].State != StateFiring {
		t.Fatalf("want the alert firing again after the snooze, got %v", summaries(got))
	}
	if err := e.Snooze(a.ID, 0, t0); err == nil {
		t.Fatal("a zero snooze was accepted")
	}
}

func TestWorseFiringReopensAcknowledgedAlert(t *testing.T) {
	e, err := NewEngine(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	neg := func(id string, f int64) *feeds.Mention {
		return &feeds.Mention{ID: id, Text: "bad", Author: feeds.Author{Followers: f}, Sentiment: &feeds.Sentiment{Score: -0.8, Label: feeds.Negative}}
	}
	e.Observe(neg("a", 20_000), t0)
	a := e.Tick(t0.Add(time.Second), nil)
	if len(a) != 1 || a[0].Topic != "all" || a[0].Severity != Medium {
		t.Fatalf("want a medium reach alert on topic all, got %v", summaries(a))
	}
	if err := e.Ack(a[0].ID, "lea", t0.Add(2*time.Second)); err != nil {
		t.Fatal(err)
	}
	e.Observe(neg("b", 500_000), t0.Add(3*time.Second))
	got := e.Tick(t0.Add(4*time.Second), nil)
	if len(got) != 1 || got[0].State != StateFiring || got[0].Severity != High || got[0].AckedBy != "lea" {
		t.Fatalf("a worse firing must reopen the acknowledged alert, got %+v", got)
	}
}

func TestAutoResolveAndActive(t *testing.T) {
	cfg := DefaultConfig()
	e, err := NewEngine(cfg)
	if err != nil {
		t.Fatal(err)
	}
	m := &feeds.Mention{ID: "a", Text: "bad", Author: feeds.Author{Followers: 20_000}, Sentiment: &feeds.Sentiment{Score: -0.8, Label: feeds.Negative}}
	e.Observe(m, t0)
	a := e.Tick(t0.Add(time.Second), nil)[0]
	if act := e.Active(t0.Add(time.Minute)); len(act) != 1 || act[0].ID != a.ID {
		t.Fatalf("Active: %v", summaries(act))
	}
	got := e.Tick(t0.Add(time.Second+cfg.ResolveAfter), nil)
	if len(got) != 1 || got[0].Change != ChangeResolved {
		t.Fatalf("want auto-resolve after %s, got %v", cfg.ResolveAfter, summaries(got))
	}
	if act := e.Active(t0.Add(3 * time.Hour)); len(act) != 1 || act[0].State != StateResolved {
		t.Fatalf("a recently resolved alert must stay listed: %v", summaries(act))
	}
	e.Tick(t0.Add(30*time.Hour), nil)
	if act := e.Active(t0.Add(30 * time.Hour)); len(act) != 0 {
		t.Fatalf("an old resolved alert is still listed: %v", summaries(act))
	}
}

func TestObserveDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are meaningless under the race detector")
	}
	e, _ := NewEngine(DefaultConfig())
	m := &feeds.Mention{ID: "a", Platform: "bluesky", Text: "Énorme rappel produit chez eux", Topics: []string{"brand", "rival"},
		Sentiment: &feeds.Sentiment{Score: -0.5, Label: feeds.Negative}, Author: feeds.Author{Followers: 50}}
	e.Observe(m, t0)
	at := t0
	if n := testing.AllocsPerRun(1000, func() { at = at.Add(time.Millisecond); e.Observe(m, at) }); n != 0 {
		t.Fatalf("Observe allocates %v times per call", n)
	}
}

func TestRelatedFiringsMerge(t *testing.T) {
	e, err := NewEngine(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	bad := func(id string, followers int64, text string) *feeds.Mention {
		return &feeds.Mention{ID: id, Text: text, Topics: []string{"brand"}, Author: feeds.Author{Followers: followers},
			Sentiment: &feeds.Sentiment{Score: -0.8, Label: feeds.Negative}}
	}
	e.Observe(bad("a", 20_000, "meh"), t0)
	first := e.Tick(t0.Add(time.Second), nil)
	for i := range 3 {
		e.Observe(bad(fmt.Sprint("k", i), 1, "BOYCOTT"), t0.Add(2*time.Second))
	}
	got := e.Tick(t0.Add(3*time.Second), nil)
	if len(first) != 1 || len(got) != 1 || got[0].ID != first[0].ID || got[0].Change != ChangeMerged {
		t.Fatalf("a keyword firing on the same topic must merge into the reach alert: %v then %v", summaries(first), summaries(got))
	}
	a := got[0]
	if a.Rule != RuleReach || a.Latest().Rule != RuleKeyword || len(a.Firings) != 2 || a.Inputs.Keywords[0] != "boycott" {
		t.Fatalf("merged alert: rule %s, latest %s, %d firings, inputs %+v", a.Rule, a.Latest().Rule, len(a.Firings), a.Inputs)
	}
	// Past the merge window the topic gets a new alert.
	later := t0.Add(2 * time.Hour)
	e.Observe(bad("b", 20_000, "still meh"), later)
	next := e.Tick(later.Add(time.Second), nil)
	if len(next) == 0 || next[len(next)-1].ID == a.ID || next[len(next)-1].Change != ChangeFired {
		t.Fatalf("after the merge window want a new alert, got %v", summaries(next))
	}
}
