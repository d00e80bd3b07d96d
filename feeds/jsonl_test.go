package feeds

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// stepClock is a fake clock whose After advances time at once by d: a
// paced replay runs instantly and its waits are recorded.
type stepClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *stepClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *stepClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	c.now = c.now.Add(d)
	ch := make(chan time.Time, 1)
	ch <- c.now
	c.mu.Unlock()
	return ch
}

// timedSink records each batch with the clock's time.
type timedSink struct {
	clock   Clock
	mu      sync.Mutex
	batches [][]*Mention
	at      []time.Time
}

func (s *timedSink) Ingest(b []*Mention) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.batches = append(s.batches, b)
	s.at = append(s.at, s.clock.Now())
}

func (s *timedSink) ids() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []string
	for _, b := range s.batches {
		for _, m := range b {
			ids = append(ids, m.ID)
		}
	}
	return ids
}

func TestJSONLReadsCaptureAndReportsBadLines(t *testing.T) {
	clock := &stepClock{now: time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)}
	s := &timedSink{clock: clock}
	var reports []string
	path := "testdata/jsonl/capture.jsonl"
	r, err := NewJSONLReader(JSONLConfig{Name: "cap", Path: path, Sink: s, Clock: clock,
		Report: func(err error) { reports = append(reports, err.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(s.ids(), " "); got != "sim:1 sim:2 sim:4 sim:6" {
		t.Errorf("accepted %s", got)
	}
	if len(s.batches) != 1 {
		t.Errorf("at full speed one batch, got %d", len(s.batches))
	}
	wantReports := []string{path + ":4: malformed_json", path + ":5: missing_id", path + ":6: bad_created_at"}
	if len(reports) != len(wantReports) {
		t.Fatalf("reports %q", reports)
	}
	for i, w := range wantReports {
		if !strings.HasPrefix(reports[i], w) {
			t.Errorf("report %d = %q, want prefix %q", i, reports[i], w)
		}
	}
	st := r.Status()
	if st.Accepted != 4 || st.Frames != 7 || st.Rejected[RejectMalformedJSON] != 1 || st.Rejected[RejectBadTime] != 1 {
		t.Errorf("status %+v", st)
	}
	if st.State != StateStopped || st.Kind != "jsonl" || st.Cursor != path+":7" {
		t.Errorf("state %s kind %s cursor %s", st.State, st.Kind, st.Cursor)
	}
	m := s.batches[0][0]
	if m.Feed != "cap" || m.Schema != Schema || !m.ObservedAt.Equal(clock.now) {
		t.Errorf("mention not normalized by the reader: %+v", m)
	}
}

func TestJSONLReplayPace(t *testing.T) {
	for _, tt := range []struct {
		speed float64
		want  []time.Duration // when each batch is handed over, from start
	}{
		{1, []time.Duration{0, 10 * time.Second, 20 * time.Second, 30 * time.Second}},
		{10, []time.Duration{0, time.Second, 2 * time.Second, 3 * time.Second}},
		{0, []time.Duration{0}},
	} {
		start := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
		clock := &stepClock{now: start}
		s := &timedSink{clock: clock}
		r, _ := NewJSONLReader(JSONLConfig{Name: "cap", Path: "testdata/jsonl/capture.jsonl", Sink: s, Clock: clock, Speed: tt.speed})
		if err := r.Run(context.Background()); err != nil {
			t.Fatal(err)
		}
		var got []time.Duration
		for _, at := range s.at {
			got = append(got, at.Sub(start))
		}
		if len(got) != len(tt.want) {
			t.Fatalf("speed %v: batches at %v, want %v", tt.speed, got, tt.want)
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("speed %v: batches at %v, want %v", tt.speed, got, tt.want)
				break
			}
		}
	}
}

func TestJSONLFollow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "live.jsonl")
	if err := os.WriteFile(path, []byte(mentionJSON("sim:1", "one")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := newSink()
	r, _ := NewJSONLReader(JSONLConfig{Name: "live", Path: path, Sink: s, Follow: true, PollEvery: 5 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	waitFor(t, "first line", func() bool { return len(s.all()) == 1 })
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	line := mentionJSON("sim:2", "two") + "\n"
	f.WriteString(line[:20]) // a line written in two pieces is read once, whole
	waitFor(t, "the partial line to be polled", func() bool { return r.Status().Frames >= 1 })
	time.Sleep(20 * time.Millisecond)
	f.WriteString(line[20:])
	f.Close()
	waitFor(t, "appended line", func() bool { return len(s.all()) == 2 })
	if st := r.Status(); st.State != StateLive || len(st.Rejected) != 0 {
		t.Errorf("following feed: state %s rejected %v", st.State, st.Rejected)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if r.Status().State != StateStopped {
		t.Errorf("state after cancel %s", r.Status().State)
	}
}

func TestJSONLStdinAndOversized(t *testing.T) {
	in := strings.NewReader(strings.Repeat("x", 300) + "\n" + mentionJSON("sim:1", "ok") + "\n")
	s := newSink()
	r, _ := NewJSONLReader(JSONLConfig{Name: "in", Path: "-", Stdin: in, Sink: s, MaxLine: 200})
	if err := r.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(s.all()) != 1 || r.Status().Rejected[RejectOversized] != 1 {
		t.Fatalf("got %d, status %+v", len(s.all()), r.Status())
	}
	if !strings.Contains(r.Status().LastError, "-:1: oversized") {
		t.Errorf("last error %q", r.Status().LastError)
	}
}

func TestJSONLMissingFile(t *testing.T) {
	r, _ := NewJSONLReader(JSONLConfig{Name: "gone", Path: filepath.Join(t.TempDir(), "nope.jsonl"), Sink: newSink()})
	err := r.Run(context.Background())
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "gone") {
		t.Fatalf("err = %v", err)
	}
	if r.Status().State != StateDown {
		t.Errorf("state %s", r.Status().State)
	}
}

func TestJSONLFromFeedConfig(t *testing.T) {
	c := FeedConfig{Name: "cap", Kind: KindJSONL, File: "-", ReplaySpeed: "10", Follow: true}
	r, err := c.NewJSONLReader(newSink(), strings.NewReader(""), nil)
	if err != nil || r.cfg.Speed != 10 || !r.cfg.Follow || r.Name() != "cap" {
		t.Fatalf("reader %+v, %v", r, err)
	}
	if _, err := (FeedConfig{Name: "x", Kind: KindNostr, URL: "wss://r"}).NewJSONLReader(newSink(), nil, nil); err == nil {
		t.Error("a nostr feed is not a jsonl reader")
	}
}

// TestJSONLStdinCancel: cancelling ends a reader waiting on an idle
// standard input (Ctrl-C in `warroom tail --feed jsonl=-`).
func TestJSONLStdinCancel(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	s := newSink()
	r, _ := NewJSONLReader(JSONLConfig{Name: "in", Path: "-", Stdin: pr, Sink: s})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	pw.Write([]byte(mentionJSON("sim:1", "one") + "\n"))
	waitFor(t, "the first line", func() bool { return len(s.all()) == 1 })
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run still waiting on standard input after cancel")
	}
	if st := r.Status(); st.State != StateStopped {
		t.Errorf("state %s", st.State)
	}
}
