package main

import (
	"context"

	"github.com/warroom-dev/warroom/feeds"
)

func roomCommand() command {
	return command{name: "room", summary: "open the crisis room on real feeds (the config's and --feed)", run: runRoom}
}

func runRoom(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "room", "[flags]",
		"Connects to the feeds of warroom.toml and those given with --feed, and opens the dashboard:\n"+
			"the same room as the demo, on live data. Press ? for keys, D to declare an incident, q to quit.")
	var feedArgs feedFlags
	fs.Var(&feedArgs, "feed", "a feed as KIND=URL (native, jetstream, mastodon, nostr) or jsonl=FILE; repeatable")
	follow := fs.Bool("follow", false, "jsonl feeds: keep reading at the end of the file")
	replaySpeed := fs.String("replay-speed", "", "jsonl feeds: replay at the original pace times this factor (1, 10) or max")
	rf := addRoomFlags(fs)
	if err := parseFlags(fs, args, 0); err != nil {
		return err
	}
	cfg, err := rf.config()
	if err != nil {
		return err
	}
	extra, err := feeds.ParseFeedFlags(feedArgs)
	if err != nil {
		return usageError{err.Error()}
	}
	if err := feeds.SetReplay(extra, *follow, *replaySpeed); err != nil {
		return usageError{err.Error()}
	}
	return rf.open(ctx, e, cfg, extra)
}
