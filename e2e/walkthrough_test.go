package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The operator's walkthrough as a user does it: the demo running, D
// declares a drill with the bad-buzz runbook, two steps are completed
// (one after a feed snapshot taken with S), a note is added, q quits.
// Then `warroom verify` accepts the journal and `warroom export` shows
// both steps done, with their times.
func TestWalkthroughDeclareStepsNoteThenVerifyAndExport(t *testing.T) {
	dir := t.TempDir()
	// The demo's cell works in French; this one in English, so that the
	// English runbook is proposed and its titles can be read off the screen.
	s := start(t, 120, 40, nil, "demo", "--seed", "7", "--incidents", dir, "--config", englishCell(t))
	s.waitFor(15*time.Second, "the feed to go live", func(scr string) bool {
		return strings.Contains(scr, "simulator live") && mentionsRE.MatchString(scr) && mentions(t, scr) > 0
	})
	s.keys("D")
	form := s.waitFor(5*time.Second, "the declare form", contains("Declare an incident"))
	s.keys("-l", "Drill: bad buzz e2e")
	s.slowKeys("Tab", "Tab", "Space", "Tab") // severity stays SEV2, drill on, to the runbooks
	for range runbookMoves(t, form) {
		s.slowKeys("j")
	}
	s.slowKeys("Enter")
	s.waitFor(10*time.Second, "the runbook pane", contains("Runbook · Viral customer complaint"))
	// The first step selected is capture (soonest due); pause_posts is two down.
	s.slowKeys("j", "j", "d")
	s.waitFor(10*time.Second, "pause_posts done", rowSays("Pause scheduled and paid posts", "done "))
	s.keys("S")
	s.waitFor(10*time.Second, "the feed snapshot recorded", contains("feed.snapshot"))
	s.slowKeys("k", "d")
	s.waitFor(10*time.Second, "assess done", rowSays("First 15 minutes: assess", "done "))
	s.keys("n")
	s.waitFor(5*time.Second, "the note prompt", contains("A note goes into the journal"))
	s.keys("-l", "e2e: agency called, paid posts paused")
	s.keys("Enter")
	s.waitFor(10*time.Second, "the note recorded", contains("e2e: agency called"))
	s.keys("q")
	s.waitFor(10*time.Second, "warroom to exit cleanly", contains("EXITED:0"))

	journal := onlyJournal(t, dir)
	if out, err := exec.Command(h.bin, "verify", journal).CombinedOutput(); err != nil || !strings.Contains(string(out), "intact") {
		t.Fatalf("verify: %v\n%s", err, out)
	}
	outDir := filepath.Join(t.TempDir(), "bundle")
	if out, err := exec.Command(h.bin, "export", journal, "--format", "md", "--out", outDir).CombinedOutput(); err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	report, err := os.ReadFile(filepath.Join(outDir, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	checkReport(t, string(report))
}

// runbookMoves is how many j presses take the form's runbook list from
// its preselection to bad-buzz in English (the test cell works in English), read off the screen.
func runbookMoves(t *testing.T, form string) []struct{} {
	t.Helper()
	var list []string
	for _, l := range strings.Split(form, "\n") {
		if strings.Contains(l, "no runbook now") || strings.Contains(l, "] ") && strings.Contains(l, " v") && len(list) > 0 {
			list = append(list, l)
		}
	}
	target := -1
	for i, l := range list {
		if strings.Contains(l, "[en] Viral customer complaint (bad buzz)") {
			target = i
		}
	}
	if target < 0 {
		t.Fatalf("bad-buzz (en) not in the form:\n%s", form)
	}
	if !strings.Contains(form, "(none match") {
		target-- // the best match is preselected
	}
	return make([]struct{}, target)
}

// rowSays accepts a screen where the line naming title also says what.
func rowSays(title, what string) func(string) bool {
	return func(scr string) bool {
		for _, l := range strings.Split(scr, "\n") {
			if strings.Contains(l, title) && strings.Contains(l, what) {
				return true
			}
		}
		return false
	}
}

func onlyJournal(t *testing.T, dir string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "inc-*.jsonl"))
	if err != nil || len(files) != 1 {
		t.Fatalf("journals in %s: %v %v", dir, files, err)
	}
	return files[0]
}

var timeRE = regexp.MustCompile(`\d\d:\d\d:\d\d`)

// checkReport finds both steps done in the runbook table, and their
// entries, the snapshot and the note in the timeline with their times.
func checkReport(t *testing.T, report string) {
	t.Helper()
	for _, step := range []string{"pause_posts", "assess"} {
		if !tableRow(report, "| bad-buzz | "+step+" |", "| done |") {
			t.Errorf("report: step %s not done in the runbook table", step)
		}
		if !tableRow(report, "step.done", step) && !tableRow(report, "step.done", stepTitle[step]) {
			t.Errorf("report: no step.done entry for %s in the timeline", step)
		}
	}
	for _, want := range []string{"Drill: bad buzz e2e", "runbook.attached", "feed.snapshot", "e2e: agency called"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, l := range strings.Split(report, "\n") {
		if strings.Contains(l, "step.done") && !timeRE.MatchString(l) {
			t.Errorf("timeline row without a time: %s", l)
		}
	}
	if t.Failed() {
		t.Logf("report.md:\n%s", report)
	}
}

var stepTitle = map[string]string{"pause_posts": "Pause scheduled and paid posts", "assess": "First 15 minutes: assess"}

// tableRow reports whether one line of the report holds both a and b.
func tableRow(report, a, b string) bool {
	for _, l := range strings.Split(report, "\n") {
		if strings.Contains(l, a) && strings.Contains(l, b) {
			return true
		}
	}
	return false
}

// slowKeys types keys one at a time, as a person does: letters sent in
// one write reach the program as a single pasted string, not as keys.
func (s *session) slowKeys(keys ...string) {
	s.t.Helper()
	for _, k := range keys {
		s.keys(k)
		time.Sleep(150 * time.Millisecond)
	}
}

// englishCell writes the embedded default config with lang = "en".
func englishCell(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile("../config/default.toml")
	if err != nil {
		t.Fatal(err)
	}
	en := strings.Replace(string(src), `lang = "fr"`, `lang = "en"`, 1)
	if en == string(src) {
		t.Fatal(`default.toml has no lang = "fr" line to switch`)
	}
	path := filepath.Join(t.TempDir(), "warroom.toml")
	if err := os.WriteFile(path, []byte(en), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
