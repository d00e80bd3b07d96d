package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/warroom-dev/warroom/feeds/sim"
)

func simulateCommand() command {
	return command{
		name:    "simulate",
		summary: "serve a simulated brand crisis over a loopback websocket",
		run:     runSimulate,
	}
}

func runSimulate(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "simulate", "[flags]",
		"Serves a crisis scenario in warroom's native wire format (one mention or a JSON array\n"+
			"of mentions per text frame) to every websocket client that connects. It prints the\n"+
			"URL to connect to on stdout and, at exit, a JSON line of what it sent on stderr.")
	listen := fs.String("listen", "127.0.0.1:8765", "loopback `address` to listen on (port 0 picks a free one)")
	file := fs.String("scenario", "", "scenario TOML `file` (default: the embedded Laiterie Beaumont crisis)")
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same posts")
	speed := fs.Float64("speed", 1, "scenario seconds per wall second (30 plays half an hour in a minute)")
	rate := fs.Int("rate", 0, "send exactly `N` mentions per second, batched, for load tests (0: the scenario's own volume)")
	duration := fs.Duration("duration", 0, "stop after this long (0: until interrupted)")
	batch := fs.Int("batch", 256, "at most `N` mentions per frame")
	if err := parseFlags(fs, args, 0); err != nil {
		return err
	}
	sc := sim.DefaultScenario()
	if *file != "" {
		var err error
		if sc, err = sim.LoadScenario(*file); err != nil {
			return err
		}
	}
	srv, err := sim.NewServer(sc, sim.Options{Seed: *seed, Speed: *speed, Rate: *rate, Batch: *batch})
	if err != nil {
		return usageError{err.Error()}
	}
	ln, err := sim.Listen(*listen)
	if err != nil {
		return usageError{err.Error()}
	}
	if *duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *duration)
		defer cancel()
	}
	fmt.Fprintf(e.stdout, "ws://%s/\n", ln.Addr())
	fmt.Fprintf(e.stderr, "warroom simulate: playing %q (seed %d, speed %gx) until interrupted\n", sc.Name, *seed, *speed)
	start := time.Now()
	err = srv.Serve(ctx, ln)
	st := srv.Stats()
	line, _ := json.Marshal(struct {
		sim.Stats
		Seconds float64 `json:"seconds"`
	}{st, time.Since(start).Seconds()})
	fmt.Fprintf(e.stderr, "%s\n", line)
	return err
}
