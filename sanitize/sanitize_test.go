package sanitize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	cases := []struct {
		name, in string
		max      int
		want     string
	}{
		{"plain ascii", "Beaumont recall", 0, "Beaumont recall"},
		{"french accents", "Élodie a mangé un yaourt à Besançon", 0, "Élodie a mangé un yaourt à Besançon"},
		{"cjk and arabic letters", "日本語 عربي", 0, "日本語 عربي"},
		{"whitespace collapsed", "  a\t\tb\n\nc\r\n d\u00a0e\u3000f  ", 0, "a b c d e f"},
		{"line separators", "a\u2028b\u2029c\u0085d", 0, "a b cd"},
		{"CSI colour", "red \x1b[31;1mALERT\x1b[0m done", 0, "red ALERT done"},
		{"CSI private mode", "\x1b[?1049hhidden", 0, "hidden"},
		{"OSC title BEL", "a\x1b]0;pwned\x07b", 0, "ab"},
		{"OSC title ST", "a\x1b]2;pwned\x1b\\b", 0, "ab"},
		{"OSC 8 hyperlink", "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\", 0, "click"},
		{"OSC 52 clipboard", "x\x1b]52;c;cm0gLXJmIH4=\x07y", 0, "xy"},
		{"unterminated OSC swallows rest", "safe\x1b]0;title never ends", 0, "safe"},
		{"DCS", "a\x1bP+q544e\x1b\\b", 0, "ab"},
		{"APC", "a\x1b_Gf=100;AAAA\x1b\\b", 0, "ab"},
		{"PM", "a\x1b^private\x1b\\b", 0, "ab"},
		{"SOS", "a\x1bXstart of string\x1b\\b", 0, "ab"},
		{"two-byte escapes", "a\x1bcb\x1b7c\x1b(Bd", 0, "abcd"},
		{"lone ESC at end", "abc\x1b", 0, "abc"},
		{"8-bit CSI", "a\u009b31mb", 0, "ab"},
		{"8-bit OSC ST", "a\u009d0;t\u009cb", 0, "ab"},
		{"8-bit DCS", "a\u0090q\u009cb", 0, "ab"},
		{"8-bit APC PM SOS", "a\u009fx\u009cb\u009ey\u009cc\u0098z\u009cd", 0, "abcd"},
		{"other C1 dropped, NEL too", "a\u0084b\u0085c", 0, "abc"},
		{"C0 controls dropped", "a\x00b\x07c\x08d\x7fe", 0, "abcde"},
		{"bidi overrides", "a\u202ab\u202bc\u202cd\u202de\u202ef", 0, "abcdef"},
		{"bidi isolates", "a\u2066b\u2067c\u2068d\u2069e", 0, "abcde"},
		{"marks", "a\u200eb\u200fc\u061cd", 0, "abcd"},
		{"other format chars", "a\u200bb\ufeffc\u00add\u2060e", 0, "abcde"},
		{"ZWJ emoji kept", "family 👨\u200d👩\u200d👧 ok", 0, "family 👨\u200d👩\u200d👧 ok"},
		{"variation selectors kept", "warning ⚠\ufe0f heart ❤\ufe0f", 0, "warning ⚠\ufe0f heart ❤\ufe0f"},
		{"skin tone kept", "👍🏽", 0, "👍🏽"},
		{"invalid utf8 replaced", "a\xffb\xc3", 0, "a\ufffdb\ufffd"},
		{"raw 8-bit CSI byte is not a control", "a\x9b31mb", 0, "a\ufffd31mb"},
		{"private use dropped", "a\ue000b", 0, "ab"},
		{"cap adds ellipsis", "abcdefgh", 5, "abcd…"},
		{"cap counts runes", "éééééé", 4, "ééé…"},
		{"cap at a space marks the cut", "abc defgh", 3, "ab…"},
		{"cap exact fits", "abc", 3, "abc"},
		{"cap ignores trailing invisibles", "abc\x1b[0m  ", 3, "abc"},
		{"empty", "", 10, ""},
		{"only escapes", "\x1b[2J\x1b[H", 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Text(c.in, c.max); got != c.want {
				t.Errorf("Text(%q, %d) = %q, want %q", c.in, c.max, got, c.want)
			}
		})
	}
}

