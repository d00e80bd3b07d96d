package pipeline

import (
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/sentiment"
)

// SentimentScorer scores mentions with our lexicon engine. A feed's own
// score is kept in FeedSentiment with its provider named, so the sentiment
// pane can show either; ours always fills Sentiment, so that feeds that
// score differently (or not at all) are compared on one scale.
type SentimentScorer struct {
	s *sentiment.Scorer
}

// NewSentimentScorer returns a scorer of model. Like the pipeline it is
// used from one goroutine at a time (under the pipeline lock).
func NewSentimentScorer(model *sentiment.Model) *SentimentScorer {
	return &SentimentScorer{s: model.NewScorer()}
}

// ScoreMention implements Scorer.
func (x *SentimentScorer) ScoreMention(m *feeds.Mention) {
	if m.Sentiment != nil && m.FeedSentiment == nil {
		feed := *m.Sentiment
		if feed.Model == "" {
			feed.Model = "feed:" + m.Feed
		}
		m.FeedSentiment = &feed
	}
	r := x.s.Score(m.Text, m.Lang)
	m.Sentiment = &feeds.Sentiment{Score: r.Compound, Label: r.Label, Model: r.Model,
		Confidence: r.Confidence, Unscored: r.Unscored}
	if m.Lang == "" && r.Lang != "" && r.Lang != sentiment.Undetermined && !r.Unscored {
		m.Lang = r.Lang // detected: the matcher and the panes can use it
	}
}
