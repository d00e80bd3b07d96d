package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/warroom-dev/warroom/incidents"
)

func TestExportWritesBundleAndJournalsIt(t *testing.T) {
	j := declaredJournal(t, "premier tweet")
	out := filepath.Join(t.TempDir(), "bundle")
	code, stdout, errs := runCmd(t, "export", j, "--format", "md,html", "--tz", "Europe/Paris", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, f := range []string{"report.md", "report.html", "timeline.jsonl", "manifest.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil || !strings.Contains(stdout, f) {
			t.Errorf("%s: %v", f, err)
		}
	}
	entries, r, _ := incidents.Read(j)
	if !r.OK || entries[len(entries)-1].Kind != incidents.KindExport {
		t.Fatalf("export not journaled: %+v", r)
	}
}

func TestExportRefusesLockedJournal(t *testing.T) {
	j := declaredJournal(t)
	held, err := incidents.Open(j, incidents.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	code, _, errs := runCmd(t, "export", j, "--out", t.TempDir())
	if code != 1 || !strings.Contains(errs, "open in another process: pid") {
		t.Fatalf("exit %d: %q", code, errs)
	}
	if code, _, errs := runCmd(t, "export", j, "--format", "pdf", "--out", t.TempDir()); code != 2 || !strings.Contains(errs, "pdf") {
		t.Fatalf("bad format: exit %d %q", code, errs)
	}
}
