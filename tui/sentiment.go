package tui

import "github.com/warroom-dev/warroom/room"

// sentiment is the negative / neutral / positive split and the net trend.
// It shows either our score or the feed's (the global s key) and says
// which, since the two can disagree in a crisis.
type sentiment struct {
	base
	passive
	snap *room.Snapshot
}

func newSentiment(c *common) *sentiment { return &sentiment{base: base{common: c}} }

func (p *sentiment) Title() string                { return "Sentiment" }
func (p *sentiment) SetSnapshot(s *room.Snapshot) { p.snap = s }
