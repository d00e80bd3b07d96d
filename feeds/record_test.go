package feeds

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func recMention(i int) *Mention {
	m := &Mention{ID: "sim:" + string(rune('a'+i)), Platform: "sim", Text: "post " + strings.Repeat("x", i),
		CreatedAt: time.Date(2026, 11, 22, 10, 0, i, 0, time.UTC), Topics: []string{"acme"},
		Sentiment: &Sentiment{Score: -0.5, Label: Negative, Model: "vader"}}
	Normalize(m, "bsky", m.CreatedAt.Add(time.Second), 5000)
	return m
}

// TestRecorderRoundTrip: what the recorder writes, the jsonl reader reads
// back identically (bar observed_at, which a replay sets anew).
func TestRecorderRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "flight.jsonl")
	next := newSink()
	r, err := NewRecorder(RecorderConfig{Path: path, Next: next})
	if err != nil {
		t.Fatal(err)
	}
	var sent []*Mention
	for i := range 5 {
		b := []*Mention{recMention(i)}
		sent = append(sent, b...)
		r.Ingest(b)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if len(next.all()) != 5 || r.Written() != 5 {
		t.Fatalf("chained %d, written %d", len(next.all()), r.Written())
	}
	back := newSink()
	rd, _ := NewJSONLReader(JSONLConfig{Name: "bsky", Path: path, Sink: back})
	if err := rd.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := back.all()
	if len(got) != len(sent) || rd.Status().Rejected[RejectMalformedJSON] != 0 {
		t.Fatalf("read back %d of %d, status %+v", len(got), len(sent), rd.Status())
	}
	for i := range sent {
		a, b := *sent[i], *got[i]
		a.ObservedAt, b.ObservedAt = time.Time{}, time.Time{}
		if a.ID != b.ID || a.Text != b.Text || !a.CreatedAt.Equal(b.CreatedAt) || !slices.Equal(a.Topics, b.Topics) ||
			b.Sentiment == nil || *a.Sentiment != *b.Sentiment || a.Feed != b.Feed {
			t.Errorf("mention %d: wrote %+v, read %+v", i, a, b)
		}
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("capture mode %v, want 0600", fi.Mode().Perm())
	}
}

func TestRecorderRotates(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "flight.jsonl")
	line := len(AppendJSON(nil, recMention(0))) + 1
	r, err := NewRecorder(RecorderConfig{Path: path, MaxBytes: int64(2 * line), Keep: 2})
	if err != nil {
		t.Fatal(err)
	}
	for range 7 {
		r.Ingest([]*Mention{recMention(0)})
	}
	r.Close()
	lines := func(p string) int {
		b, err := os.ReadFile(p)
		if err != nil {
			return -1
		}
		return strings.Count(string(b), "\n")
	}
	// 7 lines, 2 per file: flight.jsonl has the 7th, .1 the 5th and 6th,
	// .2 the 3rd and 4th; the first two went with the oldest file.
	if got := []int{lines(path), lines(path + ".1"), lines(path + ".2"), lines(path + ".3")}; !slices.Equal(got, []int{1, 2, 2, -1}) {
		t.Fatalf("lines per file %v", got)
	}
}

func TestRecorderAppendsAndKeepsFlowingAfterError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "flight.jsonl")
	os.WriteFile(path, []byte("earlier\n"), 0o600)
	next := newSink()
	r, err := NewRecorder(RecorderConfig{Path: path, Next: next})
	if err != nil {
		t.Fatal(err)
	}
	r.Ingest([]*Mention{recMention(1)})
	r.f.Close() // the disk goes away under the recorder
	r.Ingest([]*Mention{recMention(2)})
	r.Ingest([]*Mention{recMention(3)})
	if r.Err() == nil || len(next.all()) != 3 || r.Written() != 1 {
		t.Fatalf("err %v, chained %d, written %d", r.Err(), len(next.all()), r.Written())
	}
	b, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(b), "earlier\n{") {
		t.Errorf("existing capture not appended to: %q", b)
	}
	if _, err := NewRecorder(RecorderConfig{Path: filepath.Join(path, "sub")}); err == nil {
		t.Error("a path under a file must be refused")
	}
}
