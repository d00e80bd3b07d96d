package tui

import (
	"io"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Ink must draw exactly what lipgloss draws for one line of text.
func TestInkMatchesLipgloss(t *testing.T) {
	for _, p := range []termenv.Profile{termenv.TrueColor, termenv.ANSI, termenv.Ascii} {
		r := lipgloss.NewRenderer(io.Discard)
		r.SetColorProfile(p)
		styles := []lipgloss.Style{
			r.NewStyle(),
			r.NewStyle().Foreground(lipgloss.Color("203")),
			r.NewStyle().Background(lipgloss.Color("196")).Foreground(lipgloss.Color("231")).Bold(true),
			r.NewStyle().Reverse(true),
		}
		for i, s := range styles {
			for _, text := range []string{"abc", "メゾン 👨‍👩‍👧‍👦", " !! FEED DOWN 2m14s "} {
				if got, want := newInk(s).Render(text), s.Render(text); got != want {
					t.Errorf("profile %d style %d: ink %q, lipgloss %q", p, i, got, want)
				}
			}
		}
	}
}
