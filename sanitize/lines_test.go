package sanitize

import "testing"

func TestLinesKeepsLineBreaksOnly(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Holding statement.\r\nNext update at 14:00.", "Holding statement.\nNext update at 14:00."},
		{"one\rtwo\n\nfour", "one\ntwo\n\nfour"},
		{"\x1b]2;owned\nstill in the title\x07 visible", "\nstill in the title visible"},
		{"tab\there  and\u202espaces ", "tab here andspaces"},
		{"no break", "no break"},
	}
	for _, c := range cases {
		if got := Lines(c.in, 0); got != c.want {
			t.Errorf("Lines(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := Lines("ab\ncd", 3); got != "ab…" {
		t.Errorf("capped = %q", got)
	}
}
