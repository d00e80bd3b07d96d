package tui

import "github.com/charmbracelet/bubbles/key"

// runbookKeys are the runbook pane's keys while it has focus. Each action
// is a journal entry; the pane shows its effect only once the next
// snapshot's progress says so.
type runbookKeys struct {
	Up, Down, Top, Bottom                      key.Binding
	Next, Start, Done, Skip, Block, Decide     key.Binding
	Draft, Approve, Publish, Note, Attach, Esc key.Binding
	Role, Status                               key.Binding
}

func newRunbookKeys() runbookKeys {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return runbookKeys{
		Up:      b("k/↑", "previous step", "k", "up"),
		Down:    b("j/↓", "next step", "j", "down"),
		Top:     b("g", "first step", "g", "home"),
		Bottom:  b("G", "last step", "G", "end"),
		Next:    b("enter", "the step's next action", "enter"),
		Start:   b("t", "start step", "t"),
		Done:    b("d", "mark done", "d"),
		Skip:    b("x", "skip (with reason)", "x"),
		Block:   b("b", "blocked (with reason)", "b"),
		Decide:  b("a", "answer the decision", "a"),
		Draft:   b("m", "draft the message", "m"),
		Approve: b("A", "approve the message", "A"),
		Publish: b("u", "mark published", "u"),
		Note:    b("n", "add a note", "n"),
		Attach:  b("R", "attach a runbook", "R"),
		Role:    b("o", "assign a role", "o"),
		Status:  b("v", "status / severity", "v"),
		Esc:     b("esc", "dismiss the write notice", "esc"),
	}
}

func (k runbookKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Next, k.Done, k.Skip, k.Note}
}

func (k runbookKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.Next, k.Start, k.Done, k.Skip},
		{k.Block, k.Decide, k.Draft, k.Approve, k.Publish, k.Note, k.Role, k.Status, k.Attach, k.Esc},
	}
}
