package tui

import "github.com/charmbracelet/lipgloss"

// Styles is every style the TUI draws with, built once from a Theme and a
// renderer. Components read it through common; none builds its own.
type Styles struct {
	Text, Muted, Bold, Accent Ink
	Neg, Neu, Pos             Ink
	OK, Warn                  Ink
	// Loud is for anything that must not look like calm: a dead feed, no data.
	Loud Ink
	// Bar and BarBrand draw the header's first line.
	Bar, BarBrand Ink
	// Border and FocusBorder draw pane frames; Title and FocusTitle their
	// titles.
	Border, FocusBorder Ink
	Title, FocusTitle   Ink
	// Selected marks the stream's cursor row.
	Selected Ink
	Chart    Ink
	// Plain has no attribute: layout only (padding), on the same renderer.
	Plain    Ink
	HelpKey  Ink
	HelpDesc Ink
}

// newStyles turns a semantic theme into styles on one renderer, so that the
// color profile (ASCII in tests, none under NO_COLOR) is decided in one place.
func newStyles(r *lipgloss.Renderer, t Theme) Styles {
	s := func() lipgloss.Style { return r.NewStyle() }
	return Styles{
		Text:        newInk(s().Foreground(t.Text)),
		Muted:       newInk(s().Foreground(t.Muted)),
		Bold:        newInk(s().Bold(true).Foreground(t.Text)),
		Accent:      newInk(s().Foreground(t.Accent).Bold(true)),
		Neg:         newInk(s().Foreground(t.Neg)),
		Neu:         newInk(s().Foreground(t.Neu)),
		Pos:         newInk(s().Foreground(t.Pos)),
		OK:          newInk(s().Foreground(t.OK)),
		Warn:        newInk(s().Foreground(t.Warn).Bold(true)),
		Loud:        newInk(s().Background(t.Alarm).Foreground(t.AlarmText).Bold(true).Reverse(isNoColor(t))),
		Bar:         newInk(s().Background(t.Bar).Foreground(t.Text)),
		BarBrand:    newInk(s().Background(t.Bar).Foreground(t.Accent).Bold(true)),
		Border:      newInk(s().Foreground(t.Border)),
		FocusBorder: newInk(s().Foreground(t.Focus).Bold(true)),
		Title:       newInk(s().Foreground(t.Text).Bold(true)),
		FocusTitle:  newInk(s().Foreground(t.Focus).Bold(true).Reverse(isNoColor(t))),
		Selected:    newInk(s().Reverse(true)),
		Chart:       newInk(s().Foreground(t.Accent)),
		Plain:       newInk(s()),
		HelpKey:     newInk(s().Foreground(t.Accent).Bold(true)),
		HelpDesc:    newInk(s().Foreground(t.Text)),
	}
}

// isNoColor reports a mono theme: reverse video then replaces the colored
// backgrounds that make alarms and focus stand out.
func isNoColor(t Theme) bool {
	_, ok := t.Alarm.(lipgloss.NoColor)
	return ok
}
