package tui

// Rect is a screen rectangle in cells.
type Rect struct{ X, Y, W, H int }

// node is a layout tree: a leaf holds a pane, an inner node splits its
// rectangle among its children side by side (cols) or stacked (rows).
type node struct {
	pane   PaneID
	kids   []node
	cols   bool
	weight int // share of the space left after fixed siblings
	size   int // fixed size along the parent's axis; 0 means by weight
}

func leaf(id PaneID, weight int) node { return node{pane: id, weight: weight} }
func rows(weight int, kids ...node) node {
	return node{kids: kids, weight: weight}
}
func cols(weight int, kids ...node) node {
	return node{kids: kids, cols: true, weight: weight}
}
func fixed(size int, n node) node { n.size = size; return n }

// layout is a tree used when the body is at least minW x minH.
type layout struct {
	name       string
	minW, minH int
	root       node
}

// layouts lists the arrangements from the roomiest down; the last one fits
// any size. Panes absent from a layout are dropped at that size.
func layouts() []layout {
	charts := func(w int) node { return cols(w, leaf(VolumePane, 3), leaf(SentimentPane, 2)) }
	lists := func(w int) node { return cols(w, leaf(AuthorsPane, 1), leaf(TrendingPane, 1)) }
	// The alert pane is on screen at every size but the smallest (the
	// banner above the panes still names the top alert there); share of
	// voice and feed health come when there is room.
	streamAlerts := func(w int) node { return cols(w, leaf(StreamPane, 3), leaf(AlertPane, 2)) }
	return []layout{
		{"huge", 140, 40, rows(1,
			cols(3, leaf(VolumePane, 3), leaf(SentimentPane, 2), leaf(VoicePane, 2)),
			cols(7, leaf(StreamPane, 4), rows(3, leaf(AlertPane, 3), leaf(FeedsPane, 2)),
				rows(2, leaf(AuthorsPane, 1), leaf(TrendingPane, 1))))},
		{"wide", 100, 30, rows(1, charts(3),
			cols(7, leaf(StreamPane, 3), rows(2, leaf(AlertPane, 3), leaf(AuthorsPane, 2), leaf(TrendingPane, 2))))},
		{"broad", 100, 20, rows(1, charts(3), streamAlerts(7))},
		{"tall+", 60, 46, rows(1, fixed(9, charts(0)), streamAlerts(1), fixed(10, lists(0)),
			fixed(10, cols(0, leaf(VoicePane, 1), leaf(FeedsPane, 1))))},
		{"tall", 60, 30, rows(1, fixed(9, charts(0)), streamAlerts(1), fixed(10, lists(0)))},
		{"compact", 60, 14, rows(1, fixed(8, charts(0)), streamAlerts(1))},
		{"minimal", 0, 0, leaf(StreamPane, 1)},
	}
}

// placement is where one pane goes.
type placement struct {
	id PaneID
	r  Rect
}

// arrange places the panes of the first layout that fits a w x h body.
func arrange(w, h int) (string, []placement) { return arrangeFrom(layouts(), w, h) }

// arrangeFrom places the panes of the first of ls that fits a w x h body.
func arrangeFrom(ls []layout, w, h int) (string, []placement) {
	for _, l := range ls {
		if w >= l.minW && h >= l.minH {
			return l.name, place(l.root, Rect{0, 0, w, h}, nil)
		}
	}
	return "", nil // unreachable: the last layout fits any size
}

func place(n node, r Rect, out []placement) []placement {
	if len(n.kids) == 0 {
		return append(out, placement{n.pane, r})
	}
	total := r.H
	if n.cols {
		total = r.W
	}
	sizes := divide(n.kids, total)
	off := 0
	for i, k := range n.kids {
		kr := Rect{r.X, r.Y + off, r.W, sizes[i]}
		if n.cols {
			kr = Rect{r.X + off, r.Y, sizes[i], r.H}
		}
		out = place(k, kr, out)
		off += sizes[i]
	}
	return out
}

// divide shares total among kids: fixed sizes first (shrunk if they do not
// fit), the rest by weight, rounding leftovers onto the last weighted kid,
// so that the sizes always add up to total exactly.
func divide(kids []node, total int) []int {
	sizes := make([]int, len(kids))
	left, weights, last := total, 0, -1
	for i, k := range kids {
		if k.size > 0 {
			sizes[i] = min(k.size, max(left, 0))
			left -= sizes[i]
			continue
		}
		weights += k.weight
		last = i
	}
	if last < 0 { // all fixed: the last one absorbs the difference
		sizes[len(sizes)-1] += left
		return sizes
	}
	given := 0
	for i, k := range kids {
		if k.size == 0 {
			sizes[i] = left * k.weight / weights
			given += sizes[i]
		}
	}
	sizes[last] += left - given
	return sizes
}
