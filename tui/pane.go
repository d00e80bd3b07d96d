package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/room"
)

// PaneID names a pane; layouts place panes by ID.
type PaneID int

// The panes, in the order tab visits them when they are all on screen.
// To add a pane: add its ID here, return it from newPanes, and place its ID
// in the layouts of layout.go.
const (
	VolumePane PaneID = iota
	SentimentPane
	StreamPane
	AuthorsPane
	TrendingPane
	AlertPane
	VoicePane
	FeedsPane
	RunbookPane
	CatchupPane
	numPanes
)

// Pane is one framed rectangle of the body. The manager draws its frame,
// tells it its inner size, hands it each snapshot and, while it has focus,
// the keys the global keymap did not take.
type Pane interface {
	// Title is shown in the frame; it may carry state ("PAUSED").
	Title() string
	// SetSize gives the inner size (frame excluded).
	SetSize(w, h int)
	// SetSnapshot hands over the latest room state; panes keep what they
	// need and must not modify it.
	SetSnapshot(s *room.Snapshot)
	// View returns exactly the inner height in lines, each exactly the
	// inner width in display columns.
	View() []string
	// Focusable panes are visited by tab and receive keys.
	Focusable() bool
	// Update receives messages while the pane has focus.
	Update(msg tea.Msg) tea.Cmd
	// Capturing is true while the pane takes free text (a filter being
	// typed): then only ctrl+c stays global.
	Capturing() bool
	// KeyMap lists the pane's keys for ? (empty for passive panes).
	help.KeyMap
}

// base is embedded by every pane: the shared common state and its size.
type base struct {
	*common
	width, height int
}

func (b *base) SetSize(w, h int) { b.width, b.height = w, h }

// passive is embedded by panes that take no keys.
type passive struct{ noKeys }

func (passive) Focusable() bool        { return false }
func (passive) Update(tea.Msg) tea.Cmd { return nil }
func (passive) Capturing() bool        { return false }

// newPanes builds every pane, indexed by PaneID.
func newPanes(c *common) []Pane {
	ps := make([]Pane, numPanes)
	ps[VolumePane] = newVolume(c)
	ps[SentimentPane] = newSentiment(c)
	ps[StreamPane] = newStream(c)
	ps[AuthorsPane] = newAuthors(c)
	ps[TrendingPane] = newTrending(c)
	ps[AlertPane] = newAlertPane(c)
	ps[VoicePane] = newVoice(c)
	ps[FeedsPane] = newFeedHealth(c)
	ps[RunbookPane] = newRunbookPane(c, c.desk)
	ps[CatchupPane] = newCatchupPane(c)
	return ps
}
