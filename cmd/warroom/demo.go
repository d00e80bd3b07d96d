package main

import (
	"context"
	"net"
	"time"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/feeds/sim"
)

func demoCommand() command {
	return command{name: "demo", summary: "play a simulated brand crisis into the live crisis room", run: runDemo}
}

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "[flags]",
		"Starts the crisis simulator on a loopback websocket, connects the room to it like any real\n"+
			"feed, and opens the dashboard. Nothing to install or configure. Press ? for keys, q to quit.")
	scenario := fs.String("scenario", "", "crisis scenario TOML (default: the embedded Laiterie Beaumont scenario)")
	seed := fs.Uint64("seed", 1, "random seed: the same seed plays the same crisis")
	speed := fs.Float64("speed", 30, "scenario seconds per wall second (30: the 45-minute crisis in 90 s)")
	rf := addRoomFlags(fs)
	if err := parseFlags(fs, args, 0); err != nil {
		return err
	}
	cfg, err := rf.config()
	if err != nil {
		return err
	}
	sc := sim.DefaultScenario()
	if *scenario != "" {
		if sc, err = sim.LoadScenario(*scenario); err != nil {
			return err
		}
	}
	srv, err := sim.NewServer(sc, sim.Options{Seed: *seed, Speed: *speed})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go srv.Serve(ctx, ln)
	cfg.Feeds = nil // the demo listens to the simulator only
	return rf.open(ctx, e, cfg, []feeds.FeedConfig{{Name: "simulator", Kind: feeds.KindNative,
		URL: "ws://" + ln.Addr().String() + "/", QuietAfter: 30 * time.Second}})
}
