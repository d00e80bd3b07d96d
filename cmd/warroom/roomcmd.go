package main

import "context"

func roomCommand() command {
	return command{name: "room", summary: "open the crisis room on real feeds (the config's and --feed)", run: runRoom}
}

func runRoom(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "room", "[flags]",
		"Connects to the feeds of warroom.toml and those given with --feed, and opens the dashboard:\n"+
			"the same room as the demo, on live data. Press ? for keys, D to declare an incident, q to quit.")
	src := addFeedFlags(fs)
	rf := addRoomFlags(fs)
	if err := parseFlags(fs, args, 0); err != nil {
		return err
	}
	cfg, err := rf.config()
	if err != nil {
		return err
	}
	extra, err := src.configs()
	if err != nil {
		return err
	}
	return rf.open(ctx, e, cfg, extra)
}
