package export

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// voidElements never have an end tag.
var voidElements = map[string]bool{"meta": true, "br": true, "hr": true, "img": true, "input": true, "link": true, "area": true, "base": true, "col": true, "embed": true, "source": true, "track": true, "wbr": true}

func exportHTML(t *testing.T) []byte {
	t.Helper()
	dir := t.TempDir()
	if _, err := Write(dir, crisisJournal(t, false), fixedOptions(t, "html")); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestHTMLIsWellFormed tokenizes the report and checks that every element
// closes in order, so it parses the same way in every browser.
func TestHTMLIsWellFormed(t *testing.T) {
	z := html.NewTokenizer(bytes.NewReader(exportHTML(t)))
	var stack []string
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Fatal(z.Err())
			}
			if len(stack) != 0 {
				t.Fatalf("unclosed elements at end: %v", stack)
			}
			return
		case html.StartTagToken:
			name, _ := z.TagName()
			if !voidElements[string(name)] {
				stack = append(stack, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(stack) == 0 || stack[len(stack)-1] != string(name) {
				t.Fatalf("</%s> closes %v", name, stack)
			}
			stack = stack[:len(stack)-1]
		}
	}
}

// TestHTMLHasNoExternalReference parses the report and checks every
// attribute and style: no URL, no script, nothing fetched when opened.
func TestHTMLHasNoExternalReference(t *testing.T) {
	doc, err := html.Parse(bytes.NewReader(exportHTML(t)))
	if err != nil {
		t.Fatal(err)
	}
	forbidden := map[string]bool{"script": true, "link": true, "iframe": true, "img": true, "object": true, "embed": true, "base": true}
	var svgs, polylines, marks int
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode {
			if forbidden[n.Data] {
				t.Errorf("element <%s> found", n.Data)
			}
			svgs += btoi(n.Data == "svg")
			polylines += btoi(n.Data == "polyline")
			marks += btoi(n.Data == "title" && n.Parent.Data == "g")
			for _, a := range n.Attr {
				checkAttr(t, n.Data, a)
			}
		}
		if n.Type == html.TextNode && n.Parent != nil && n.Parent.Data == "style" &&
			(strings.Contains(n.Data, "url(") || strings.Contains(n.Data, "@import")) {
			t.Errorf("style fetches something: %s", n.Data)
		}
	}
	if svgs != 2 || polylines != 1 || marks < 8 {
		t.Fatalf("charts: %d svg, %d volume lines, %d timeline marks", svgs, polylines, marks)
	}
}

func checkAttr(t *testing.T, el string, a html.Attribute) {
	v := strings.ToLower(a.Val)
	switch {
	case a.Key == "src" || a.Key == "srcset" || a.Key == "action" || a.Key == "xlink:href" || strings.HasPrefix(a.Key, "on"):
		t.Errorf("<%s %s=%q>", el, a.Key, a.Val)
	case a.Key == "href" && !strings.HasPrefix(v, "#"):
		t.Errorf("<%s href=%q> is not an in-page link", el, a.Val)
	case strings.Contains(v, "http:") || strings.Contains(v, "https:") || strings.Contains(v, "//") || strings.Contains(v, "url("):
		t.Errorf("<%s %s=%q> references something outside", el, a.Key, a.Val)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestHTMLEscapesJournalText(t *testing.T) {
	b := exportHTML(t)
	if bytes.Contains(b, []byte("<script>")) || !bytes.Contains(b, []byte("&lt;script&gt;")) {
		t.Fatal("a note's markup reached the HTML unescaped")
	}
}
