package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

type countSink struct {
	mu sync.Mutex
	n  int
}

func (c *countSink) Ingest(b []*feeds.Mention) { c.mu.Lock(); c.n += len(b); c.mu.Unlock() }
func (c *countSink) count() int                { c.mu.Lock(); defer c.mu.Unlock(); return c.n }

func TestSimulateServesAClientAndReportsStats(t *testing.T) {
	outR, outW := io.Pipe()
	var errb syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: outW, stderr: &errb, getenv: func(string) string { return "" }}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- runSimulate(ctx, e, []string{"--listen", "127.0.0.1:0", "--rate", "2000", "--seed", "9"})
		outW.Close()
	}()
	line, err := bufio.NewReader(outR).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "ws://127.0.0.1:") {
		t.Fatalf("first stdout line %q (%v), want the URL", line, err)
	}
	go io.Copy(io.Discard, outR)
	sink := &countSink{}
	c, err := feeds.NewClient(feeds.Config{Name: "sim", URL: strings.TrimSpace(line), Adapter: feeds.NewNative(), Sink: sink})
	if err != nil {
		t.Fatal(err)
	}
	cctx, ccancel := context.WithCancel(context.Background())
	defer ccancel()
	go func() { _ = c.Run(cctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for sink.count() < 200 {
		if time.Now().After(deadline) {
			t.Fatalf("client got %d mentions", sink.count())
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("simulate: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
	var st struct{ Connections, Mentions int64 }
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &st); err != nil || st.Connections != 1 || st.Mentions < 200 {
		t.Errorf("final stats line %q (%v)", lines[len(lines)-1], err)
	}
}

func TestSimulateUsageErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.toml")
	if err := os.WriteFile(bad, []byte("brand = \"X\"\nvolume = 3\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--speed", "-1"}, 2, "speed must be positive"},
		{[]string{"--listen", "0.0.0.0:0"}, 2, "only listens on loopback"},
		{[]string{"--rate", "x"}, 2, "invalid value"},
		{[]string{"extra"}, 2, "unexpected argument"},
		{[]string{"--scenario", bad}, 1, bad + `: unknown key "volume"`},
		{[]string{"--scenario", filepath.Join(t.TempDir(), "none.toml")}, 1, "none.toml"},
	}
	for _, c := range cases {
		code, _, errOut := runCmd(t, append([]string{"simulate"}, c.args...)...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("simulate %v: code %d, stderr %q; want %d and %q", c.args, code, errOut, c.code, c.want)
		}
	}
}

func TestSimulateHelpDocumentsEveryFlag(t *testing.T) {
	code, _, errOut := runCmd(t, "simulate", "--help")
	for _, flag := range []string{"-listen", "-scenario", "-seed", "-speed", "-rate", "-duration", "-batch"} {
		if !strings.Contains(errOut, flag) {
			t.Errorf("--help does not mention %s", flag)
		}
	}
	if code != 0 {
		t.Errorf("--help exit code %d", code)
	}
}
