package sim

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDefaultScenarioIsValid(t *testing.T) {
	sc := DefaultScenario()
	if sc.Brand != "Beaumont" || len(sc.Phases) < 5 || len(sc.Voices) < 5 {
		t.Fatalf("unexpected default scenario: brand %q, %d phases, %d voices", sc.Brand, len(sc.Phases), len(sc.Voices))
	}
}

func TestLoadScenarioUnknownKeyNamesFileAndKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crisis.toml")
	data := defaultTOML + "\n[[phases]]\nname = \"late\"\nat = \"2h\"\nrate = 1\nloudness = 3\n"
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := LoadScenario(path)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "phases.loudness") {
		t.Fatalf("error %v, want one naming %s and phases.loudness", err, path)
	}
}

func TestParseScenarioRefusesBadScenarios(t *testing.T) {
	cases := []struct {
		name, from, to, want string
	}{
		{"type error names the line", `french = 0.7`, `french = "lots"`, "line"},
		{"no brand", `brand = "Beaumont"`, `brand = ""`, "brand is required"},
		{"share out of range", `duplicate_rate = 0.01`, `duplicate_rate = 2`, "duplicate_rate"},
		{"phases out of order", `at = "12m"`, `at = "1m"`, "increasing order"},
		{"tone shares over 1", "negative = 0.72\npositive = 0.04", "negative = 0.72\npositive = 0.5", "phases[1] (spike)"},
		{"unknown voice", `author = "sarahchen"`, `author = "nobody"`, `author "nobody"`},
		{"unknown slot", `"Le silence de {brand}`, `"Le silence de {brnad}`, "unknown slot {brnad}"},
		{"no trigger", `kind = "trigger"`, `kind = "plain"`, "exactly one post of kind trigger"},
		{"bad duration", `at = "5m"`, `at = "five minutes"`, "five minutes"},
		{"empty bank", `feelings = ["Unbelievable", "Seriously", "Disgraceful", "Appalling", "Wow"]`, `feelings = []`, "en.feelings"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := strings.Replace(defaultTOML, c.from, c.to, 1)
			if data == defaultTOML {
				t.Fatalf("test case does not apply: %q not in the default scenario", c.from)
			}
			_, err := ParseScenario("x.toml", data)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "x.toml") {
				t.Fatalf("error %v, want x.toml: ...%s...", err, c.want)
			}
		})
	}
}
