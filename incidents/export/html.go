package export

import (
	"html/template"
	"io"
	"strings"
)

// page is the HTML template: one file, inline style, inline SVG, no
// external reference of any kind, so it reads offline years later.
const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Doc.Title}}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222;line-height:1.4}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}
th,td{border:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}tr:nth-child(even) td{background:#fbfbfb}
.banner{background:#fff3cd;border:2px solid #d39e00;padding:.6rem 1rem;font-weight:bold}
figure{margin:1rem 0}figcaption{font-weight:600;font-size:.9rem}svg{width:100%;height:auto}
.none{color:#777;font-style:italic}nav a{margin-right:.6rem}.legend{font-size:.8rem;color:#555}
</style>
</head>
<body>
<h1>{{.Doc.Title}}</h1>
{{if .Doc.Banner}}<p class="banner">{{.Doc.Banner}}</p>{{end}}
<nav>{{range .Doc.Sections}}<a href="#{{.ID}}">{{.Title}}</a> {{end}}</nav>
{{range .Doc.Sections}}<section id="{{.ID}}">
<h2>{{.Title}}</h2>
{{range .Paras}}<p>{{.}}</p>
{{end}}{{if .Charts}}{{if $.Charts}}{{$.Charts}}{{else}}<p class="none">No feed snapshots were journaled: no charts.</p>{{end}}{{end}}
{{with .Table}}{{tableHTML .}}{{end}}
</section>
{{end}}
</body>
</html>
`

func renderHTML(w io.Writer, d doc, r *report) error {
	t, err := template.New("report").Funcs(template.FuncMap{"tableHTML": tableHTML}).Parse(page)
	if err != nil {
		return err
	}
	return t.Execute(w, struct {
		Doc    doc
		Charts template.HTML
	}{d, charts(r)})
}

// tableHTML renders a table with every cell escaped. It bypasses the
// template engine's per-cell reflection, which dominates on a 100,000-row
// timeline.
func tableHTML(t *table) template.HTML {
	if len(t.Rows) == 0 {
		return `<p class="none">None recorded.</p>`
	}
	var b strings.Builder
	b.WriteString("<table>\n<thead><tr>")
	for _, h := range t.Head {
		b.WriteString("<th>" + template.HTMLEscapeString(h) + "</th>")
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for _, row := range t.Rows {
		b.WriteString("<tr>")
		for _, c := range row {
			b.WriteString("<td>")
			b.WriteString(template.HTMLEscapeString(c))
			b.WriteString("</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>")
	return template.HTML(b.String())
}
