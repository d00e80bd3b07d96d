package incidents

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

var t0 = time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)

// stepClock advances by step on every call, safely across goroutines.
func stepClock(start time.Time, step time.Duration) func() time.Time {
	var mu sync.Mutex
	now := start
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		now = now.Add(step)
		return now
	}
}

func testOptions() Options {
	return Options{Clock: stepClock(t0, time.Second), Actor: Actor{Name: "alice", Role: "comms lead"}}
}

func openTemp(t *testing.T) (*Journal, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "incident.jsonl")
	j, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { j.Close() })
	return j, path
}

func mustAppend(t *testing.T, j *Journal, d Draft) Entry {
	t.Helper()
	e, err := j.Append(context.Background(), d)
	if err != nil {
		t.Fatalf("append %s: %v", d.Kind, err)
	}
	return e
}

func declare(t *testing.T, j *Journal) Entry {
	t.Helper()
	return mustAppend(t, j, Draft{Incident: "INC-1", Kind: KindDeclared, Body: "Recall rumour",
		Data: DeclaredData{Title: "Recall rumour", Severity: SEV2, TimeZone: "Europe/Paris"}})
}

// writeJournal creates a closed journal of n notes after a declaration.
func writeJournal(t *testing.T, notes int) string {
	t.Helper()
	j, path := openTemp(t)
	declare(t, j)
	for i := range notes {
		mustAppend(t, j, Draft{Kind: KindNote, Body: "note " + string(rune('a'+i%26))})
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}
