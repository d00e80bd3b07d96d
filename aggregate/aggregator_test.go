package aggregate

import (
	"fmt"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

var t0 = time.Date(2026, 11, 22, 14, 0, 0, 0, time.UTC)

func mention(id, text string, label feeds.Label, score float64) *feeds.Mention {
	return &feeds.Mention{ID: id, Text: text, Platform: "bluesky", CreatedAt: t0,
		Author:    feeds.Author{Handle: "h-" + id, Followers: 10},
		Sentiment: &feeds.Sentiment{Score: score, Label: label}}
}

func TestSecondsAndMinutesBins(t *testing.T) {
	a := New()
	for i := 0; i < 90; i++ { // one mention a second for 90 s
		a.Add(mention(fmt.Sprint(i), "hello world", feeds.Neutral, 0), t0.Add(time.Duration(i)*time.Second))
	}
	s := a.Snapshot(t0.Add(89 * time.Second))
	if got := len(s.Seconds); got != snapshotSecs {
		t.Fatalf("seconds bins = %d, want %d", got, snapshotSecs)
	}
	if last := s.Seconds[len(s.Seconds)-1]; last.Count != 1 || !last.Start.Equal(t0.Add(89*time.Second)) {
		t.Fatalf("last second bin = %+v", last)
	}
	if s.RatePerMin != 60 {
		t.Fatalf("rate = %v, want 60/min", s.RatePerMin)
	}
	if len(s.Minutes) != 2 || s.Minutes[0].Count != 60 || s.Minutes[1].Count != 30 {
		t.Fatalf("minutes = %+v", s.Minutes)
	}
	if s.Totals.Unique != 90 || s.Totals.Neu != 90 {
		t.Fatalf("totals = %+v", s.Totals)
	}
}

func TestMinutesKept24HoursAndBounded(t *testing.T) {
	a := New()
	// 30 hours of one mention a minute: only 24 h survive.
	for i := 0; i < 30*60; i++ {
		a.Add(mention(fmt.Sprint(i), "x", feeds.Neutral, 0), t0.Add(time.Duration(i)*time.Minute))
	}
	s := a.Snapshot(t0.Add(30*60*time.Minute - time.Minute))
	if len(s.Minutes) != minutesKept {
		t.Fatalf("minutes = %d, want %d", len(s.Minutes), minutesKept)
	}
	for _, b := range s.Minutes {
		if b.Count != 1 {
			t.Fatalf("bin %v count %d, want 1", b.Start, b.Count)
		}
	}
	if len(a.minutes.bins) != minutesKept {
		t.Fatal("ring grew")
	}
}

func TestStreamRingNewestFirst(t *testing.T) {
	a := New()
	for i := 0; i < StreamSize+10; i++ {
		a.Add(mention(fmt.Sprint(i), "x", feeds.Neutral, 0), t0)
	}
	s := a.Snapshot(t0)
	if len(s.Recent) != StreamSize {
		t.Fatalf("recent = %d", len(s.Recent))
	}
	if s.Recent[0].ID != fmt.Sprint(StreamSize+9) || s.Recent[StreamSize-1].ID != "10" {
		t.Fatalf("order: first %s last %s", s.Recent[0].ID, s.Recent[StreamSize-1].ID)
	}
}

func TestSentimentSplitAndNet(t *testing.T) {
	a := New()
	a.Add(mention("1", "x", feeds.Negative, -0.8), t0)
	a.Add(mention("2", "x", feeds.Negative, -0.4), t0)
	a.Add(mention("3", "x", feeds.Positive, 0.6), t0)
	a.Add(&feeds.Mention{ID: "4", Text: "x"}, t0) // unscored counts as neutral 0
	s := a.Snapshot(t0)
	want := Split{Neg: 2, Neu: 1, Pos: 1, Net: (-0.8 - 0.4 + 0.6) / 4}
	if s.Sentiment.Neg != want.Neg || s.Sentiment.Pos != want.Pos || s.Sentiment.Neu != want.Neu ||
		fmt.Sprintf("%.4f", s.Sentiment.Net) != fmt.Sprintf("%.4f", want.Net) {
		t.Fatalf("split = %+v, want %+v", s.Sentiment, want)
	}
}

// The feeds' own scores are split over the same window as ours, counting
// only the mentions that carried one.
func TestFeedSentimentSplitOverTheWindow(t *testing.T) {
	a := New()
	withFeed := func(id string, label feeds.Label, score float64) *feeds.Mention {
		m := mention(id, "x", feeds.Neutral, 0)
		m.FeedSentiment = &feeds.Sentiment{Score: score, Label: label, Model: "provider"}
		return m
	}
	a.Add(withFeed("old", feeds.Positive, 0.9), t0.Add(-20*time.Minute)) // out of the window
	a.Add(withFeed("1", feeds.Negative, -0.8), t0)
	a.Add(withFeed("2", feeds.Positive, 0.4), t0)
	a.Add(mention("3", "x", feeds.Negative, -0.5), t0) // no feed score
	unscored := withFeed("4", feeds.Neutral, 0)
	unscored.FeedSentiment.Unscored = true
	a.Add(unscored, t0)
	s := a.Snapshot(t0)
	if f := s.FeedSentiment; f.Neg != 1 || f.Pos != 1 || f.Neu != 0 || fmt.Sprintf("%.2f", f.Net) != "-0.20" {
		t.Fatalf("feed split = %+v, want 1 neg, 1 pos, net -0.20", f)
	}
	if s.Sentiment.Neg != 1 || s.Sentiment.Neu != 3 {
		t.Fatalf("our split = %+v changed by the feed scores", s.Sentiment)
	}
	last := s.Minutes[len(s.Minutes)-1]
	if last.Feed.Scored != 2 || fmt.Sprintf("%.2f", last.Feed.Net()) != "-0.20" {
		t.Fatalf("minute bin feed tally = %+v", last.Feed)
	}
}

func TestTopAuthorsByReachAndCount(t *testing.T) {
	a := New()
	add := func(handle string, followers int64, n int) {
		for i := 0; i < n; i++ {
			m := mention(handle+fmt.Sprint(i), "x", feeds.Negative, -0.5)
			m.Author = feeds.Author{Handle: handle, Name: "N " + handle, Followers: followers}
			a.Add(m, t0)
		}
	}
	add("star", 2_000_000, 1)
	add("busy", 50, 7)
	add("mid", 20_000, 3)
	s := a.Snapshot(t0)
	if s.TopByReach[0].Handle != "star" || s.TopByReach[1].Handle != "mid" {
		t.Fatalf("by reach = %+v", s.TopByReach)
	}
	if s.TopByCount[0].Handle != "busy" || s.TopByCount[0].Mentions != 7 || s.TopByCount[0].Neg != 7 {
		t.Fatalf("by count = %+v", s.TopByCount)
	}
}

// TestAuthorCountsSurviveReadsAndMinutes counts one author across a
// snapshot taken mid-minute, a new minute and a restart of the authors'
// entries (more authors than maxAuthors): every mention is counted once.
func TestAuthorCountsSurviveReadsAndMinutes(t *testing.T) {
	a := New()
	post := func(id, handle string, at time.Time) {
		m := mention(id, "x", feeds.Negative, -0.5)
		m.Author.Handle = handle
		a.Add(m, at)
	}
	post("1", "busy", t0)
	post("2", "busy", t0.Add(time.Second))
	a.Snapshot(t0.Add(time.Second)) // folds mid-minute
	post("3", "busy", t0.Add(2*time.Second))
	for i := range maxAuthors + 10 { // the entries start over
		post(fmt.Sprint("crowd", i), fmt.Sprint("crowd", i), t0.Add(3*time.Second))
	}
	post("4", "busy", t0.Add(time.Minute))
	s := a.Snapshot(t0.Add(time.Minute))
	if s.TopByCount[0].Handle != "busy" || s.TopByCount[0].Mentions != 4 || s.TopByCount[0].Neg != 4 {
		t.Fatalf("busy: %+v", s.TopByCount[0])
	}
}

func TestAuthorsLeaveTheWindow(t *testing.T) {
	a := New()
	m := mention("1", "x", feeds.Neutral, 0)
	m.Author.Handle = "old"
	a.Add(m, t0)
	n := mention("2", "x", feeds.Neutral, 0)
	n.Author.Handle = "new"
	a.Add(n, t0.Add(authorSpan*time.Minute))
	s := a.Snapshot(t0.Add(authorSpan * time.Minute))
	if len(s.TopByCount) != 1 || s.TopByCount[0].Handle != "new" {
		t.Fatalf("window should hold only 'new': %+v", s.TopByCount)
	}
}

func TestTrendingTermsBeatBaseline(t *testing.T) {
	a := New()
	// An hour of steady talk about "yaourt" (frequent, not trending)...
	id := 0
	for min := 0; min < 60; min++ {
		for k := 0; k < 10; k++ {
			id++
			a.Add(mention(fmt.Sprint(id), "Le yaourt est bon", feeds.Positive, 0.4), t0.Add(time.Duration(min)*time.Minute))
		}
	}
	// ...then five minutes where "intoxication" appears from nowhere.
	for min := 60; min < 65; min++ {
		for k := 0; k < 10; k++ {
			id++
			a.Add(mention(fmt.Sprint(id), "yaourt #Rappel: intoxication à l'usine de Lyon", feeds.Negative, -0.7),
				t0.Add(time.Duration(min)*time.Minute))
		}
	}
	s := a.Snapshot(t0.Add(64 * time.Minute))
	if len(s.Trending) < 3 {
		t.Fatalf("trending = %+v", s.Trending)
	}
	top := map[string]bool{}
	for _, ts := range s.Trending[:4] {
		top[ts.Term] = true
	}
	for _, want := range []string{"intoxication", "#rappel", "usine", "lyon"} {
		if !top[want] {
			t.Errorf("%q not among the top trending: %+v", want, s.Trending)
		}
	}
	for _, ts := range s.Trending {
		if ts.Term == "yaourt" && ts.Lift > 1.5 {
			t.Errorf("steady term trends: %+v", ts)
		}
		if ts.Term == "l'usine" || ts.Term == "est" || ts.Term == "le" {
			t.Errorf("stop word or elision leaked: %q", ts.Term)
		}
	}
}

func TestTokenizer(t *testing.T) {
	tok := newTokenizer()
	cases := []struct{ in, want string }{
		{"L'usine de Lyon ferme!", "usine lyon ferme"},
		{"#Boycott @marque https://x.example/a?b=1 2026 100%", "#boycott"},
		{"Qu'est-ce que c'est que ÇA, l’HORREUR", "horreur"},
		{"not bad at all, really", "bad"},
		{"RAPPEL Beaumont ÉCLAIR Crème", "rappel beaumont éclair crème"},
	}
	for _, c := range cases {
		got := fmt.Sprint(tok.split(c.in, nil))
		if got != "["+c.want+"]" {
			t.Errorf("split(%q) = %s, want [%s]", c.in, got, c.want)
		}
	}
}

func TestTallyPruningBoundsMemory(t *testing.T) {
	a := New()
	for i := 0; i < 50_000; i++ {
		a.Add(mention(fmt.Sprint(i), fmt.Sprintf("term%dx", i), feeds.Neutral, 0), t0)
	}
	a.terms.fold()
	if n := len(a.terms.w.minutes[a.terms.w.index(t0)]); n > tallyCap {
		t.Fatalf("minute tally holds %d keys, cap %d", n, tallyCap)
	}
	a.authors.fold()
	if n := len(a.authors.w.minutes[a.authors.w.index(t0)]); n > tallyCap {
		t.Fatalf("author tally holds %d keys", n)
	}
}

func TestDeletesAndUpdatesAddNoVolume(t *testing.T) {
	a := New()
	a.Add(mention("1", "x", feeds.Neutral, 0), t0)
	a.Add(&feeds.Mention{ID: "1", Op: feeds.OpDelete}, t0)
	a.Add(&feeds.Mention{ID: "1", Op: feeds.OpUpdate, Text: "y"}, t0)
	s := a.Snapshot(t0)
	if s.Seconds[len(s.Seconds)-1].Count != 1 || s.Totals.Deletes != 1 || s.Totals.Updates != 1 || s.Totals.Unique != 3 {
		t.Fatalf("totals %+v, last second %+v", s.Totals, s.Seconds[len(s.Seconds)-1])
	}
}

func TestIgnoredTermsAndElisions(t *testing.T) {
	a := New()
	a.IgnoreTerms("Laiterie Beaumont", "P'tit Beaumont")
	got := fmt.Sprint(a.tok.split("#Beaumont P'tit yaourt d'Beaumont jusqu'ici l'Usine aujourd'hui", nil))
	if got != "[yaourt usine]" {
		t.Fatalf("split = %s", got)
	}
}

func TestTrendingWithoutHistorySaysSo(t *testing.T) {
	a := New()
	for i := 0; i < 20; i++ { // a room started mid-crisis: two minutes of talk
		a.Add(mention(fmt.Sprint(i), "rappel intoxication", feeds.Negative, -0.6), t0.Add(time.Duration(i)*6*time.Second))
	}
	s := a.Snapshot(t0.Add(2 * time.Minute))
	if len(s.Trending) != 2 {
		t.Fatalf("trending = %+v", s.Trending)
	}
	for _, ts := range s.Trending {
		if ts.Lift != 0 || ts.Baseline != 0 || ts.Recent != 20 {
			t.Errorf("without history a term has no lift: %+v", ts)
		}
	}
}

// TestCounterFoldKeepsEveryOccurrence reads the window mid-minute (a
// fold), counts on, crosses a minute and overflows the counters' cap: every
// occurrence must be found once.
func TestCounterFoldKeepsEveryOccurrence(t *testing.T) {
	tok := newTokenizer()
	c := newCounter[string](termSpan, tallyCap, 4, countOps) // fold often; the window itself never prunes here
	count := func(at time.Time, text string) {
		if !c.advance(at) {
			t.Fatalf("advance(%v) refused", at)
		}
		for _, e := range tok.entries(text, nil) {
			c.add(&e.tally, 1)
		}
	}
	count(t0, "rappel rappel yaourt")
	if got := c.recent(1, map[string]int64{})["rappel"]; got != 2 {
		t.Fatalf("mid-minute read: rappel = %d, want 2", got)
	}
	count(t0.Add(10*time.Second), "rappel usine")
	count(t0.Add(time.Minute), "rappel alpha bravo charlie delta echo") // more terms than the cap
	got := c.recent(2, map[string]int64{})
	want := map[string]int64{"rappel": 4, "yaourt": 1, "usine": 1, "alpha": 1, "bravo": 1, "charlie": 1, "delta": 1, "echo": 1}
	for term, n := range want {
		if got[term] != n {
			t.Errorf("%s = %d, want %d (all: %v)", term, got[term], n, got)
		}
	}
	if n := c.recent(1, map[string]int64{})["rappel"]; n != 1 {
		t.Errorf("last minute alone: rappel = %d, want 1", n)
	}
}
