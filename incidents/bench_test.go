package incidents

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/internal/cputime"
)

// BenchmarkAppendConcurrent measures fsynced appends with 64 concurrent
// writers sharing group commits.
func BenchmarkAppendConcurrent(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.jsonl")
	j, err := Open(path, Options{Actor: Actor{Name: "bench"}})
	if err != nil {
		b.Fatal(err)
	}
	defer j.Close()
	if _, err := j.Append(context.Background(), Draft{Kind: KindDeclared, Data: DeclaredData{Title: "bench", Severity: SEV3}}); err != nil {
		b.Fatal(err)
	}
	b.SetParallelism(32) // 64 writers on 2 CPUs
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := j.Append(context.Background(), Draft{Kind: KindNote, Body: "Communiqué validé par le juridique, envoi à 10h"}); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "appends/s")
}

// BenchmarkPeerWriteFsyncEach is the floor without group commit: one
// goroutine writing a line and fsyncing it, per append.
func BenchmarkPeerWriteFsyncEach(b *testing.B) {
	f, err := os.OpenFile(filepath.Join(b.TempDir(), "peer.jsonl"), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	line := []byte(`{"seq":1,"body":"Communiqué validé par le juridique, envoi à 10h"}` + "\n")
	start := time.Now()
	for b.Loop() {
		if _, err := f.Write(line); err != nil {
			b.Fatal(err)
		}
		if err := f.Sync(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "appends/s")
}

// writeBenchJournal writes n entries straight to a file (no fsync per entry).
func writeBenchJournal(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), fmt.Sprintf("bench-%d.jsonl", n))
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE, 0o600)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var h head
	now := t0
	for i := range n {
		d := Draft{Actor: Actor{Name: "alice", Role: "comms lead"}, Source: SourceOperator, Kind: KindNote,
			Body: fmt.Sprintf("Point de situation %d : volume en baisse, pas de nouvel influenceur", i)}
		if i == 0 {
			d.Kind, d.Incident, d.Data = KindDeclared, "INC-BENCH", DeclaredData{Title: "bench", Severity: SEV2}
		}
		data, _ := canonicalData(d.Data)
		now = now.Add(time.Second)
		_, line, err := h.next(d, data, now)
		if err != nil {
			b.Fatal(err)
		}
		w.Write(line)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	return path
}

// BenchmarkOpenVerify1M also reports live-MB: the heap an open journal of
// a million entries holds, measured after the timed loop.
func BenchmarkOpenVerify1M(b *testing.B) {
	path := writeBenchJournal(b, 1_000_000)
	fi, _ := os.Stat(path)
	b.SetBytes(fi.Size())
	open := func() *Journal {
		j, err := Open(path, Options{Actor: Actor{Name: "bench"}})
		if err != nil {
			b.Fatal(err)
		}
		if seq, _ := j.Head(); seq != 1_000_000 {
			b.Fatalf("head seq %d", seq)
		}
		return j
	}
	b.ResetTimer()
	cpu0 := cputime.Used()
	for b.Loop() {
		open().Close()
	}
	b.ReportMetric(cputime.PerOp(cpu0, b.N), "cpu-s/op")
	b.StopTimer()
	b.ReportMetric(liveMB(func() func() { j := open(); return func() { j.Close() } }), "live-MB")
}

// liveMB is how many MB of heap survive a collection while what hold
// returned is in use; calling the function it returns releases it.
func liveMB(hold func() (release func())) float64 {
	var before, held runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	release := hold()
	runtime.GC()
	runtime.ReadMemStats(&held)
	release()
	return float64(int64(held.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
}

func BenchmarkVerify1M(b *testing.B) {
	path := writeBenchJournal(b, 1_000_000)
	fi, _ := os.Stat(path)
	b.SetBytes(fi.Size())
	b.ResetTimer()
	cpu0 := cputime.Used()
	for b.Loop() {
		r, err := Verify(path)
		if err != nil || !r.OK {
			b.Fatal(r, err)
		}
	}
	b.ReportMetric(cputime.PerOp(cpu0, b.N), "cpu-s/op")
}
