package export

import (
	"bufio"
	"io"
	"strings"
)

// mdCell makes text safe inside a Markdown table cell and inert in
// viewers that render inline HTML. It is never modified after creation.
var mdCell = strings.NewReplacer("|", `\|`, "\r\n", " ", "\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;")

func renderMarkdown(w io.Writer, d doc) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("# " + mdCell.Replace(d.Title) + "\n\n")
	if d.Banner != "" {
		bw.WriteString("> **" + d.Banner + "**\n\n")
	}
	for _, s := range d.Sections {
		bw.WriteString("## " + s.Title + "\n\n")
		for _, p := range s.Paras {
			bw.WriteString(mdCell.Replace(p) + "\n\n")
		}
		if s.Table != nil {
			writeMarkdownTable(bw, s.Table)
		}
	}
	return bw.Flush()
}

func writeMarkdownTable(bw *bufio.Writer, t *table) {
	if len(t.Rows) == 0 {
		bw.WriteString("_None recorded._\n\n")
		return
	}
	row := func(cells []string) {
		bw.WriteString("|")
		for _, c := range cells {
			bw.WriteString(" ")
			bw.WriteString(mdCell.Replace(c))
			bw.WriteString(" |")
		}
		bw.WriteString("\n")
	}
	row(t.Head)
	bw.WriteString("|" + strings.Repeat("---|", len(t.Head)) + "\n")
	for _, r := range t.Rows {
		row(r)
	}
	bw.WriteString("\n")
}
