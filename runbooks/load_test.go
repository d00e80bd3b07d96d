package runbooks

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

func validSrc(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/valid.toml")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestLoadValid(t *testing.T) {
	rb, err := Load("valid.toml", []byte(validSrc(t)))
	if err != nil {
		t.Fatal(err)
	}
	if rb.ID != "test-buzz" || len(rb.Steps) != 6 || len(rb.SHA256()) != 64 || rb.File() != "valid.toml" {
		t.Errorf("loaded %+v", rb)
	}
	tier, _ := rb.Step("tier")
	if got := strings.Join(rb.Answers(tier), ","); got != "low,high" {
		t.Errorf("Answers = %s, want file order low,high", got)
	}
	if got := strings.Join(rb.RoleKeys(), ","); got != "lead,legal" {
		t.Errorf("RoleKeys = %s", got)
	}
	if d := rb.Steps[0].DueAfter.Value(); d.Minutes() != 15 {
		t.Errorf("due_after = %v", d)
	}
}

// TestLoadErrors mutates the valid runbook once per error kind and checks
// the kind, the position and the message of the single error expected.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name      string
		old, new  string
		kind      ErrorKind
		line, col int
		msg       string
	}{
		{"syntax", `title = "Test runbook"`, `title = "Test runbook`, ErrSyntax, 4, 22,
			"TOML syntax: strings cannot contain newlines"},
		{"unknown key", `owner_role = "lead"
due_after = "15m"`, `owner = "lead"
owner_role = "lead"
due_after = "15m"`, ErrUnknownKey, 35, 1, "unknown key `owner` in step `assess`; did you mean `owner_role`?"},
		{"unknown top key", `lang = "en"`, "lang = \"en\"\ntitel = \"x\"", ErrUnknownKey, 6, 1,
			"unknown key `titel` at the top level; did you mean `title`?"},
		{"wrong type", `requires = ["assess"]
question`, `requires = "assess"
question`, ErrWrongType, 44, 12, "`requires` in step `tier` must be an array, not a string"},
		{"missing field", `title = "Watch"
`, "", ErrMissing, 48, 3, "missing `title` in step `watch`; add e.g. title = \"Assess the first 15 minutes\""},
		{"bad duration", `due_after = "30m"`, `due_after = "30 min"`, ErrDuration, 61, 13,
			"due_after `30 min` in step `holding` is not a duration; write e.g. \"15m\", \"2h\" or \"1h30m\""},
		{"bad kind", `kind = "wait"`, `kind = "wiat"`, ErrInvalid, 51, 8, "step kind `wiat` is not valid; did you mean `wait`?"},
		{"unknown step", `requires = ["watch", "updates"]`, `requires = ["watch", "update"]`, ErrUnknownStep, 77, 22,
			"requires in step `postmortem` refers to unknown step `update`; did you mean `updates`?"},
		{"unknown branch target", `high = "holding"`, `high = "holdin"`, ErrUnknownStep, 46, 36,
			"answer `high` in step `tier` refers to unknown step `holdin`; did you mean `holding`?"},
		{"unknown role", `approver_role = "legal"`, `approver_role = "lawyer"`, ErrUnknownRole, 60, 17,
			"approver_role in step `holding` refers to unknown role `lawyer`; declared: `lead`, `legal`"},
		{"unknown template", `template = "holding"
approver_role`, `template = "hold"
approver_role`, ErrUnknownTemplate, 59, 12,
			"template in step `holding` refers to unknown template `hold`; did you mean `holding`?"},
		{"undefined var", `Next update at {{next_update}}.`, `Next update at {{next_update}} for {{prodcut}}.`, ErrUndefinedVar, 29, 36,
			"template `holding` uses {{prodcut}}, which is neither declared in [vars] nor built in; did you mean {{product}}?"},
		{"duplicate id", `id = "postmortem"`, `id = "assess"`, ErrDuplicate, 73, 6,
			"step id `assess` is already used on line 32; step ids must be unique"},
		{"cycle", `id = "assess"
title = "Assess"`, `id = "assess"
requires = ["postmortem"]
title = "Assess"`, ErrCycle, 33, 13,
			"cycle `assess` → `tier` → `watch` → `postmortem` → `assess`: each step waits for the one before it; remove `postmortem` from the requires of `assess` or another link"},
		{"unreachable", `approver_role = "legal"`, `approver_role = "legal"
requires = ["watch"]`, ErrUnreachable, 55, 6,
			"step `holding` can never run: under every answer of the decisions, all it waits for is skipped by a branch; fix its requires or the branches pointing to it"},
		{"cycle through a branch", `requires = ["assess"]
question`, `requires = ["assess", "holding"]
question`, ErrCycle, 44, 23,
			"cycle `tier` → `holding` → `tier`: each step waits for the one before it; remove `holding` from the requires of `tier` or another link"},
		{"branches on an action", `kind = "check"
owner_role = "lead"
due_after = "15m"`, `kind = "check"
owner_role = "lead"
branches = { a = "tier" }
due_after = "15m"`, ErrInvalid, 36, 12,
			"branches in step `assess` only apply to a decision; set kind = \"decision\" or remove them"},
		{"builtin var redeclared", `[vars.product]`, "[vars.next_update]\nprompt = \"x\"\n\n[vars.product]", ErrInvalid, 20, 7,
			"var `next_update` is built in (filled by warroom); remove it from [vars]"},
		{"unknown alert kind", `alert_kinds = ["volume_spike"]`, `alert_kinds = ["volume_spikes"]`, ErrInvalid, 11, 16,
			"alert kind `volume_spikes` is not valid; did you mean `volume_spike`?"},
		{"non-positive duration", `due_after = "15m"`, `due_after = "0s"`, ErrDuration, 36, 13,
			"due_after `0s` in step `assess` must be positive"},
		{"no roles", "[roles.lead]\ntitle = \"Comms lead\"\nrequired = true\n\n[roles.legal]\ntitle = \"Legal counsel\"\n", "", ErrMissing, 1, 1, ""},
		{"bad severity", `"SEV1", "SEV2"`, `"SEV1", "sev2"`, ErrInvalid, 9, 23, "severity `sev2` is not valid; did you mean `SEV2`?"},
		{"bad metric", `to = "message.published:holding"`, `to = "message.publish:holding"`, ErrInvalid, 82, 6,
			"journal entry kind `message.publish` is not valid; did you mean `message.published`?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := validSrc(t)
			if !strings.Contains(src, tt.old) {
				t.Fatalf("test data lacks %q", tt.old)
			}
			_, err := Load("rb.toml", []byte(strings.Replace(src, tt.old, tt.new, 1)))
			var es Errors
			if !errors.As(err, &es) {
				t.Fatalf("err = %v, want Errors", err)
			}
			if len(es) != 1 {
				t.Fatalf("got %d errors, want 1:\n%v", len(es), es)
			}
			e := es[0]
			if e.Kind != tt.kind || e.Pos.Line != tt.line || e.Pos.Col != tt.col || (tt.msg != "" && e.Msg != tt.msg) {
				t.Errorf("got  %s [%s]\nwant rb.toml:%d:%d: %s [%s]", e, e.Kind, tt.line, tt.col, tt.msg, tt.kind)
			}
		})
	}
}

