package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// declaredJournal makes a journal of a declaration and n notes.
func declaredJournal(t *testing.T, notes ...string) string {
	t.Helper()
	j := filepath.Join(t.TempDir(), "inc.jsonl")
	if code, _, errs := runCmd(t, "incident", "declare", "--journal", j, "--title", "Rumeur", "--tz", "Europe/Paris"); code != 0 {
		t.Fatal(errs)
	}
	for _, n := range notes {
		if code, _, errs := runCmd(t, "incident", "note", "--journal", j, n); code != 0 {
			t.Fatal(errs)
		}
	}
	return j
}

func TestVerifyExitStatus(t *testing.T) {
	j := declaredJournal(t, "un", "deux", "trois")
	code, out, _ := runCmd(t, "verify", j)
	if code != 0 || !strings.Contains(out, "intact, 4 entries") {
		t.Fatalf("intact: exit %d %q", code, out)
	}
	b, _ := os.ReadFile(j)
	os.WriteFile(j, []byte(strings.Replace(string(b), "deux", "DEUX", 1)), 0o600)
	code, _, errs := runCmd(t, "verify", j)
	if code != 3 || !strings.Contains(errs, "first bad seq 3") || !strings.Contains(errs, "hash mismatch") {
		t.Fatalf("tampered: exit %d %q", code, errs)
	}
	if code, _, _ := runCmd(t, "verify", filepath.Join(t.TempDir(), "missing.jsonl")); code != 1 {
		t.Fatalf("missing file: exit %d", code)
	}
	if code, _, _ := runCmd(t, "verify"); code != 2 {
		t.Fatalf("no argument: exit %d", code)
	}
}

func TestIncidentNewSegmentAfterTampering(t *testing.T) {
	j := declaredJournal(t, "un", "deux")
	b, _ := os.ReadFile(j)
	os.WriteFile(j, []byte(strings.Replace(string(b), "deux", "DEUX", 1)), 0o600)
	code, _, errs := runCmd(t, "incident", "note", "--journal", j, "trois")
	if code != 1 || !strings.Contains(errs, "broken at seq 3") || !strings.Contains(errs, "--new-segment") {
		t.Fatalf("append to a broken journal: exit %d %q", code, errs)
	}
	code, out, errs := runCmd(t, "incident", "note", "--journal", j, "--new-segment", "trois")
	if code != 0 || strings.TrimSpace(out) != "4" {
		t.Fatalf("new segment: exit %d %q %q", code, out, errs)
	}
	if code, _, _ := runCmd(t, "verify", j); code != 0 {
		t.Fatalf("new segment does not verify")
	}
}
