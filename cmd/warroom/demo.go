package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/warroom-dev/warroom/config"
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/feeds/sim"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/tui"
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
	cfgPath := fs.String("config", "", "warroom.toml (default: the embedded configuration)")
	noColor := fs.Bool("no-color", false, "no colors (also when NO_COLOR is set)")
	record := fs.String("record", "", "flight recorder: append every accepted mention to this JSONL file")
	incidentsDir := fs.String("incidents", "", "folder for incident journals (default: the config's journal.dir, ./incidents)")
	resume := fs.String("journal", "", "reopen this incident journal instead of starting without an incident")
	if err := parseFlags(fs, args, 0); err != nil {
		return err
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return err
	}
	if *incidentsDir != "" {
		cfg.Journal.Dir = *incidentsDir
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

	demoFeed := feeds.FeedConfig{Name: "simulator", Kind: feeds.KindNative,
		URL: "ws://" + ln.Addr().String() + "/", QuietAfter: 30 * time.Second}
	sinks, rec, err := withRecorder(*record)
	if err != nil {
		return err
	}
	defer rec.Close()
	live, err := room.Build(cfg, room.BuildOptions{Getenv: e.getenv, Feeds: []feeds.FeedConfig{demoFeed}, Sinks: sinks})
	if err != nil {
		return err
	}
	defer live.Close()
	if *resume != "" {
		if err := live.Resume(*resume); err != nil {
			return err
		}
	}
	return runRoomWithTUI(ctx, cancel, live, cfg, e, *noColor)
}

// runRoomWithTUI runs the room in the background and the dashboard in the
// foreground. A room failure (a recovered panic) ends the dashboard so the
// terminal is restored before the error is printed.
func runRoomWithTUI(ctx context.Context, cancel context.CancelFunc, live *room.Live, cfg config.Config, e *env, noColor bool) error {
	roomErr := make(chan error, 1)
	go func() {
		err := live.Run(ctx)
		if err != nil {
			cancel()
		}
		roomErr <- err
	}()
	err := tui.Run(ctx, live, tui.Options{Brand: cfg.Brand, Tick: cfg.UI.Tick, Local: cfg.Location(),
		NoColor: noColor, Getenv: e.getenv, Bell: cfg.Alerts.Bell})
	cancel()
	if rerr := <-roomErr; rerr != nil {
		return fmt.Errorf("room stopped: %w", rerr)
	}
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}
