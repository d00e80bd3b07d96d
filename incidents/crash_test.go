package incidents

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCrashLosesNoAcknowledgedEntry kills a writing child with SIGKILL at
// random moments; after each kill every acknowledged seq must be on disk
// with its body and the chain must verify (a torn last line, never
// acknowledged, is allowed: the next Open recovers it).
func TestCrashLosesNoAcknowledgedEntry(t *testing.T) {
	kills, budget := 50, 120*time.Second
	if testing.Short() {
		kills = 8
	}
	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewPCG(uint64(seed), 1))
	t.Logf("seed %d", seed)
	path := filepath.Join(t.TempDir(), "crash.jsonl")
	acked := map[int64]string{}
	deadline := time.Now().Add(budget)
	torn := 0
	for k := range kills {
		if time.Now().After(deadline) {
			t.Fatalf("only %d kills within %v", k, budget)
		}
		for seq, body := range runAndKill(t, path, rng) {
			acked[seq] = body
		}
		if checkAcked(t, path, acked) {
			torn++
		}
	}
	t.Logf("%d kills, %d acknowledged entries, %d torn tails", kills, len(acked), torn)
	if len(acked) == 0 {
		t.Fatal("the child never acknowledged an entry")
	}
	if !testing.Short() && torn == 0 {
		t.Fatal("no kill landed inside a write: the torn-tail recovery was not exercised")
	}
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("open after the last kill: %v", err)
	}
	j.Close()
	if r, err := Verify(path); err != nil || !r.OK {
		t.Fatalf("journal after recovery: %+v %v", r, err)
	}
	if _, err := os.Stat(path + ".torn"); torn > 0 && err != nil {
		t.Fatalf("torn tails were not moved aside: %v", err)
	}
}

// runAndKill starts a child, kills it after a random delay (sometimes
// before its first acknowledgement, during Open's recovery) and returns
// what it acknowledged.
func runAndKill(t *testing.T, path string, rng *rand.Rand) map[int64]string {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=crash", "INCIDENTS_TEST_PATH="+path)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	got := make(chan map[int64]string)
	first := make(chan struct{})
	go readAcks(stdout, got, first)
	if rng.IntN(4) > 0 {
		select {
		case <-first:
		case <-time.After(5 * time.Second):
		}
	}
	time.Sleep(time.Duration(rng.IntN(25_000)) * time.Microsecond)
	cmd.Process.Signal(syscall.SIGKILL)
	acks := <-got
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("child ended by itself (%v): %s", err, stderr.String())
	}
	return acks
}

func readAcks(r interface{ Read([]byte) (int, error) }, got chan<- map[int64]string, first chan<- struct{}) {
	acks := map[int64]string{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		var seq int64
		var body string
		if _, err := fmt.Sscanf(sc.Text(), "%d %s", &seq, &body); err == nil {
			if len(acks) == 0 {
				close(first)
			}
			acks[seq] = body
		}
	}
	got <- acks
}

// checkAcked verifies the file and the acknowledged entries; it reports
// whether the file ended in a torn line.
func checkAcked(t *testing.T, path string, acked map[int64]string) bool {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) { // killed before it created the file
		t.Fatal(err)
	}
	s := scan(data)
	if !s.report.OK && !s.report.Torn {
		t.Fatalf("chain broken after a kill: %+v", s.report)
	}
	for seq, body := range acked {
		if seq > int64(len(s.entries)) || s.entries[seq-1].Body != body {
			t.Fatalf("acknowledged seq %d (%s) lost; journal ends at %d", seq, body, len(s.entries))
		}
	}
	return s.report.Torn
}

func TestSecondProcessRefusedLock(t *testing.T) {
	j, path := openTemp(t)
	declare(t, j)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=lock", "INCIDENTS_TEST_PATH="+path)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("is open in another process: pid %d", os.Getpid())
	if !strings.Contains(string(out), want) {
		t.Fatalf("second process got %q, want it to contain %q", out, want)
	}
}
