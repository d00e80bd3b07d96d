package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/warroom-dev/warroom/incidents"
)

func TestIncidentCommandsPrintSeqAndBuildState(t *testing.T) {
	j := filepath.Join(t.TempDir(), "inc.jsonl")
	steps := [][]string{
		{"declare", "--journal", j, "--title", "Rumeur", "--severity", "sev2", "--tz", "Europe/Paris", "--actor", "alice", "--role", "comms lead"},
		{"assign", "--journal", j, "legal", "Claire", "Martin"},
		{"note", "--journal", j, "--at", "2026-03-14T09:30:00+01:00", "appel", "qualité"},
		{"status", "--journal", j, "monitoring", "volume en baisse"},
		{"severity", "--journal", j, "SEV1"},
		{"correct", "--journal", j, "--seq", "3", "appel à 9h40"},
		{"resolve", "--journal", j, "aucun rappel"},
	}
	for i, args := range steps {
		code, out, errs := runCmd(t, append([]string{"incident"}, args...)...)
		if code != 0 || strings.TrimSpace(out) != string(rune('1'+i)) {
			t.Fatalf("incident %s: exit %d, out %q, err %q", args[0], code, out, errs)
		}
	}
	entries, r, err := incidents.Read(j)
	if err != nil || !r.OK {
		t.Fatalf("journal: %+v %v", r, err)
	}
	s := incidents.Replay(entries)
	if s.Severity != incidents.SEV1 || s.Status != incidents.StatusResolved || s.Roles["legal"].Name != "Claire Martin" ||
		s.TimeZone != "Europe/Paris" || s.Superseded[3] != 6 || entries[0].Actor.Role != "comms lead" {
		t.Fatalf("state %+v", s)
	}
	if entries[2].EventAt == nil || entries[2].EventAt.Format("15:04 -07:00") != "09:30 +01:00" {
		t.Fatalf("--at not kept: %v", entries[2].EventAt)
	}
	if entries[1].Actor.Name != incidents.CurrentUser() {
		t.Fatalf("default actor %q", entries[1].Actor.Name)
	}
}

func TestIncidentUsageErrors(t *testing.T) {
	j := filepath.Join(t.TempDir(), "inc.jsonl")
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"declare", "--title", "x"}, "--journal is required"},
		{[]string{"declare", "--journal", j}, "--title is required"},
		{[]string{"declare", "--journal", j, "--title", "x", "--severity", "SEV9"}, "want SEV1"},
		{[]string{"declare", "--journal", j, "--title", "x", "--tz", "Mars/Olympus"}, "unknown time zone"},
		{[]string{"status", "--journal", j, "panicking"}, "want investigating"},
		{[]string{"note", "--journal", j, "--at", "yesterday", "x"}, "RFC 3339"},
		{[]string{"assign", "--journal", j, "legal"}, "ROLE NAME"},
		{[]string{"correct", "--journal", j, "oops"}, "--seq"},
		{[]string{"frobnicate"}, "unknown subcommand"},
	}
	for _, c := range cases {
		code, _, errs := runCmd(t, append([]string{"incident"}, c.args...)...)
		if code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want 2 and %q", c.args, code, errs, c.want)
		}
	}
	if _, err := os.Stat(j); err == nil {
		t.Error("a refused command created the journal")
	}
}

func TestIncidentNoteBeforeDeclareFails(t *testing.T) {
	j := filepath.Join(t.TempDir(), "inc.jsonl")
	code, _, errs := runCmd(t, "incident", "note", "--journal", j, "hello")
	if code != 1 || !strings.Contains(errs, "no incident declared") {
		t.Fatalf("exit %d, %q", code, errs)
	}
}
