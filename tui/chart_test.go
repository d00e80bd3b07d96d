package tui

import (
	"testing"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
)

func TestBlockChart(t *testing.T) {
	// Full scale 8 over one row: each unit is one eighth.
	got := blockChart([]int64{0, 4, 8, 12}, 5, 1, 8)
	if want := "  ▄██"; got[0] != want {
		t.Fatalf("one row = %q, want %q", got[0], want)
	}
	// Two rows: 12 of 16 fills the bottom row and half the top.
	got = blockChart([]int64{12}, 1, 2, 16)
	if got[0] != "▄" || got[1] != "█" {
		t.Fatalf("two rows = %q", got)
	}
	// More values than columns: the newest are kept.
	if got = blockChart([]int64{8, 0}, 1, 1, 8); got[0] != " " {
		t.Fatalf("oldest value drawn instead of newest: %q", got)
	}
}

func TestNiceCeil(t *testing.T) {
	cases := map[float64]float64{0: 1, 1: 1, 1.5: 1.5, 3: 3, 7: 8, 11: 12, 450: 500, 1001: 1200, 2600: 3000, 9000: 10000}
	for in, want := range cases {
		if got := niceCeil(in); got != want {
			t.Errorf("niceCeil(%v) = %v, want %v", in, got, want)
		}
	}
}

func TestRollupAlignsOnNewest(t *testing.T) {
	bins := make([]aggregate.Bin, 7)
	for i := range bins {
		bins[i] = aggregate.Bin{Start: time.Unix(int64(i), 0), Count: int64(i + 1)}
	}
	got := counts(rollup(bins, 3, 10))
	// Groups from the newest: [5 6 7], [2 3 4], [1].
	if len(got) != 3 || got[0] != 1 || got[1] != 9 || got[2] != 18 {
		t.Fatalf("rollup = %v", got)
	}
	if got := counts(rollup(bins, 3, 2)); len(got) != 2 || got[0] != 9 {
		t.Fatalf("rollup capped at 2 cols = %v", got)
	}
}

func TestPickSeries(t *testing.T) {
	a := &aggregate.Snapshot{Seconds: make([]aggregate.Bin, 300), Minutes: make([]aggregate.Bin, 30)}
	cases := []struct {
		mode intervalMode
		cols int
		step time.Duration
	}{
		{intervalAuto, 100, 3 * time.Second}, // minutes do not fill 100 columns yet
		{intervalAuto, 300, time.Second},
		{intervalAuto, 20, time.Minute}, // 30 minutes fill 20 columns
		{intervalSeconds, 20, 15 * time.Second},
		{intervalMinutes, 100, time.Minute},
	}
	for _, c := range cases {
		if s := pickSeries(a, c.mode, c.cols); s.step != c.step {
			t.Errorf("%s at %d cols: step %s, want %s", c.mode, c.cols, s.step, c.step)
		}
	}
}

func TestNetScale(t *testing.T) {
	if netScale([]float64{0.01, -0.03}) != 0.05 || netScale([]float64{-0.3}) != 0.5 || netScale([]float64{0.9}) != 1 {
		t.Fatal("netScale picks the wrong bound")
	}
}
