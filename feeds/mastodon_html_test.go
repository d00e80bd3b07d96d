package feeds

import "testing"

func TestHTMLText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "no markup here", "no markup here"},
		{"paragraphs", "<p>one</p><p>two</p>", "one\n\ntwo"},
		{"br", "<p>a<br>b<br/>c</p>", "a\nb\nc"},
		{"entities", "<p>Fish &amp; chips &lt;3 l&#39;addition</p>", "Fish & chips <3 l'addition"},
		{"hashtag and mention", `<p><span class="h-card"><a href="https://m.example.test/@bob" class="u-url mention">@<span>bob</span></a></span> <a href="https://m.example.test/tags/Acme" class="mention hashtag" rel="tag">#<span>Acme</span></a> down</p>`, "@bob #Acme down"},
		{"long link kept whole", `<p><a href="https://example.test/a/very/long/path"><span class="invisible">https://</span><span class="ellipsis">example.test/a/very</span><span class="invisible">/long/path</span></a></p>`, "https://example.test/a/very/long/path"},
		{"script dropped", "<p>x<script>alert(1)</script>y</p>", "xy"},
		{"unclosed", "<p>cut <b>short", "cut short"},
		{"bare ampersand", "a & b", "a & b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := htmlText(tt.in); got != tt.want {
				t.Fatalf("htmlText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
