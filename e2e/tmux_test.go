// Package e2e drives the real warroom binary in tmux, as a user would: it
// types with send-keys and reads the screen with capture-pane. The terminal
// size is pinned so that layouts are reproducible.
package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// binary is built once by TestMain into a temporary directory.
type harness struct {
	bin    string
	socket string
}

var h harness // set once in TestMain, read-only afterwards

func TestMain(m *testing.M) {
	if _, err := exec.LookPath("tmux"); err != nil {
		fmt.Println("e2e: tmux not found; skipping the end-to-end terminal tests (.ci/run installs it)")
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "warroom-e2e")
	if err != nil {
		panic(err)
	}
	h.bin = filepath.Join(dir, "warroom")
	h.socket = filepath.Join(dir, "tmux.sock")
	build := exec.Command("go", "build", "-o", h.bin, "../cmd/warroom")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Println("e2e: building warroom failed:", err)
		os.Exit(1)
	}
	// A keeper session holds the tmux server up for the whole run: when a
	// test kills the last session the server exits, and a test starting a
	// session at that moment would fail with "server exited unexpectedly".
	keeper := exec.Command("tmux", "-S", h.socket, "-f", "/dev/null", "new-session", "-d", "-s", "keeper", "sleep 3600")
	if out, err := keeper.CombinedOutput(); err != nil {
		fmt.Printf("e2e: cannot start tmux: %v: %s\n", err, out)
		os.Exit(1)
	}
	code := m.Run()
	_ = exec.Command("tmux", "-S", h.socket, "kill-server").Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// session is one tmux session running a command at a pinned size.
type session struct {
	t    *testing.T
	name string
}

// start runs args (the binary's arguments) in a new detached tmux session of
// width x height, with a fixed TERM and no colour so captures are stable.
func start(t *testing.T, width, height int, env []string, args ...string) *session {
	t.Helper()
	return startShell(t, width, height, env, shellJoin(append([]string{h.bin}, args...)))
}

// startShell runs a shell command line the same way; after it exits the
// screen shows EXITED:<status> and stays readable.
func startShell(t *testing.T, width, height int, env []string, cmdline string) *session {
	t.Helper()
	name := fmt.Sprintf("wr%d", time.Now().UnixNano())
	full := append([]string{"-S", h.socket, "-f", "/dev/null", "new-session", "-d", "-s", name,
		"-x", fmt.Sprint(width), "-y", fmt.Sprint(height)}, "env")
	full = append(full, append([]string{"TERM=xterm-256color"}, env...)...)
	full = append(full, "sh", "-c", cmdline+"; echo EXITED:$?; sleep 600")
	if out, err := exec.Command("tmux", full...).CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v: %s", err, out)
	}
	s := &session{t: t, name: name}
	t.Cleanup(func() { _ = exec.Command("tmux", "-S", h.socket, "kill-session", "-t", name).Run() })
	return s
}

func shellJoin(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}

// keys types keys with tmux send-keys (tmux key names allowed: Enter, Tab).
func (s *session) keys(keys ...string) {
	s.t.Helper()
	args := append([]string{"-S", h.socket, "send-keys", "-t", s.name}, keys...)
	if out, err := exec.Command("tmux", args...).CombinedOutput(); err != nil {
		s.t.Fatalf("send-keys %v: %v: %s", keys, err, out)
	}
}

// screen returns the visible pane text.
func (s *session) screen() string {
	s.t.Helper()
	out, err := exec.Command("tmux", "-S", h.socket, "capture-pane", "-p", "-t", s.name).Output()
	if err != nil {
		s.t.Fatalf("capture-pane: %v", err)
	}
	return string(out)
}

// title returns the pane title, which an OSC 0/2 sequence would change.
func (s *session) title() string {
	s.t.Helper()
	out, err := exec.Command("tmux", "-S", h.socket, "display-message", "-p", "-t", s.name, "#{pane_title}").Output()
	if err != nil {
		s.t.Fatalf("display-message: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// waitFor polls the screen until ok accepts it or the timeout passes.
func (s *session) waitFor(timeout time.Duration, what string, ok func(string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	var scr string
	for time.Now().Before(deadline) {
		scr = s.screen()
		if ok(scr) {
			return scr
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.t.Fatalf("timed out after %v waiting for %s; screen:\n%s", timeout, what, scr)
	return ""
}

func contains(sub string) func(string) bool {
	return func(scr string) bool { return strings.Contains(scr, sub) }
}
