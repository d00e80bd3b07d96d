package tui

import "github.com/charmbracelet/bubbles/key"

// alertKeys are the alert pane's keys while it has focus; the actions
// apply to the selected alert.
type alertKeys struct {
	Up, Down                       key.Binding
	Ack, Snooze, Escalate, Resolve key.Binding
}

func newAlertKeys(snooze string) alertKeys {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return alertKeys{
		Up:       b("k/↑", "previous alert", "k", "up"),
		Down:     b("j/↓", "next alert", "j", "down"),
		Ack:      b("a", "acknowledge alert", "a"),
		Snooze:   b("z", "snooze alert "+snooze, "z"),
		Escalate: b("e", "escalate alert (propose runbooks)", "e"),
		Resolve:  b("x", "resolve alert", "x"),
	}
}

func (k alertKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Ack, k.Snooze, k.Escalate, k.Resolve}
}

func (k alertKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down}, k.ShortHelp()}
}
