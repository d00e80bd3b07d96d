package tui

import "github.com/charmbracelet/bubbles/key"

// globalKeys are handled before the focused pane sees a key.
type globalKeys struct {
	Quit, Help, Next, Prev, Score key.Binding
	// Declare, Capture and Screen are the incident keys (incident_layout.go).
	Declare, Capture, Screen key.Binding
	// Alerts focuses the alert pane from anywhere (alert_focus.go).
	Alerts key.Binding
}

func newGlobalKeys() globalKeys {
	return globalKeys{
		Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q/ctrl+c", "quit")),
		Help:    key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Next:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		Prev:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous pane")),
		Score:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "our / feed's score")),
		Declare: key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "declare an incident")),
		Capture: key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "feed snapshot into the journal")),
		Screen:  key.NewBinding(key.WithKeys("I"), key.WithHelp("I", "incident / dashboard screen")),
		Alerts:  key.NewBinding(key.WithKeys("!"), key.WithHelp("!", "go to the alerts")),
	}
}

func (k globalKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Help, k.Next, k.Quit}
}

func (k globalKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Next, k.Prev, k.Score, k.Help, k.Quit}, {k.Declare, k.Capture, k.Screen, k.Alerts}}
}
