package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/feeds/sim"
)

// lockedBuffer is a bytes.Buffer safe for the concurrent writes of tail's
// printer and stats loop.
type lockedBuffer struct {
	ch chan struct{}
	b  bytes.Buffer
}

func newLockedBuffer() *lockedBuffer { return &lockedBuffer{ch: make(chan struct{}, 1)} }
func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.ch <- struct{}{}
	defer func() { <-l.ch }()
	return l.b.Write(p)
}
func (l *lockedBuffer) String() string {
	l.ch <- struct{}{}
	defer func() { <-l.ch }()
	return l.b.String()
}

func runTailCmd(t *testing.T, timeout time.Duration, args ...string) (int, string, string) {
	t.Helper()
	out, errb := newLockedBuffer(), newLockedBuffer()
	e := &env{stdin: strings.NewReader(""), stdout: out, stderr: errb, getenv: func(string) string { return "" }}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	code := run(ctx, e, append([]string{"tail"}, args...))
	return code, out.String(), errb.String()
}

func simURL(t *testing.T, opts sim.Options) string {
	t.Helper()
	srv, err := sim.NewServer(sim.DefaultScenario(), opts)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(func() { srv.Close(); ts.Close() })
	return "ws" + strings.TrimPrefix(ts.URL, "http") + "/"
}

func TestTailPrintsNormalizedScoredMentionsAndStats(t *testing.T) {
	url := simURL(t, sim.Options{Seed: 3, Rate: 2000})
	code, out, errOut := runTailCmd(t, 20*time.Second, "--url", url, "--max", "300", "--stats")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 300 {
		t.Fatalf("%d lines, want --max 300", len(lines))
	}
	for i, l := range lines {
		var m feeds.Mention
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %d is not JSON: %v: %s", i+1, err, l)
		}
		if m.Schema != feeds.Schema || m.ID == "" || m.Feed != "native" || m.ObservedAt.IsZero() ||
			m.Sentiment == nil || m.Sentiment.Model == "" || len(m.Topics) == 0 {
			t.Fatalf("line %d is not a normalized, scored, matched mention: %s", i+1, l)
		}
		if strings.ContainsAny(m.Text, "\x1b\u202e\u009b") {
			t.Fatalf("line %d carries an escape or bidi character: %q", i+1, m.Text)
		}
	}
	final := lastStats(t, errOut)
	if !final.Final || final.Received < 300 || final.Unique+final.Duplicates != final.Received {
		t.Fatalf("final stats = %+v", final)
	}
}

func lastStats(t *testing.T, stderr string) statsLine {
	t.Helper()
	var last statsLine
	sc := bufio.NewScanner(strings.NewReader(stderr))
	n := 0
	for sc.Scan() {
		if !strings.HasPrefix(sc.Text(), "{") {
			continue // a report of skipped input
		}
		if err := json.Unmarshal(sc.Bytes(), &last); err != nil {
			t.Fatalf("stats line is not JSON: %v: %s", err, sc.Text())
		}
		n++
	}
	if n == 0 {
		t.Fatal("no stats line")
	}
	return last
}

func TestTailReplaysACaptureAndReportsBadLines(t *testing.T) {
	dir := t.TempDir()
	capture := filepath.Join(dir, "cap.jsonl")
	good := `{"id":"x:1","text":"Beaumont rappel","created_at":"2026-11-22T10:00:00Z"}`
	src := good + "\n{not json\n" + `{"id":"x:2","text":"Beaumont merci","created_at":"2026-11-22T10:00:01Z"}` + "\n" + good + "\n"
	if err := os.WriteFile(capture, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runTailCmd(t, 10*time.Second, "--feed", "jsonl="+capture, "--format", "text", "--stats")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if n := strings.Count(out, "\n"); n != 2 {
		t.Fatalf("%d mentions printed, want 2 (one bad line, one resend):\n%s", n, out)
	}
	if !strings.Contains(errOut, "cap.jsonl:2") {
		t.Fatalf("bad line not reported with file:line:\n%s", errOut)
	}
	final := lastStats(t, errOut)
	if final.Received != 3 || final.Unique != 2 || final.Duplicates != 1 || final.Rejected["malformed_json"] != 1 {
		t.Fatalf("final stats = %+v", final)
	}
}

func TestTailRefusesBadInvocations(t *testing.T) {
	cases := [][]string{
		{}, // no feed
		{"--url", "ws://127.0.0.1:1/", "--format", "xml"},
		{"--feed", "gopher=ws://127.0.0.1:1/"},
	}
	for _, args := range cases {
		code, _, errOut := runTailCmd(t, 5*time.Second, args...)
		if code != 2 || errOut == "" {
			t.Errorf("tail %v: exit %d, stderr %q; want a usage error", args, code, errOut)
		}
	}
}
