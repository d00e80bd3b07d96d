package main

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestLogShowUTCAndLocalSideBySide(t *testing.T) {
	j := declaredJournal(t, "premier tweet")
	code, out, errs := runCmd(t, "log", "show", j)
	if code != 0 {
		t.Fatal(errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], "Z  ") || !strings.Contains(lines[1], " CET") && !strings.Contains(lines[1], " CEST") ||
		!strings.Contains(lines[1], "premier tweet") || !strings.HasPrefix(lines[1], "#2 ") {
		t.Fatalf("log show:\n%s", out)
	}
	_, out, _ = runCmd(t, "log", "show", j, "--tz", "America/New_York")
	if !strings.Contains(out, " EST") && !strings.Contains(out, " EDT") {
		t.Fatalf("--tz ignored:\n%s", out)
	}
	if code, _, _ := runCmd(t, "log", "show", j, "--tz", "Nowhere/Land"); code != 2 {
		t.Fatalf("bad zone: exit %d", code)
	}
}

// syncBuffer is written by the follow loop and read by the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestLogShowFollowPrintsNewEntries(t *testing.T) {
	j := declaredJournal(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &out, getenv: func(string) string { return "" }}
	done := make(chan int)
	go func() { done <- run(ctx, e, []string{"log", "show", "--follow", j}) }()
	if code, _, errs := runCmd(t, "incident", "note", "--journal", j, "nouvelle vague"); code != 0 {
		t.Fatal(errs)
	}
	for !strings.Contains(out.String(), "nouvelle vague") {
		select {
		case <-ctx.Done():
			t.Fatalf("follow never printed the new entry:\n%s", out.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("follow exit %d", code)
	}
}
