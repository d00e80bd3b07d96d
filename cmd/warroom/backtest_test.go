package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/internal/cputime"
)

// captureSpec describes a synthetic capture: steady traffic at rate per
// minute, and from crisisAt on for crisisLen minutes five times the volume,
// mostly negative, with crisis words and one post by a large account.
type captureSpec struct {
	seed              uint64
	minutes           int
	rate              int
	crisisAt, crisisN int
	noTopics          bool
}

var captureStart = time.Date(2026, 3, 2, 6, 0, 0, 0, time.UTC)

var calmTexts = []string{
	"Just tried the new yoghurt from Beaumont, pretty good",
	"Le nouveau yaourt Beaumont est plutôt bon",
	"Anyone knows where to buy Beaumont cheese in Lyon?",
	"Livraison reçue, tout est ok",
}

var crisisTexts = []string{
	"Rappel produit chez Beaumont: intoxication à la listeria?!",
	"BOYCOTT Beaumont, my kid got sick",
	"Je vais porter plainte contre Beaumont",
	"Beaumont recall: is my yoghurt safe?",
}

// writeCapture writes spec's mentions as warroom.mention/v1 lines and
// returns how many it wrote.
func writeCapture(w io.Writer, spec captureSpec) int {
	rng := rand.New(rand.NewPCG(spec.seed, 11))
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	n := 0
	for minute := range spec.minutes {
		crisis := minute >= spec.crisisAt && minute < spec.crisisAt+spec.crisisN
		count := spec.rate*9/10 + rng.IntN(spec.rate/5+1)
		if crisis {
			count *= 5
		}
		for i := range count {
			m := captureMention(rng, n, crisis)
			m.CreatedAt = captureStart.Add(time.Duration(minute)*time.Minute + time.Duration(i)*time.Minute/time.Duration(count))
			if crisis && i == 0 && minute == spec.crisisAt+1 {
				m.Author.Followers = 250_000
			}
			if spec.noTopics {
				m.Topics = nil
			}
			line, _ := json.Marshal(m)
			bw.Write(append(line, '\n'))
			n++
		}
	}
	return n
}

func captureMention(rng *rand.Rand, n int, crisis bool) *feeds.Mention {
	text, neg := calmTexts[rng.IntN(len(calmTexts))], rng.IntN(10) == 0
	if crisis && rng.IntN(10) < 7 {
		text, neg = crisisTexts[rng.IntN(len(crisisTexts))], true
	}
	label, score := feeds.Neutral, 0.0
	if neg {
		label, score = feeds.Negative, -0.6
	}
	return &feeds.Mention{
		Schema: feeds.Schema, ID: fmt.Sprintf("m%d", n), Platform: []string{"bluesky", "mastodon", "nostr"}[rng.IntN(3)],
		Author:    feeds.Author{Handle: fmt.Sprintf("user%d", rng.IntN(5000)), Followers: int64(rng.IntN(5000))},
		Text:      text,
		Sentiment: &feeds.Sentiment{Score: score, Label: label},
		Topics:    []string{"beaumont"},
	}
}

