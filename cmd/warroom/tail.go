package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/warroom-dev/warroom/config"
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/sanitize"
)

// feedFlags collects repeated --feed KIND=URL flags, checking each at once
// so that a bad one is reported as a usage error.
type feedFlags []string

func (f *feedFlags) String() string { return fmt.Sprint(len(*f)) }
func (f *feedFlags) Set(v string) error {
	if _, err := feeds.ParseFeedFlag(v); err != nil {
		return err
	}
	*f = append(*f, v)
	return nil
}

// feedSource is the --feed, --follow and --replay-speed flags that tail and
// room share.
type feedSource struct {
	feeds  feedFlags
	follow *bool
	speed  *string
}

func addFeedFlags(fs *flag.FlagSet) *feedSource {
	src := &feedSource{}
	fs.Var(&src.feeds, "feed", "a feed as KIND=URL (native, jetstream, mastodon, nostr) or jsonl=FILE; repeatable")
	src.follow = fs.Bool("follow", false, "jsonl feeds: keep reading at the end of the file, like tail -f")
	src.speed = fs.String("replay-speed", "", "jsonl feeds: replay at the original pace times this factor (1, 10) or max")
	return src
}

// configs returns the feeds the flags name (plus extra), replay applied.
func (src *feedSource) configs(extra ...feeds.FeedConfig) ([]feeds.FeedConfig, error) {
	out, err := feeds.ParseFeedFlags(src.feeds)
	if err != nil {
		return nil, usageError{err.Error()}
	}
	out = append(out, extra...)
	if err := feeds.SetReplay(out, *src.follow, *src.speed); err != nil {
		return nil, usageError{err.Error()}
	}
	return out, nil
}

func tailCommand() command {
	return command{name: "tail", summary: "print the normalized, sanitized, scored mention stream", run: runTail}
}

func runTail(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "tail", "[flags]",
		"Connects to the configured feeds (or --url / --feed) and prints every accepted mention:\n"+
			"sanitized, deduplicated, matched to topics and scored, as warroom.mention/v1 JSON lines.")
	url := fs.String("url", "", "a native warroom.mention/v1 websocket feed (ws://... or wss://...)")
	src := addFeedFlags(fs)
	cfgPath := fs.String("config", "", "warroom.toml (default: the embedded demo configuration)")
	format := fs.String("format", "jsonl", "output: jsonl, text or none")
	stats := fs.Bool("stats", false, "write one JSON stats line a second to stderr, and a final one at exit")
	duration := fs.Duration("duration", 0, "stop after this long (0: until interrupted)")
	max := fs.Int64("max", 0, "stop after this many mentions (0: no limit)")
	noTopics := fs.Bool("all", false, "keep mentions that match no configured topic")
	record := fs.String("record", "", "flight recorder: append every accepted mention to this JSONL file (rotated by size)")
	if err := parseFlags(fs, args, 0); err != nil {
		return err
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return err
	}
	var native []feeds.FeedConfig
	if *url != "" {
		native = append(native, feeds.FeedConfig{Name: "native", Kind: feeds.KindNative, URL: *url})
	}
	extra, err := src.configs(native...)
	if err != nil {
		return err
	}
	if *cfgPath == "" && len(extra) > 0 {
		cfg.Feeds = nil // the embedded config's feeds are the demo's, not yours
	}
	if *noTopics {
		cfg.Topics = nil
	}
	if len(cfg.Feeds)+len(extra) == 0 {
		return usageError{"no feed: give --url, --feed or a --config with [[feeds]]"}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if *duration > 0 {
		ctx, cancel = context.WithTimeout(ctx, *duration)
		defer cancel()
	}
	out, err := newPrinter(e.stdout, *format, *max, cancel)
	if err != nil {
		return err
	}
	sinks, rec, err := withRecorder(*record, out)
	if err != nil {
		return err
	}
	defer rec.Close()
	live, err := room.Build(cfg, room.BuildOptions{Getenv: e.getenv, Feeds: extra, Sinks: sinks,
		Stdin: e.stdin, Report: reportTo(e.stderr)})
	if err != nil {
		return err
	}
	return runWithStats(ctx, e, live, *stats, rec)
}

// runWithStats runs the room, writing a stats line a second when asked and
// a final one once every feed has stopped.
func runWithStats(ctx context.Context, e *env, live *room.Live, stats bool, rec *recording) error {
	done := make(chan error, 1)
	go func() { done <- live.Run(ctx) }()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if stats {
				writeStats(e.stderr, statsOf(live, rec, true))
			}
			return err
		case <-tick.C:
			if stats {
				writeStats(e.stderr, statsOf(live, rec, false))
			}
		}
	}
}

func statsOf(live *room.Live, rec *recording, final bool) statsLine {
	snap := live.Snapshot()
	l := newStatsLine(snap.At, snap.Agg.Totals, snap.Feeds, final)
	if err := rec.Err(); err != nil {
		l.RecorderError = err.Error()
	}
	return l
}

// recording is the flight recorder of a command, if it has one.
type recording struct{ rec *feeds.Recorder }

// withRecorder prepends a flight recorder to sinks when path is set.
func withRecorder(path string, sinks ...feeds.Sink) ([]feeds.Sink, *recording, error) {
	if path == "" {
		return sinks, &recording{}, nil
	}
	rec, err := feeds.NewRecorder(feeds.RecorderConfig{Path: path})
	if err != nil {
		return nil, nil, err
	}
	return append([]feeds.Sink{rec}, sinks...), &recording{rec}, nil
}

// Err is the recorder's write error: a full disk stops the recording but
// not the room, so it must be said somewhere.
func (r *recording) Err() error {
	if r.rec == nil {
		return nil
	}
	return r.rec.Err()
}

func (r *recording) Close() {
	if r.rec != nil {
		r.rec.Close()
	}
}

// reportTo prints a feed's skipped input (a bad capture line) as one line.
func reportTo(w io.Writer) func(error) {
	// A decoder's message may quote the bad line: it is feed content.
	return func(err error) { fmt.Fprintf(w, "warroom: skipped: %s\n", sanitize.Text(err.Error(), 500)) }
}