func TestTextCleanDoesNotAllocate(t *testing.T) {
	for _, s := range []string{"Plain ASCII post about Beaumont, nothing to strip.", "Émoi à Besançon 😡 👨\u200d👩\u200d👧 ⚠\ufe0f"} {
		if n := testing.AllocsPerRun(100, func() { _ = Text(s, 500) }); n != 0 {
			t.Errorf("%v allocations for clean %q", n, s)
		}
	}
}

// TestIsCleanAtEveryOffset puts each kind of byte that makes a text unclean
// at every offset of texts long enough to take the eight-byte path, and
// next to a space, so that the word tricks are checked at each lane and
// across word boundaries: isClean must say exactly whether Text changes it.
func TestIsCleanAtEveryOffset(t *testing.T) {
	base := "abcdefghij klmnopqrstuvwxyz0123456789 ABCDEFG"
	inserts := []string{" ", "  ", "\x7f", "\x1f", "\t", "é", "\x00", "~", "\x80", "\u202e", "\x1b[0m"}
	for _, ins := range inserts {
		for at := 0; at <= len(base); at++ {
			for _, max := range []int{0, 20} {
				s := base[:at] + ins + base[at:]
				want := rebuild(s, max) == s
				if got := isClean(s, max); got != want {
					t.Errorf("isClean(%q, %d) = %v, want %v", s, max, got, want)
				}
			}
		}
	}
}

// forbidden reports whether r must never reach the terminal.
func forbidden(r rune) bool {
	switch {
	case r < 0x20 || r >= 0x7f && r <= 0x9f:
		return true
	case r == '\u200d':
		return false
	}
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Co, r) || unicode.Is(unicode.Cs, r)
}

func FuzzText(f *testing.F) {
	for _, s := range []string{
		"hello", "a\x1b]0;t\x07b", "\u202eevil", "a\u009b31mb", "👨\u200d👩\u200d👧", "x\x1bP\x1b\\y",
		"  a  b  ", "\xff\xfe", "é\u0301", "\x1b[", "\u009d", "abc def",
	} {
		f.Add(s, 0)
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		max %= 1000
		out := Text(s, max)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		for _, r := range out {
			if forbidden(r) {
				t.Fatalf("Text(%q) kept %U", s, r)
			}
		}
		if strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") || strings.Contains(out, "  ") {
			t.Fatalf("Text(%q) = %q: stray spaces", s, out)
		}
		if max > 0 && utf8.RuneCountInString(out) > max {
			t.Fatalf("Text(%q, %d) has %d runes", s, max, utf8.RuneCountInString(out))
		}
		if isClean(s, max) && rebuild(s, max) != s {
			t.Fatalf("isClean(%q) but Text changes it to %q", s, rebuild(s, max))
		}
		if again := Text(out, max); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, out, again)
		}
		// Printable text is kept: strip what may go, the rest must survive.
		printable := strings.Map(func(r rune) rune {
			if r == utf8.RuneError || forbidden(r) || unicode.IsSpace(r) || !keep(r) {
				return -1
			}
			return r
		}, s)
		if got := Text(printable, 0); got != printable {
			t.Fatalf("printable %q became %q", printable, got)
		}
	})
}

func BenchmarkText(b *testing.B) {
	for _, c := range []struct{ name, s string }{
		{"ascii", "Plain ASCII post about Beaumont and its yoghurt recall, nothing to strip at all."},
		{"french", "Inadmissible. Du plastique dans les yaourts P'tit Beaumont et Beaumont ne dit rien ? #RappelConso 😡"},
		{"hostile", "\x1b]0;PWNED\x07Ce que révèle \u202e@alerteconso sur \x1b[31mBeaumont\x1b[0m est grave."},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.s)))
			for b.Loop() {
				_ = Text(c.s, 5000)
			}
		})
	}
}
