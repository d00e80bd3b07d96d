package main

import (
	"context"
	"fmt"
	"time"

	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/incidents/export"
)

func exportCommand() command {
	return command{
		name:    "export",
		summary: "write a journal's postmortem bundle (report.md, report.html, timeline.jsonl, manifest.json)",
		run: func(ctx context.Context, e *env, args []string) error {
			fs := newFlags(e, "export", "JOURNAL --out DIR [--format md,html,json] [--tz ZONE]",
				"Writes the postmortem bundle into DIR: report.md, report.html (self-contained, charts inline),\n"+
					"report.json, timeline.jsonl (the verified chain) and manifest.json (SHA-256 of each file,\n"+
					"chain head, runbook hashes). The export itself is then recorded in the journal, so the\n"+
					"journal must not be open elsewhere. Drills are marked and kept out of metrics.")
			formats := fs.String("format", "md,html,json", "comma-separated formats: md, html, json")
			tz := fs.String("tz", "", "local time zone shown beside UTC (default: the incident's declared zone, else UTC)")
			out := fs.String("out", "", "output directory (required; created when missing)")
			actor := fs.String("actor", "", "who exports (default: the OS user)")
			path, err := parseWithPath(fs, args)
			if err != nil {
				return err
			}
			opts, err := exportOptions(*formats, *tz, *out)
			if err != nil {
				return err
			}
			j, err := incidents.Open(path, incidents.Options{Actor: incidents.Actor{Name: *actor}})
			if err != nil {
				return err
			}
			res, err := export.Run(ctx, j, *out, opts)
			if cerr := j.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
			for _, f := range res.Files {
				fmt.Fprintf(e.stdout, "%s  %s\n", f.SHA256, f.Name)
			}
			fmt.Fprintf(e.stdout, "%s  manifest.json\n", res.ManifestSHA256)
			return nil
		},
	}
}

func exportOptions(formats, tz, out string) (export.Options, error) {
	fs, err := export.ParseFormats(formats)
	if err != nil {
		return export.Options{}, usageError{err.Error()}
	}
	if out == "" {
		return export.Options{}, usageError{"--out is required"}
	}
	opts := export.Options{Formats: fs, Tool: "warroom " + version, Now: time.Now()}
	if tz != "" {
		loc, err := time.LoadLocation(tz)
		if err != nil {
			return export.Options{}, usageError{fmt.Sprintf("--tz %q: unknown time zone", tz)}
		}
		opts.Zone = loc
	}
	return opts, nil
}
