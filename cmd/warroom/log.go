package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	// Embedded zone data: --tz works on machines without /usr/share/zoneinfo.
	_ "time/tzdata"

	"github.com/warroom-dev/warroom/incidents"
)

func logCommand() command {
	return command{
		name:    "log",
		summary: "show a journal as a timeline, UTC and local time side by side",
		run: func(ctx context.Context, e *env, args []string) error {
			if len(args) == 0 || args[0] != "show" {
				fmt.Fprintln(e.stderr, "Usage: warroom log show JOURNAL [--tz ZONE] [--follow]   (warroom log show --help)")
				if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
					return flag.ErrHelp
				}
				return usageError{"want the subcommand show"}
			}
			return logShow(ctx, e, args[1:])
		},
	}
}

func logShow(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "log show", "JOURNAL [--tz ZONE] [--follow]",
		"Prints the journal's entries, one per line: seq, UTC time, local time, actor, kind and what happened.\n"+
			"Reads without locking, so it works while the room writes. Flags may follow JOURNAL.")
	tz := fs.String("tz", "", "local time zone (default: the incident's declared zone, else UTC)")
	follow := fs.Bool("follow", false, "keep printing new entries until interrupted")
	path, err := parseWithPath(fs, args)
	if err != nil {
		return err
	}
	entries, report, err := incidents.Read(path)
	if err != nil {
		return err
	}
	loc, err := incidents.Local(*tz, entries)
	if err != nil {
		return usageError{err.Error()}
	}
	for _, en := range entries {
		printLogLine(e.stdout, en, loc)
	}
	warnIfBroken(e.stderr, report)
	if !*follow {
		return nil
	}
	return followJournal(ctx, e, path, report.HeadSeq, loc)
}

// parseWithPath accepts JOURNAL before or after the flags.
func parseWithPath(fs *flag.FlagSet, args []string) (string, error) {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		args = append(args[1:len(args):len(args)], args[0])
	}
	if err := parseFlags(fs, args, 1); err != nil {
		return "", err
	}
	if fs.NArg() != 1 {
		return "", usageError{"want JOURNAL"}
	}
	return fs.Arg(0), nil
}

func warnIfBroken(w io.Writer, r incidents.Report) {
	if !r.OK && !r.Torn {
		fmt.Fprintf(w, "warning: %s\n", r)
	}
}

func printLogLine(w io.Writer, en incidents.Entry, loc *time.Location) {
	utc, local := incidents.TimePair(en.RecordedAt, loc)
	who := en.Actor.Name
	if en.Actor.Role != "" {
		who += " (" + en.Actor.Role + ")"
	}
	line := fmt.Sprintf("#%-5d %s  %s  %-24s %-18s %s", en.Seq, utc, local, who, en.Kind, incidents.Summary(en))
	if en.EventAt != nil {
		_, at := incidents.TimePair(*en.EventAt, loc)
		line += "  [happened " + at + "]"
	}
	fmt.Fprintln(w, line)
}

// followJournal polls the file and prints entries past seq until ctx ends.
func followJournal(ctx context.Context, e *env, path string, seq int64, loc *time.Location) error {
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	var size int64 = -1
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		fi, err := os.Stat(path)
		if err != nil || fi.Size() == size {
			continue
		}
		size = fi.Size()
		entries, report, err := incidents.Read(path)
		if err != nil {
			return err
		}
		for _, en := range entries {
			if en.Seq > seq {
				printLogLine(e.stdout, en, loc)
				seq = en.Seq
			}
		}
		warnIfBroken(e.stderr, report)
	}
}
