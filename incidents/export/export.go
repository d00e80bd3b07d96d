// Package export writes the postmortem bundle of an incident journal:
// report.md, report.html (self-contained), report.json, timeline.jsonl (the
// verified chain, byte for byte) and manifest.json (the SHA-256 of each
// file, the chain head, the runbook hashes, the tool and the time zone).
package export

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/warroom-dev/warroom/incidents"
)

// Options configure an export.
type Options struct {
	// Formats are any of md, html, json; timeline.jsonl and manifest.json
	// are always written.
	Formats []string
	// Zone is the local time shown beside UTC; nil means the incident's
	// declared zone, else UTC.
	Zone *time.Location
	// Tool names the exporting program and its version.
	Tool string
	// Now is the generation time written in the bundle.
	Now time.Time
}

// ParseFormats reads a comma-separated list such as "md,html,json".
func ParseFormats(s string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(s, ",") {
		switch f = strings.TrimSpace(f); f {
		case "md", "html", "json":
			out = append(out, f)
		case "":
		default:
			return nil, fmt.Errorf("format %q: want md, html or json", f)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no format: want md, html and/or json")
	}
	return out, nil
}

// Result says what was written.
type Result struct {
	Dir            string
	Files          []FileSum
	ManifestSHA256 string
	HeadSeq        int64
	HeadHash       string
}

// Manifest is manifest.json.
type Manifest struct {
	Tool        string                  `json:"tool"`
	GeneratedAt time.Time               `json:"generated_at"`
	Incident    string                  `json:"incident"`
	Title       string                  `json:"title"`
	Drill       bool                    `json:"drill"`
	TimeZone    string                  `json:"time_zone"`
	Entries     int                     `json:"entries"`
	ChainHead   ChainHead               `json:"chain_head"`
	Runbooks    []incidents.RunbookData `json:"runbooks"`
	Files       []FileSum               `json:"files"`
}

// ChainHead is the last entry of the exported chain.
type ChainHead struct {
	Seq  int64  `json:"seq"`
	Hash string `json:"hash"`
}

// FileSum is one file of the bundle.
type FileSum struct {
	Name   string `json:"name"`
	SHA256 string `json:"sha256"`
	Bytes  int    `json:"bytes"`
}

// Journal is what Run needs of an open journal.
type Journal interface {
	Entries() []incidents.Entry
	Append(ctx context.Context, d incidents.Draft) (incidents.Entry, error)
}

// Run exports j's entries to dir, then journals the export (formats,
// directory, chain head and manifest hash), so the bundle can be matched
// to the chain later.
func Run(ctx context.Context, j Journal, dir string, opts Options) (Result, error) {
	res, err := Write(dir, j.Entries(), opts)
	if err != nil {
		return res, err
	}
	_, err = j.Append(ctx, incidents.Draft{Kind: incidents.KindExport,
		Body: fmt.Sprintf("exported %s to %s", strings.Join(opts.Formats, ","), dir),
		Data: incidents.ExportData{Formats: opts.Formats, Dir: dir, HeadSeq: res.HeadSeq,
			HeadHash: res.HeadHash, ManifestSHA256: res.ManifestSHA256}})
	if err != nil {
		return res, fmt.Errorf("bundle written but the export was not journaled: %w", err)
	}
	return res, nil
}

// Write writes the bundle for entries (a verified chain) into dir. The
// files are rendered concurrently, each streamed to disk through its hash.
func Write(dir string, entries []incidents.Entry, opts Options) (Result, error) {
	if len(entries) == 0 {
		return Result{}, errors.New("export: the journal is empty")
	}
	r, err := newReport(entries, opts)
	if err != nil {
		return Result{}, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Result{}, fmt.Errorf("export: %w", err)
	}
	files := renderers(r, opts.Formats)
	sums := make([]FileSum, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Go(func() { sums[i], errs[i] = writeFile(dir, f.name, f.render) })
	}
	wg.Wait()
	res := Result{Dir: dir, HeadSeq: r.state.HeadSeq, HeadHash: r.state.HeadHash, Files: sums}
	if err := errors.Join(errs...); err != nil {
		return res, err
	}
	man, err := json.MarshalIndent(r.manifest(res.Files), "", "  ")
	if err != nil {
		return res, err
	}
	sum, err := writeFile(dir, "manifest.json", func(w io.Writer) error {
		_, err := w.Write(append(man, '\n'))
		return err
	})
	res.ManifestSHA256 = sum.SHA256
	return res, err
}

func newReport(entries []incidents.Entry, opts Options) (*report, error) {
	zone := opts.Zone
	if zone == nil {
		z, err := incidents.Local("", entries)
		if err != nil {
			return nil, err
		}
		zone = z
	}
	st := incidents.Replay(entries)
	return &report{entries: entries, state: st, metrics: computeMetrics(st), zone: zone,
		tool: opts.Tool, generated: opts.Now}, nil
}

type namedFile struct {
	name   string
	render func(w io.Writer) error
}

func renderers(r *report, formats []string) []namedFile {
	files := []namedFile{{"timeline.jsonl", func(w io.Writer) error { return writeTimeline(w, r.entries) }}}
	d := r.build()
	for _, f := range formats {
		switch f {
		case "md":
			files = append(files, namedFile{"report.md", func(w io.Writer) error { return renderMarkdown(w, d) }})
		case "html":
			files = append(files, namedFile{"report.html", func(w io.Writer) error { return renderHTML(w, d, r) }})
		case "json":
			files = append(files, namedFile{"report.json", func(w io.Writer) error { return renderJSON(w, r) }})
		}
	}
	return files
}

// writeTimeline writes the chain as the journal holds it.
func writeTimeline(w io.Writer, entries []incidents.Entry) error {
	for _, e := range entries {
		line, err := incidents.MarshalLine(e)
		if err != nil {
			return fmt.Errorf("timeline: %w", err)
		}
		if _, err := w.Write(line); err != nil {
			return err
		}
	}
	return nil
}

func renderJSON(w io.Writer, r *report) error {
	return json.NewEncoder(w).Encode(struct {
		State   incidents.State `json:"state"`
		Metrics *Metrics        `json:"metrics"`
	}{r.state, r.metrics})
}

func (r *report) manifest(files []FileSum) Manifest {
	m := Manifest{Tool: r.tool, GeneratedAt: r.generated.UTC(), Incident: r.state.Incident, Title: r.state.Title,
		Drill: r.state.Drill, TimeZone: r.zone.String(), Entries: r.state.Entries,
		ChainHead: ChainHead{Seq: r.state.HeadSeq, Hash: r.state.HeadHash}, Files: files,
		Runbooks: []incidents.RunbookData{}}
	for _, rb := range r.state.Runbooks {
		m.Runbooks = append(m.Runbooks, rb.RunbookData)
	}
	return m
}

// writeFile streams render's output to dir/name (mode 0600) and returns
// its SHA-256 and size.
func writeFile(dir, name string, render func(w io.Writer) error) (FileSum, error) {
	f, err := os.OpenFile(filepath.Join(dir, name), os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return FileSum{}, fmt.Errorf("export: %w", err)
	}
	h := sha256.New()
	cw := &countWriter{w: io.MultiWriter(f, h)}
	bw := bufio.NewWriterSize(cw, 256<<10)
	err = render(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return FileSum{}, fmt.Errorf("export %s: %w", name, err)
	}
	return FileSum{Name: name, SHA256: hex.EncodeToString(h.Sum(nil)), Bytes: cw.n}, nil
}

type countWriter struct {
	w io.Writer
	n int
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += n
	return n, err
}
