package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

var mentionsRE = regexp.MustCompile(`([0-9][0-9,]*) mentions`)

// mentions reads the header's running total from a screen.
func mentions(t *testing.T, scr string) int {
	t.Helper()
	m := mentionsRE.FindStringSubmatch(scr)
	if m == nil {
		t.Fatalf("no mention count in the header:\n%s", scr)
	}
	n, err := strconv.Atoi(strings.ReplaceAll(m[1], ",", ""))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestDemoShowsALiveCrisis(t *testing.T) {
	s := start(t, 120, 40, nil, "demo", "--seed", "7")
	first := s.waitFor(15*time.Second, "the feed to go live with mentions", func(scr string) bool {
		return strings.Contains(scr, "simulator live") && mentionsRE.MatchString(scr) && mentions(t, scr) > 0
	})
	for _, pane := range []string{"Volume", "Sentiment", "Stream", "Top authors", "Trending terms", "Laiterie Beaumont", "UTC"} {
		if !strings.Contains(first, pane) {
			t.Errorf("%q missing from the screen:\n%s", pane, first)
		}
	}
	n1 := mentions(t, first)
	second := s.waitFor(15*time.Second, "the count to rise", func(scr string) bool { return mentions(t, scr) > n1 })
	t.Logf("mentions %d -> %d", n1, mentions(t, second))
	lines := strings.Split(strings.TrimRight(second, "\n"), "\n")
	if len(lines) > 40 {
		t.Errorf("screen has %d lines, terminal has 40", len(lines))
	}
	s.keys("q")
	s.waitFor(5*time.Second, "warroom to exit cleanly", contains("EXITED:0"))
}

func TestHostileTitleSequenceNeverReachesTheTerminal(t *testing.T) {
	// A scenario where half the posts carry escape sequences (OSC 0/2 title
	// changes, OSC 8 links, CSI clears, DCS queries, bidi overrides).
	src, err := os.ReadFile("../feeds/sim/default.toml")
	if err != nil {
		t.Fatal(err)
	}
	hostile := regexp.MustCompile(`(?m)^hostile_rate = .*$`).ReplaceAll(src, []byte("hostile_rate = 0.5"))
	path := filepath.Join(t.TempDir(), "hostile.toml")
	if err := os.WriteFile(path, hostile, 0o600); err != nil {
		t.Fatal(err)
	}
	s := start(t, 120, 40, nil, "demo", "--scenario", path, "--speed", "60")
	before := s.title()
	scr := s.waitFor(15*time.Second, "a few hundred hostile posts", func(scr string) bool {
		return mentionsRE.MatchString(scr) && mentions(t, scr) > 200
	})
	if after := s.title(); after != before {
		t.Fatalf("pane title changed from %q to %q: an OSC sequence reached the terminal", before, after)
	}
	for _, leak := range []string{"PWNED", "owned", "evil.example"} {
		if strings.Contains(scr, leak) {
			t.Errorf("escape payload %q visible on screen:\n%s", leak, scr)
		}
	}
	s.keys("q")
}

// TestTitleProbeWorks proves the title check above can fail: the same kind
// of sequence printed raw does change the pane title.
func TestTitleProbeWorks(t *testing.T) {
	s := startShell(t, 80, 24, nil, `sleep 0.5; printf '\033]2;owned-by-probe\033\\'`)
	s.waitFor(5*time.Second, "the probe to run", contains("EXITED:0"))
	if got := s.title(); got != "owned-by-probe" {
		t.Fatalf("raw OSC 2 did not set the pane title (got %q): the hostile-title test would prove nothing", got)
	}
}
