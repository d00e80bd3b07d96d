package tomlpos

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

type dur string

func (d *dur) UnmarshalText(b []byte) error { *d = dur(b); return nil }

type testStep struct {
	ID        string   `toml:"id"`
	OwnerRole string   `toml:"owner_role"`
	Requires  []string `toml:"requires"`
	Due       dur      `toml:"due_after"`
}

type testDoc struct {
	ID    string             `toml:"id"`
	Count int                `toml:"count"`
	Ratio float64            `toml:"ratio"`
	Roles map[string]string  `toml:"roles"`
	Steps []testStep         `toml:"steps"`
	Extra map[string]any     `toml:"extra"`
	Named map[string]testDoc `toml:"named"`
}

func TestCheck(t *testing.T) {
	src := `id = "x"
count = "3"
ratio = 2
colour = "red"

[roles]
lead = "Lead"
legal = 4

[extra]
anything = [1, "two"]

[[steps]]
id = "a"
owner = "lead"

[[steps]]
id = "b"
requires = "a"
due_after = 15 # text unmarshalers accept scalars, as the decoder does

[named.n1]
idd = "y"
`
	errs, err := Check([]byte(src), &testDoc{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"2:9: `count` must be an integer, not a string",
		"4:1: unknown key `colour`",
		"8:9: `roles.legal` must be a string, not an integer",
		"15:1: unknown key `steps[0].owner`; did you mean `owner_role`?",
		"19:12: `steps[1].requires` must be an array, not a string",
		"23:1: unknown key `named.n1.idd`; did you mean `id`?",
	}
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Check:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestCheckSyntaxError(t *testing.T) {
	_, err := Check([]byte("id = \n"), &testDoc{})
	var pe toml.ParseError
	if err == nil || !asParseError(err, &pe) || pe.Position.Line != 1 {
		t.Fatalf("err = %v, want a toml.ParseError on line 1", err)
	}
}

func asParseError(err error, pe *toml.ParseError) bool {
	p, ok := err.(toml.ParseError)
	*pe = p
	return ok
}

func TestUndecoded(t *testing.T) {
	src := "id = \"x\"\n[[steps]]\nid = \"a\"\nowner = 1\n[[steps]]\nowner = 2\n[extra]\nfree = 1\n"
	var d testDoc
	md, err := toml.Decode(src, &d)
	if err != nil {
		t.Fatal(err)
	}
	errs := Undecoded([]byte(src), md, &d)
	if len(errs) != 2 {
		t.Fatalf("Undecoded = %v, want two (one per step; extra is a map)", errs)
	}
	if errs[1].Error() != "6:1: unknown key `steps[1].owner`; did you mean `owner_role`?" {
		t.Errorf("got %q", errs[1].Error())
	}
}

func TestSuggest(t *testing.T) {
	cands := []string{"owner_role", "requires", "repeat_every", "due_after", "id"}
	tests := map[string]string{"owner": "owner_role", "require": "requires", "reqiures": "requires",
		"due": "due_after", "colour": "", "repeat": "repeat_every", "ID": "id"}
	for in, want := range tests {
		if got := Suggest(in, cands); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", in, got, want)
		}
	}
}
