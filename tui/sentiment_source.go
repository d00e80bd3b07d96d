package tui

import (
	"strings"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/feeds"
)

// sentimentData is what the sentiment pane draws, from either score.
type sentimentData struct {
	split aggregate.Split
	trend []float64 // net score per column, oldest first
	// label says which score and over what; per says what a column is.
	label, per string
}

// oursData reads the room's aggregates, scored by our engine.
func oursData(a *aggregate.Snapshot, cols int) sentimentData {
	s := pickSeries(a, intervalAuto, cols)
	d := sentimentData{split: a.Sentiment, label: "our score", per: stepName(s.step)}
	if len(a.Recent) > 0 && a.Recent[0].Sentiment != nil && a.Recent[0].Sentiment.Model != "" {
		// "warroom-lex/1 fr": the engine and version, not the language of
		// whichever post happens to be newest.
		model, _, _ := strings.Cut(a.Recent[0].Sentiment.Model, " ")
		d.label += " (" + model + ")"
	}
	if a.Window > 0 {
		d.label += " · " + stepName(a.Window.Round(time.Second)) + " window"
	}
	for _, b := range s.bins {
		d.trend = append(d.trend, b.Net())
	}
	return d
}

// feedData recomputes the split from the feed-supplied scores of the
// recent mentions: the room aggregates only our score, so this view covers
// the stream ring, and says so.
func feedData(recent []*feeds.Mention, cols int) sentimentData {
	var scored []*feeds.Sentiment
	for i := len(recent) - 1; i >= 0; i-- { // oldest first
		if s := recent[i].FeedSentiment; s != nil && !s.Unscored {
			scored = append(scored, s)
		}
	}
	d := sentimentData{label: "feed's score · " + humanCount(int64(len(scored))) +
		" of the last " + humanCount(int64(len(recent))) + " mentions"}
	var sum float64
	for _, s := range scored {
		switch feeds.LabelFor(s.Score) {
		case feeds.Negative:
			d.split.Neg++
		case feeds.Positive:
			d.split.Pos++
		default:
			d.split.Neu++
		}
		sum += s.Score
	}
	if len(scored) == 0 || cols <= 0 {
		return d
	}
	d.split.Net = sum / float64(len(scored))
	group := (len(scored) + cols - 1) / cols
	d.per = humanCount(int64(group)) + " mentions"
	for i := 0; i < len(scored); i += group {
		var net float64
		part := scored[i:min(i+group, len(scored))]
		for _, s := range part {
			net += s.Score
		}
		d.trend = append(d.trend, net/float64(len(part)))
	}
	return d
}
