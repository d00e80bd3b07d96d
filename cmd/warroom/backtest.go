package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/config"
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/sanitize"
)

// maxCaptureLine caps one capture line; a longer one is reported and skipped.
const maxCaptureLine = 1 << 20

// captureTextCap is the text cap applied when normalizing capture lines,
// the feeds' default.
const captureTextCap = 5000

func backtestCommand() command {
	return command{name: "backtest", summary: "replay a recorded capture through the alert rules", run: runBacktest}
}

func runBacktest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "backtest", "--capture FILE [flags]",
		"Replays a warroom.mention/v1 JSONL capture through the alert engine at full speed, the\n"+
			"mentions' created_at being the clock, and prints every alert fired, merged or upgraded:\n"+
			"time, rule, topic, severity and the inputs behind it. Mentions without topics count\n"+
			"under the topic \"all\". Bad lines are reported as FILE:LINE on stderr and skipped.\n"+
			"Captures recorded by warroom are already deduplicated; resends in a raw capture count twice.")
	capture := fs.String("capture", "", "the JSONL capture `file` to replay (- for standard input)")
	cfgPath := fs.String("config", "", "warroom.toml whose [alerts] table sets the rules (default: built-in thresholds)")
	format := fs.String("format", "text", "output: text or jsonl")
	if err := parseFlags(fs, args, 0); err != nil {
		return err
	}
	if *capture == "" {
		return usageError{"--capture FILE is required"}
	}
	if *format != "text" && *format != "jsonl" {
		return usageError{fmt.Sprintf("unknown --format %q (want text or jsonl)", *format)}
	}
	cfg := alerts.DefaultConfig()
	if *cfgPath != "" {
		c, err := config.Load(*cfgPath)
		if err != nil {
			return err
		}
		cfg = c.Alerts
	}
	in, name, closeIn, err := openCapture(e, *capture)
	if err != nil {
		return err
	}
	defer closeIn()
	bt, err := newBacktest(cfg, e.stdout, e.stderr, *format)
	if err != nil {
		return err
	}
	if err := bt.replay(ctx, in, name); err != nil {
		return err
	}
	return bt.finish()
}

func openCapture(e *env, path string) (io.Reader, string, func(), error) {
	if path == "-" {
		return e.stdin, "(stdin)", func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, "", nil, err
	}
	return f, path, func() { f.Close() }, nil
}

// backtest drives one engine over a capture.
type backtest struct {
	eng      *alerts.Engine
	out      *bufio.Writer
	stderr   io.Writer
	jsonl    bool
	clock    time.Time // the latest created_at seen
	ticked   int64     // unix second of the last tick
	mentions int64
	bad      int64
	alerts   int64
	buf      []*feeds.Mention
	line     []byte
}

func newBacktest(cfg alerts.Config, stdout, stderr io.Writer, format string) (*backtest, error) {
	eng, err := alerts.NewEngine(cfg)
	if err != nil {
		return nil, err
	}
	return &backtest{eng: eng, out: bufio.NewWriterSize(stdout, 64<<10), stderr: stderr, jsonl: format == "jsonl"}, nil
}

