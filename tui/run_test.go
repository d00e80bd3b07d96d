package tui

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/warroom-dev/warroom/tui/fixture"
)

// runOpts runs against pipes: no terminal is touched.
func runOpts(in io.Reader, out io.Writer) Options {
	o := testOptions()
	o.Input, o.Output = in, out
	return o
}

func TestRunStopsWhenContextIsDone(t *testing.T) {
	in, w := io.Pipe() // never written: only ctx can end the program
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, fixture.NewRoom(fullSnapshot()), runOpts(in, io.Discard)) }()
	time.Sleep(100 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run returned %v after cancel, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after the context was cancelled")
	}
}

func TestRunQuitsOnQAndRestoresTheScreen(t *testing.T) {
	in, w := io.Pipe()
	var out bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- Run(context.Background(), fixture.NewRoom(fullSnapshot()), runOpts(in, &out)) }()
	time.Sleep(100 * time.Millisecond)
	if _, err := w.Write([]byte("q")); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
	case <-time.After(5 * time.Second):
		w.Close()
		t.Fatal("q did not quit")
	}
	w.Close()
	// The alternate screen is entered, then left on the way out.
	s := out.String()
	enter, leave := strings.Index(s, "\x1b[?1049h"), strings.LastIndex(s, "\x1b[?1049l")
	if enter < 0 || leave < enter {
		t.Fatalf("alt screen not entered then left (enter %d, leave %d)", enter, leave)
	}
}

// NO_COLOR drops every color but keeps reverse video, so alarms stay loud.
func TestNoColorKeepsAlarmsLoud(t *testing.T) {
	opts := testOptions()
	opts.Getenv = func(k string) string {
		if k == "NO_COLOR" {
			return "1"
		}
		return ""
	}
	opts = opts.withDefaults()
	if !opts.NoColor {
		t.Fatal("NO_COLOR not honoured")
	}
	rend := lipgloss.NewRenderer(io.Discard)
	rend.SetColorProfile(termenv.ANSI)
	m := step(step(newModel(nil, opts, rend), sizeMsg(120, 40)), SnapshotMsg{Snap: fullSnapshot()})
	v := m.View()
	for _, code := range []string{"[3", "[9", "[4", "38;", "48;"} {
		if strings.Contains(v, "\x1b"+code) || strings.Contains(v, ";"+strings.TrimPrefix(code, "[")) && code[0] != '[' {
			t.Fatalf("color escape %q under NO_COLOR", code)
		}
	}
	if !strings.Contains(v, "7m") {
		t.Fatal("no reverse video under NO_COLOR: alarms look like calm")
	}
}

func TestDarkBackgroundFromEnv(t *testing.T) {
	cases := map[string]bool{"": true, "15;0": true, "0;15": false, "0;default;7": false}
	for v, dark := range cases {
		o := Options{Getenv: func(k string) string {
			if k == "COLORFGBG" {
				return v
			}
			return ""
		}}
		if got := o.darkBackground(); got != dark {
			t.Errorf("COLORFGBG=%q: dark = %v, want %v", v, got, dark)
		}
	}
	if (Options{Light: true, Getenv: func(string) string { return "" }}).darkBackground() {
		t.Error("Light ignored")
	}
}
