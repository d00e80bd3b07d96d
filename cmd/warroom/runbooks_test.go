package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code := run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func TestRunbooksLintBuiltin(t *testing.T) {
	code, out, errOut := runCmd(t, "runbooks", "lint")
	if code != 0 || out != "" || !strings.Contains(errOut, "runbook(s) OK") {
		t.Fatalf("lint builtin: code %d\n%s\n%s", code, out, errOut)
	}
}

func TestRunbooksLintReportsEveryProblem(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../runbooks/testdata/valid.toml")
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(strings.Replace(string(src), `owner_role = "lead"
due_after = "15m"`, `owner = "lead"
owner_role = "lead"
due_after = "15 min"`, 1), `kind = "wait"`, `kind = "wiat"`, 1)
	path := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCmd(t, "runbooks", "lint", path)
	want := []string{
		path + ":35:1: unknown key `owner` in step `assess`; did you mean `owner_role`?",
		path + ":37:13: due_after `15 min` in step `assess` is not a duration; write e.g. \"15m\", \"2h\" or \"1h30m\"",
		path + ":52:8: step kind `wiat` is not valid; did you mean `wait`?",
	}
	if code != 1 || strings.TrimSpace(out) != strings.Join(want, "\n") {
		t.Errorf("code %d, out:\n%s\nwant:\n%s", code, out, strings.Join(want, "\n"))
	}
	// A folder is linted file by file; the good file passes.
	if err := os.WriteFile(filepath.Join(dir, "good.toml"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runCmd(t, "runbooks", "lint", dir)
	if code != 1 || strings.Count(out, "\n") != 3 || strings.Contains(out, "good.toml") {
		t.Errorf("lint dir: code %d\n%s", code, out)
	}
}

func TestRunbooksListAndShow(t *testing.T) {
	code, out, _ := runCmd(t, "runbooks", "list", "--lang", "fr")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 8 || !strings.HasPrefix(lines[1], "bad-buzz") {
		t.Errorf("list fr: code %d\n%s", code, out)
	}
	for _, l := range lines {
		if f := strings.Fields(l); len(f) < 2 || f[1] != "fr" {
			t.Errorf("list fr shows %q", l)
		}
	}
	code, out, _ = runCmd(t, "runbooks", "show", "bad-buzz", "--lang", "en")
	for _, want := range []string{"Viral customer complaint", "tier3 -> exec_cell", "after facts, exec_cell", "only if tier = tier3", "then every 1h", "approved by lead", "Crisis communications lead (required)"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	if code != 0 {
		t.Errorf("show: code %d", code)
	}
	if code, _, errOut := runCmd(t, "runbooks", "show", "nope"); code != 1 || !strings.Contains(errOut, `no runbook "nope"`) {
		t.Errorf("show nope: %d %s", code, errOut)
	}
	if code, _, _ := runCmd(t, "runbooks", "frobnicate"); code != 2 {
		t.Errorf("unknown subcommand: code %d, want 2", code)
	}
}

// TestSplitID takes the runbook ID out wherever it stands among the flags,
// skipping the value of a flag written without "=".
func TestSplitID(t *testing.T) {
	cases := []struct {
		args     []string
		id, rest string
	}{
		{[]string{"boycott"}, "boycott", ""},
		{[]string{"--lang", "fr", "boycott"}, "boycott", "--lang fr"},
		{[]string{"boycott", "--lang", "fr"}, "boycott", "--lang fr"},
		{[]string{"--lang=fr", "boycott"}, "boycott", "--lang=fr"},
		{[]string{"-dir", "d", "--lang", "en", "breach", "--json"}, "breach", "-dir d --lang en --json"},
		{[]string{"--lang", "fr"}, "", "--lang fr"},
	}
	for _, c := range cases {
		id, rest := splitID(c.args)
		if id != c.id || strings.Join(rest, " ") != c.rest {
			t.Errorf("splitID(%q) = %q, %q; want %q, %q", c.args, id, rest, c.id, c.rest)
		}
	}
}