// captureFile writes spec to a file in a temp dir, with extra raw lines
// appended, and returns its path.
func captureFile(t testing.TB, spec captureSpec, extra ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "capture.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	writeCapture(f, spec)
	for _, l := range extra {
		fmt.Fprintln(f, l)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

var crisisSpec = captureSpec{seed: 1, minutes: 180, rate: 20, crisisAt: 150, crisisN: 20}

func TestBacktestFindsTheCrisis(t *testing.T) {
	path := captureFile(t, crisisSpec, `{"id":"x","text":`, `{"id":"y","created_at":"2026-03-02T09:00:00Z"}`, ``, `[1,2]`)
	code, out, errs := runCmd(t, "backtest", "--capture", path, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	rules := map[string]int{}
	for _, l := range lines {
		if !strings.HasPrefix(l, `{"at":"`) {
			t.Fatalf("line does not start with at: %s", l)
		}
		var v struct {
			At                    time.Time
			Rule, Topic, Severity string
			X, Mean, Sigma, Z     *float64
		}
		if err := json.Unmarshal([]byte(l), &v); err != nil || v.X == nil || v.Mean == nil || v.Sigma == nil || v.Z == nil {
			t.Fatalf("bad line %s: %v", l, err)
		}
		order := []string{`"at":`, `"rule":`, `"topic":`, `"severity":`, `"x":`, `"mean":`, `"sigma":`, `"z":`}
		for i := 1; i < len(order); i++ {
			if strings.Index(l, order[i-1]) > strings.Index(l, order[i]) {
				t.Fatalf("fields out of order in %s", l)
			}
		}
		if v.Topic != "beaumont" || v.At.Before(captureStart.Add(150*time.Minute)) {
			t.Errorf("alert outside the crisis: %s", l)
		}
		rules[v.Rule]++
	}
	for _, r := range []string{"volume_spike", "negative_surge", "keyword", "high_reach"} {
		if rules[r] == 0 {
			t.Errorf("no %s alert in:\n%s", r, out)
		}
	}
	first := countLines(path) - 3 // the first extra line; the blank one is not bad
	for _, want := range []string{
		fmt.Sprintf("capture.jsonl:%d: malformed_json", first),
		fmt.Sprintf("capture.jsonl:%d: missing_text", first+1),
		fmt.Sprintf("capture.jsonl:%d: ", first+3), "3 bad lines",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

func countLines(path string) int {
	b, _ := os.ReadFile(path)
	return strings.Count(string(b), "\n")
}

func TestBacktestIsDeterministic(t *testing.T) {
	path := captureFile(t, crisisSpec)
	for _, format := range []string{"jsonl", "text"} {
		_, first, _ := runCmd(t, "backtest", "--capture", path, "--format", format)
		_, second, _ := runCmd(t, "backtest", "--capture", path, "--format", format)
		if first == "" || first != second {
			t.Fatalf("%s output differs between runs (or is empty):\n%s\n---\n%s", format, first, second)
		}
	}
}

func TestBacktestConfigAndTopicless(t *testing.T) {
	spec := crisisSpec
	spec.noTopics = true
	path := captureFile(t, spec)
	cfg := filepath.Join(t.TempDir(), "warroom.toml")
	os.WriteFile(cfg, []byte("[alerts.keyword]\noff = true\n[alerts.reach]\noff = true\n"), 0o644)
	code, out, errs := runCmd(t, "backtest", "--capture", path, "--config", cfg)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Contains(out, " keyword ") || strings.Contains(out, "high_reach") || !strings.Contains(out, "volume_spike   all ") {
		t.Fatalf("config not applied or topic all missing:\n%s", out)
	}
	os.WriteFile(cfg, []byte("[alerts.spike]\nk = -1\n"), 0o644)
	if code, _, errs := runCmd(t, "backtest", "--capture", path, "--config", cfg); code == 0 || !strings.Contains(errs, "spike.k") {
		t.Fatalf("a bad threshold was accepted (exit %d): %s", code, errs)
	}
}

func TestBacktestUsage(t *testing.T) {
	tests := [][]string{
		{"backtest"},
		{"backtest", "--capture", "x", "--format", "xml"},
	}
	for _, args := range tests {
		if code, _, _ := runCmd(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	if code, _, errs := runCmd(t, "backtest", "--capture", filepath.Join(t.TempDir(), "none")); code != 1 || !strings.Contains(errs, "none") {
		t.Errorf("missing file: exit %d %s", code, errs)
	}
}

// BenchmarkBacktest replays a 1,000,000-mention capture (24 hours at about
// 650 a minute with a crisis) through the default rules.
func BenchmarkBacktest(b *testing.B) {
	spec := captureSpec{seed: 1, minutes: 1440, rate: 650, crisisAt: 1000, crisisN: 30}
	path := filepath.Join(b.TempDir(), "capture.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	n := writeCapture(f, spec)
	f.Close()
	st, _ := os.Stat(path)
	b.ReportMetric(float64(n), "mentions")
	b.SetBytes(st.Size())
	cpu0 := cputime.Used()
	for b.Loop() {
		var out strings.Builder
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: io.Discard, getenv: func(string) string { return "" }}
		if code := run(b.Context(), e, []string{"backtest", "--capture", path, "--format", "jsonl"}); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
	// On a shared machine wall time lies; the CPU time the process used
	// (run with -cpu 1 for "one core") is the figure to compare with 5 s.
	b.ReportMetric((cputime.Used()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}

// A capture line is judged by the feeds' decoder, as a live frame would
// be: names in any case and a repeated name (the last wins) pass, invalid
// UTF-8 is refused and named.
func TestBacktestJudgesLinesLikeAFeed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "odd.jsonl")
	lines := "{\"ID\":\"a\",\"Text\":\"hello\",\"created_at\":\"2026-03-02T06:00:00Z\"}\n" +
		"{\"id\":\"b\",\"text\":\"x\",\"text\":\"y\",\"created_at\":\"2026-03-02T06:00:01.5+01:00\"}\n" +
		"{\"id\":\"c\",\"text\":\"bad \xff byte\",\"created_at\":\"2026-03-02T06:00:02Z\"}\n"
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCmd(t, "backtest", "--capture", path)
	if code != 0 || !strings.Contains(errs, "odd.jsonl:3: invalid_utf8") || !strings.Contains(errs, "2 mentions, 1 bad lines") {
		t.Fatalf("exit %d: %s", code, errs)
	}
}

func TestBacktestReadsStdin(t *testing.T) {
	var capture, out, errb strings.Builder
	writeCapture(&capture, crisisSpec)
	e := &env{stdin: strings.NewReader(capture.String()), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	if code := run(t.Context(), e, []string{"backtest", "--capture", "-"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "volume_spike") || !strings.Contains(errb.String(), "0 bad lines") {
		t.Fatalf("stdin capture not replayed:\n%s\n%s", out.String(), errb.String())
	}
}
