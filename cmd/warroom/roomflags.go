package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/warroom-dev/warroom/config"
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/tui"
)

// roomFlags are the flags of the commands that open the crisis room in a
// terminal (demo, room).
type roomFlags struct {
	cfgPath, record, incidents, resume *string
	noColor                            *bool
}

func addRoomFlags(fs *flag.FlagSet) roomFlags {
	return roomFlags{
		cfgPath:   fs.String("config", "", "warroom.toml (default: the embedded configuration)"),
		record:    fs.String("record", "", "flight recorder: append every accepted mention to this JSONL file"),
		incidents: fs.String("incidents", "", "folder for incident journals (default: the config's journal.dir, ./incidents)"),
		resume:    fs.String("journal", "", "reopen this incident journal (after a restart) as the open incident"),
		noColor:   fs.Bool("no-color", false, "no colors (also when NO_COLOR is set)"),
	}
}

// config loads the configuration the flags name.
func (rf roomFlags) config() (config.Config, error) {
	cfg, err := config.Load(*rf.cfgPath)
	if err == nil && *rf.incidents != "" {
		cfg.Journal.Dir = *rf.incidents
	}
	return cfg, err
}

// open builds the room with cfg's feeds plus extra, runs it and shows it
// until the operator quits or ctx ends.
func (rf roomFlags) open(ctx context.Context, e *env, cfg config.Config, extra []feeds.FeedConfig) error {
	if len(cfg.Feeds)+len(extra) == 0 {
		return usageError{"no feed: give --feed KIND=URL or a --config with [[feeds]] (or try warroom demo)"}
	}
	sinks, rec, err := withRecorder(*rf.record)
	if err != nil {
		return err
	}
	defer rec.Close()
	live, err := room.Build(cfg, room.BuildOptions{Getenv: e.getenv, Feeds: extra, Sinks: sinks,
		Stdin: e.stdin, Report: func(error) {}}) // bad capture lines are counted in the feed pane
	if err != nil {
		return err
	}
	defer live.Close()
	if *rf.resume != "" {
		if err := live.Resume(*rf.resume); err != nil {
			return err
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	return runRoomWithTUI(ctx, cancel, live, cfg, e, *rf.noColor)
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
