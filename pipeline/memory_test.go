package pipeline

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/feeds"
)

// rssBytes reads the process's resident set size from /proc.
func rssBytes() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			kb, _ := strconv.ParseInt(strings.Fields(line)[1], 10, 64)
			return kb << 10
		}
	}
	return -1
}

// BenchmarkMemory10M pushes ten million distinct mentions (distinct ids,
// 200,000 distinct authors, a new word in every post) through the pipeline
// at one mention per simulated millisecond, and reports the RSS after the
// first, fifth and tenth million: memory must stay bounded and flat once
// the windows have filled (the 65-minute term window fills after 3.9M
// mentions at this rate).
// Run it alone: go test -run x -bench Memory10M -benchtime 1x ./pipeline
func BenchmarkMemory10M(b *testing.B) {
	const total, batch = 10_000_000, 100
	for i := 0; i < b.N; i++ {
		p := New(aggregate.New(), Options{})
		t0 := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
		var rss1M, rss5M int64
		ms := make([]*feeds.Mention, batch)
		for n := 0; n < total; n += batch {
			for k := range ms {
				id := n + k
				at := t0.Add(time.Duration(id) * time.Millisecond)
				ms[k] = &feeds.Mention{ID: "sim:" + strconv.Itoa(id), Platform: "bluesky", CreatedAt: at, ObservedAt: at,
					Author: feeds.Author{Handle: "u" + strconv.Itoa(id%200_000), Followers: int64(id % 5000)},
					Text:   fmt.Sprintf("Beaumont rappel lot %d motclef%d encore", id%977, id)}
			}
			p.Ingest(ms)
			switch n + batch {
			case 1_000_000:
				runtime.GC()
				rss1M = rssBytes()
			case 5_000_000:
				runtime.GC()
				rss5M = rssBytes()
			}
		}
		runtime.GC()
		rss := rssBytes()
		var st runtime.MemStats
		runtime.ReadMemStats(&st)
		b.ReportMetric(float64(rss1M)/(1<<20), "MB-RSS@1M")
		b.ReportMetric(float64(rss5M)/(1<<20), "MB-RSS@5M")
		b.ReportMetric(float64(rss)/(1<<20), "MB-RSS@10M")
		b.ReportMetric(float64(st.HeapInuse)/(1<<20), "MB-heap@10M")
		if tot := p.Totals(); tot.Unique != total {
			b.Fatalf("unique = %d, want %d", tot.Unique, total)
		}
	}
}
