package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
)

// scoreSource says which sentiment score the panes show.
type scoreSource int

const (
	// scoreOurs is the room's own sentiment engine.
	scoreOurs scoreSource = iota
	// scoreFeed is the score the feed itself supplied, where it did.
	scoreFeed
)

func (s scoreSource) String() string {
	if s == scoreFeed {
		return "feed's score"
	}
	return "our score"
}

// common is shared by every component of one Model: styles, clock and the
// view settings that several panes honour.
type common struct {
	st    *Styles
	clock func() time.Time
	loc   *time.Location
	// now is the clock read when the last snapshot arrived, so that every
	// pane of one frame agrees on the time.
	now   time.Time
	score scoreSource
	// snooze is how long the alert pane's z silences an alert.
	snooze time.Duration
	// desk is the incident side: journal writes, forms, which screen.
	desk *deskUI
}

// noKeys is an empty help.KeyMap for passive components.
type noKeys struct{}

func (noKeys) ShortHelp() []key.Binding  { return nil }
func (noKeys) FullHelp() [][]key.Binding { return nil }
