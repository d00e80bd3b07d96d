package tui

import (
	"strings"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
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
	d.label += windowLabel(a)
	for _, b := range s.bins {
		d.trend = append(d.trend, b.Net())
	}
	return d
}

// feedData reads the same window and series by the scores the feeds
// supplied, and says how many mentions carried one: a feed that scores
// nothing must not pass for a calm one.
func feedData(a *aggregate.Snapshot, cols int) sentimentData {
	s := pickSeries(a, intervalAuto, cols)
	f := a.FeedSentiment
	scored := f.Neg + f.Neu + f.Pos
	d := sentimentData{split: f, per: stepName(s.step),
		label: "feed's score" + windowLabel(a) + " · " + humanCount(scored) + " scored"}
	for _, b := range s.bins {
		d.trend = append(d.trend, b.Feed.Net())
	}
	return d
}

// windowLabel names the span the split covers.
func windowLabel(a *aggregate.Snapshot) string {
	if a.Window <= 0 {
		return ""
	}
	return " · " + stepName(a.Window.Round(time.Second)) + " window"
}
