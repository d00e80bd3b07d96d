package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/room"
)

// volume is the mentions-per-interval chart with its rate and scale.
type volume struct {
	base
	keys volumeKeys
	snap *room.Snapshot
	mode intervalMode
}

type volumeKeys struct{ Interval key.Binding }

func (k volumeKeys) ShortHelp() []key.Binding  { return []key.Binding{k.Interval} }
func (k volumeKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

func newVolume(c *common) *volume {
	return &volume{base: base{common: c}, keys: volumeKeys{
		Interval: key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "seconds / minutes / auto")),
	}}
}

func (v *volume) Title() string                { return "Volume" }
func (v *volume) SetSnapshot(s *room.Snapshot) { v.snap = s }
func (v *volume) Focusable() bool              { return true }
func (v *volume) Capturing() bool              { return false }
func (v *volume) ShortHelp() []key.Binding     { return v.keys.ShortHelp() }
func (v *volume) FullHelp() [][]key.Binding    { return v.keys.FullHelp() }

func (v *volume) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, v.keys.Interval) {
		v.mode = (v.mode + 1) % numIntervalModes
	}
	return nil
}
