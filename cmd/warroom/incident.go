package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/warroom-dev/warroom/incidents"
)

// incidentSub is one journal-writing subcommand: draft declares its own
// flags on fs and returns the builder of its draft from the positionals.
type incidentSub struct {
	name, synopsis, description string
	draft                       func(fs *flag.FlagSet) func(args []string) (incidents.Draft, error)
}

// incidentSubs lists the subcommands in help order.
func incidentSubs() []incidentSub {
	return []incidentSub{
		{"declare", "--journal F --title T [--severity SEV3] [--drill] [--tz ZONE]", "Declares the incident the journal records (one per journal).", declareDraft},
		{"note", "--journal F TEXT...", "Records a note.", noteDraft},
		{"status", "--journal F STATUS [NOTE...]", "Changes the status: investigating, identified, monitoring, resolved or closed.",
			valueDraft(incidents.KindStatusChanged, "STATUS", incidents.ParseStatus, func(s incidents.Status) any { return incidents.StatusData{Status: s} })},
		{"severity", "--journal F SEV [NOTE...]", "Changes the severity (SEV1 worst .. SEV4).",
			valueDraft(incidents.KindSeverityChanged, "SEV1..SEV4", incidents.ParseSeverity, func(s incidents.Severity) any { return incidents.SeverityData{Severity: s} })},
		{"assign", "--journal F ROLE NAME", "Gives ROLE (comms lead, legal, ...) to NAME.", assignDraft},
		{"resolve", "--journal F [NOTE...]", "Marks the incident resolved.", resolveDraft},
		{"correct", "--journal F --seq N TEXT...", "Records a correction that supersedes entry N (nothing is ever edited).", correctDraft},
	}
}

func incidentCommand() command {
	return command{
		name:    "incident",
		summary: "declare an incident and record notes, status, severity, roles (prints the seq written)",
		run: func(ctx context.Context, e *env, args []string) error {
			subs := incidentSubs()
			names := make([]string, len(subs))
			for i, s := range subs {
				names[i] = s.name
			}
			if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
				fmt.Fprintf(e.stderr, "Usage: warroom incident %s --journal F ...   (warroom incident SUB --help)\n", strings.Join(names, "|"))
				if len(args) == 0 {
					return usageError{"want a subcommand"}
				}
				return flag.ErrHelp
			}
			for _, s := range subs {
				if s.name == args[0] {
					fs := newFlags(e, "incident "+s.name, s.synopsis, s.description+
						"\nPrints the seq of the entry written. The actor is --actor, else the OS user.")
					return appendFromCLI(ctx, e, fs, s.draft(fs), args[1:])
				}
			}
			return usageError{fmt.Sprintf("unknown subcommand %q (want %s)", args[0], strings.Join(names, ", "))}
		},
	}
}

// appendFromCLI parses the common flags, builds the draft and appends it.
func appendFromCLI(ctx context.Context, e *env, fs *flag.FlagSet, build func([]string) (incidents.Draft, error), args []string) error {
	journal := fs.String("journal", "", "journal file (JSONL), created when missing")
	actor := fs.String("actor", "", "who records this (default: the OS user)")
	role := fs.String("role", "", "the actor's role in the cell")
	at := fs.String("at", "", "when it happened, if earlier (RFC 3339 with offset, e.g. 2026-03-14T09:30:00+01:00)")
	newSegment := fs.Bool("new-segment", false, "if the journal's chain is broken, keep its verified prefix, preserve the old file\nbeside it and continue in a new segment that references the old head")
	if err := parseFlags(fs, args, -1); err != nil {
		return err
	}
	if *journal == "" {
		return usageError{"--journal is required"}
	}
	d, err := build(fs.Args())
	if err != nil {
		return usageError{err.Error()}
	}
	if *at != "" {
		t, err := time.Parse(time.RFC3339, *at)
		if err != nil {
			return usageError{fmt.Sprintf("--at %q: want RFC 3339 with an offset", *at)}
		}
		d.EventAt = &t
	}
	d.Actor = incidents.Actor{Name: *actor, Role: *role}
	if d.Actor.Name == "" {
		d.Actor.Name = incidents.CurrentUser()
	}
	j, err := incidents.Open(*journal, incidents.Options{NewSegment: *newSegment})
	if err != nil {
		return err
	}
	entry, err := j.Append(ctx, d)
	if cerr := j.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, entry.Seq)
	return nil
}

