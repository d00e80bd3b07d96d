package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDefaultLoadsAndServesTheDemo(t *testing.T) {
	c := Default()
	if c.Brand != "Laiterie Beaumont" || len(c.Topics) != 3 || c.UI.Tick != 100*time.Millisecond {
		t.Fatalf("default = %+v", c)
	}
	if got := c.Competitors(); strings.Join(got, ",") != "vallon,prairial" {
		t.Fatalf("competitors = %v", got)
	}
	if c.Location().String() != "Europe/Paris" {
		t.Fatalf("location = %v", c.Location())
	}
	if c.Alerts.Spike.K == 0 {
		t.Fatal("alert defaults were not kept under the file's values")
	}
}

func TestErrorsNameFileLineAndColumn(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"unknown key", "brand = \"X\"\nbrnad = \"Y\"\n", "w.toml:2:1: unknown key `brnad`; did you mean `brand`?"},
		{"unknown nested key", "[[topics]]\nname = \"a\"\nterms = [\"a\"]\nterm = [\"b\"]\n", "w.toml:4:1: unknown key `topics[0].term`"},
		{"wrong type", "brand = 3\n", "w.toml:1:9: `brand` must be a string, not an integer"},
		{"bad duration type", "[ui]\ntick = true\n", "w.toml:2:8: `ui.tick`"},
		{"bad zone", "timezone = \"Europe/Pariss\"\n", "w.toml:1:1: unknown time zone \"Europe/Pariss\""},
		{"syntax", "brand = \n", "w.toml:1:"},
		{"duplicate feed", "[[feeds]]\nname = \"a\"\nkind = \"native\"\nurl = \"ws://127.0.0.1:1/\"\n[[feeds]]\nname = \"a\"\nkind = \"native\"\nurl = \"ws://127.0.0.1:2/\"\n", "w.toml:5:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("w.toml", []byte(c.src))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error = %v\nwant it to contain %q", err, c.want)
			}
		})
	}
}

func TestFileValuesOverrideDefaults(t *testing.T) {
	path := filepath.Join(t.TempDir(), "warroom.toml")
	src := "brand = \"Acme\"\n[ui]\ntick = \"250ms\"\n[alerts.spike]\nk = 4.5\n"
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.Brand != "Acme" || c.UI.Tick != 250*time.Millisecond || c.Alerts.Spike.K != 4.5 || c.Journal.Dir != "incidents" {
		t.Fatalf("config = %+v", c)
	}
	if c.Alerts.Spike.MinCount == 0 {
		t.Fatal("a partial [alerts.spike] table wiped the other defaults")
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.toml")); err == nil {
		t.Fatal("a missing file loaded")
	}
}
