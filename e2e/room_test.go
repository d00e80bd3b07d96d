package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// `warroom room` is the demo's dashboard on real feeds: here a recorded
// capture replayed as a jsonl feed, bad line included.
func TestRoomOnACapture(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, `{"id":"cap:%d","platform":"mastodon","text":"Beaumont rappel numéro %d","created_at":"2026-11-22T10:%02d:00Z","author":{"handle":"a%d"}}`+"\n", i, i, i, i)
	}
	b.WriteString("{this line is broken\n")
	path := filepath.Join(t.TempDir(), "capture.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	s := start(t, 120, 40, nil, "room", "--feed", "jsonl="+path, "--incidents", t.TempDir())
	scr := s.waitFor(15*time.Second, "the capture's 40 mentions", contains("40 mentions"))
	if !strings.Contains(scr, "Beaumont rappel") {
		t.Errorf("the stream does not show the capture:\n%s", scr)
	}
	s.keys("q")
	s.waitFor(5*time.Second, "a clean exit", contains("EXITED:0"))
}