func declareDraft(fs *flag.FlagSet) func([]string) (incidents.Draft, error) {
	title := fs.String("title", "", "incident title (required)")
	sev := fs.String("severity", "SEV3", "SEV1 (worst) .. SEV4")
	drill := fs.Bool("drill", false, "mark the incident as a drill: reports flag it and leave it out of metrics")
	tz := fs.String("tz", "", "the cell's IANA time zone, e.g. Europe/Paris (reports show it beside UTC)")
	id := fs.String("id", "", "incident id (default: INC-<UTC date-time>)")
	every := fs.Duration("update-every", 0, "promised public update cadence (default by severity: SEV1 30m, SEV2 1h, SEV3 2h, SEV4 4h)")
	return func(args []string) (incidents.Draft, error) {
		if *title == "" {
			return incidents.Draft{}, fmt.Errorf("--title is required")
		}
		s, err := incidents.ParseSeverity(*sev)
		if err != nil {
			return incidents.Draft{}, err
		}
		if *tz != "" {
			if _, err := time.LoadLocation(*tz); err != nil {
				return incidents.Draft{}, fmt.Errorf("--tz %q: unknown time zone", *tz)
			}
		}
		data := incidents.DeclaredData{Title: *title, Severity: s, Drill: *drill, TimeZone: *tz, UpdateEvery: incidents.Duration(*every)}
		return incidents.Draft{Incident: *id, Kind: incidents.KindDeclared, Body: strings.Join(args, " "), Data: data}, nil
	}
}

func noteDraft(fs *flag.FlagSet) func([]string) (incidents.Draft, error) {
	return func(args []string) (incidents.Draft, error) {
		text := strings.Join(args, " ")
		if strings.TrimSpace(text) == "" {
			return incidents.Draft{}, fmt.Errorf("note: want TEXT")
		}
		return incidents.Draft{Kind: incidents.KindNote, Body: text}, nil
	}
}

// valueDraft builds a draft from a first positional parsed by parse, the
// rest being the note (status and severity share this shape).
func valueDraft[T any](kind incidents.Kind, what string, parse func(string) (T, error), data func(T) any) func(*flag.FlagSet) func([]string) (incidents.Draft, error) {
	return func(*flag.FlagSet) func([]string) (incidents.Draft, error) {
		return func(args []string) (incidents.Draft, error) {
			if len(args) == 0 {
				return incidents.Draft{}, fmt.Errorf("want %s", what)
			}
			v, err := parse(args[0])
			if err != nil {
				return incidents.Draft{}, err
			}
			return incidents.Draft{Kind: kind, Body: strings.Join(args[1:], " "), Data: data(v)}, nil
		}
	}
}

func assignDraft(fs *flag.FlagSet) func([]string) (incidents.Draft, error) {
	return func(args []string) (incidents.Draft, error) {
		if len(args) < 2 {
			return incidents.Draft{}, fmt.Errorf("assign: want ROLE NAME")
		}
		d := incidents.RoleData{Role: args[0], Name: strings.Join(args[1:], " ")}
		return incidents.Draft{Kind: incidents.KindRoleAssigned, Data: d}, nil
	}
}

func resolveDraft(fs *flag.FlagSet) func([]string) (incidents.Draft, error) {
	return func(args []string) (incidents.Draft, error) {
		return incidents.Draft{Kind: incidents.KindResolved, Body: strings.Join(args, " ")}, nil
	}
}

func correctDraft(fs *flag.FlagSet) func([]string) (incidents.Draft, error) {
	seq := fs.String("seq", "", "the seq this corrects (required)")
	return func(args []string) (incidents.Draft, error) {
		n, err := strconv.ParseInt(*seq, 10, 64)
		if err != nil || n <= 0 {
			return incidents.Draft{}, fmt.Errorf("--seq %q: want the seq of the entry to correct", *seq)
		}
		text := strings.Join(args, " ")
		if strings.TrimSpace(text) == "" {
			return incidents.Draft{}, fmt.Errorf("correct: want TEXT saying what was wrong")
		}
		return incidents.Draft{Kind: incidents.KindCorrection, Body: text, Supersedes: n}, nil
	}
}
