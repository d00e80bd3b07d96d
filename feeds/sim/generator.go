package sim

import (
	"math/rand/v2"
	"sort"
	"strconv"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// generator produces the scenario's posts in order. It is deterministic:
// the same scenario, seed and start give the same posts, byte for byte.
type generator struct {
	sc        *Scenario
	rng       *rand.Rand
	seed      uint64
	start     time.Time // wall time of scenario time 0
	speed     float64
	t         time.Duration // scenario time of the next random post
	posts     []Post        // scripted, by time
	nextPost  int
	seq       uint64
	crowd     []author
	voices    []author
	brand     *author
	byHandle  map[string]author
	trigger   *feeds.Mention // once posted
	statement *feeds.Mention // once posted
	recent    []*feeds.Mention
	dups      uint64 // resends produced so far
}

const recentForDuplicates = 64

func newGenerator(sc *Scenario, seed uint64, start time.Time, speed float64) *generator {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	crowd := max(sc.Crowd, 1)
	g := &generator{
		sc: sc, rng: rng, seed: seed, start: start, speed: speed,
		posts: append([]Post(nil), sc.Posts...), crowd: inventCrowd(sc, rng, crowd),
		byHandle: map[string]author{},
	}
	sort.SliceStable(g.posts, func(i, j int) bool { return g.posts[i].At.Duration < g.posts[j].At.Duration })
	g.voices, g.brand = voiceAuthors(sc)
	for _, a := range g.voices {
		g.byHandle[a.Handle] = a
	}
	if g.brand != nil {
		g.byHandle[g.brand.Handle] = *g.brand
	}
	g.t = g.arrival(0)
	return g
}

// wall is the wall-clock time of scenario time at.
func (g *generator) wall(at time.Duration) time.Time {
	return g.start.Add(time.Duration(float64(at) / g.speed))
}

// next returns the next post of the timeline and its scenario time.
func (g *generator) next() (*feeds.Mention, time.Duration) {
	if g.nextPost < len(g.posts) && g.posts[g.nextPost].At.Duration <= g.t {
		p := g.posts[g.nextPost]
		g.nextPost++
		return g.scripted(p), p.At.Duration
	}
	at := g.t
	g.t = g.arrival(at)
	return g.random(at), at
}

// at returns a post for scenario time at regardless of the timeline's
// rate (load mode), scripted posts included once their time has come.
func (g *generator) at(at time.Duration) *feeds.Mention {
	if g.nextPost < len(g.posts) && g.posts[g.nextPost].At.Duration <= at {
		p := g.posts[g.nextPost]
		g.nextPost++
		return g.scripted(p)
	}
	return g.random(at)
}

// arrival draws the time of the post after one at scenario time at: a
// Poisson process at the phase's current rate.
func (g *generator) arrival(at time.Duration) time.Duration {
	for {
		i := phaseAt(g.sc.Phases, at)
		rate := phaseRate(g.sc.Phases, i, at)
		if rate > 0 {
			gap := time.Duration(g.rng.ExpFloat64() / rate * float64(time.Second))
			return at + max(gap, time.Microsecond)
		}
		if i+1 == len(g.sc.Phases) {
			return 1<<63 - 1 // silent for ever
		}
		at = g.sc.Phases[i+1].At.Duration
	}
}

// phaseAt is the index of the phase in force at scenario time at.
func phaseAt(ps []Phase, at time.Duration) int {
	i := sort.Search(len(ps), func(i int) bool { return ps[i].At.Duration > at })
	return max(i-1, 0)
}

// phaseRate moves linearly from Rate to RateEnd over phase i.
func phaseRate(ps []Phase, i int, at time.Duration) float64 {
	p := ps[i]
	if p.RateEnd == 0 || i+1 == len(ps) {
		return p.Rate
	}
	span := ps[i+1].At.Duration - p.At.Duration
	f := float64(at-p.At.Duration) / float64(span)
	return p.Rate + (p.RateEnd-p.Rate)*min(max(f, 0), 1)
}

// scripted turns a scripted post into a mention.
func (g *generator) scripted(p Post) *feeds.Mention {
	a := g.byHandle[p.Author]
	m := g.mention(a, p.At.Duration, p.Text, p.Tone)
	switch p.Kind {
	case "trigger":
		g.trigger = m
	case "statement":
		g.statement = m
	}
	return m
}

// mention builds a post by a at scenario time at and remembers it for
// later duplicates.
func (g *generator) mention(a author, at time.Duration, text, tone string) *feeds.Mention {
	g.seq++
	native := "s" + strconv.FormatUint(g.seq, 10)
	delay := time.Duration(200+g.rng.IntN(2800)) * time.Millisecond // platform to firehose
	m := &feeds.Mention{
		ID: a.platform + ":" + strconv.FormatUint(g.seed, 36) + "-" + native, Op: feeds.OpCreate,
		Platform: a.platform, URL: "https://" + a.platform + ".sim.invalid/" + a.Handle + "/" + native,
		Author: a.Author, Text: text, Lang: a.lang, CreatedAt: g.wall(at).Add(-delay),
		Metrics:   g.metrics(a.Followers),
		Sentiment: g.sentiment(tone),
	}
	if len(g.recent) < recentForDuplicates {
		g.recent = append(g.recent, m)
	} else {
		g.recent[g.seq%recentForDuplicates] = m
	}
	return m
}

func (g *generator) metrics(followers int64) feeds.Metrics {
	reach := followers/200 + 1
	return feeds.Metrics{
		Likes: g.rng.Int64N(reach*3 + 1), Reposts: g.rng.Int64N(reach + 1), Replies: g.rng.Int64N(reach/2 + 1),
	}
}

// sentiment is the score a platform-side model might attach to the tone.
func (g *generator) sentiment(tone string) *feeds.Sentiment {
	u := g.rng.Float64()
	var s float64
	switch tone {
	case "neg":
		s = -0.3 - 0.65*u
	case "pos":
		s = 0.3 + 0.65*u
	default:
		s = -0.04 + 0.08*u
	}
	return &feeds.Sentiment{Score: s, Label: feeds.LabelFor(s), Model: "sim"}
}
