package tui

import "github.com/charmbracelet/lipgloss"

// Styles is every style the TUI draws with, built once from a Theme and a
// renderer. Components read it through common; none builds its own.
type Styles struct {
	Text, Muted, Bold, Accent lipgloss.Style
	Neg, Neu, Pos             lipgloss.Style
	OK, Warn                  lipgloss.Style
	// Loud is for anything that must not look like calm: a dead feed, no data.
	Loud lipgloss.Style
	// Bar and BarBrand draw the header's first line.
	Bar, BarBrand lipgloss.Style
	// Border and FocusBorder draw pane frames; Title and FocusTitle their
	// titles.
	Border, FocusBorder lipgloss.Style
	Title, FocusTitle   lipgloss.Style
	// Selected marks the stream's cursor row.
	Selected lipgloss.Style
	Chart    lipgloss.Style
	HelpKey  lipgloss.Style
	HelpDesc lipgloss.Style
}

// newStyles turns a semantic theme into styles on one renderer, so that the
// color profile (ASCII in tests, none under NO_COLOR) is decided in one place.
func newStyles(r *lipgloss.Renderer, t Theme) Styles {
	s := func() lipgloss.Style { return r.NewStyle() }
	return Styles{
		Text:        s().Foreground(t.Text),
		Muted:       s().Foreground(t.Muted),
		Bold:        s().Bold(true).Foreground(t.Text),
		Accent:      s().Foreground(t.Accent).Bold(true),
		Neg:         s().Foreground(t.Neg),
		Neu:         s().Foreground(t.Neu),
		Pos:         s().Foreground(t.Pos),
		OK:          s().Foreground(t.OK),
		Warn:        s().Foreground(t.Warn).Bold(true),
		Loud:        s().Background(t.Alarm).Foreground(t.AlarmText).Bold(true).Reverse(isNoColor(t)),
		Bar:         s().Background(t.Bar).Foreground(t.Text),
		BarBrand:    s().Background(t.Bar).Foreground(t.Accent).Bold(true),
		Border:      s().Foreground(t.Border),
		FocusBorder: s().Foreground(t.Focus).Bold(true),
		Title:       s().Foreground(t.Text).Bold(true),
		FocusTitle:  s().Foreground(t.Focus).Bold(true).Reverse(isNoColor(t)),
		Selected:    s().Reverse(true),
		Chart:       s().Foreground(t.Accent),
		HelpKey:     s().Foreground(t.Accent).Bold(true),
		HelpDesc:    s().Foreground(t.Text),
	}
}

// isNoColor reports a mono theme: reverse video then replaces the colored
// backgrounds that make alarms and focus stand out.
func isNoColor(t Theme) bool {
	_, ok := t.Alarm.(lipgloss.NoColor)
	return ok
}
