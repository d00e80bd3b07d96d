package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// Ink is a lipgloss style reduced to the escape sequences it puts around
// one line of text. The panes draw hundreds of short segments per frame;
// lipgloss.Style.Render re-derives its sequences and measures the text on
// every call, Ink pays that once. It is only for single-line text without
// width, padding or borders, which is all the panes style.
type Ink struct {
	pre, post string
	style     lipgloss.Style
}

// inkMark is a private-use rune that no style changes.
const inkMark = "\uE000"

func newInk(s lipgloss.Style) Ink {
	pre, post, _ := strings.Cut(s.Render(inkMark), inkMark)
	return Ink{pre: pre, post: post, style: s}
}

// Render wraps s in the style's sequences.
func (i Ink) Render(s string) string {
	if i.pre == "" && i.post == "" {
		return s
	}
	return i.pre + s + i.post
}

// Style is the full lipgloss style, for bubbles components.
func (i Ink) Style() lipgloss.Style { return i.style }
