package tui

import "github.com/charmbracelet/bubbles/key"

// streamKeys are the stream pane's keys while it has focus.
type streamKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Pause, Filter, Clear, NegOnly, Reach    key.Binding
	// Pin journals the selected mention as evidence (p is pause).
	Pin key.Binding
}

func newStreamKeys() streamKeys {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return streamKeys{
		Up:       b("k/↑", "newer", "k", "up"),
		Down:     b("j/↓", "older", "j", "down"),
		PageUp:   b("pgup", "page newer", "pgup", "ctrl+u"),
		PageDown: b("pgdn", "page older", "pgdown", "ctrl+d"),
		Top:      b("g", "newest", "g", "home"),
		Bottom:   b("G", "oldest", "G", "end"),
		Pause:    b("p", "pause / follow", "p"),
		Filter:   b("/", "filter", "/"),
		Clear:    b("esc", "clear filter", "esc"),
		NegOnly:  b("n", "negative only", "n"),
		Reach:    b("r", "high reach first", "r"),
		Pin:      b("P", "pin mention as evidence", "P"),
	}
}

func (k streamKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Pause, k.Filter, k.NegOnly, k.Reach}
}

func (k streamKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Pause, k.Filter, k.Clear, k.NegOnly, k.Reach, k.Pin},
	}
}