func TestLoadInlineStepsArray(t *testing.T) {
	src := `schema = "warroom.runbook/v1"
id = "inline"
version = "1"
title = "Inline"
lang = "fr"
roles = { lead = { title = "Lead" } }
steps = [
  { id = "a", title = "A", kind = "check", owner_role = "lead" },
  { id = "b", title = "B", kind = "action", owner_role = "lead", requires = ["a"], owner = "x" },
]
`
	_, err := Load("inline.toml", []byte(src))
	want := "inline.toml:9:84: unknown key `owner` in step `b`; did you mean `owner_role`?"
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
	rb, err := Load("inline.toml", []byte(strings.Replace(src, `, owner = "x"`, "", 1)))
	if err != nil || len(rb.Steps) != 2 || rb.Steps[1].Requires[0] != "a" {
		t.Fatalf("rb = %+v, err = %v", rb, err)
	}
}

// FuzzLoad: any input gives a runbook or positioned errors, never a panic,
// and every error position lies inside the file.
func FuzzLoad(f *testing.F) {
	b, _ := os.ReadFile("testdata/valid.toml")
	f.Add(string(b))
	f.Add("steps = [{id = \"a\", requires = [\"a\"]}]")
	f.Fuzz(func(t *testing.T, src string) {
		var rb *Runbook
		var err error
		done := make(chan struct{})
		go func() {
			defer close(done)
			if rb, err = Load("f.toml", []byte(src)); err == nil {
				Compute(rb, time.Time{}, nil, time.Time{})
			}
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second): // a hang is a bug; the fuzzer keeps the input
			t.Fatalf("Load or Compute did not return on %q", src)
		}
		if err == nil {
			if rb == nil {
				t.Fatal("nil runbook without error")
			}
			return
		}
		var es Errors
		if !errors.As(err, &es) {
			t.Fatalf("error is not Errors: %v", err)
		}
		lines := strings.Count(src, "\n") + 1
		for _, e := range es {
			if e.Pos.Line < 1 || e.Pos.Line > lines || e.Pos.Col < 1 {
				t.Fatalf("position %v outside the %d-line input: %v", e.Pos, lines, e)
			}
		}
	})
}
