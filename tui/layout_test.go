package tui

import "testing"

// Every layout, of the dashboard and of the incident screen, tiles the
// body: no gap, no overlap, whatever the size.
func TestLayoutsTileTheBody(t *testing.T) {
	for _, ls := range [][]layout{layouts(), incidentLayouts()} {
		tiles(t, ls)
	}
}

func tiles(t *testing.T, ls []layout) {
	dw, dh := 7, 3
	if testing.Short() {
		dw, dh = 23, 9
	}
	for w := 1; w <= 300; w += dw {
		for h := 1; h <= 100; h += dh {
			_, ps := arrangeFrom(ls, w, h)
			cells := make([]int, w*h)
			for _, p := range ps {
				for y := p.r.Y; y < p.r.Y+p.r.H; y++ {
					for x := p.r.X; x < p.r.X+p.r.W; x++ {
						cells[y*w+x]++
					}
				}
			}
			for i, n := range cells {
				if n != 1 {
					t.Fatalf("%dx%d: cell %d,%d covered %d times", w, h, i%w, i/w, n)
				}
			}
		}
	}
}

func TestLayoutChoice(t *testing.T) {
	cases := []struct {
		w, h   int // the body, header excluded
		name   string
		panes  int
		absent PaneID
	}{
		{240, 68, "huge", 8, -1},
		{120, 37, "wide", 6, VoicePane},
		{100, 21, "broad", 4, AuthorsPane},
		{80, 46, "tall+", 8, -1},
		{80, 38, "tall", 6, FeedsPane},
		{80, 21, "compact", 4, AuthorsPane},
		{50, 10, "minimal", 1, VolumePane},
	}
	for _, c := range cases {
		name, ps := arrange(c.w, c.h)
		if name != c.name || len(ps) != c.panes {
			t.Errorf("%dx%d: layout %s with %d panes, want %s with %d", c.w, c.h, name, len(ps), c.name, c.panes)
		}
		for _, p := range ps {
			if p.id == c.absent {
				t.Errorf("%dx%d: pane %d should be dropped", c.w, c.h, c.absent)
			}
		}
	}
}

func TestDivide(t *testing.T) {
	kids := []node{fixed(9, leaf(0, 0)), leaf(1, 1), fixed(10, leaf(2, 0))}
	for _, total := range []int{0, 5, 19, 20, 40} {
		sum := 0
		for _, s := range divide(kids, total) {
			if s < 0 {
				t.Fatalf("negative size for total %d", total)
			}
			sum += s
		}
		if sum != total {
			t.Fatalf("sizes add to %d, want %d", sum, total)
		}
	}
}
