package room

import (
	"context"
	"fmt"
	"runtime/debug"
	"sync"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/pipeline"
)

// Feed is a running source of mentions: a websocket client or a capture
// reader. Run blocks until ctx is done or the feed gives up for good.
type Feed interface {
	Name() string
	Status() feeds.Status
	Run(ctx context.Context) error
}

// Live is the room held by one process. Feeds push into the pipeline from
// their own goroutines; terminals pull snapshots. Nothing here waits on a
// terminal.
type Live struct {
	brand string
	clock func() time.Time
	pipe  *pipeline.Pipeline
	feeds []Feed
	// competitors names the topics shown as competitors in share of voice.
	competitors map[string]bool
	// alerts is ticked under the pipeline lock; nil in rooms without rules.
	alerts *alerts.Engine
	// zone is the cell's IANA time zone, recorded when an incident opens;
	// lang its language.
	zone, lang string
	desk       desk
	// lastGap is the end of the last gap journaled per feed.
	lastGap map[string]time.Time
}

// alertTick is how often the alert rules are evaluated.
const alertTick = time.Second

// New returns a room around pipe. clock is the room's time source.
func New(brand string, pipe *pipeline.Pipeline, clock func() time.Time) *Live {
	if clock == nil {
		clock = time.Now
	}
	return &Live{brand: brand, clock: clock, pipe: pipe, competitors: map[string]bool{}, lastGap: map[string]time.Time{}}
}

// AddFeed registers a feed; call before Run.
func (l *Live) AddFeed(f Feed) { l.feeds = append(l.feeds, f) }

// MarkCompetitor flags a topic as a competitor for share of voice.
func (l *Live) MarkCompetitor(topic string) { l.competitors[topic] = true }

// Pipeline returns the room's pipeline.
func (l *Live) Pipeline() *pipeline.Pipeline { return l.pipe }

// Run runs every feed until ctx is done. A feed that ends on its own (bad
// credentials, a finished capture) stays listed with its final status. A
// panic in a feed is recovered and returned, so that the caller can restore
// the terminal instead of leaving it raw.
func (l *Live) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	panics := make(chan error, len(l.feeds)+1)
	// guard turns a panic in one of the room's goroutines into an error for
	// Run's caller and stops the room.
	guard := func(what string) {
		if r := recover(); r != nil {
			panics <- fmt.Errorf("%s panicked: %v\n%s", what, r, debug.Stack())
			cancel()
		}
	}
	ticker := make(chan struct{})
	go func() {
		defer close(ticker)
		defer guard("the alert ticker")
		if l.alerts != nil {
			l.tickAlerts(ctx)
		}
	}()
	var wg sync.WaitGroup
	for _, f := range l.feeds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer guard("feed " + f.Name())
			_ = f.Run(ctx) // the final state is in f.Status()
		}()
	}
	wg.Wait()
	cancel() // every feed has ended: stop the alert ticker too
	<-ticker
	select {
	case err := <-panics:
		return err
	default:
		return nil
	}
}

// tickAlerts evaluates the rules once a second until ctx is done.
func (l *Live) tickAlerts(ctx context.Context) {
	t := time.NewTicker(alertTick)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			sts := l.feedStatuses()
			now := l.clock()
			var changed []alerts.Alert
			l.pipe.Locked(func() { changed = l.alerts.Tick(now, sts) })
			l.journalAlerts(changed)
			l.journalGaps(sts)
		}
	}
}

func (l *Live) feedStatuses() []feeds.Status {
	out := make([]feeds.Status, len(l.feeds))
	for i, f := range l.feeds {
		out[i] = f.Status()
	}
	return out
}

// Snapshot implements Room.
func (l *Live) Snapshot() Snapshot {
	now := l.clock()
	s := Snapshot{At: now, Brand: l.brand, Lang: l.lang, Agg: l.pipe.Snapshot(now)}
	// The aggregator shares its top lists between snapshots: copy before
	// writing the competitor flags.
	s.Agg.Topics = append([]aggregate.TopicStat(nil), s.Agg.Topics...)
	for i := range s.Agg.Topics {
		s.Agg.Topics[i].Competitor = l.competitors[s.Agg.Topics[i].Topic]
	}
	s.Feeds = l.feedStatuses()
	if l.alerts != nil {
		l.pipe.Locked(func() { s.Alerts = l.alerts.Active(now) })
	}
	s.Incident = l.incidentView(now)
	return s
}
