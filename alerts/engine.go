package alerts

import (
	"fmt"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// allTopic is the topic of mentions that carry none (a capture recorded
// without a matcher, say).
const allTopic = "all"

// maxAlerts caps the alerts kept; the oldest resolved go first.
const maxAlerts = 256

// Engine evaluates the alert rules. It is NOT safe for concurrent use: the
// pipeline calls Observe, Tick and the lifecycle methods under its own lock.
// It reads no clock: every method takes the time it must use.
type Engine struct {
	cfg    Config
	global *keywords
	// topicWords holds the keywords of topics with their own list.
	topicWords map[string]*keywords

	started   bool
	startBin  int64 // first complete minute of data
	evaluated int64 // last closed minute whose rules ran

	topics  map[string]*topic
	order   []*topic // creation order, so that evaluation is deterministic
	dropped int64

	rules  map[ruleKey]*ruleState
	open   map[string]*tracked // merge target ("t:"+topic, "f:"+feed) -> its latest alert
	alerts []*tracked
	feeds  map[string]*feedState
	seq    int
	out    []Alert // changes of the current Tick
}

// tracked is an alert and when a rule last saw its condition hold.
type tracked struct {
	Alert
	seen time.Time
}

// NewEngine returns an engine for cfg, or the configuration's errors.
func NewEngine(cfg Config) (*Engine, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	e := &Engine{
		cfg:    cfg,
		topics: make(map[string]*topic),
		rules:  make(map[ruleKey]*ruleState),
		open:   make(map[string]*tracked),
		feeds:  make(map[string]*feedState),
	}
	var err error
	if e.global, err = newKeywords(cfg.Keyword.wordList()); err != nil {
		return nil, err
	}
	e.topicWords = make(map[string]*keywords)
	for name, t := range cfg.Topics {
		if len(t.Keyword.Words)+len(t.Keyword.Extra) == 0 {
			continue
		}
		if e.topicWords[name], err = newKeywords(cfg.forTopic(name).Keyword.wordList()); err != nil {
			return nil, fmt.Errorf("alerts.topics.%s: %w", name, err)
		}
	}
	return e, nil
}

// Dropped counts topic observations ignored because MaxTopics was reached.
func (e *Engine) Dropped() int64 { return e.dropped }

// start fixes the engine's origin at its first given time: the minute in
// progress then is incomplete, so data starts with the next one.
func (e *Engine) start(at time.Time) {
	if e.started {
		return
	}
	e.started = true
	m := minuteOf(at)
	e.startBin = m
	if !at.Equal(minuteStart(m)) {
		e.startBin = m + 1
	}
	e.evaluated = m - 1
}

// Observe records one accepted mention arriving at at (its created_at in a
// backtest). Mentions without topics count under the topic "all". An edit
// or a deletion is not a new mention and is ignored. It does not allocate
// once the topic's series exist.
func (e *Engine) Observe(m *feeds.Mention, at time.Time) {
	if m == nil || m.Op == feeds.OpDelete || m.Op == feeds.OpUpdate {
		return
	}
	e.start(at)
	minute := minuteOf(at)
	scored, neg := sentimentOf(m)
	var hits [maxHitWords]string
	nHits := 0
	if !e.cfg.Keyword.Off {
		nHits = e.global.match(m.Text, &hits)
	}
	if len(m.Topics) == 0 {
		e.observeTopic(allTopic, m, minute, neg, scored, &hits, nHits)
		return
	}
	for _, name := range m.Topics {
		e.observeTopic(name, m, minute, neg, scored, &hits, nHits)
	}
}

func (e *Engine) observeTopic(name string, m *feeds.Mention, minute int64, neg, scored bool, hits *[maxHitWords]string, nHits int) {
	t := e.topic(name)
	if t == nil {
		e.dropped++
		return
	}
	if t.words != nil {
		var own [maxHitWords]string
		hits, nHits = &own, t.words.match(m.Text, &own)
	}
	if t.rules.Keyword.Off {
		nHits = 0
	}
	t.observe(m, minute, neg, scored, hits, nHits)
}

// topic returns name's state, creating it while under MaxTopics.
func (e *Engine) topic(name string) *topic {
	if t, ok := e.topics[name]; ok {
		return t
	}
	if len(e.order) >= e.cfg.MaxTopics {
		return nil
	}
	t := newTopic(name, e.cfg.forTopic(name), e.topicWords[name])
	e.topics[name] = t
	e.order = append(e.order, t)
	return t
}

// Tick runs the rules at now: it closes the minutes that ended since the
// last tick, looks at pending high-reach and keyword posts and at the feeds'
// health, and returns the alerts that were fired or changed, in the order
// the changes happened (an alert changed twice appears twice; the last copy
// is current). Call it about once a second.
func (e *Engine) Tick(now time.Time, statuses []feeds.Status) []Alert {
	e.start(now)
	e.out = nil
	e.closeBins(now)
	for _, t := range e.order {
		e.checkReach(t, now)
		e.checkKeywords(t, now)
	}
	for _, s := range statuses {
		e.checkFeed(s, now)
	}
	e.housekeep(now)
	return e.out
}

// closeBins evaluates the bin rules on every minute that ended before now.
// After a gap longer than the history kept (a clock jump) the minutes that
// fell out of the history are skipped: no series remembers them.
func (e *Engine) closeBins(now time.Time) {
	last := minuteOf(now) - 1
	if skip := last - historyBins; e.evaluated < skip {
		e.evaluated = skip
	}
	for ; e.evaluated < last; e.evaluated++ {
		m := e.evaluated + 1
		for _, t := range e.order {
			e.checkSpike(t, m, now)
			e.checkNegative(t, m, now)
		}
	}
}

// history is how many complete minutes of data precede minute m.
func (e *Engine) history(m int64) int64 { return max(0, m-e.startBin) }

// warm reports whether the baseline before minute m is long enough.
func (e *Engine) warm(m int64) bool {
	return time.Duration(e.history(m))*time.Minute >= e.cfg.WarmUp
}

// baselineFrom is the first minute of a trailing baseline ending before to.
func (e *Engine) baselineFrom(to int64) int64 {
	return max(e.startBin, to-int64(baselineSpan/time.Minute))
}

// newID names an alert after its firing time and a sequence number: stable
// across replays of the same capture, readable in the journal.
func (e *Engine) newID(at time.Time) string {
	e.seq++
	return fmt.Sprintf("%s-%d", at.UTC().Format("20060102T150405Z"), e.seq)
}