// replay feeds every line of r to the engine, ticking once per simulated
// second, so that the output depends on the capture and the config only.
func (b *backtest) replay(ctx context.Context, r io.Reader, name string) error {
	br := bufio.NewReaderSize(r, 256<<10)
	for n := 1; ; n++ {
		line, err := readLine(br)
		switch {
		case errors.Is(err, io.EOF):
			return nil
		case errors.Is(err, bufio.ErrBufferFull):
			b.reject(name, n, feeds.Reject(feeds.RejectOversized, fmt.Sprintf("line longer than %d bytes", maxCaptureLine)))
			continue
		case err != nil:
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if n%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		b.ingest(name, n, line)
	}
}

// readLine returns the next line without its newline; a line longer than
// maxCaptureLine is consumed and reported as bufio.ErrBufferFull.
func readLine(br *bufio.Reader) ([]byte, error) {
	line, err := br.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) || (err == nil && len(line) > maxCaptureLine) {
		for errors.Is(err, bufio.ErrBufferFull) {
			_, err = br.ReadSlice('\n')
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		return nil, bufio.ErrBufferFull
	}
	if errors.Is(err, io.EOF) && len(line) > 0 {
		err = nil
	}
	return line, err
}

func (b *backtest) ingest(name string, n int, line []byte) {
	if len(bytes.TrimSpace(line)) == 0 {
		return
	}
	// The feeds' own decoder: a capture line is accepted or refused, with
	// the same reason, exactly as the frame would be on a live feed.
	var err error
	if b.buf, err = feeds.DecodeNative(line, b.buf[:0]); err != nil {
		b.reject(name, n, err)
	}
	for _, m := range b.buf {
		feeds.Normalize(m, m.Feed, m.CreatedAt, captureTextCap)
		b.advance(m.CreatedAt)
		b.mentions++
		b.eng.Observe(m, m.CreatedAt)
	}
}

// advance moves the simulated clock to t (never backwards: a late mention
// is counted in its own minute but does not rewind time) and ticks on each
// new second.
func (b *backtest) advance(t time.Time) {
	if t.After(b.clock) {
		b.clock = t
	}
	if s := b.clock.Unix(); s > b.ticked {
		b.ticked = s
		b.print(b.eng.Tick(time.Unix(s, 0).UTC(), nil))
	}
}

func (b *backtest) reject(name string, n int, err error) {
	b.bad++
	fmt.Fprintf(b.stderr, "%s:%d: %s\n", name, n, sanitize.Text(err.Error(), 500)) // may quote the capture
}

// finish closes the last minute, prints a summary on stderr and flushes.
func (b *backtest) finish() error {
	if b.mentions > 0 {
		end := b.clock.Truncate(time.Minute).Add(time.Minute)
		b.print(b.eng.Tick(end, nil))
	}
	fmt.Fprintf(b.stderr, "warroom backtest: %d mentions, %d bad lines, %d alert events\n", b.mentions, b.bad, b.alerts)
	return b.out.Flush()
}

// print writes the firings among changes (new, merged, upgraded alerts).
func (b *backtest) print(changes []alerts.Alert) {
	for _, a := range changes {
		switch a.Change {
		case alerts.ChangeFired, alerts.ChangeMerged, alerts.ChangeUpgraded:
		default:
			continue
		}
		b.alerts++
		if b.jsonl {
			b.line = appendAlertJSON(b.line[:0], a)
		} else {
			b.line = appendAlertText(b.line[:0], a)
		}
		b.out.Write(b.line)
	}
}

// alertLine is one jsonl line: the fixed fields first, then the rest.
type alertLine struct {
	At          time.Time     `json:"at"`
	Rule        string        `json:"rule"`
	Topic       string        `json:"topic"`
	Severity    string        `json:"severity"`
	X           float64       `json:"x"`
	Mean        float64       `json:"mean"`
	Sigma       float64       `json:"sigma"`
	Z           float64       `json:"z"`
	K           float64       `json:"k"`
	Window      string        `json:"window"`
	Baseline    string        `json:"baseline,omitempty"`
	RuleVersion string        `json:"rule_version"`
	Change      alerts.Change `json:"change"`
	// AlertSeverity is the alert's, which merged firings may have raised
	// above this firing's Severity.
	AlertSeverity string        `json:"alert_severity"`
	ID            string        `json:"id"`
	Feed          string        `json:"feed,omitempty"`
	Summary       string        `json:"summary"`
	Inputs        alerts.Inputs `json:"inputs"`
	Top           []alerts.Post `json:"top,omitempty"`
}

func appendAlertJSON(dst []byte, a alerts.Alert) []byte {
	f := a.Latest()
	in := f.Inputs
	line, err := json.Marshal(alertLine{
		At: f.At.UTC(), Rule: f.Rule, Topic: a.Topic, Severity: string(f.Severity), AlertSeverity: string(a.Severity),
		X: in.X, Mean: in.Mean, Sigma: in.Sigma, Z: in.Z, K: in.K, Window: in.Window.String(),
		Baseline: in.Baseline, RuleVersion: in.RuleVersion, Change: a.Change, ID: a.ID, Feed: a.Feed,
		Summary: f.Summary, Inputs: in, Top: f.Top,
	})
	if err != nil { // only non-finite floats could do this; say so in the line
		line, _ = json.Marshal(map[string]string{"id": a.ID, "error": err.Error()})
	}
	return append(append(dst, line...), '\n')
}

func appendAlertText(dst []byte, a alerts.Alert) []byte {
	f := a.Latest()
	in := f.Inputs
	return fmt.Appendf(dst, "%s  %-14s %-12s %-8s %-8s x=%.4g mean=%.4g sigma=%.4g z=%.2f k=%g window=%s %s %s (alert %s %s)\n    %s\n",
		f.At.UTC().Format(time.RFC3339), f.Rule, a.Topic, f.Severity, a.Change,
		in.X, in.Mean, in.Sigma, in.Z, in.K, in.Window, in.Baseline, in.RuleVersion, a.ID, a.Severity, f.Summary)
}
