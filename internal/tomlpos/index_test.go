package tomlpos

import (
	"testing"

	"github.com/BurntSushi/toml"
)

const doc = `# a runbook
schema = "warroom.runbook/v1"
id = 'bad-buzz'
title = """
multi "quoted" ""line""
id = "not a key"
"""

[applies_when]
severities = ["high", "critical"]
  tags = [
    "brand", # a comment
    'food',
  ]

[roles.lead]
title = "Comms lead"
"quoted key" = true

[[steps]]
id = "assess"
owner_role = "lead"

[[steps]]
id = "pin"
requires = ["assess"]
evidence.kind = "pinned_mention"
meta = { a = 1, b = { c = "x,}" } }
list = [{ x = 1 }, { x = 2, y = [3, 4] }]

[steps.extra]
when = 1979-05-27 07:32:00Z

[[steps.checks]]
name = "one"

[[steps.checks]]
name = "two"

[[steps]]
id = "third"
`

func TestFindKeys(t *testing.T) {
	tests := []struct {
		path      []any
		line, col int
	}{
		{[]any{"schema"}, 2, 1},
		{[]any{"id"}, 3, 1},
		{[]any{"title"}, 4, 1},
		{[]any{"applies_when"}, 9, 2},
		{[]any{"applies_when", "severities"}, 10, 1},
		{[]any{"applies_when", "severities", 1}, 10, 23},
		{[]any{"applies_when", "tags"}, 11, 3},
		{[]any{"applies_when", "tags", 1}, 13, 5},
		{[]any{"roles", "lead"}, 16, 8},
		{[]any{"roles", "lead", "title"}, 17, 1},
		{[]any{"roles", "lead", "quoted key"}, 18, 1},
		{[]any{"steps"}, 20, 3},
		{[]any{"steps", 0}, 20, 3},
		{[]any{"steps", 0, "owner_role"}, 22, 1},
		{[]any{"steps", 1, "id"}, 25, 1},
		{[]any{"steps", 1, "requires", 0}, 26, 13},
		{[]any{"steps", 1, "evidence"}, 27, 1},
		{[]any{"steps", 1, "evidence", "kind"}, 27, 10},
		{[]any{"steps", 1, "meta", "b", "c"}, 28, 23},
		{[]any{"steps", 1, "list", 1, "y", 1}, 29, 37},
		{[]any{"steps", 1, "extra", "when"}, 32, 1},
		{[]any{"steps", 1, "checks", 1, "name"}, 38, 1},
		{[]any{"steps", 2, "id"}, 41, 1},
		{[]any{toml.Key{"roles", "lead", "title"}}, 17, 1},
	}
	idx := Parse([]byte(doc))
	for _, tt := range tests {
		p, ok := idx.Key(tt.path...)
		if !ok || p.Line != tt.line || p.Col != tt.col {
			t.Errorf("Key(%v) = %v, %v; want %d:%d", tt.path, p, ok, tt.line, tt.col)
		}
	}
}

func TestFindAbsent(t *testing.T) {
	for _, path := range [][]any{{"id", "x"}, {"steps", 3}, {"title", 0}, {"nope"}} {
		if p, ok := Find([]byte(doc), path...); ok {
			t.Errorf("Find(%v) = %v, want absent (multi-line string content is not a key)", path, p)
		}
	}
}

func TestValuePosAndNearest(t *testing.T) {
	idx := Parse([]byte(doc))
	if p, _ := idx.Value("steps", 0, "owner_role"); p != (Pos{22, 14}) {
		t.Errorf("Value = %v, want 22:14", p)
	}
	if p := idx.Nearest("steps", 2, "title"); p != (Pos{40, 3}) {
		t.Errorf("Nearest = %v, want the [[steps]] header 40:3", p)
	}
}

func TestMatchingIgnoresIndices(t *testing.T) {
	got := Parse([]byte(doc)).Matching([]string{"steps", "id"})
	if len(got) != 3 || got[2].Key != (Pos{41, 1}) {
		t.Fatalf("Matching = %+v, want the three step ids", got)
	}
}

func TestFormatPath(t *testing.T) {
	if got := FormatPath([]any{"steps", 3, "requires", 0}); got != "steps[3].requires[0]" {
		t.Errorf("FormatPath = %q", got)
	}
}

func TestParseNeverHangsOnGarbage(t *testing.T) {
	for _, src := range []string{"[", "[[", "a = [1, {", "= = =", `a = "unterminated`, "a.b.", "x = '''", "{}}]]"} {
		Parse([]byte(src)) // must return
	}
}

func FuzzParse(f *testing.F) {
	f.Add(doc)
	f.Fuzz(func(t *testing.T, src string) { Parse([]byte(src)) })
}
