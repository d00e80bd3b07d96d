// Package pipeline is the one-way path every accepted mention takes after a
// feed has decoded and sanitized it: dedupe -> match -> score -> aggregate
// -> alerts, then the accepted-mention sinks (flight recorder, tail output).
package pipeline

import (
	"sync"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/feeds"
)

// Matcher names the topics a text is about (package match implements it).
type Matcher interface {
	Match(text, lang string, dst []string) []string
}

// Scorer sets m.Sentiment when the mention has none of ours yet, keeping
// the feed's own score in m.FeedSentiment. It is called under the pipeline
// lock, so one scratch buffer serves all feeds.
type Scorer interface {
	ScoreMention(m *feeds.Mention)
}

// Observer sees every accepted mention (the alert engine).
type Observer interface {
	Observe(m *feeds.Mention, at time.Time)
}

// Options wire the stages. Nil stages are skipped: with no Matcher every
// mention is kept, with no Scorer the feed's own score (if any) is used.
type Options struct {
	Matcher  Matcher
	Scorer   Scorer
	Observer Observer
	// Accepted receive each batch of accepted mentions, in order, after
	// aggregation (the flight recorder, tail's printer).
	Accepted []feeds.Sink
	// DedupeSize is the dedupe generation size (default DefaultDedupeSize).
	DedupeSize int
	// ByCreatedAt bins mentions by created_at instead of observed_at: a
	// backtest replays history; a live room bins by arrival.
	ByCreatedAt bool
}

// Pipeline implements feeds.Sink. Ingest may be called from many feed
// goroutines; it holds one lock for the batch, and nothing under that lock
// waits for a user interface.
type Pipeline struct {
	mu       sync.Mutex
	opts     Options
	dedupe   *Dedupe
	agg      *aggregate.Aggregator
	accepted []*feeds.Mention // scratch, reused per batch
	topics   []string
}

// New returns a pipeline folding into agg.
func New(agg *aggregate.Aggregator, opts Options) *Pipeline {
	if opts.DedupeSize <= 0 {
		opts.DedupeSize = DefaultDedupeSize
	}
	return &Pipeline{opts: opts, dedupe: NewDedupe(opts.DedupeSize), agg: agg}
}

// Ingest runs a batch of normalized, sanitized mentions through the stages.
func (p *Pipeline) Ingest(batch []*feeds.Mention) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.agg.CountReceived(int64(len(batch)))
	p.accepted = p.accepted[:0]
	for _, m := range batch {
		if p.admit(m) {
			p.accepted = append(p.accepted, m)
		}
	}
	if len(p.accepted) == 0 {
		return
	}
	for _, s := range p.opts.Accepted {
		s.Ingest(p.accepted)
	}
}

// admit runs one mention through the stages and reports whether it was kept.
func (p *Pipeline) admit(m *feeds.Mention) bool {
	if p.dedupe.Seen(m) {
		p.agg.CountDuplicate()
		return false
	}
	if p.opts.Matcher != nil && m.Op != feeds.OpDelete {
		p.topics = p.opts.Matcher.Match(m.Text, m.Lang, p.topics[:0])
		if len(p.topics) == 0 {
			p.agg.CountUnmatched()
			return false
		}
		m.Topics = append([]string(nil), p.topics...)
	}
	if p.opts.Scorer != nil && m.Op != feeds.OpDelete {
		p.opts.Scorer.ScoreMention(m)
	}
	at := m.ObservedAt
	if p.opts.ByCreatedAt || at.IsZero() {
		at = m.CreatedAt
	}
	p.agg.Add(m, at)
	if p.opts.Observer != nil {
		p.opts.Observer.Observe(m, at)
	}
	return true
}

// Snapshot copies the aggregates at now.
func (p *Pipeline) Snapshot(now time.Time) aggregate.Snapshot {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.agg.Snapshot(now)
}

// Totals returns the counts so far.
func (p *Pipeline) Totals() aggregate.Totals {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.agg.Totals()
}

// Locked runs fn under the pipeline lock, for stages that must be ticked
// (the alert engine) without racing Ingest.
func (p *Pipeline) Locked(fn func()) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fn()
}
