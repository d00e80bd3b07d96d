package feeds

import (
	"strings"

	"golang.org/x/net/html"
)

// htmlText turns Mastodon's status HTML into plain text: paragraphs become
// blank lines, <br> a line break, entities are decoded, tags dropped. Link
// text is kept whole (Mastodon hides the scheme and tail of long links in
// "invisible" spans: we want the full link). Text without markup is
// returned as is.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	z := html.NewTokenizer(strings.NewReader(s))
	paragraphs := 0
	for {
		switch z.Next() {
		case html.ErrorToken: // io.EOF: a string reader fails no other way
			return strings.TrimSpace(b.String())
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "br":
				b.WriteByte('\n')
			case "p":
				if paragraphs > 0 {
					b.WriteString("\n\n")
				}
				paragraphs++
			case "script", "style": // never in a status, but never shown either
				skipElement(z)
			}
		}
	}
}

// skipElement consumes tokens up to the end of the current element.
func skipElement(z *html.Tokenizer) {
	for depth := 1; depth > 0; {
		switch z.Next() {
		case html.ErrorToken:
			return
		case html.StartTagToken:
			depth++
		case html.EndTagToken:
			depth--
		}
	}
}
