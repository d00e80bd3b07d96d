package room

import (
	"fmt"
	"io"
	"os/user"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/config"
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/match"
	"github.com/warroom-dev/warroom/pipeline"
	"github.com/warroom-dev/warroom/runbooks"
	"github.com/warroom-dev/warroom/sentiment"
)

// BuildOptions are what Build takes beyond the config.
type BuildOptions struct {
	Clock  func() time.Time    // default time.Now
	Getenv func(string) string // for feed credentials; default none
	Feeds  []feeds.FeedConfig  // added to the config's (command-line feeds)
	Sinks  []feeds.Sink        // receive accepted mentions (tail, recorder)
	Client func(*feeds.Config) // adjusts each websocket client (tests)
	// Stdin is read by a jsonl feed whose file is "-"; Report receives its
	// bad lines (file:line: reason), which are counted and skipped.
	Stdin  io.Reader
	Report func(error)
}

// Build assembles a live room from cfg: matcher, scorer, aggregator, alert
// engine, pipeline and one feed per configured source.
func Build(cfg config.Config, opts BuildOptions) (*Live, error) {
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Getenv == nil {
		opts.Getenv = func(string) string { return "" }
	}
	popts := pipeline.Options{Accepted: opts.Sinks}
	if len(cfg.Topics) > 0 {
		m, err := match.New(cfg.Topics)
		if err != nil {
			return nil, fmt.Errorf("topics: %w", err)
		}
		popts.Matcher = m
	}
	model, err := sentiment.New(cfg.Sentiment)
	if err != nil {
		return nil, fmt.Errorf("sentiment: %w", err)
	}
	popts.Scorer = pipeline.NewSentimentScorer(model)
	engine, err := alerts.NewEngine(cfg.Alerts)
	if err != nil {
		return nil, fmt.Errorf("alerts: %w", err)
	}
	popts.Observer = engine
	agg := aggregate.New()
	agg.IgnoreTerms(cfg.Brand)
	for _, t := range cfg.Topics { // names present in every post never trend
		agg.IgnoreTerms(t.Terms...)
		agg.IgnoreTerms(t.Phrases...)
		agg.IgnoreTerms(t.Hashtags...)
	}
	l := New(cfg.Brand, pipeline.New(agg, popts), opts.Clock)
	l.alerts = engine
	l.zone, l.lang = cfg.Timezone, cfg.Lang
	lib, err := runbooks.LoadLibrary(cfg.Runbooks.Dirs...)
	if err != nil {
		return nil, fmt.Errorf("runbooks: %w", err)
	}
	l.SetJournal(cfg.Journal.Dir, incidents.Actor{Name: operatorName(cfg.Journal.Actor), Role: cfg.Journal.Role}, lib)
	for _, t := range cfg.Competitors() {
		l.MarkCompetitor(t)
	}
	for _, fc := range append(append([]feeds.FeedConfig(nil), cfg.Feeds...), opts.Feeds...) {
		f, err := newFeed(fc, l.pipe, opts)
		if err != nil {
			return nil, err
		}
		l.AddFeed(f)
	}
	return l, nil
}

// newFeed makes the running source for one configured feed.
func newFeed(fc feeds.FeedConfig, sink feeds.Sink, opts BuildOptions) (Feed, error) {
	if !fc.Websocket() {
		return fc.NewJSONLReader(sink, opts.Stdin, opts.Report)
	}
	ad, err := fc.NewAdapter(opts.Getenv)
	if err != nil {
		return nil, err
	}
	cc := feeds.Config{Name: fc.Name, URL: fc.URL, Adapter: ad, Sink: sink, QuietAfter: fc.QuietAfter}
	if opts.Client != nil {
		opts.Client(&cc)
	}
	return feeds.NewClient(cc) // its errors name the feed
}

// operatorName is the configured actor, else the OS user: every entry
// names a person.
func operatorName(configured string) string {
	if configured != "" {
		return configured
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "operator"
}

var _ Room = (*Live)(nil)
