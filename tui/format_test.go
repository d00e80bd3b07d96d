package tui

import (
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
)

func TestHumanCount(t *testing.T) {
	cases := map[int64]string{0: "0", 999: "999", 1000: "1k", 1234: "1.2k", 9999: "10k",
		12_345: "12k", 999_999: "999k", 1_200_000: "1.2M", 45_000_000: "45M",
		2_500_000_000: "2.5B", -1500: "-1.5k"}
	for n, want := range cases {
		if got := humanCount(n); got != want {
			t.Errorf("humanCount(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestShortAge(t *testing.T) {
	cases := map[time.Duration]string{-time.Second: "0s", 45 * time.Second: "45s",
		134 * time.Second: "2m14s", 3780 * time.Second: "1h03m", 90000 * time.Second: "1d01h"}
	for d, want := range cases {
		if got := shortAge(d); got != want {
			t.Errorf("shortAge(%s) = %q, want %q", d, got, want)
		}
	}
}

// fit cuts by display width: wide CJK, emoji and ZWJ sequences are never
// split, escapes never counted.
func TestFitByDisplayWidth(t *testing.T) {
	cases := []struct {
		in   string
		w    int
		want string
	}{
		{"abc", 5, "abc  "},
		{"abcdef", 4, "abc…"},
		{"メゾン・リュミエール", 7, "メゾン…"},
		{"メゾン", 4, "メ… "},
		{"👨‍👩‍👧‍👦 family", 4, "👨‍👩‍👧‍👦 …"},
		{"\x1b[1mbold\x1b[0m", 6, "\x1b[1mbold\x1b[0m  "},
		{"x", 0, ""},
	}
	for _, c := range cases {
		got := fit(c.in, c.w)
		if got != c.want || lipgloss.Width(got) != c.w {
			t.Errorf("fit(%q, %d) = %q (width %d), want %q", c.in, c.w, got, lipgloss.Width(got), c.want)
		}
	}
}

func TestBlockIsExact(t *testing.T) {
	got := block([]string{"a", "toolong", "c", "d"}, 3, 2)
	if len(got) != 2 || got[0] != "a  " || got[1] != "to…" {
		t.Fatalf("block = %q", got)
	}
	if got := block(nil, 2, 2); got[0] != "  " || got[1] != "  " {
		t.Fatalf("empty block = %q", got)
	}
}

func TestPercent(t *testing.T) {
	if percent(1, 3) != 33 || percent(2, 3) != 67 || percent(5, 0) != 0 {
		t.Fatal("percent rounds wrongly")
	}
}
