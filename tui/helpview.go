package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
)

// helpView is the ? screen: every key of the global keymap and of every
// pane, in sections flowed left to right as the width allows.
type helpView struct {
	*common
	global help.KeyMap
	panes  []Pane
	model  help.Model
	// offset is the first body line shown when the keys outgrow the
	// screen (j/k scroll); frame clamps it to the body.
	offset int
}

func newHelpView(c *common, global help.KeyMap, panes []Pane) *helpView {
	m := help.New()
	m.ShowAll = true
	m.Styles.FullKey = c.st.HelpKey.Style()
	m.Styles.FullDesc = c.st.HelpDesc.Style()
	m.Styles.FullSeparator = c.st.Muted.Style()
	m.Styles.Ellipsis = c.st.Muted.Style()
	return &helpView{common: c, global: global, panes: panes, model: m}
}

// frame renders the help screen as an exact w x h framed rectangle.
func (v *helpView) frame(w, h int) []string {
	body, title := v.body(max(w-2, 0)), "Keys · ? or esc to close"
	v.offset = min(max(v.offset, 0), max(len(body)-max(h-2, 0), 0))
	if v.offset > 0 || len(body) > h-2 {
		body, title = body[v.offset:], title+" · j/k scroll"
	}
	return frameLines(title, body, w, h, true, v.st)
}

// body lays the sections out in rows that fit the width.
func (v *helpView) body(w int) []string {
	var lines, row []string
	rowW := 0
	flush := func() {
		if len(row) > 0 {
			lines = append(lines, strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, row...), "\n")...)
			lines = append(lines, "")
		}
		row, rowW = nil, 0
	}
	for _, s := range v.sections() {
		sw := lipgloss.Width(s) + 3
		if rowW > 0 && rowW+sw > w {
			flush()
		}
		row = append(row, v.st.Plain.Style().PaddingRight(3).Render(s))
		rowW += sw
	}
	flush()
	return lines
}

// sections renders one block per keymap: a title, then its columns.
func (v *helpView) sections() []string {
	out := []string{v.section("Global", v.global)}
	for _, p := range v.panes {
		if len(p.FullHelp()) == 0 {
			continue
		}
		title, _, _ := strings.Cut(p.Title(), " · ")
		out = append(out, v.section(title, p))
	}
	return out
}

func (v *helpView) section(title string, k help.KeyMap) string {
	return v.st.Accent.Render(title) + "\n" + v.model.FullHelpView(k.FullHelp())
}
