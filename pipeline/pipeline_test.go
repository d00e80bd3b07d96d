package pipeline

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/feeds"
)

var t0 = time.Date(2026, 11, 22, 14, 0, 0, 0, time.UTC)

func m(id, text string) *feeds.Mention {
	return &feeds.Mention{ID: id, Text: text, CreatedAt: t0, ObservedAt: t0}
}

type wordMatcher map[string]string // word -> topic

func (w wordMatcher) Match(text, _ string, dst []string) []string {
	for word, topic := range w {
		if strings.Contains(strings.ToLower(text), word) {
			dst = append(dst, topic)
		}
	}
	return dst
}

type fixedScorer struct{}

func (fixedScorer) ScoreMention(m *feeds.Mention) {
	if strings.Contains(m.Text, "nul") {
		m.Sentiment = &feeds.Sentiment{Score: -0.6, Label: feeds.Negative, Model: "test"}
	}
}

type collect struct{ ids []string }

func (c *collect) Ingest(b []*feeds.Mention) {
	for _, m := range b {
		c.ids = append(c.ids, m.ID)
	}
}

func TestStagesInOrder(t *testing.T) {
	out := &collect{}
	p := New(aggregate.New(), Options{
		Matcher:  wordMatcher{"lactalys": "brand"},
		Scorer:   fixedScorer{},
		Accepted: []feeds.Sink{out},
	})
	p.Ingest([]*feeds.Mention{
		m("a", "Lactalys c'est nul"),
		m("a", "Lactalys c'est nul"), // resent
		m("b", "rien à voir"),        // matches no topic
		m("c", "LACTALYS merci"),
	})
	tot := p.Totals()
	if tot.Received != 4 || tot.Duplicates != 1 || tot.Unmatched != 1 || tot.Unique != 3 || tot.Neg != 1 {
		t.Fatalf("totals = %+v", tot)
	}
	if fmt.Sprint(out.ids) != "[a c]" {
		t.Fatalf("accepted = %v", out.ids)
	}
	snap := p.Snapshot(t0)
	if len(snap.Recent) != 2 || snap.Recent[1].Topics[0] != "brand" || snap.Recent[1].Sentiment.Model != "test" {
		t.Fatalf("recent = %+v", snap.Recent)
	}
}

func TestDedupeKeys(t *testing.T) {
	d := NewDedupe(4)
	upd := func(id, text string) *feeds.Mention {
		x := m(id, text)
		x.Op = feeds.OpUpdate
		return x
	}
	del := &feeds.Mention{ID: "x", Op: feeds.OpDelete}
	steps := []struct {
		m    *feeds.Mention
		seen bool
	}{
		{m("x", "v1"), false},
		{m("x", "v1"), true},
		{upd("x", "v2"), false}, // an edit is news
		{upd("x", "v2"), true},
		{del, false},
		{del, true},
	}
	for i, s := range steps {
		if got := d.Seen(s.m); got != s.seen {
			t.Fatalf("step %d: seen = %v, want %v", i, got, s.seen)
		}
	}
}

func TestDedupeIsBoundedAndRemembersAGeneration(t *testing.T) {
	const gen = 1000
	d := NewDedupe(gen)
	for i := 0; i < 10*gen; i++ {
		if d.Seen(m(fmt.Sprint(i), "t")) {
			t.Fatalf("fresh id %d reported seen", i)
		}
		// Anything within the last generation is still remembered.
		if i >= gen && !d.Seen(m(fmt.Sprint(i-gen+1), "t")) {
			t.Fatalf("id %d forgotten after %d others", i-gen+1, gen-1)
		}
	}
	if d.cur.len() > gen || d.old.len() > gen {
		t.Fatalf("generations grew: %d, %d", d.cur.len(), d.old.len())
	}
}

func TestConcurrentFeedsCountEveryIDOnce(t *testing.T) {
	p := New(aggregate.New(), Options{})
	var wg sync.WaitGroup
	const feeds_, per = 4, 2000
	for f := 0; f < feeds_; f++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i += 100 {
				batch := make([]*feeds.Mention, 0, 100)
				for k := i; k < i+100; k++ {
					batch = append(batch, m(fmt.Sprint(k), "t")) // every feed sends the same ids
				}
				p.Ingest(batch)
			}
		}()
	}
	wg.Wait()
	tot := p.Totals()
	if tot.Unique != per || tot.Duplicates != (feeds_-1)*per || tot.Received != feeds_*per {
		t.Fatalf("totals = %+v", tot)
	}
}

// TestHashSet covers what Dedupe relies on: membership across probe chains
// (keys that share their low bits), the key 0, and clearing.
func TestHashSet(t *testing.T) {
	s := newHashSet(8) // 16 slots
	keys := []uint64{0, 5, 5 + 16, 5 + 32, 15, 15 + 16, 1<<63 | 5}
	for i, k := range keys {
		if s.has(k) {
			t.Fatalf("key %d (%#x) present before it was added", i, k)
		}
		s.add(k)
		s.add(k) // twice: still one key
	}
	if s.len() != len(keys) {
		t.Fatalf("len = %d, want %d", s.len(), len(keys))
	}
	if !s.has(1) { // 0 is stored as 1: a false duplicate once in 2^64
		t.Fatal("key 1 not taken as 0")
	}
	for _, k := range keys {
		if !s.has(k) {
			t.Fatalf("key %#x lost", k)
		}
	}
	if s.has(5+48) || s.has(2) {
		t.Fatal("absent key found")
	}
	s.clear()
	if s.len() != 0 || s.has(5) {
		t.Fatal("clear kept keys")
	}
}
