package export

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/internal/cputime"
)

// bigIncident is n entries of a long crisis: mostly notes, with a feed
// snapshot every 20 entries and a message published every 500.
func bigIncident(b *testing.B, n int) []incidents.Entry {
	drafts := make([]incidents.Draft, 0, n)
	drafts = append(drafts, incidents.Draft{Kind: incidents.KindDeclared, Incident: "INC-BIG",
		Data: incidents.DeclaredData{Title: "long crisis", Severity: incidents.SEV1, TimeZone: "Europe/Paris"}})
	start := time.Date(2026, 3, 14, 6, 0, 0, 0, time.UTC)
	for i := 1; len(drafts) < n; i++ {
		at := start.Add(time.Duration(i) * time.Second)
		var d incidents.Draft
		switch {
		case i%500 == 0:
			d = incidents.Draft{Kind: incidents.KindMessagePublished, Data: incidents.MessageData{ID: fmt.Sprintf("M%d", i), Text: "Point de situation"}}
		case i%20 == 0:
			d = incidents.Draft{Kind: incidents.KindFeedSnapshot, Source: incidents.SourceFeed, Data: incidents.FeedSnapshotData{
				At: at, RatePerMin: float64(100 + i%300), Neg: int64(50 + i%70), Neu: 30, Pos: 10}}
		default:
			d = incidents.Draft{Kind: incidents.KindNote, Body: fmt.Sprintf("Point %d : volume stable, pas de nouvel influenceur | à suivre", i)}
		}
		drafts = append(drafts, d)
	}
	clock := func() func() time.Time {
		now := start
		return func() time.Time { now = now.Add(time.Second); return now }
	}()
	es, err := incidents.Chain(drafts, clock, incidents.Actor{Name: "alice", Role: "comms lead"})
	if err != nil {
		b.Fatal(err)
	}
	return es
}

// BenchmarkExport100k writes every format of a 100,000-entry incident.
func BenchmarkExport100k(b *testing.B) {
	entries := bigIncident(b, 100_000)
	opts := Options{Formats: []string{"md", "html", "json"}, Tool: "bench", Now: time.Now()}
	dir := b.TempDir()
	b.ResetTimer()
	cpu0 := cputime.Used()
	for b.Loop() {
		if _, err := Write(dir, entries, opts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(cputime.PerOp(cpu0, b.N), "cpu-s/op")
}

// BenchmarkExportJournal100k is what `warroom export F` does: read and
// verify the 100,000-entry journal file (5% of its lines carry data), then
// write every format.
func BenchmarkExportJournal100k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.jsonl")
	var file []byte
	for _, e := range bigIncident(b, 100_000) {
		line, err := incidents.MarshalLine(e)
		if err != nil {
			b.Fatal(err)
		}
		file = append(file, line...)
	}
	if err := os.WriteFile(path, file, 0o600); err != nil {
		b.Fatal(err)
	}
	opts := Options{Formats: []string{"md", "html", "json"}, Tool: "bench", Now: time.Now()}
	dir := b.TempDir()
	b.ResetTimer()
	cpu0 := cputime.Used()
	for b.Loop() {
		entries, r, err := incidents.Read(path)
		if err != nil || !r.OK || len(entries) != 100_000 {
			b.Fatal(r, err)
		}
		if _, err := Write(dir, entries, opts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(cputime.PerOp(cpu0, b.N), "cpu-s/op")
}
